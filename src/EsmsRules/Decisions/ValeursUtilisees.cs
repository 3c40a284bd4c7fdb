using System.Collections;
using System.Collections.Generic;

namespace EsmsRules.Decisions;

/// <summary>
/// The barème values a set of evaluated rules read (<see cref="BaremeUtilise.Valeurs"/>), as the engine builds them:
/// computed once per barème and set of rules, shared by every decision that evaluated the same rules, and never
/// modified. The JSON writer keeps their encoded form here, so that the same block is not re-encoded per decision.
/// </summary>
internal sealed class ValeursUtilisees : IReadOnlyList<ValeurBareme>
{
    private readonly ValeurBareme[] _valeurs;

    public ValeursUtilisees(ValeurBareme[] valeurs) => _valeurs = valeurs;

    public int Count => _valeurs.Length;

    public ValeurBareme this[int index] => _valeurs[index];

    /// <summary>The <c>valeurs</c> object as compact UTF-8 JSON with the contract's encoder, once written.</summary>
    internal byte[]? Json { get; set; }

    public IEnumerator<ValeurBareme> GetEnumerator() => ((IEnumerable<ValeurBareme>)_valeurs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _valeurs.GetEnumerator();
}
