using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Baremes;

public class CampagneSelectionTests
{
    [Theory]
    [InlineData("2022-03-13", "2022", MotifSelection.ParDefaut)]
    [InlineData("2022-03-14", "2022", MotifSelection.DateDepot)]
    [InlineData("2022-09-30", "2022", MotifSelection.DateDepot)]
    [InlineData("2022-10-01", "2022", MotifSelection.ParDefaut)]
    [InlineData("2022-12-31", "2022", MotifSelection.ParDefaut)]
    [InlineData("2023-01-01", "2023", MotifSelection.DateDepot)]
    [InlineData("2023-09-15", "2023", MotifSelection.DateDepot)]
    [InlineData("2023-09-16", "2022", MotifSelection.ParDefaut)]
    [InlineData("2024-06-01", "2022", MotifSelection.ParDefaut)]
    public void TrySelect_WithoutCampaign_UsesTheWindowHoldingTheFilingDate(string date, string campagne, MotifSelection motif)
    {
        Assert.True(BaremeCatalogue.Embedded.TrySelect(null, Iso(date), out var selection));

        Assert.Equal((campagne, motif), (selection.Bareme.Campagne, selection.Motif));
    }

    [Fact]
    public void TrySelect_WithoutCampaignNorDate_UsesTheDefault()
    {
        Assert.True(BaremeCatalogue.Embedded.TrySelect(null, null, out var selection));

        Assert.Equal(("2022", MotifSelection.ParDefaut), (selection.Bareme.Campagne, selection.Motif));
    }

    [Theory]
    [InlineData("2024", "2023-05-01")]
    [InlineData("2022", "2023-05-01")]
    [InlineData("2023", "2022-06-01")]
    public void TrySelect_ExplicitCampaign_WinsOverTheFilingDate(string campagne, string date)
    {
        Assert.True(BaremeCatalogue.Embedded.TrySelect(campagne, Iso(date), out var selection));

        Assert.Equal((campagne, MotifSelection.Campagne), (selection.Bareme.Campagne, selection.Motif));
    }

    [Fact]
    public void TrySelect_UnknownCampaign_ReturnsFalse()
    {
        Assert.False(BaremeCatalogue.Embedded.TrySelect("2019", Iso("2023-05-01"), out var selection));

        Assert.Equal("2022", selection.Bareme.Campagne);
    }

    [Theory]
    [InlineData("2022-08-01", "2022", true)]
    [InlineData("2023-03-01", "2023", false)]
    public void Evaluate_DossierWithoutCampaignSelectionByDateOn_UsesTheCampaignOfItsFilingDate(string date, string campagne, bool sadAdmis)
    {
        var dossier = DossierBuilder.Grappe(20) with { Campagne = null, DateDepot = Iso(date) };

        var decision = dossier.Evaluate(ParDate);

        Assert.Equal(campagne, decision.Campagne);
        Assert.Equal(MotifSelection.DateDepot, decision.Bareme!.Selection);
        Assert.Equal(sadAdmis, decision.ReferencementsAcceptes.Contains(Referencement.Sad));
        Assert.Equal(Resultat.Satisfied, decision.Outcome("PROJET-07"));
    }

    private static readonly EvaluationOptions ParDate = new() { CampagneParDateDepot = true };

    [Fact]
    public void Evaluate_DossierWithoutCampaignByDefault_UsesThe2022DefaultWhateverItsFilingDate()
    {
        // CONTRACT.md: "campagne: absent → the library's default (the 2022 généralisation barème)".
        var dossier = DossierBuilder.Grappe(20) with { Campagne = null, DateDepot = Iso("2023-03-01") };

        var decision = dossier.Evaluate();

        Assert.Equal("2022", decision.Campagne);
        Assert.Equal(MotifSelection.ParDefaut, decision.Bareme!.Selection);
        Assert.Equal(Resultat.NotSatisfied, decision.Outcome("PROJET-07"));
    }

    [Fact]
    public void Evaluate_ExplicitCampaign_WinsOverTheFilingDate()
    {
        var dossier = DossierBuilder.Grappe(20) with { Campagne = "2022", DateDepot = Iso("2023-03-01") };

        var decision = dossier.Evaluate(ParDate);

        Assert.Equal("2022", decision.Campagne);
        Assert.Equal(MotifSelection.Campagne, decision.Bareme!.Selection);
        Assert.Equal(Resultat.NotSatisfied, decision.Outcome("PROJET-07"));
    }

    [Fact]
    public void Evaluate_UserCalendarOnTopOf2022_AppliesItAndSaysWhereTheWindowComesFrom()
    {
        const string json = """
            {
              "herite": "2022",
              "libelle": "ARS Occitanie 2022",
              "publie": "2022-04-01",
              "source": "Webinaire ARS Occitanie, avril 2022 (seed 004)",
              "parametres": { "fenetreRegionale": { "valeur": { "debut": "2022-03-14", "fin": "2022-07-01" } } }
            }
            """;
        var occitanie = BaremeLoader.Load(json).GetBaremeOrThrow();
        var dossier = DossierBuilder.Grappe(20) with { DateDepot = Iso("2022-08-01") };

        var standard = dossier.Evaluate();
        var regional = dossier.Evaluate(new EvaluationOptions { Bareme = occitanie });

        Assert.Equal(Resultat.Satisfied, standard.Outcome("PROJET-07"));
        Assert.Equal(Resultat.NotSatisfied, regional.Outcome("PROJET-07"));
        Assert.Equal(("ARS Occitanie 2022", MotifSelection.Options), (regional.Bareme!.Libelle, regional.Bareme.Selection));
        var fenetre = regional.Bareme.Valeurs.Single(v => v.Parametre == "fenetreRegionale");
        Assert.Equal("Webinaire ARS Occitanie, avril 2022 (seed 004)", fenetre.Provenance!.Source);
        Assert.Contains("PROJET-07", fenetre.Regles);
    }

    [Fact]
    public void Evaluate_Campaign2024_ReportsTheInheritedAndTheOverriddenValuesWithTheirProvenance()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 8, nombreEssmsFiness: 8), DossierBuilder.Og(2, 10)) with
        {
            Campagne = "2024",
            DateDepot = null,
        };

        var decision = dossier.Evaluate();

        var b = decision.Bareme!;
        Assert.Equal(("2024", "2023", new LocalDate(2024, 2, 1)), (decision.Campagne, b.Herite, b.Publie));
        var equipement = b.Valeurs.Single(v => v.Parametre == "equipementParEssms");
        Assert.Equal((object)10_000m, equipement.Valeur);
        Assert.Equal(("2024", new LocalDate(2024, 2, 1)), (equipement.Provenance!.Campagne, equipement.Provenance.Publie));
        var partEssms = b.Valeurs.Single(v => v.Parametre == "partEssmsAcquisition");
        Assert.Equal("2022", partEssms.Provenance!.Campagne);
        Assert.DoesNotContain(b.Valeurs, v => v.Parametre == "partEssmsConformite");
        Assert.Equal(80_000m, decision.Financement.Equipements);
    }

    [Fact]
    public void Serialize_Decision_WritesTheBaremeUsed()
    {
        var decision = (DossierBuilder.Grappe(20) with { Campagne = null, DateDepot = Iso("2023-03-01") }).Evaluate(ParDate);

        var json = DecisionJsonWriter.Serialize(decision);

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var bareme = doc.RootElement.GetProperty("bareme");
        Assert.Equal("dateDepot", bareme.GetProperty("selection").GetString());
        Assert.Equal("2023-01-16", bareme.GetProperty("publie").GetString());
        var nonSegur = bareme.GetProperty("valeurs").GetProperty("nonSegurAutoriseAcquisition");
        Assert.False(nonSegur.GetProperty("valeur").GetBoolean());
        Assert.Equal("2023", nonSegur.GetProperty("campagne").GetString());
    }

    [Fact]
    public void Evaluate_UserCatalogue_SelectsAndValidatesItsOwnCampaigns()
    {
        var doc = BaremeLoaderTests.EmbeddedDocument("2022").Replace("\"campagne\": \"2022\"", "\"campagne\": \"ars-2022\"", StringComparison.Ordinal);
        var catalogue = BaremeCatalogue.Load(new[] { doc }).GetCatalogueOrThrow();
        var evaluator = new EsmsEvaluator(new EvaluationOptions { Catalogue = catalogue });

        var parDate = evaluator.Evaluate(DossierBuilder.Grappe(20) with { Campagne = null });
        var inconnue = evaluator.Evaluate(DossierBuilder.Grappe(20) with { Campagne = "2023" });

        Assert.Equal("ars-2022", parDate.GetDecisionOrThrow().Campagne);
        Assert.Equal(InputErrorCodes.UnknownCampaign, Assert.Single(inconnue.Errors).Code);
    }

    private static LocalDate Iso(string s) => NodaTime.Text.LocalDatePattern.Iso.Parse(s).Value;
}
