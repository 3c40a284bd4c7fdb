using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>FIN-01: in an acquisition, the part ESSMS (maîtrise d'ouvrage, "financement à l'usage") of each retained
/// ESSMS at its rank — 7 000 € up to the 49th, 2 000 € from the 50th by default (appel à projets, « Modalités de financement »); each OG gets its own
/// ESSMS' amounts.</summary>
public sealed class Fin01 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "FIN-01";

    private const string Debut = "Part ESSMS (maîtrise d'ouvrage, financement à l'usage) : ";

    /// <summary>The rule.</summary>
    public Fin01()
        : base(
            Identifiant,
            "Acquisition, part ESSMS (maîtrise d'ouvrage)",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.PageCnsa.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("tarifPlein", Resultat.Satisfied, Debut + Calcul(false, "partEssms")),
                new Modele("tarifReduit", Resultat.Satisfied, Debut + Calcul(true, "partEssms")),
                new Modele("conformite", Resultat.NotApplicable, "Sans objet : projet de mise en conformité."),
            },
            LigneFinancement.PartEssms,
            new[] { "rangTarifReduit", "partEssmsAcquisition" })
    {
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        if (!(faits ?? throw new ArgumentNullException(nameof(faits))).Acquisition)
        {
            return new Allocation(Conclude(faits, Resultat.NotApplicable, "conformite"));
        }

        var tarif = faits.Bareme.PartEssmsAcquisition;
        var (partEssms, parOg) = ParRang(faits, tarif);
        var (_, reduit) = Rangs(faits);
        return new Allocation(
            Conclude(faits, Resultat.Satisfied, reduit > 0 ? "tarifReduit" : "tarifPlein", ChiffresParRang(faits, tarif, "partEssms", partEssms), partEssms),
            parOg);
    }
}
