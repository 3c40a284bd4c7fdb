using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using Xunit;
using static EsmsRules.ArsTests.Dossiers;

namespace EsmsRules.ArsTests;

/// <summary>Decisions on the ARS's own dossiers, pinned with <c>Assert.Equal</c>: whole decisions, the funding record,
/// and explained nodes of the tree (outcome and French explanation).</summary>
public class DecisionsTests
{
    private static Decision Decide(Model.Dossier dossier) => EsmsEvaluator.Default.Evaluate(dossier).GetDecisionOrThrow();

    [Fact]
    public void Evaluate_SameDossierTwice_GivesEqualDecisions()
    {
        var dossier = Acquisition(Og(10, 10, 40), Og(11, 8, 8));

        // Value equality: the figures, the lists and the explained tree node by node.
        Assert.Equal(Decide(dossier), Decide(dossier));
        Assert.Equal(Decide(dossier).Arbre, Decide(dossier with { }).Arbre);
    }

    [Fact]
    public void Evaluate_DifferentDossiers_GivesDifferentDecisions()
    {
        var dossier = Acquisition(Og(10, 10, 40), Og(11, 8, 8));

        Assert.NotEqual(Decide(dossier), Decide(dossier.AddEssms(FinessOg(10), EssmsEligible(10, 10))));
    }

    [Fact]
    public void Evaluate_GrappeWithSmallOg_GivesExpectedFinancement()
    {
        // 10 ESSMS of an OG managing 40, and a small OG of 8 (fewer than 15 in FINESS): like worked example 5 of the
        // ARS Occitanie webinar, seen for the whole grappe.
        var decision = Decide(Acquisition(Og(10, 10, 40), Og(11, 8, 8)));

        var attendu = new Financement(
            PartEssms: 126_000m,      // 18 × 7 000 €
            PartEditeur: 261_000m,    // 18 × 14 500 € (Ségur, no quote)
            Equipements: 160_000m,    // 8 × 20 000 € for the small OG
            AmoaMarche: 15_000m,
            AmoaProjet: 100_000m,
            Total: 662_000m,
            ParOrganisme: new[]
            {
                new FinancementOrganisme(FinessOg(10), 70_000m, 145_000m, 0m, 215_000m),
                new FinancementOrganisme(FinessOg(11), 56_000m, 116_000m, 160_000m, 332_000m),
            });
        Assert.Equal(attendu, decision.Financement);
        Assert.Equal(true, decision.Recevable);
        Assert.Equal(Orientation.Regional, decision.Orientation);
        Assert.Equal("Occitanie", decision.Region);
        Assert.Equal(new[] { "GRAPPE-04", "MOD-02", "PETITOG-01", "PETITOG-02", "PETITOG-03", "PROJET-08" }, decision.AApprecier);
    }

    [Fact]
    public void Evaluate_GrappeWithSmallOg_ExplainsEquipmentAndQuote()
    {
        var dossier = Acquisition(Og(10, 10, 40), Og(11, 8, 8));
        var decision = Decide(dossier with { Editeur = dossier.Editeur with { Devis = 200_000m } });

        var equipements = decision.Arbre.Find("PETITOG-01");
        Assert.NotNull(equipements);
        Assert.Equal(Resultat.ReviewRequired, equipements.Resultat);
        Assert.Equal(160_000m, equipements.Montant);
        Assert.Equal(
            "Petit OG (< 15 ESSMS) : 310000112 (8 ESSMS en FINESS, 8 retenus ; 7 sous le seuil). Équipements et infrastructures : "
            + "8 × 20 000 € = 160 000 € (plafond étudié au cas par cas par l'ARS).",
            equipements.Explication);

        var devis = decision.Arbre.Find("FIN-05");
        Assert.NotNull(devis);
        Assert.Equal(Resultat.Satisfied, devis.Resultat);
        Assert.Equal(
            "Part éditeur = min(plafond 261 000 €, devis 200 000 €) = 200 000 € ; répartie entre les 2 OG au prorata de "
            + "leurs plafonds (méthode des plus forts restes, au centime) : 111 111,11 € / 88 888,89 €.",
            devis.Explication);
        Assert.Equal(200_000m, decision.Financement.PartEditeur);
        Assert.Equal(new[] { 111_111.11m, 88_888.89m }, decision.Financement.ParOrganisme.Select(o => o.PartEditeur));
    }

    [Fact]
    public void Evaluate_GrappeOfTwelveMature_Grappe03LeftToTheArs()
    {
        var decision = Decide(Acquisition(Og(10, 12, 30)) with { MaitriseOuvrageMature = true });

        var grappe03 = decision.Arbre.Find("GRAPPE-03");
        Assert.NotNull(grappe03);
        Assert.Equal(Resultat.ReviewRequired, grappe03.Resultat);
        Assert.Equal(true, decision.Recevable);
        Assert.Contains("GRAPPE-03", decision.AApprecier);
    }

    [Fact]
    public void Evaluate_GrappeOfTwelveNotMature_NotRecevable()
    {
        var decision = Decide(Acquisition(Og(10, 12, 30)) with { MaitriseOuvrageMature = false });

        var grappe03 = decision.Arbre.Find("GRAPPE-03");
        Assert.NotNull(grappe03);
        Assert.Equal(Resultat.NotSatisfied, grappe03.Resultat);
        Assert.Equal(false, decision.Recevable);
        Assert.Equal(Orientation.NonRecevable, decision.Orientation);
        Assert.Equal(new[] { "GRAPPE-03" }, decision.ReglesNonSatisfaites);
        Assert.Equal(0m, decision.Financement.Total);
    }

    [Fact]
    public void Evaluate_GrappeOfTwelveMaturityUnknown_AsksForIt()
    {
        var decision = Decide(Acquisition(Og(10, 12, 30)));

        Assert.Null(decision.Recevable);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, decision.DonneesManquantes);
        Assert.Equal(Resultat.MissingInput, decision.Arbre.Find("GRAPPE-03")?.Resultat);
    }
}
