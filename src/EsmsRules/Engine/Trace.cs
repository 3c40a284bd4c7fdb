using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Rules;

namespace EsmsRules.Engine;

/// <summary>
/// Builds the nodes of a decision tree and records, as it goes, the three lists of the decision (ids not satisfied,
/// ids to appreciate, missing fields: RULES.md §10.19). Explanations are only formatted when <see cref="Explain"/>.
/// </summary>
internal sealed class Trace
{
    private readonly HashSet<string> _nonSatisfaites = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aApprecier = new(StringComparer.Ordinal);
    private readonly HashSet<string> _manquantes = new(StringComparer.Ordinal);

    public Trace(bool explain) => Explain = explain;

    /// <summary>The rules of <see cref="Regles.Toutes"/> (by position, at most 64) evaluated with an outcome other than
    /// notApplicable: they tell which barème values the decision used.</summary>
    public ulong Evaluees { get; private set; }

    /// <summary>Whether explanations are formatted.</summary>
    public bool Explain { get; }

    /// <summary>A node of rule <paramref name="id"/>; its outcome is recorded in the lists.</summary>
    public DecisionNode Rule(
        string id,
        Resultat resultat,
        string? explication,
        decimal? montant = null,
        IReadOnlyList<DecisionNode>? enfants = null,
        IReadOnlyList<string>? manquantes = null,
        IReadOnlyList<EntreeLue>? entrees = null)
    {
        var entree = Regles.Entree(id);
        Record(id, resultat, manquantes);
        MarquerEvaluee(entree, resultat);
        return DecisionNode.DuCatalogue(entree, resultat, Texte(explication), montant, entrees, manquantes, enfants);
    }

    /// <summary>Marks the rule of <paramref name="entree"/> as evaluated when its outcome is not notApplicable (for nodes built
    /// outside <see cref="Rule"/>, such as the eligibility groups).</summary>
    public void MarquerEvaluee(EntreeCatalogue entree, Resultat resultat)
    {
        if (resultat == Resultat.NotApplicable)
        {
            return;
        }

        var index = entree.Position;
        if (index >= 0 && index < 64)
        {
            Evaluees |= 1UL << index;
        }
    }

    /// <summary>A node of rule <paramref name="id"/> that details a fact (e.g. one ESSMS below target) without being
    /// the rule's outcome: it is not recorded in the lists (the rule is decided by its parent node).</summary>
    public DecisionNode Detail(string id, Resultat resultat, string? explication)
    {
        return DecisionNode.DuCatalogue(Regles.Entree(id), resultat, Texte(explication));
    }

    /// <summary>A section node: its outcome aggregates its children's and is not recorded in the lists.</summary>
    public DecisionNode Section(string id, IReadOnlyList<DecisionNode> enfants, string? explication, decimal? montant = null, Resultat? resultat = null)
    {
        return DecisionNode.DuCatalogue(Regles.Entree(id), resultat ?? Aggregate(enfants), Texte(explication), montant,
            enfants: enfants);
    }

    /// <summary>The explanation kept in the node: none when the evaluation runs without explanations, whatever a rule
    /// passed (a constant reason costs nothing to pass; formatted ones are guarded by <see cref="Explain"/>).</summary>
    private string Texte(string? explication) => Explain ? explication ?? string.Empty : string.Empty;

    /// <summary>The outcome of a group: notSatisfied, else missingInput, else reviewRequired, else satisfied, else
    /// notApplicable (all children not applicable, or none).</summary>
    public static Resultat Aggregate(IReadOnlyList<DecisionNode> nodes)
    {
        var any = Resultat.NotApplicable;
        foreach (var n in nodes)
        {
            any = Worst(any, n.Resultat);
        }

        return any;
    }

    /// <summary>The more severe of two outcomes (notSatisfied &gt; missingInput &gt; reviewRequired &gt; satisfied &gt; notApplicable).</summary>
    public static Resultat Worst(Resultat a, Resultat b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Resultat r) => r switch
    {
        Resultat.NotSatisfied => 4,
        Resultat.MissingInput => 3,
        Resultat.ReviewRequired => 2,
        Resultat.Satisfied => 1,
        _ => 0,
    };

    private void Record(string id, Resultat resultat, IReadOnlyList<string>? manquantes)
    {
        switch (resultat)
        {
            case Resultat.NotSatisfied:
                _nonSatisfaites.Add(id);
                break;
            case Resultat.ReviewRequired:
                _aApprecier.Add(id);
                break;
            case Resultat.MissingInput when manquantes is not null:
                foreach (var m in manquantes)
                {
                    _manquantes.Add(m);
                }

                break;
        }
    }

    public IReadOnlyList<string> NonSatisfaites => Sorted(_nonSatisfaites);

    public IReadOnlyList<string> AApprecier => Sorted(_aApprecier);

    public IReadOnlyList<string> DonneesManquantes => Sorted(_manquantes);

    private static string[] Sorted(HashSet<string> set)
    {
        var a = new string[set.Count];
        set.CopyTo(a);
        Array.Sort(a, StringComparer.Ordinal);
        return a;
    }
}
