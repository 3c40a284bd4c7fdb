using System;
using System.Collections.Generic;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Rules;

namespace EsmsRules.Engine;

/// <summary>
/// Builds the nodes of a decision tree and records, as it goes, the three lists of the decision (ids not satisfied,
/// ids to appreciate, missing fields: RULES.md §10.19). Explanations are only formatted when <see cref="Explain"/>.
/// </summary>
internal sealed class Trace
{
    /// <summary>The catalogue ranks in the ordinal order of their ids: the lists of rule ids are read in that order.</summary>
    private static readonly int[] RangsParId = RangsDansLOrdreDesIds();

    // Rule ids are recorded as bits by catalogue rank (at most 128 entries, checked in RangsDansLOrdreDesIds), field
    // names in a list, usually empty and never more than a few.
    private Rangs _nonSatisfaites;
    private Rangs _aApprecier;
    private List<string>? _manquantes;

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
        Record(entree, resultat, manquantes);
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
        for (var i = 0; i < nodes.Count; i++)
        {
            any = Worst(any, nodes[i].Resultat);
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

    private void Record(EntreeCatalogue entree, Resultat resultat, IReadOnlyList<string>? manquantes)
    {
        switch (resultat)
        {
            case Resultat.NotSatisfied:
                _nonSatisfaites.Ajouter(entree.Rang);
                break;
            case Resultat.ReviewRequired:
                _aApprecier.Ajouter(entree.Rang);
                break;
            case Resultat.MissingInput when manquantes is not null:
                for (var i = 0; i < manquantes.Count; i++)
                {
                    var m = manquantes[i];
                    _manquantes ??= new List<string>(4);
                    if (!_manquantes.Contains(m))
                    {
                        _manquantes.Add(m);
                    }
                }

                break;
        }
    }

    public IReadOnlyList<string> NonSatisfaites => ValueList.Wrap(_nonSatisfaites.Ids());

    public IReadOnlyList<string> AApprecier => ValueList.Wrap(_aApprecier.Ids());

    public IReadOnlyList<string> DonneesManquantes
    {
        get
        {
            if (_manquantes is null)
            {
                return ValueList<string>.Empty;
            }

            var a = _manquantes.ToArray();
            Array.Sort(a, StringComparer.Ordinal);
            return ValueList.Wrap(a);
        }
    }

    private static int[] RangsDansLOrdreDesIds()
    {
        var entrees = Regles.Entrees;
        if (entrees.Count > 128)
        {
            throw new InvalidOperationException("Le catalogue dépasse les 128 entrées que Trace sait marquer.");
        }

        var rangs = new int[entrees.Count];
        var ids = new string[entrees.Count];
        for (var i = 0; i < rangs.Length; i++)
        {
            rangs[i] = entrees[i].Rang;
            ids[i] = entrees[i].Info.Id;
        }

        Array.Sort(ids, rangs, StringComparer.Ordinal);
        return rangs;
    }

    /// <summary>A set of catalogue ranks (0 to 127).</summary>
    private struct Rangs
    {
        private ulong _bas;
        private ulong _haut;

        public void Ajouter(int rang)
        {
            if (rang < 64)
            {
                _bas |= 1UL << rang;
            }
            else
            {
                _haut |= 1UL << (rang - 64);
            }
        }

        /// <summary>The ids of the ranks set, in ordinal order.</summary>
        public readonly string[] Ids()
        {
            if ((_bas | _haut) == 0)
            {
                return Array.Empty<string>();
            }

            var a = new string[PopCount(_bas) + PopCount(_haut)];
            var k = 0;
            foreach (var rang in RangsParId)
            {
                if (rang < 64 ? (_bas & (1UL << rang)) != 0 : (_haut & (1UL << (rang - 64))) != 0)
                {
                    a[k++] = Regles.Entrees[rang].Info.Id;
                }
            }

            return a;
        }

        private static int PopCount(ulong x)
        {
            var n = 0;
            for (; x != 0; x &= x - 1)
            {
                n++;
            }

            return n;
        }
    }
}
