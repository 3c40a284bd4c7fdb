using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// A section of the decision chart (eligibility, grappe, orientation, recevabilité, procurement, funding, payments,
/// Prestation Ségur): the rules it evaluates, in order, and the facts it hands to the next section
/// (<see cref="Faits"/>). Its node groups its rules' nodes.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="WithRules"/> gives a copy with other rules (see
/// <c>JeuDeRegles</c>).</remarks>
public abstract class Section : Definition
{
    /// <summary>Creates a section.</summary>
    /// <param name="id">Public id (<c>GRAPPE</c>).</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows.</param>
    /// <param name="modeles">The sentences of its node.</param>
    /// <param name="regles">Its rules, in evaluation order.</param>
    /// <exception cref="ArgumentException">Two rules with one id.</exception>
    protected Section(string id, string titre, IEnumerable<Reference> references, IEnumerable<Modele> modeles, IEnumerable<Regle> regles)
        : base(id, titre, references, modeles)
    {
        var liste = (regles ?? throw new ArgumentNullException(nameof(regles))).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in liste)
        {
            if (r is null)
            {
                throw new ArgumentException("Une règle de la section est nulle.", nameof(regles));
            }

            if (!ids.Add(r.Id))
            {
                throw new ArgumentException($"La section {id} contient deux règles « {r.Id} ».", nameof(regles));
            }
        }

        Regles = EsmsRules.Collections.ValueList.Wrap(liste);
    }

    /// <summary>Its rules, in evaluation order.</summary>
    public IReadOnlyList<Regle> Regles { get; }

    /// <summary>The rule of id <paramref name="id"/>, or null when the section has none (a user removed it).</summary>
    /// <param name="id">Rule id.</param>
    /// <returns>The rule or null.</returns>
    public Regle? Regle(string id)
    {
        foreach (var r in Regles)
        {
            if (string.Equals(r.Id, id, StringComparison.Ordinal))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>A copy of this section with <paramref name="regles"/> instead of its rules.</summary>
    /// <param name="regles">The rules, in evaluation order.</param>
    /// <returns>The copy.</returns>
    public abstract Section WithRules(IEnumerable<Regle> regles);

    /// <summary>Evaluates the section: its rules in order on <paramref name="faits"/>, and the facts it establishes.</summary>
    /// <param name="faits">The facts of the sections before it.</param>
    /// <returns>Its node and the facts with its own added.</returns>
    public abstract ResultatSection Evaluate(Faits faits);

    /// <summary>Evaluates every rule of the section in order on <paramref name="faits"/>, except those
    /// <paramref name="exclure"/> skips.</summary>
    /// <param name="faits">The facts.</param>
    /// <param name="exclure">Rules evaluated elsewhere; null → none.</param>
    /// <returns>The nodes, one per rule evaluated.</returns>
    protected IReadOnlyList<DecisionNode> EvaluateRules(Faits faits, Func<Regle, bool>? exclure = null)
    {
        var noeuds = new List<DecisionNode>(Regles.Count);
        for (var i = 0; i < Regles.Count; i++)
        {
            var r = Regles[i];
            if (exclure is null || !exclure(r))
            {
                noeuds.Add(r.Evaluate(faits));
            }
        }

        return noeuds;
    }

    /// <summary>The section's node: its template <paramref name="motif"/>, its children, and an outcome that
    /// aggregates theirs unless <paramref name="resultat"/> is given.</summary>
    /// <param name="faits">The facts.</param>
    /// <param name="enfants">Its rules' nodes.</param>
    /// <param name="motif">Template; null → no explanation.</param>
    /// <param name="chiffres">Named figures.</param>
    /// <param name="montant">Amount.</param>
    /// <param name="resultat">Outcome; null → the aggregate of the children (<see cref="Aggregate"/>).</param>
    /// <returns>The node.</returns>
    protected DecisionNode Summarize(Faits faits, IReadOnlyList<DecisionNode> enfants, string? motif, IReadOnlyList<Chiffre>? chiffres = null, decimal? montant = null, Resultat? resultat = null)
    {
        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        if (motif is not null)
        {
            VerifierModele(motif);
        }

        return DecisionNode.DeDefinition(this, resultat ?? Aggregate(enfants), motif ?? SansTexte, chiffres, !faits.Explications || motif is null, montant,
            enfants: enfants, detail: true);
    }

    /// <summary>The motif of a node without explanation.</summary>
    private const string SansTexte = "";

    /// <summary>The outcome of a group: notSatisfied, else missingInput, else reviewRequired, else satisfied, else
    /// notApplicable (all children not applicable, or none).</summary>
    /// <param name="noeuds">The nodes.</param>
    /// <returns>The most severe outcome.</returns>
    public static Resultat Aggregate(IReadOnlyList<DecisionNode> noeuds)
    {
        if (noeuds is null)
        {
            throw new ArgumentNullException(nameof(noeuds));
        }

        var pire = Resultat.NotApplicable;
        for (var i = 0; i < noeuds.Count; i++)
        {
            pire = Worst(pire, noeuds[i].Resultat);
        }

        return pire;
    }

    /// <summary>The more severe of two outcomes (notSatisfied &gt; missingInput &gt; reviewRequired &gt; satisfied &gt;
    /// notApplicable).</summary>
    /// <param name="a">One outcome.</param>
    /// <param name="b">The other.</param>
    /// <returns>The more severe.</returns>
    public static Resultat Worst(Resultat a, Resultat b) => Gravite(a) >= Gravite(b) ? a : b;

    private static int Gravite(Resultat r) => r switch
    {
        Resultat.NotSatisfied => 4,
        Resultat.MissingInput => 3,
        Resultat.ReviewRequired => 2,
        Resultat.Satisfied => 1,
        _ => 0,
    };
}

/// <summary>What a section gives: its node and the facts with its own added.</summary>
/// <param name="Noeud">The section's node.</param>
/// <param name="Faits">The facts for the next section.</param>
public sealed record ResultatSection(DecisionNode Noeud, Faits Faits);
