using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// A rule that concludes from the nodes of other rules of its section (<see cref="Lit"/>): the second payment from its
/// conditions (VERS-02), a condition from its indicators (VERS-03), the advance of the Prestation Ségur from its amount
/// (SONS-07). It reads their outcome, their amount and their figures, so that a figure is computed once, by the rule
/// that owns it, and a user who replaces that rule changes what this one reads.
/// </summary>
/// <remarks>
/// Its section evaluates it once the rules it reads are evaluated and places its node where the rule stands among its
/// rules (<see cref="EvaluerDansLOrdre(IReadOnlyList{Regle}, Faits, Func{Regle, bool})"/>). A rule it reads that the
/// section does not have (a user removed it) or does not evaluate is absent from what it reads: each such rule says what
/// it then does. Evaluated alone (<see cref="Evaluate(Faits)"/>), it reads no node. Immutable and thread-safe.
/// </remarks>
public abstract class RegleSurNoeuds : Regle
{
    private static readonly IReadOnlyDictionary<string, DecisionNode> Aucun =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, DecisionNode>(new Dictionary<string, DecisionNode>(StringComparer.Ordinal));

    /// <summary>Creates a rule that reads the nodes of other rules.</summary>
    /// <param name="id">Public id.</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows.</param>
    /// <param name="modeles">Its sentences, one per motif.</param>
    /// <param name="lit">The ids of the rules whose nodes it reads.</param>
    /// <param name="parametres">The barème parameters it reads.</param>
    /// <exception cref="ArgumentNullException">A parameter other than <paramref name="parametres"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Definition"/>; or the rule reads itself.</exception>
    protected RegleSurNoeuds(string id, string titre, IEnumerable<Reference> references, IEnumerable<Modele> modeles, IEnumerable<string> lit, IEnumerable<string>? parametres = null)
        : base(id, titre, references, modeles, parametres)
    {
        Lit = EsmsRules.Collections.ValueList.Wrap((lit ?? throw new ArgumentNullException(nameof(lit))).Distinct(StringComparer.Ordinal).ToArray());
        if (Lit.Contains(id, StringComparer.Ordinal))
        {
            throw new ArgumentException($"« {id} » ne peut pas lire son propre nœud.", nameof(lit));
        }
    }

    /// <summary>The ids of the rules whose nodes it reads.</summary>
    public IReadOnlyList<string> Lit { get; }

    /// <summary>Evaluates the rule alone: it reads no node (each rule says what it then concludes).</summary>
    /// <param name="faits">The facts.</param>
    /// <returns>Its node.</returns>
    public sealed override DecisionNode Evaluate(Faits faits) => Evaluate(faits, Aucun);

    /// <summary>Evaluates the rule on the facts and on the nodes of the rules it reads.</summary>
    /// <param name="faits">The facts established before its section.</param>
    /// <param name="lus">The nodes of the rules of <see cref="Lit"/> that its section evaluated, by id.</param>
    /// <returns>Its node.</returns>
    public abstract DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus);

    /// <summary>The figure <paramref name="nom"/> of <paramref name="noeud"/>, or null when it has none.</summary>
    /// <param name="noeud">A node.</param>
    /// <param name="nom">The figure's name.</param>
    /// <returns>The figure or null.</returns>
    public static Chiffre? ChiffreDe(DecisionNode noeud, string nom)
    {
        var chiffres = (noeud ?? throw new ArgumentNullException(nameof(noeud))).Chiffres;
        for (var i = 0; i < chiffres.Count; i++)
        {
            if (string.Equals(chiffres[i].Nom, nom, StringComparison.Ordinal))
            {
                return chiffres[i];
            }
        }

        return null;
    }

    /// <summary>Checks that the rules of a section can be evaluated: none reads, directly or not, its own node.</summary>
    /// <param name="regles">The section's rules.</param>
    /// <param name="section">The section's id, for the message.</param>
    /// <exception cref="ArgumentException">Rules that read each other.</exception>
    internal static void VerifierLectures(IReadOnlyList<Regle> regles, string section)
    {
        if (regles is null)
        {
            throw new ArgumentNullException(nameof(regles));
        }

        var ordre = Ordonner(regles, i => false);
        if (ordre is null)
        {
            throw new ArgumentException($"La section {section} contient des règles qui lisent le nœud l'une de l'autre : {string.Join(", ", Bloquees(regles))}.", nameof(regles));
        }
    }

    /// <summary>Evaluates <paramref name="regles"/> on <paramref name="faits"/>, each <see cref="RegleSurNoeuds"/> once
    /// the rules it reads are evaluated, except those <paramref name="exclure"/> skips; the nodes are given in the order
    /// of <paramref name="regles"/>.</summary>
    /// <param name="regles">The rules, in the order of their nodes.</param>
    /// <param name="faits">The facts.</param>
    /// <param name="exclure">Rules not evaluated; null → none.</param>
    /// <returns>The nodes, one per rule evaluated, in the order of <paramref name="regles"/>.</returns>
    /// <exception cref="InvalidOperationException">Rules that read each other (see <see cref="VerifierLectures"/>).</exception>
    internal static IReadOnlyList<DecisionNode> EvaluerDansLOrdre(IReadOnlyList<Regle> regles, Faits faits, Func<Regle, bool>? exclure = null)
    {
        if (regles is null)
        {
            throw new ArgumentNullException(nameof(regles));
        }

        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        return Evaluer(regles, faits, PlanDe(regles, exclure));
    }

    /// <summary>As <see cref="EvaluerDansLOrdre(IReadOnlyList{Regle}, Faits, Func{Regle, bool})"/>, the rules skipped
    /// given by their positions (bit i: <paramref name="regles"/>[i]; at most 64 rules), as a section computes them
    /// once.</summary>
    /// <param name="regles">The rules, in the order of their nodes (at most 64).</param>
    /// <param name="faits">The facts.</param>
    /// <param name="exclues">The positions of the rules not evaluated.</param>
    /// <returns>The nodes, one per rule evaluated, in the order of <paramref name="regles"/>.</returns>
    /// <exception cref="InvalidOperationException">Rules that read each other.</exception>
    internal static IReadOnlyList<DecisionNode> EvaluerDansLOrdre(IReadOnlyList<Regle> regles, Faits faits, ulong exclues)
    {
        if (regles is null)
        {
            throw new ArgumentNullException(nameof(regles));
        }

        if (regles.Count > 64)
        {
            throw new ArgumentException("Un masque ne désigne que 64 règles.", nameof(regles));
        }

        return Evaluer(regles, faits ?? throw new ArgumentNullException(nameof(faits)), PlanDe(regles, exclues));
    }

    /// <summary>The positions of the rules <paramref name="exclure"/> skips, as a mask (at most 64 rules).</summary>
    /// <param name="regles">The rules.</param>
    /// <param name="exclure">Rules not evaluated.</param>
    /// <returns>The mask; null when there are more than 64 rules.</returns>
    internal static ulong? Masque(IReadOnlyList<Regle> regles, Func<Regle, bool> exclure)
    {
        if (regles.Count > 64)
        {
            return null;
        }

        ulong exclues = 0;
        for (var i = 0; i < regles.Count; i++)
        {
            if (exclure(regles[i]))
            {
                exclues |= 1UL << i;
            }
        }

        return exclues;
    }

    private static IReadOnlyList<DecisionNode> Evaluer(IReadOnlyList<Regle> regles, Faits faits, Plan? plan)
    {
        if (plan is null)
        {
            throw new InvalidOperationException($"Des règles lisent le nœud l'une de l'autre : {string.Join(", ", Bloquees(regles))}.");
        }

        var noeuds = new DecisionNode?[regles.Count];
        foreach (var i in plan.Ordre)
        {
            noeuds[i] = plan.Lus[i] is { } lus && regles[i] is RegleSurNoeuds lectrice
                ? lectrice.Evaluate(faits, new NoeudsLus(lus, noeuds))
                : regles[i].Evaluate(faits);
        }

        var resultat = new List<DecisionNode>(plan.Ordre.Length);
        foreach (var n in noeuds)
        {
            if (n is not null)
            {
                resultat.Add(n);
            }
        }

        return resultat;
    }

    /// <summary>The positions of the rules evaluated, in an order where each rule comes after those it reads (otherwise
    /// in list order); null when rules read each other.</summary>
    private static List<int>? Ordonner(IReadOnlyList<Regle> regles, Func<int, bool> exclure)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var restantes = new List<int>(regles.Count);
        for (var i = 0; i < regles.Count; i++)
        {
            if (!exclure(i))
            {
                positions[regles[i].Id] = i;
                restantes.Add(i);
            }
        }

        var faites = new bool[regles.Count];
        var ordre = new List<int>(restantes.Count);
        while (restantes.Count > 0)
        {
            var avance = false;
            for (var k = 0; k < restantes.Count; k++)
            {
                var i = restantes[k];
                if (regles[i] is RegleSurNoeuds lectrice && !Pret(lectrice, positions, faites))
                {
                    continue;
                }

                faites[i] = true;
                ordre.Add(i);
                restantes.RemoveAt(k);
                avance = true;
                break;
            }

            if (!avance)
            {
                return null;
            }
        }

        return ordre;
    }

    /// <summary>The order of evaluation of <paramref name="regles"/> without those <paramref name="exclure"/> skips, and
    /// what each reader reads; null when rules read each other. It depends only on the rules and which are skipped: for
    /// a section of up to 64 rules it is computed once per set of skipped rules and kept as long as the list lives.</summary>
    private static Plan? PlanDe(IReadOnlyList<Regle> regles, Func<Regle, bool>? exclure)
    {
        if (regles.Count > 64)
        {
            return Construire(regles, exclure is null ? i => false : i => exclure(regles[i]));
        }

        return PlanDe(regles, exclure is null ? 0UL : Masque(regles, exclure)!.Value);
    }

    private static Plan? PlanDe(IReadOnlyList<Regle> regles, ulong exclues)
    {
        // The closures are made only when a plan is first computed.
        var plans = Plans.GetValue(regles, _ => new System.Collections.Concurrent.ConcurrentDictionary<ulong, Plan?>());
        return plans.TryGetValue(exclues, out var plan) ? plan : Calculer(plans, regles, exclues);
    }

    private static Plan? Calculer(System.Collections.Concurrent.ConcurrentDictionary<ulong, Plan?> plans, IReadOnlyList<Regle> regles, ulong exclues) =>
        plans.GetOrAdd(exclues, m => Construire(regles, i => (m & (1UL << i)) != 0));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Regle>, System.Collections.Concurrent.ConcurrentDictionary<ulong, Plan?>> Plans = new();

    private static Plan? Construire(IReadOnlyList<Regle> regles, Func<int, bool> exclue)
    {
        var ordre = Ordonner(regles, exclue);
        if (ordre is null)
        {
            return null;
        }

        var parId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in ordre)
        {
            parId[regles[i].Id] = i;
        }

        var lus = new Lecture[]?[regles.Count];
        foreach (var i in ordre)
        {
            if (regles[i] is RegleSurNoeuds lectrice)
            {
                var liste = new List<Lecture>();
                foreach (var id in lectrice.Lit)
                {
                    if (parId.TryGetValue(id, out var j))
                    {
                        liste.Add(new Lecture(id, j));
                    }
                }

                lus[i] = liste.ToArray();
            }
        }

        return new Plan(ordre.ToArray(), lus);
    }

    /// <summary>The order in which a section evaluates its rules and, for each reader, the rules it reads.</summary>
    private sealed class Plan
    {
        public Plan(int[] ordre, Lecture[]?[] lus)
        {
            Ordre = ordre;
            Lus = lus;
        }

        /// <summary>The positions of the rules evaluated, in evaluation order.</summary>
        public int[] Ordre { get; }

        /// <summary>By position, for a reader, the id and position of each rule it reads that is evaluated.</summary>
        public Lecture[]?[] Lus { get; }
    }

    /// <summary>One rule a reader reads: its id and its position among the section's rules.</summary>
    private readonly struct Lecture
    {
        public Lecture(string id, int position)
        {
            Id = id;
            Position = position;
        }

        public string Id { get; }

        public int Position { get; }
    }

    /// <summary>The nodes a reader reads, by id, in the order of <see cref="Lit"/>: a view over the section's nodes, all
    /// evaluated before the reader.</summary>
    private sealed class NoeudsLus : IReadOnlyDictionary<string, DecisionNode>
    {
        private readonly Lecture[] _lus;
        private readonly DecisionNode?[] _noeuds;

        public NoeudsLus(Lecture[] lus, DecisionNode?[] noeuds)
        {
            _lus = lus;
            _noeuds = noeuds;
        }

        public int Count => _lus.Length;

        public IEnumerable<string> Keys => _lus.Select(l => l.Id);

        public IEnumerable<DecisionNode> Values => _lus.Select(l => _noeuds[l.Position]!);

        public DecisionNode this[string key] => TryGetValue(key, out var n) ? n : throw new KeyNotFoundException($"Aucun nœud lu « {key} ».");

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out DecisionNode value)
        {
            foreach (var l in _lus)
            {
                if (string.Equals(l.Id, key, StringComparison.Ordinal))
                {
                    value = _noeuds[l.Position]!;
                    return true;
                }
            }

            value = null!;
            return false;
        }

        public IEnumerator<KeyValuePair<string, DecisionNode>> GetEnumerator()
        {
            foreach (var l in _lus)
            {
                yield return new KeyValuePair<string, DecisionNode>(l.Id, _noeuds[l.Position]!);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Whether every rule <paramref name="lectrice"/> reads, among those evaluated, is evaluated.</summary>
    private static bool Pret(RegleSurNoeuds lectrice, Dictionary<string, int> positions, bool[] faites)
    {
        foreach (var id in lectrice.Lit)
        {
            if (positions.TryGetValue(id, out var j) && !faites[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ids of the rules that wait, directly or not, on their own node.</summary>
    private static IEnumerable<string> Bloquees(IReadOnlyList<Regle> regles)
    {
        var ids = new HashSet<string>(regles.Select(r => r.Id), StringComparer.Ordinal);
        var faites = new HashSet<string>(StringComparer.Ordinal);
        bool progres;
        do
        {
            progres = false;
            foreach (var r in regles)
            {
                if (!faites.Contains(r.Id) && (r is not RegleSurNoeuds l || l.Lit.All(id => !ids.Contains(id) || faites.Contains(id))))
                {
                    faites.Add(r.Id);
                    progres = true;
                }
            }
        }
        while (progres);

        return regles.Select(r => r.Id).Where(id => !faites.Contains(id));
    }
}
