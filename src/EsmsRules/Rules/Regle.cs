using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// A rule of the catalogue: its stable public id, French title, the public texts it follows, the barème parameters it
/// reads, the sentences its conclusions are explained with, and its evaluation. A rule reads the facts established
/// before it (<see cref="Faits"/>) and concludes with a node: an outcome, a motif naming its template, the named figures
/// it found, the inputs it read and, for a missing input, the fields it needs.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance serves every evaluation. A rule set (<c>JeuDeRegles</c>) lets a user
/// replace a rule by their own, remove it, or add a rule of their own (an ARS's regional rule) to a section.
/// </remarks>
public abstract class Regle : Definition
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">Public id, stable across versions (<c>GRAPPE-03</c>; an ARS's own rule: e.g. <c>OCC-01</c>).</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows.</param>
    /// <param name="modeles">Its sentences, one per motif.</param>
    /// <param name="parametres">The barème parameters it reads (names of <see cref="Baremes.BaremeParametres.Noms"/>).</param>
    /// <exception cref="ArgumentNullException">A parameter other than <paramref name="parametres"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Definition"/>.</exception>
    protected Regle(string id, string titre, IEnumerable<Reference> references, IEnumerable<Modele> modeles, IEnumerable<string>? parametres = null)
        : base(id, titre, references, modeles)
    {
        Parametres = EsmsRules.Collections.ValueList.Wrap((parametres ?? Enumerable.Empty<string>()).ToArray());
    }

    /// <summary>The barème parameters it reads.</summary>
    public IReadOnlyList<string> Parametres { get; }

    /// <summary>Whether an outcome of this rule can hold the verdict: a blocking notSatisfied makes the
    /// project non recevable, a blocking missingInput leaves the verdict undetermined. Which of its nodes do is said by
    /// <see cref="DecisionNode.Bloquant"/>.</summary>
    public virtual bool PeutBloquer => false;

    /// <summary>Whether the rule reads the verdict (<see cref="Faits.Verdict"/>): its section evaluates it once every
    /// blocking rule is (PROJET-08, the instructing authority's final avis).</summary>
    public virtual bool LitLeVerdict => false;

    /// <summary>Evaluates the rule on the facts established before it.</summary>
    /// <param name="faits">The dossier, the barème and the facts of the sections already evaluated.</param>
    /// <returns>Its node.</returns>
    public abstract DecisionNode Evaluate(Faits faits);

    /// <summary>Its node: <paramref name="resultat"/>, explained by the template <paramref name="motif"/> with
    /// <paramref name="chiffres"/>.</summary>
    /// <param name="faits">The facts (whether explanations are wanted).</param>
    /// <param name="resultat">Outcome.</param>
    /// <param name="motif">Template.</param>
    /// <param name="chiffres">Named figures the template writes (and any other the rule found).</param>
    /// <param name="montant">Amount, where the rule computes one.</param>
    /// <param name="manquantes">For a missing input, the dossier fields it needs.</param>
    /// <param name="entrees">The inputs it read (given only when explanations are wanted).</param>
    /// <param name="enfants">Child nodes.</param>
    /// <param name="bloquant">Whether this outcome holds the verdict.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No template has <paramref name="motif"/>.</exception>
    protected DecisionNode Conclude(
        Faits faits,
        Resultat resultat,
        string motif,
        IReadOnlyList<Chiffre>? chiffres = null,
        decimal? montant = null,
        IReadOnlyList<string>? manquantes = null,
        IReadOnlyList<EntreeLue>? entrees = null,
        IReadOnlyList<DecisionNode>? enfants = null,
        bool bloquant = false)
    {
        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        VerifierModele(motif);
        return DecisionNode.DeDefinition(this, resultat, motif, chiffres, !faits.Explications, montant,
            faits.Explications ? entrees : null, manquantes, enfants, bloquant && resultat is Resultat.NotSatisfied or Resultat.MissingInput);
    }

    /// <summary>A node detailing the rule's conclusion (one ESSMS, one OG, one order) without being counted in the
    /// decision's lists.</summary>
    /// <param name="faits">The facts.</param>
    /// <param name="resultat">Outcome of the detail.</param>
    /// <param name="motif">Template.</param>
    /// <param name="chiffres">Named figures.</param>
    /// <param name="montant">Amount.</param>
    /// <returns>The node.</returns>
    protected DecisionNode ConcludeDetail(Faits faits, Resultat resultat, string motif, IReadOnlyList<Chiffre>? chiffres = null, decimal? montant = null)
    {
        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        VerifierModele(motif);
        return DecisionNode.DeDefinition(this, resultat, motif, chiffres, !faits.Explications, montant, detail: true);
    }
}
