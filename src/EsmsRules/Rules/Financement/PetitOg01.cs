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
            yield return new Modele(prefixe + "petitsOg", Resultat.ReviewRequired, "Petit(s) OG (" + comparaison + " {seuil} ESSMS) : {petitsOg}. Équipements et infrastructures : {essms} × {parEssms} = {equipements} (plafond étudié au cas par cas par {autorite}).");
            yield return new Modele(prefixe + "aucun", Resultat.NotApplicable, "Aucun petit OG (" + comparaison + " {seuil} ESSMS en FINESS) parmi les OG retenus.");
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
            return new Allocation(Conclude(faits, Resultat.NotApplicable, prefixe + "aucun", new[] { seuil }));
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
            petits.Add($"{og.Og.FinessJuridique.Value} ({Fr.Entier(og.NombreEssmsFiness)} ESSMS{(og.Og.NombreEssmsFiness is null ? " listés dans le dossier, nombreEssmsFiness absent" : " en FINESS")}, {Fr.Entier(og.Retenus)} retenu(s))");
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
