using EsmsRules.Collections;

namespace EsmsRules.Decisions;

/// <summary>
/// The barème values a set of evaluated rules read (<see cref="BaremeUtilise.Valeurs"/>), as the engine builds them:
/// computed once per barème and set of rules, shared by every decision that evaluated the same rules, and never
/// modified. The JSON writer keeps their encoded form here, so that the same block is not re-encoded per decision.
/// </summary>
/// <remarks>A <see cref="ValueList{T}"/> (immutable, compared by value) with that cache beside it.</remarks>
internal sealed class ValeursUtilisees : ValueList<ValeurBareme>
{
    /// <summary>Wraps <paramref name="valeurs"/> without copying it: the engine gives it up.</summary>
    public ValeursUtilisees(ValeurBareme[] valeurs)
        : base(valeurs)
    {
    }

    /// <summary>The <c>valeurs</c> object as compact UTF-8 JSON with the JSON encoder, once written.</summary>
    internal byte[]? Json { get; set; }
}
