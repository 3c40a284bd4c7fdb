using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;

namespace EsmsRules.Engine;

/// <summary>What an evaluation of a changed dossier gives: its verdict, orientation and ESMS numérique total.</summary>
/// <param name="Recevable">Verdict.</param>
/// <param name="Orientation">Orientation.</param>
/// <param name="Total">Total, in euros.</param>
internal readonly record struct Issue(bool? Recevable, Orientation? Orientation, decimal Total);

/// <summary>
/// Beyond the verdict: <see cref="Decision.SousReserve"/> and <see cref="Decision.Remedes"/>, each found by evaluating
/// changed copies of the dossier with the same rule set and barème (never a second copy of a rule), without
/// explanations, within a budget of <see cref="EvaluationsMax"/> evaluations per dossier.
/// </summary>
internal sealed class Suites
{
    /// <summary>The most evaluations of changed copies for one dossier.</summary>
    public const int EvaluationsMax = 32;

    /// <summary>The most blocking yes/no inputs completed by <see cref="Decision.SousReserve"/> (2^4 = 16
    /// completions).</summary>
    public const int HypothesesMax = 4;

    private readonly JeuDeRegles _jeu;
    private readonly Bareme _bareme;
    private readonly int _budget;

    public Suites(JeuDeRegles jeu, Bareme bareme, int budget = EvaluationsMax)
    {
        _jeu = jeu;
        _bareme = bareme;
        _budget = budget;
    }

    /// <summary>The evaluations made so far.</summary>
    public int Evaluations { get; private set; }

    /// <summary>The decision with its <see cref="Decision.SousReserve"/> and <see cref="Decision.Remedes"/>.</summary>
    public static Decision Completer(Decision decision, JeuDeRegles jeu, Dossier d, Bareme bareme) =>
        new Suites(jeu, bareme).Completer(decision, d);

    /// <summary>The decision with its <see cref="Decision.SousReserve"/> and <see cref="Decision.Remedes"/>, within this
    /// instance's budget.</summary>
    public Decision Completer(Decision decision, Dossier d) => decision with
    {
        SousReserve = SousReserveDe(decision, d),
        Remedes = RechercheRemedes.Chercher(this, decision, d, _bareme),
    };

    /// <summary>Evaluates a changed copy of the dossier (without explanations); null once the budget is spent.</summary>
    public Issue? Evaluate(Dossier d)
    {
        if (Evaluations >= _budget)
        {
            return null;
        }

        Evaluations++;
        var (_, faits) = _jeu.Evaluate(new Faits(d, _bareme) { Explications = false });
        return new Issue(faits.VerdictEtabli.Recevable, Moteur.OrientationDe(faits), faits.FinancementEtabli.Total);
    }

    /// <summary>The most favourable completion of the blocking yes/no inputs: recevable with the highest total; ties:
    /// fewest <c>true</c>, then <c>true</c> for the earlier question. Null when the verdict is known or no completion
    /// makes the dossier recevable.</summary>
    private SousReserve? SousReserveDe(Decision decision, Dossier d)
    {
        if (decision.Recevable is not null)
        {
            return null;
        }

        var variables = new List<Question>(HypothesesMax);
        foreach (var q in decision.Questions)
        {
            if (variables.Count == HypothesesMax)
            {
                break;
            }

            if (q.Bloquant && Completable(q, d))
            {
                variables.Add(q);
            }
        }

        if (variables.Count == 0)
        {
            return null;
        }

        var k = variables.Count;
        int? meilleur = null;
        Issue meilleureIssue = default;
        for (var masque = 0; masque < 1 << k; masque++)
        {
            var copie = d;
            for (var i = 0; i < k; i++)
            {
                foreach (var chemin in variables[i].Chemins)
                {
                    copie = ChampsDossier.AvecBooleen(copie, chemin, (masque & (1 << i)) != 0)!;
                }
            }

            if (Evaluate(copie) is not { } issue)
            {
                break;
            }

            if (issue.Recevable == true && (meilleur is null || Prefere(issue.Total, masque, meilleureIssue.Total, meilleur.Value, k)))
            {
                meilleur = masque;
                meilleureIssue = issue;
            }
        }

        if (meilleur is not { } m)
        {
            return null;
        }

        var hypotheses = new List<Hypothese>();
        for (var i = 0; i < k; i++)
        {
            foreach (var chemin in variables[i].Chemins)
            {
                hypotheses.Add(new Hypothese(chemin, (m & (1 << i)) != 0));
            }
        }

        return new SousReserve(hypotheses.ToArray(), true, meilleureIssue.Orientation, meilleureIssue.Total);
    }

    /// <summary>Whether completion <paramref name="a"/> (total <paramref name="totalA"/>) beats <paramref name="b"/>:
    /// higher total, then fewer <c>true</c>, then <c>true</c> at the first question where they differ.</summary>
    internal static bool Prefere(decimal totalA, int a, decimal totalB, int b, int k)
    {
        if (totalA != totalB)
        {
            return totalA > totalB;
        }

        var vraisA = Vrais(a);
        var vraisB = Vrais(b);
        if (vraisA != vraisB)
        {
            return vraisA < vraisB;
        }

        for (var i = 0; i < k; i++)
        {
            var bitA = (a & (1 << i)) != 0;
            if (bitA != ((b & (1 << i)) != 0))
            {
                return bitA;
            }
        }

        return false;
    }

    private static int Vrais(int masque)
    {
        var n = 0;
        for (; masque != 0; masque &= masque - 1)
        {
            n++;
        }

        return n;
    }

    /// <summary>A question every path of which is a yes/no field the engine can set (a date, a count… cannot be
    /// supposed: it stays missing).</summary>
    private static bool Completable(Question q, Dossier d)
    {
        if (q.Chemins.Count == 0 || !ChampsDossier.EstBooleen(q.Champ))
        {
            return false;
        }

        foreach (var chemin in q.Chemins)
        {
            if (ChampsDossier.AvecBooleen(d, chemin, true) is null)
            {
                return false;
            }
        }

        return true;
    }
}
