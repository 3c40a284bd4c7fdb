using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PETITOG-04: the specific funding — what the rules before it allocated for equipment and AMOA (read from
/// <see cref="Faits.Allocations"/>) — is paid on the same conditions and schedule as the rest (VERS-01, VERS-02).</summary>
public sealed class PetitOg04 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PETITOG-04";

    /// <summary>The rule.</summary>
    public PetitOg04()
        : base(
            Identifiant,
            "Financements spécifiques versés aux mêmes conditions",
            new[] { Documents.AppelAProjets.Section(Citations.Modalites), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("verses", Resultat.Satisfied, "Les financements spécifiques ({specifiques}) sont versés aux mêmes conditions et au même calendrier que les autres (VERS-01, VERS-02)."),
                new Modele("aucun", Resultat.NotApplicable, "Sans objet : aucun financement spécifique."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var a = (faits ?? throw new ArgumentNullException(nameof(faits))).AllocationsEtablies;
        var specifiques = (a.Montant(LigneFinancement.Equipements) ?? 0m) + (a.Montant(LigneFinancement.AmoaMarche) ?? 0m) + (a.Montant(LigneFinancement.AmoaProjet) ?? 0m);
        return specifiques > 0
            ? Conclude(faits, Resultat.Satisfied, "verses", new[] { Chiffre.Euros("specifiques", specifiques) })
            : Conclude(faits, Resultat.NotApplicable, "aucun");
    }
}
