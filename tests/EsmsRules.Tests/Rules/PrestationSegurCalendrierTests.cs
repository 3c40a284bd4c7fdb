using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>SONS-02's 120-day rule for orders placed before referencing, and SONS-05's balance closing date
/// (RULES.md §7, §8, §10.13), at their boundaries.</summary>
public class PrestationSegurCalendrierTests
{
    private static LocalDate Iso(string s) => LocalDatePattern.Iso.Parse(s).Value;

    private static Dossier AvecCommande(System.Func<CommandeSons, CommandeSons> map)
    {
        var d = Conformite(20);
        return d.Commandes(map(d.Commande(0, Iso("2022-06-01"))));
    }

    [Theory]
    [InlineData("2022-09-28", Resultat.Satisfied)]   // 119 days
    [InlineData("2022-09-29", Resultat.Satisfied)]   // 120 days
    [InlineData("2022-09-30", Resultat.NotSatisfied)] // 121 days
    public void Sons02_OrderUnderConditionOfReferencing_FileWithin120Days(string depot, Resultat expected)
    {
        var d = AvecCommande(c => c with { SousConditionReferencement = true, DateDossierReferencement = Iso(depot) }).Evaluate();

        Assert.Equal(expected, d.Outcome("SONS-02"));
        Assert.Equal(expected == Resultat.NotSatisfied, d.ReglesNonSatisfaites.Contains("SONS-02"));
        var detail = Assert.Single(d.Arbre.Find("SONS-02")!.Enfants);
        Assert.Contains(expected == Resultat.NotSatisfied ? "soit 121 jours calendaires > 120 : commande non valable." : "≤ 120 : commande valable.",
            detail.Explication, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons02_OrderUnderConditionWithoutFileDate_MissingInputNamesIt()
    {
        var d = AvecCommande(c => c with { SousConditionReferencement = true }).Evaluate();

        Assert.Equal(Resultat.MissingInput, d.Outcome("SONS-02"));
        Assert.Contains("dateDossierReferencement", d.DonneesManquantes);
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Sons02_OrderNotUnderCondition_SatisfiedWithoutDetail()
    {
        var d = AvecCommande(c => c with { SousConditionReferencement = false, DateDossierReferencement = Iso("2023-06-01") }).Evaluate();

        Assert.Equal(Resultat.Satisfied, d.Outcome("SONS-02"));
        Assert.Empty(d.Arbre.Find("SONS-02")!.Enfants);
    }

    [Theory]
    [InlineData("2024-12-18", Resultat.Satisfied)]
    [InlineData("2024-12-19", Resultat.Satisfied)]
    [InlineData("2024-12-20", Resultat.NotSatisfied)]
    public void Sons05_BalanceRequest_NoLaterThanTheBalanceClosingDate(string solde, Resultat expected)
    {
        var d = AvecCommande(c => c with { DateDemandeSolde = Iso(solde) }).Evaluate();

        Assert.Equal(expected, d.Outcome("SONS-05"));
        if (expected == Resultat.NotSatisfied)
        {
            Assert.Contains(d.Arbre.Find("SONS-05")!.Enfants, n => n.Explication.Contains("l'éditeur rembourse l'avance", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Sons05_BalanceUnderThe2022Calendar_ClosesOn31March2024()
    {
        var bareme = EsmsRules.Baremes.Campagnes.Generalisation2022 with { DateConnaissanceCalendrierSons = Iso("2022-12-31") };
        var dossier = AvecCommande(c => c with { DateDemandeSolde = Iso("2024-04-01") });

        Assert.Equal(Resultat.NotSatisfied, dossier.Evaluate(bareme).Outcome("SONS-05"));
        Assert.Equal(Resultat.Satisfied, dossier.Evaluate().Outcome("SONS-05"));
    }

    [Fact]
    public void ReadJson_SonsOrderDates_AreReadFromTheContract()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Examples", "03-conformite-35.json")))!;
        var og = json["organismesGestionnaires"]![0]!;
        json["commandesSons"] = System.Text.Json.Nodes.JsonNode.Parse($$"""
            [{ "finessJuridique": "{{og["finessJuridique"]}}", "dateCommande": "2022-06-01", "couloir": "MS1",
               "finessGeographiques": ["{{og["essms"]![0]!["finessGeographique"]}}"],
               "sousConditionReferencement": true, "dateDossierReferencement": "2022-10-15", "dateDemandeSolde": "2024-12-20" }]
            """);
        var d = EsmsRules.Engine.EsmsEvaluator.Default.EvaluateJson(json.ToJsonString()).GetDecisionOrThrow();

        Assert.Equal(Resultat.NotSatisfied, d.Outcome("SONS-02"));
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("SONS-05"));
        Assert.Equal(new[] { "SONS-02", "SONS-05" }, d.ReglesNonSatisfaites);
    }
}
