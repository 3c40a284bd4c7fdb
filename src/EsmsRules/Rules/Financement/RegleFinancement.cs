using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// A rule of the section FINANCEMENT that allocates an amount: it names the line of the funding its amount goes to
/// (<see cref="Ligne"/>) and concludes with an <see cref="Allocation"/>, its node (whose <see cref="DecisionNode.Montant"/>
/// is its amount; null when it allocates nothing) and each OG's share of that amount. This is the whole contract with
/// the section: it sums the amounts line by line, whatever the rules' ids, so that a rule replaced by an ARS's own (same
/// id or not) changes the total, and a rule of one's own adds its amount to its line.
/// </summary>
/// <remarks>A rule that follows another in the section reads what the rules before it allocated from
/// <see cref="Faits.Allocations"/> (FIN-05 reads the ceiling of FIN-02 / FIN-03 there).</remarks>
public abstract class RegleFinancement : Regle
{
    /// <summary>Creates a funding rule.</summary>
    /// <param name="id">Public id.</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows.</param>
    /// <param name="modeles">Its sentences, one per motif.</param>
    /// <param name="ligne">The line its amount goes to.</param>
    /// <param name="parametres">The barème parameters it reads.</param>
    protected RegleFinancement(string id, string titre, IEnumerable<Reference> references, IEnumerable<Modele> modeles, LigneFinancement ligne, IEnumerable<string>? parametres = null)
        : base(id, titre, references, modeles, parametres)
    {
        Ligne = ligne;
    }

    /// <summary>The line of the funding its amount goes to.</summary>
    public LigneFinancement Ligne { get; }

    /// <summary>Evaluates the rule: its node and each OG's share of its amount.</summary>
    /// <param name="faits">The facts, the funding section's own (<see cref="Faits.Allocations"/>) included.</param>
    /// <returns>What it allocates.</returns>
    public abstract Allocation Allocate(Faits faits);

    /// <summary>Its node (<see cref="Allocate"/>'s).</summary>
    /// <param name="faits">The facts.</param>
    /// <returns>Its node.</returns>
    public sealed override DecisionNode Evaluate(Faits faits) => Allocate(faits).Noeud;

    /// <summary>An amount over the retained ESSMS at their ranks: per OG, its ESSMS ranked before
    /// the reduced-rate rank at the full rate and the others at the reduced rate; the total is the sum over the OGs.</summary>
    /// <param name="faits">The facts, eligibility established.</param>
    /// <param name="tarif">The rate by rank.</param>
    /// <returns>The total and each OG's share (every OG of the dossier).</returns>
    private protected static (decimal Total, decimal[] ParOrganisme) ParRang(Faits faits, TarifParRang tarif)
    {
        var ogs = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie.Ogs;
        if (tarif is null)
        {
            throw new ArgumentNullException(nameof(tarif));
        }

        var parOg = new decimal[ogs.Count];
        decimal total = 0;
        for (var i = 0; i < parOg.Length; i++)
        {
            parOg[i] = (ogs[i].RetenusTarifPlein * tarif.AvantRangReduit) + (ogs[i].RetenusTarifReduit * tarif.APartirDuRangReduit);
            total += parOg[i];
        }

        return (total, parOg);
    }

    /// <summary>The figures of an amount by rank: the ESSMS at the full rate (<c>plein</c>) and at the reduced rate
    /// (<c>reduit</c>), both rates (<c>tarifPlein</c>, <c>tarifReduit</c>), n, and the amount named
    /// <paramref name="nom"/>. The templates write « {plein} × {tarifPlein} = {montant}. », with « + {reduit} ×
    /// {tarifReduit} » when some ESSMS are at the reduced rate (<see cref="Calcul"/>).</summary>
    /// <param name="faits">The facts, eligibility established.</param>
    /// <param name="tarif">The rate by rank.</param>
    /// <param name="nom">The amount's name.</param>
    /// <param name="montant">The amount.</param>
    /// <returns>The figures.</returns>
    private protected static List<Chiffre> ChiffresParRang(Faits faits, TarifParRang tarif, string nom, decimal montant)
    {
        var (plein, reduit) = Rangs(faits);
        var chiffres = new List<Chiffre>(8)
        {
            Chiffre.Entier("n", plein + reduit),
            Chiffre.Entier("plein", plein),
            Chiffre.Entier("reduit", reduit),
            Chiffre.Euros("tarifPlein", (tarif ?? throw new ArgumentNullException(nameof(tarif))).AvantRangReduit),
            Chiffre.Euros("tarifReduit", tarif.APartirDuRangReduit),
            Chiffre.Euros(nom, montant),
        };
        if (reduit == 0 && plein == faits.Bareme.RangTarifReduit - 1)
        {
            // The last full-rate rank is reached: the next ESSMS would be at the reduced rate.
            chiffres.Add(Chiffre.Entier("rangSuivant", faits.Bareme.RangTarifReduit));
        }

        return chiffres;
    }

    /// <summary>The retained ESSMS ranked before the reduced-rate rank and from it on.</summary>
    /// <param name="faits">The facts, eligibility established.</param>
    /// <returns>Both counts.</returns>
    private protected static (int Plein, int Reduit) Rangs(Faits faits)
    {
        int plein = 0, reduit = 0;
        var listeOg = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie.Ogs;
        for (var iOg = 0; iOg < listeOg.Count; iOg++)
        {
            var og = listeOg[iOg];
            plein += og.RetenusTarifPlein;
            reduit += og.RetenusTarifReduit;
        }

        return (plein, reduit);
    }

    /// <summary>The arithmetic of an amount by rank, as a template writes it: « {plein} × {tarifPlein} = {nom}. » (with
    /// « ; le {rangSuivant}e ESSMS passerait à {tarifReduit} » when the last full-rate rank is reached), or with the
    /// reduced rate « {plein} × {tarifPlein} + {reduit} × {tarifReduit} = {nom}. ».</summary>
    /// <param name="tarifReduit">Whether some ESSMS are at the reduced rate.</param>
    /// <param name="nom">The amount's name.</param>
    /// <returns>The template text.</returns>
    private protected static string Calcul(bool tarifReduit, string nom) => tarifReduit
        ? "{plein} × {tarifPlein} + {reduit} × {tarifReduit} = {" + nom + "}."
        : "{plein} × {tarifPlein} = {" + nom + "}[ ; le {rangSuivant}e ESSMS passerait à {tarifReduit}].";

    /// <summary>The instructing authority, as the funding sentences name it: the national team (CNSA, DNS) for a national
    /// project, the ARS otherwise.</summary>
    /// <param name="faits">The facts, orientation established.</param>
    /// <param name="majuscule">Capitalised, at the start of a sentence.</param>
    /// <returns>The figure <c>autorite</c>.</returns>
    internal static Chiffre Autorite(Faits faits, bool majuscule = false) => Chiffre.Mot("autorite",
        (faits ?? throw new ArgumentNullException(nameof(faits))).OrientationEtablie.Orientation == Orientation.National
            ? (majuscule ? "L'équipe nationale (CNSA, DNS)" : "l'équipe nationale (CNSA, DNS)")
            : (majuscule ? "L'ARS" : "l'ARS"));
}

/// <summary>What a funding rule allocates (<see cref="RegleFinancement.Allocate"/>).</summary>
/// <param name="Noeud">Its node; its <see cref="DecisionNode.Montant"/> is the amount on the rule's line (null: nothing).</param>
/// <param name="ParOrganisme">Each OG's share of the amount, one per OG of the dossier in list order; null for an amount
/// at project level (the AMOA lines).</param>
public sealed record Allocation(DecisionNode Noeud, IReadOnlyList<decimal>? ParOrganisme = null);
