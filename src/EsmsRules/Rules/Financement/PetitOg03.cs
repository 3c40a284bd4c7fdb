using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PETITOG-03: AMOA for project steering (it may fund an internal project manager) — 100 000 € per project by
/// default — for a regional project with at least one small OG. A ceiling studied case by case, so
/// reviewRequired; at project level.</summary>
public sealed class PetitOg03 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PETITOG-03";

    /// <summary>The rule.</summary>
    public PetitOg03()
        : base(
            Identifiant,
            "Petit OG : AMOA pour le pilotage du projet",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("accorde", Resultat.ReviewRequired, "Projet régional avec au moins un petit OG : AMOA projet (pilotage, chef de projet) {amoaProjet} par projet (plafond étudié au cas par cas par {autorite})."),
                new Modele("aucunPetitOg", Resultat.NotApplicable, "Sans objet : aucun petit OG."),
                new Modele("national", Resultat.NotApplicable, "Sans objet : projet national."),
            },
            LigneFinancement.AmoaProjet,
            new[] { "seuilPetitOg", "seuilPetitOgInclus", "amoaProjetParProjet" })
    {
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        var a = (faits ?? throw new ArgumentNullException(nameof(faits))).AllocationsEtablies;
        var montant = a.APetitOg && faits.OrientationEtablie.Orientation == Orientation.Regional ? faits.Bareme.AmoaProjetParProjet : 0m;
        return montant > 0
            ? new Allocation(Conclude(faits, Resultat.ReviewRequired, "accorde", new[] { Chiffre.Euros("amoaProjet", montant), Autorite(faits) }, montant))
            : new Allocation(Conclude(faits, Resultat.NotApplicable, a.APetitOg ? "national" : "aucunPetitOg"));
    }
}
