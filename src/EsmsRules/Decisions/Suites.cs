using System.Collections.Generic;
using EsmsRules.Collections;

namespace EsmsRules.Decisions;

/// <summary>
/// A missing input the decision asks for (JSON <c>questions</c>), one per dossier field name: where it is missing, the
/// rules whose <c>missingInput</c> named it, and whether the verdict waits for it.
/// </summary>
/// <remarks>Read from the explained tree, without evaluating again. The decision lists its questions blocking first,
/// then by the number of rules (most first), then by field name (ordinal); their fields are exactly
/// <see cref="Decision.DonneesManquantes"/>.</remarks>
/// <param name="Champ">The dossier field name (<c>maitriseOuvrageMature</c>, <c>relevantL312_1</c>).</param>
/// <param name="Chemins">Every place it is missing, as JSON paths (<c>$.organismesGestionnaires[0].essms[3].relevantL312_1</c>),
/// in dossier order.</param>
/// <param name="Regles">The rules whose <c>missingInput</c> named it, sorted.</param>
/// <param name="Bloquant">Whether one of them holds the verdict (it is null until the field is given).</param>
public sealed record Question(string Champ, IReadOnlyList<string> Chemins, IReadOnlyList<string> Regles, bool Bloquant)
{
    private readonly ValueList<string> _chemins = ValueList.From(Chemins);
    private readonly ValueList<string> _regles = ValueList.From(Regles);

    /// <summary>Every place it is missing, as JSON paths, in dossier order.</summary>
    public IReadOnlyList<string> Chemins { get => _chemins; init => _chemins = ValueList.From(value); }

    /// <summary>The rules whose <c>missingInput</c> named it, sorted.</summary>
    public IReadOnlyList<string> Regles { get => _regles; init => _regles = ValueList.From(value); }
}

/// <summary>One answer supposed for a missing yes/no input (<see cref="SousReserve.Hypotheses"/>).</summary>
/// <param name="Chemin">The JSON path of the field (<c>$.maitriseOuvrageMature</c>).</param>
/// <param name="Valeur">The value supposed.</param>
public sealed record Hypothese(string Chemin, bool Valeur);

/// <summary>
/// The most favourable outcome for the porteur of a dossier whose verdict waits for missing inputs (JSON
/// <c>sousReserve</c>): among the completions of its blocking yes/no inputs (the first four in the order of
/// <see cref="Decision.Questions"/> when there are more; the others, and a blocking input that is not a yes/no fact — a
/// date, a count —, stay missing), the one that makes the dossier
/// recevable with the highest total — ties: the fewest <c>true</c> values, then the answer <c>true</c> given to the
/// earlier question. A quoting screen shows it as "sous réserve de…".
/// </summary>
/// <remarks>Each completion is evaluated on a changed copy of the dossier with the same rules and barème.</remarks>
/// <param name="Hypotheses">The values supposed, in the order of the questions.</param>
/// <param name="Recevable">The verdict under these hypotheses (true).</param>
/// <param name="Orientation">The orientation under these hypotheses.</param>
/// <param name="Total">The ESMS numérique total under these hypotheses, in euros.</param>
public sealed record SousReserve(IReadOnlyList<Hypothese> Hypotheses, bool Recevable, Orientation? Orientation, decimal Total)
{
    private readonly ValueList<Hypothese> _hypotheses = ValueList.From(Hypotheses);

    /// <summary>The values supposed, in the order of the questions.</summary>
    public IReadOnlyList<Hypothese> Hypotheses { get => _hypotheses; init => _hypotheses = ValueList.From(value); }
}

/// <summary>
/// One field of a dossier changed by a remedy (<see cref="Remede.Modifications"/>): the JSON value put at a JSON path of
/// the dossier. A path whose last index is the length of its array adds an element at its end (a partner OG).
/// </summary>
/// <param name="Chemin">The JSON path (<c>$.maitriseOuvrageMature</c>, <c>$.organismesGestionnaires[1]</c>).</param>
/// <param name="Valeur">The value as compact JSON text (<c>true</c>, <c>"2022-09-30"</c>, an OG object).</param>
public sealed record Modification(string Chemin, string Valeur);

/// <summary>
/// A change that makes a dossier recevable, checked by evaluating the changed dossier with the same rules and barème
/// (JSON <c>remedes</c>); or, for a recevable acquisition whose solution is not Ségur-referenced, what a Ségur-referenced
/// one would add (<c>FIN-03</c>).
/// </summary>
/// <param name="Regles">The refusing rules the change answers (<c>GRAPPE-03</c>), or <c>FIN-03</c>.</param>
/// <param name="Changement">The change, in French, with its figures ("Se regrouper avec un OG apportant 3 ESSMS (12 →
/// 15)").</param>
/// <param name="Recevable">The verdict of the changed dossier (true).</param>
/// <param name="Total">The ESMS numérique total of the changed dossier, in euros.</param>
public sealed record Remede(IReadOnlyList<string> Regles, string Changement, bool Recevable, decimal Total)
{
    private readonly ValueList<string> _regles = ValueList.From(Regles);
    private readonly ValueList<Modification> _modifications = ValueList<Modification>.Empty;

    /// <summary>The refusing rules the change answers, or <c>FIN-03</c>.</summary>
    public IReadOnlyList<string> Regles { get => _regles; init => _regles = ValueList.From(value); }

    /// <summary>The dossier fields the change sets, as JSON paths and values: applied to the dossier's JSON, they give the
    /// dossier that was evaluated. Their number is the "changed facts" the remedies are ordered by (fewest first, then
    /// highest total); an OG added counts as one. Not part of the decision's JSON.</summary>
    public IReadOnlyList<Modification> Modifications { get => _modifications; init => _modifications = ValueList.From(value); }
}
