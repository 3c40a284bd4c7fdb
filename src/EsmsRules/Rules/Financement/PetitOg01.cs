using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Formatting;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PETITOG-01: equipment and infrastructure needed to use the DUI, for each retained ESSMS of a small OG
/// (<see cref="FaitsFinancement.PetitsOg"/>: fewer than 15 ESSMS in FINESS by default, a barème parameter) —
/// 20 000 € per ESSMS by default, in any project; a ceiling studied case by case by the instructing authority, so
/// reviewRequired. Each small OG gets its own ESSMS' amount.</summary>
public sealed class PetitOg01 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PETITOG-01";

    /// <summary>The rule.</summary>
    public PetitOg01()
        : base(
            Identifiant,
            "Petit OG : équipements et infrastructures par ESSMS",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.PageCnsa.Section(), Documents.WebinaireOccitanie.Section() },
            Textes(),
            LigneFinancement.Equipements,
            new[] { "seuilPetitOg", "seuilPetitOgInclus", "equipementParEssms" })
    {
    }

    private static IEnumerable<Modele> Textes()
    {
        foreach (var (prefixe, comparaison) in new[] { (string.Empty, "<"), ("inclus.", "≤") })
        {
            yield return new Modele(prefixe + "petitsOg", Resultat.ReviewRequired, "{petitsOg:Petit OG|Petits OG} (" + comparaison + " {seuil} ESSMS) : {petitsOg}. Équipements et infrastructures : {essms} × {parEssms} = {equipements} (plafond étudié au cas par cas par {autorite}).");
            yield return new Modele(prefixe + "aucun", Resultat.NotApplicable, "Aucun petit OG (" + comparaison + " {seuil} ESSMS en FINESS) parmi les OG retenus[ ; le plus petit en compte {plusPetit}].");
        }
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        var a = (faits ?? throw new ArgumentNullException(nameof(faits))).AllocationsEtablies;
        var b = faits.Bareme;
        var prefixe = b.SeuilPetitOgInclus ? "inclus." : string.Empty;
        var seuil = Chiffre.Entier("seuil", b.SeuilPetitOg);
        if (!a.APetitOg)
        {
            // The smallest OG with retained ESSMS: how far the grappe is from having a small OG.
            int? plusPetit = null;
            var listeOg = a.Ogs;
            for (var iOg = 0; iOg < listeOg.Count; iOg++)
            {
                var og = listeOg[iOg];
                if (og.Retenus > 0 && (plusPetit is null || og.NombreEssmsFiness < plusPetit))
                {
                    plusPetit = og.NombreEssmsFiness;
                }
            }

            return new Allocation(Conclude(faits, Resultat.NotApplicable, prefixe + "aucun",
                plusPetit is { } p ? new[] { seuil, Chiffre.Entier("plusPetit", p) } : new[] { seuil }));
        }

        var parOg = new decimal[a.Ogs.Count];
        var petits = new List<string>();
        for (var i = 0; i < parOg.Length; i++)
        {
            if (!a.PetitsOg[i])
            {
                continue;
            }

            var og = a.Ogs[i];
            parOg[i] = og.Retenus * b.EquipementParEssms;
            var ecart = b.SeuilPetitOg - og.NombreEssmsFiness;
            petits.Add($"{og.Og.FinessJuridique.Value} ({Fr.Entier(og.NombreEssmsFiness)} ESSMS{(og.Og.NombreEssmsFiness is null ? " listés dans le dossier, nombreEssmsFiness absent" : " en FINESS")}, {Fr.Entier(og.Retenus)} {(og.Retenus >= 2 ? "retenus" : "retenu")} ; {(ecart > 0 ? Fr.Entier(ecart) + " sous le seuil" : "au seuil")})");
        }

        var equipements = a.EssmsPetitsOg * b.EquipementParEssms;
        return new Allocation(
            Conclude(faits, Resultat.ReviewRequired, prefixe + "petitsOg", new[]
            {
                seuil, Chiffre.ListeDe("petitsOg", petits), Chiffre.Entier("essms", a.EssmsPetitsOg),
                Chiffre.Euros("parEssms", b.EquipementParEssms), Chiffre.Euros("equipements", equipements), Autorite(faits),
            }, equipements),
            parOg);
    }
}
