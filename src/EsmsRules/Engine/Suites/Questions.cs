using System;
using System.Collections.Generic;
using System.Text;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;

namespace EsmsRules.Engine;

/// <summary>
/// The decision's <see cref="Decision.Questions"/>, read from the explained tree without evaluating again: for every
/// node that is a rule's outcome (not a detail) concluding <c>missingInput</c>, each field it names, with the rule, whether
/// the node holds the verdict, and where the field is missing. Ordered blocking first, then by the number of rules
/// (most first), then by field name (ordinal).
/// </summary>
internal static class Questions
{
    /// <summary>The questions of a tree whose decision lists <paramref name="manquantes"/> (nothing to walk when it is
    /// empty: most dossiers).</summary>
    public static IReadOnlyList<Question> Lire(DecisionNode racine, Dossier d, IReadOnlyList<string> manquantes)
    {
        if (manquantes.Count == 0)
        {
            return Array.Empty<Question>();
        }

        var parChamp = new Dictionary<string, Accumulateur>(StringComparer.Ordinal);
        // Depth first with an explicit stack: an ARS's own rule may nest nodes deeper than a recursion could go.
        var pile = new Stack<DecisionNode>(32);
        pile.Push(racine);
        while (pile.Count > 0)
        {
            var n = pile.Pop();
            Noter(n, d, parChamp);
            for (var i = n.Enfants.Count - 1; i >= 0; i--)
            {
                pile.Push(n.Enfants[i]);
            }
        }

        var questions = new List<Question>(parChamp.Count);
        foreach (var kv in parChamp)
        {
            var chemins = new List<string>(kv.Value.Chemins);
            chemins.Sort((x, y) => string.CompareOrdinal(OrdreDossier(x), OrdreDossier(y)));
            var regles = new string[kv.Value.Regles.Count];
            kv.Value.Regles.CopyTo(regles);
            questions.Add(new Question(kv.Key, chemins.ToArray(), regles, kv.Value.Bloquant));
        }

        questions.Sort(Comparer);
        return questions.ToArray();
    }

    private static void Noter(DecisionNode n, Dossier d, Dictionary<string, Accumulateur> parChamp)
    {
        if (n.Resultat == Resultat.MissingInput && n.EstResultatDeRegle)
        {
            foreach (var champ in n.DonneesManquantes)
            {
                if (!parChamp.TryGetValue(champ, out var a))
                {
                    parChamp.Add(champ, a = new Accumulateur());
                }

                a.Regles.Add(n.Regle);
                a.Bloquant |= n.Bloquant;
                foreach (var chemin in ChampsDossier.CheminsManquants(n, champ, d))
                {
                    a.Chemins.Add(chemin);
                }
            }
        }
    }

    /// <summary>Blocking first, then the most rules, then the field name (ordinal).</summary>
    public static int Comparer(Question a, Question b) =>
        a.Bloquant != b.Bloquant ? (a.Bloquant ? -1 : 1)
        : a.Regles.Count != b.Regles.Count ? b.Regles.Count.CompareTo(a.Regles.Count)
        : string.CompareOrdinal(a.Champ, b.Champ);

    /// <summary>A path whose indices are padded, so that paths to one field sort in dossier order (<c>[2]</c> before
    /// <c>[10]</c>).</summary>
    private static string OrdreDossier(string chemin)
    {
        var sb = new StringBuilder(chemin.Length + 16);
        for (var i = 0; i < chemin.Length; i++)
        {
            var c = chemin[i];
            sb.Append(c);
            if (c != '[')
            {
                continue;
            }

            var fin = chemin.IndexOf(']', i);
            if (fin < 0)
            {
                continue;
            }

            sb.Append('0', Math.Max(0, 10 - (fin - i - 1)));
        }

        return sb.ToString();
    }

    private sealed class Accumulateur
    {
        public SortedSet<string> Regles { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Chemins { get; } = new(StringComparer.Ordinal);

        public bool Bloquant { get; set; }
    }
}
