using System;
using System.Collections.Generic;
using EsmsRules.Rules;

namespace EsmsRules.Decisions;

/// <summary>An input a rule read, with its JSON path in the dossier and its value as the dossier's JSON writes
/// it.</summary>
/// <param name="Chemin">JSON path (<c>$.organismesGestionnaires[0].essms[3].relevantL312_1</c>).</param>
/// <param name="Valeur">Value read; null when absent.</param>
public sealed record EntreeLue(string Chemin, string? Valeur);

/// <summary>
/// One node of the explained decision tree: the rule it applies (<see cref="Regle"/>, a public rule id or a section id),
/// its outcome, the named figures the rule found (<see cref="Chiffres"/>), the French explanation written from them, the
/// source text, the amount where there is one, the inputs it read and its children. Immutable; built by the rules
/// (<see cref="Rules.Regle"/>) or through <see cref="Create"/>, walked by an <see cref="IDecisionVisitor{T}"/>.
/// </summary>
/// <remarks>
/// <para>A node built by a rule keeps its template and figures: its <see cref="Explication"/> is written from them the
/// first time someone reads it (by <see cref="Modele.Render"/>), so an evaluation that only reads figures never formats
/// a sentence.</para>
/// <para>Equality is value equality over the whole subtree: rule id, title, outcome, explanation text, source, amount,
/// inputs read, missing fields, figures, motif, whether it blocks the verdict and the children, in order (not the rule
/// object that built it nor whether its explanation was already written). Two evaluations of one dossier give equal
/// trees. The engine never compares nodes: equality costs nothing to an evaluation.</para>
/// </remarks>
public sealed class DecisionNode : IEquatable<DecisionNode>
{
    private static readonly IReadOnlyList<string> NoStrings = Array.Empty<string>();
    private static readonly IReadOnlyList<Chiffre> NoChiffres = Array.Empty<Chiffre>();

    // A node of a rule or section keeps only its Definition (id, title and source are its); a node built through Create
    // keeps an Entete: one field instead of four, a node being about a hundred bytes.
    private readonly object _origine;
    private readonly bool _sansTexte;
    private string? _explication;

    private DecisionNode(
        string regle,
        string titre,
        Resultat resultat,
        string? explication,
        string source,
        decimal? montant,
        IReadOnlyList<EntreeLue> entrees,
        IReadOnlyList<string> donneesManquantes,
        IReadOnlyList<DecisionNode> enfants)
    {
        _origine = new Entete(regle, titre, source);
        Resultat = resultat;
        _explication = explication;
        Montant = montant;
        Entrees = entrees;
        DonneesManquantes = donneesManquantes;
        Enfants = enfants;
        Chiffres = NoChiffres;
    }

    private DecisionNode(
        Definition definition,
        Resultat resultat,
        string motif,
        IReadOnlyList<Chiffre> chiffres,
        bool sansTexte,
        decimal? montant,
        IReadOnlyList<EntreeLue> entrees,
        IReadOnlyList<string> donneesManquantes,
        IReadOnlyList<DecisionNode> enfants,
        bool bloquant,
        bool detail)
    {
        _origine = definition;
        Resultat = resultat;
        Motif = motif;
        Chiffres = chiffres;
        _sansTexte = sansTexte;
        Montant = montant;
        Entrees = entrees;
        DonneesManquantes = donneesManquantes;
        Enfants = enfants;
        Bloquant = bloquant;
        EstDetail = detail;
    }

    /// <summary>Rule id (<c>GRAPPE-03</c>) or section id (<c>DOSSIER</c>, <c>FINANCEMENT</c>…).</summary>
    public string Regle => _origine is Entete e ? e.Regle : DefinitionConnue.Id;

    /// <summary>French title of the rule.</summary>
    public string Titre => _origine is Entete e ? e.Titre : DefinitionConnue.Titre;

    /// <summary>Outcome.</summary>
    public Resultat Resultat { get; }

    /// <summary>French explanation with the figures used, written from the rule's template and <see cref="Chiffres"/>
    /// when first read; empty when the evaluation was run without explanations.</summary>
    public string Explication => _explication ??= Render();

    /// <summary>The public texts the rule follows (their short citations).</summary>
    public string Source => _origine is Entete e ? e.Source : DefinitionConnue.Source;

    /// <summary>Amount in euros where the rule computes one.</summary>
    public decimal? Montant { get; }

    /// <summary>Inputs read.</summary>
    public IReadOnlyList<EntreeLue> Entrees { get; }

    /// <summary>Dossier field names whose absence decided a <see cref="Resultat.MissingInput"/>.</summary>
    public IReadOnlyList<string> DonneesManquantes { get; }

    /// <summary>Children.</summary>
    public IReadOnlyList<DecisionNode> Enfants { get; }

    /// <summary>The rule or section that built the node; null for a node built through <see cref="Create"/>.</summary>
    public Definition? Definition => _origine is Entete ? null : DefinitionConnue;

    /// <summary>Whether the node is a rule's outcome, counted in the decision's lists: a node of a rule that is not a
    /// detail (a section's node and the root are built as details, a node built through <see cref="Create"/> has no
    /// rule).</summary>
    internal bool EstResultatDeRegle => !EstDetail && _origine is not Entete;

    // _origine is a Definition or an Entete (sealed): testing for the sealed class is one comparison of types, where
    // testing for Definition walks a rule's class hierarchy (FIN-01 : RegleFinancement : Regle : Definition).
#if NET8_0_OR_GREATER
    private Definition DefinitionConnue => System.Runtime.CompilerServices.Unsafe.As<Definition>(_origine);
#else
    private Definition DefinitionConnue => (Definition)_origine;
#endif

    /// <summary>Which of its templates the rule concluded with (<see cref="Definition.Modele"/>); null for a node built
    /// through <see cref="Create"/>.</summary>
    public string? Motif { get; }

    /// <summary>The named figures the rule found (n, T, a rate, an amount…), from which <see cref="Explication"/> is
    /// written.</summary>
    public IReadOnlyList<Chiffre> Chiffres { get; }

    /// <summary>Whether this outcome holds the verdict (a blocking rule's notSatisfied or missingInput).</summary>
    public bool Bloquant { get; }

    /// <summary>A node that details its parent (an ESSMS below target, a tranche) without being the rule's outcome: it is
    /// not counted in the decision's lists.</summary>
    internal bool EstDetail { get; }

    /// <summary>The figure named <paramref name="nom"/>.</summary>
    /// <param name="nom">Its name.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="KeyNotFoundException">The node has no such figure.</exception>
    public Chiffre Chiffre(string nom)
    {
        for (var i = 0; i < Chiffres.Count; i++)
        {
            if (string.Equals(Chiffres[i].Nom, nom, StringComparison.Ordinal))
            {
                return Chiffres[i];
            }
        }

        throw new KeyNotFoundException($"Le nœud {Regle} n'a pas de chiffre « {nom} ».");
    }

    private string Render() => _sansTexte || Definition is null || Motif is null
        ? string.Empty
        : Definition.ModeleDe(Motif).Render(Chiffres);

    /// <summary>The explanation's characters for a writer that copies them at once: the text already read, or the
    /// template written into this thread's buffer (valid until the next sentence is written on the thread), so that
    /// writing a decision creates no string per node.</summary>
    internal ReadOnlySpan<char> ExplicationEcrite() => _explication is { } texte
        ? texte.AsSpan()
        : _sansTexte || Definition is null || Motif is null
            ? ReadOnlySpan<char>.Empty
            : Definition.ModeleDe(Motif).RenderTemporaire(Chiffres);

    /// <summary>Creates a node, checking its arguments.</summary>    /// <param name="regle">Rule or section id; not empty.</param>
    /// <param name="titre">Title.</param>
    /// <param name="resultat">Outcome.</param>
    /// <param name="explication">Explanation (may be empty).</param>
    /// <param name="source">Source.</param>
    /// <param name="montant">Amount, if any.</param>
    /// <param name="entrees">Inputs read; null → none.</param>
    /// <param name="donneesManquantes">Missing fields; must be non-empty exactly when <paramref name="resultat"/> is
    /// <see cref="Resultat.MissingInput"/> on a leaf.</param>
    /// <param name="enfants">Children; null → none.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException"><paramref name="regle"/> is empty, or a missing-input leaf names no field.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    internal static DecisionNode Create(
        string regle,
        string titre,
        Resultat resultat,
        string explication,
        string source,
        decimal? montant = null,
        IReadOnlyList<EntreeLue>? entrees = null,
        IReadOnlyList<string>? donneesManquantes = null,
        IReadOnlyList<DecisionNode>? enfants = null) =>
        Creer(regle, titre, resultat, explication, source, montant, entrees, donneesManquantes, enfants);

    /// <summary>A node of <paramref name="definition"/> concluding with <paramref name="motif"/> (its template must exist),
    /// checked as <see cref="Create"/> checks.</summary>
    internal static DecisionNode DeDefinition(
        Definition definition,
        Resultat resultat,
        string motif,
        IReadOnlyList<Chiffre>? chiffres,
        bool sansTexte,
        decimal? montant = null,
        IReadOnlyList<EntreeLue>? entrees = null,
        IReadOnlyList<string>? donneesManquantes = null,
        IReadOnlyList<DecisionNode>? enfants = null,
        bool bloquant = false,
        bool detail = false)
    {
        var manquantes = donneesManquantes ?? NoStrings;
        var children = enfants ?? Array.Empty<DecisionNode>();
        if (resultat == Resultat.MissingInput && manquantes.Count == 0 && children.Count == 0)
        {
            throw new ArgumentException(
                $"Le nœud {definition.Id} en missingInput doit nommer la donnée manquante.", nameof(donneesManquantes));
        }

        return new DecisionNode(definition, resultat, motif, chiffres ?? NoChiffres, sansTexte, montant,
            entrees ?? Array.Empty<EntreeLue>(), manquantes, children, bloquant, detail);
    }

    private static DecisionNode Creer(
        string regle,
        string titre,
        Resultat resultat,
        string explication,
        string source,
        decimal? montant,
        IReadOnlyList<EntreeLue>? entrees,
        IReadOnlyList<string>? donneesManquantes,
        IReadOnlyList<DecisionNode>? enfants)
    {
        if (regle is null)
        {
            throw new ArgumentNullException(nameof(regle));
        }

        if (regle.Length == 0)
        {
            throw new ArgumentException("L'identifiant de règle ne peut pas être vide.", nameof(regle));
        }

        var manquantes = donneesManquantes ?? NoStrings;
        var children = enfants ?? Array.Empty<DecisionNode>();
        if (resultat == Resultat.MissingInput && manquantes.Count == 0 && children.Count == 0)
        {
            throw new ArgumentException(
                $"Le nœud {regle} en missingInput doit nommer la donnée manquante.", nameof(donneesManquantes));
        }

        return new DecisionNode(
            regle,
            titre ?? throw new ArgumentNullException(nameof(titre)),
            resultat,
            explication ?? throw new ArgumentNullException(nameof(explication)),
            source ?? throw new ArgumentNullException(nameof(source)),
            montant,
            entrees ?? Array.Empty<EntreeLue>(),
            manquantes,
            children);
    }

    /// <summary>Accepts a visitor.</summary>
    /// <typeparam name="T">Visitor result.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returns.</returns>
    public T Accept<T>(IDecisionVisitor<T> visitor) => (visitor ?? throw new ArgumentNullException(nameof(visitor))).Visit(this);

    /// <summary>This node and all its descendants, depth first, parents before children.</summary>
    /// <returns>The nodes.</returns>
    public IEnumerable<DecisionNode> DescendantsAndSelf()
    {
        var stack = new Stack<DecisionNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            for (var i = n.Enfants.Count - 1; i >= 0; i--)
            {
                stack.Push(n.Enfants[i]);
            }
        }
    }

    /// <summary>The first node (depth first) applying <paramref name="regle"/>, or null.</summary>
    /// <param name="regle">Rule id.</param>
    /// <returns>The node or null.</returns>
    public DecisionNode? Find(string regle)
    {
        foreach (var n in DescendantsAndSelf())
        {
            if (string.Equals(n.Regle, regle, StringComparison.Ordinal))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>Value equality over the whole subtree (see the remarks of <see cref="DecisionNode"/>), compared level
    /// by level with an explicit stack: a tree nested deeper than a recursion could go (an ARS's own rule) compares
    /// without running out of stack.</summary>
    /// <param name="other">The other node.</param>
    /// <returns>True when both nodes and their descendants are equal.</returns>
    public bool Equals(DecisionNode? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || !MemeNoeud(other))
        {
            return false;
        }

        Stack<(DecisionNode A, DecisionNode B)>? pile = null;
        var a = this;
        var b = other;
        while (true)
        {
            var ea = a.Enfants;
            var eb = b.Enfants;
            if (!ReferenceEquals(ea, eb))
            {
                if (ea.Count != eb.Count)
                {
                    return false;
                }

                for (var i = 0; i < ea.Count; i++)
                {
                    var x = ea[i];
                    var y = eb[i];
                    if (ReferenceEquals(x, y))
                    {
                        continue;
                    }

                    if (x is null || y is null || !x.MemeNoeud(y))
                    {
                        return false;
                    }

                    if (x.Enfants.Count > 0 || y.Enfants.Count > 0)
                    {
                        (pile ??= new Stack<(DecisionNode, DecisionNode)>()).Push((x, y));
                    }
                }
            }

            if (pile is null || pile.Count == 0)
            {
                return true;
            }

            (a, b) = pile.Pop();
        }
    }

    /// <summary>Everything but the children is equal.</summary>
    private bool MemeNoeud(DecisionNode other) =>
        Resultat == other.Resultat
        && Montant == other.Montant
        && Bloquant == other.Bloquant
        && EstDetail == other.EstDetail
        && string.Equals(Regle, other.Regle, StringComparison.Ordinal)
        && string.Equals(Titre, other.Titre, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Motif, other.Motif, StringComparison.Ordinal)
        && MemesElements(Chiffres, other.Chiffres)
        && MemesElements(Entrees, other.Entrees)
        && MemesElements(DonneesManquantes, other.DonneesManquantes)
        && MemeExplication(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DecisionNode autre && Equals(autre);

    /// <summary>A hash code of the rule id, outcome, amount and children count: consistent with
    /// <see cref="Equals(DecisionNode?)"/>, and cheap (no explanation is written, no subtree walked).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var h = StringComparer.Ordinal.GetHashCode(Regle);
            h = (h * 31) + (int)Resultat;
            h = (h * 31) + (Montant?.GetHashCode() ?? 0);
            return (h * 31) + Enfants.Count;
        }
    }

    /// <summary>Equality of two nodes (<see cref="Equals(DecisionNode?)"/>).</summary>
    /// <param name="left">One node.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DecisionNode? left, DecisionNode? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of two nodes.</summary>
    /// <param name="left">One node.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DecisionNode? left, DecisionNode? right) => !(left == right);

    /// <summary>The explanations are equal: without writing them when both nodes would write the same template of the
    /// same rule with the same figures (already compared), else by their text.</summary>
    private bool MemeExplication(DecisionNode other)
    {
        if (Definition is not null && ReferenceEquals(Definition, other.Definition) && _sansTexte == other._sansTexte)
        {
            return true;
        }

        return string.Equals(Explication, other.Explication, StringComparison.Ordinal);
    }

    private static bool MemesElements<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        var comparateur = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparateur.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>FIN-03 [Satisfied] 755 500 € : Plafond de la part éditeur… (2 enfants)</c>: the rule id, the outcome,
    /// the amount when there is one, the explanation and the number of children.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var texte = Montant is { } m
            ? $"{Regle} [{Resultat}] {m.ToString(System.Globalization.CultureInfo.InvariantCulture)} € : {Explication}"
            : $"{Regle} [{Resultat}] {Explication}";
        return Enfants.Count switch
        {
            0 => texte,
            1 => $"{texte} (1 enfant)",
            _ => $"{texte} ({Enfants.Count} enfants)",
        };
    }

    /// <summary>Id, title and source of a node built through <see cref="Create"/>.</summary>
    private sealed class Entete
    {
        public Entete(string regle, string titre, string source)
        {
            Regle = regle;
            Titre = titre;
            Source = source;
        }

        public string Regle { get; }

        public string Titre { get; }

        public string Source { get; }
    }
}

/// <summary>A visitor over decision trees.</summary>
/// <typeparam name="T">What a visit returns.</typeparam>
public interface IDecisionVisitor<out T>
{
    /// <summary>Visits one node (the visitor decides whether to descend into <see cref="DecisionNode.Enfants"/>).</summary>
    /// <param name="node">The node.</param>
    /// <returns>The result.</returns>
    T Visit(DecisionNode node);
}
