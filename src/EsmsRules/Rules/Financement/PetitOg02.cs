using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PETITOG-02: AMOA for the procurement procedure — 15 000 € per project by default — for a regional acquisition
/// with at least one small OG that runs a new procurement (not the current contract of ACHAT-02); granted in the social
/// champs too unless the barème option <c>amoaMarcheChampsSociaux</c> is off (the ARS Occitanie webinar's example grants it there). A ceiling
/// studied case by case, so reviewRequired; at project level.</summary>
public sealed class PetitOg02 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PETITOG-02";

    private const string Accorde = "Acquisition régionale avec au moins un petit OG et une nouvelle procédure de marché : AMOA marché {amoaMarche} par projet (plafond étudié au cas par cas par {autorite})";

    /// <summary>The rule.</summary>
    public PetitOg02()
        : base(
            Identifiant,
            "Petit OG : AMOA pour la procédure de marché",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("accorde", Resultat.ReviewRequired, Accorde + "."),
                new Modele("accordeChampsSociaux", Resultat.ReviewRequired, Accorde + " ; accordé aussi dans les champs sociaux (exemple du webinaire ARS Occitanie, option amoaMarcheChampsSociaux)."),
                new Modele("aucunPetitOg", Resultat.NotApplicable, "Sans objet : aucun petit OG."),
                new Modele("conformite", Resultat.NotApplicable, "Sans objet : projet de mise en conformité."),
                new Modele("marcheEnCours", Resultat.NotApplicable, "Sans objet : marché en cours utilisé (ACHAT-02)."),
                new Modele("national", Resultat.NotApplicable, "Sans objet : projet national."),
                new Modele("champsSociaux", Resultat.NotApplicable, "Sans objet : champs sociaux (option amoaMarcheChampsSociaux désactivée)."),
            },
            LigneFinancement.AmoaMarche,
            new[] { "seuilPetitOg", "seuilPetitOgInclus", "amoaMarcheParProjet", "amoaMarcheChampsSociaux" })
    {
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        var a = (faits ?? throw new ArgumentNullException(nameof(faits))).AllocationsEtablies;
        var b = faits.Bareme;
        var majorite = faits.GrappeEtablie.MajoriteMedicoSociale;
        var marcheEnCours = faits.AchatEtabli.MarcheEnCours;
        var regional = faits.OrientationEtablie.Orientation == Orientation.Regional;
        var montant = a.APetitOg && faits.Acquisition && !marcheEnCours && regional && (majorite || b.AmoaMarcheChampsSociaux) ? b.AmoaMarcheParProjet : 0m;
        if (montant > 0)
        {
            return new Allocation(Conclude(faits, Resultat.ReviewRequired, majorite ? "accorde" : "accordeChampsSociaux",
                new[] { Chiffre.Euros("amoaMarche", montant), Autorite(faits) }, montant));
        }

        var motif = !a.APetitOg ? "aucunPetitOg" : !faits.Acquisition ? "conformite" : marcheEnCours ? "marcheEnCours" : !regional ? "national" : "champsSociaux";
        return new Allocation(Conclude(faits, Resultat.NotApplicable, motif));
    }
}
