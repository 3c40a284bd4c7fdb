using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;
using static EsmsRules.Devis.Tests.Requetes;

namespace EsmsRules.Devis.Tests;

/// <summary><c>POST /api/devis</c> and <c>GET /</c> in memory (WebApplicationFactory): the figures of grappes like the
/// worked examples, and bad input refused with the library's codes, paths and French messages, never a 500.</summary>
public class ApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public ApiTests(WebApplicationFactory<Program> factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Devis_Acquisition46Segur_GivesExample1Figures()
    {
        var (statut, d) = await PostAsync(_client, Grappe(ogs: (46, 46)));

        Assert.Equal(200, statut);
        Assert.True(d.GetProperty("recevable").GetBoolean());
        Assert.Equal("regional", d.GetProperty("orientation").GetString());
        Assert.Equal("Occitanie", d.GetProperty("region").GetString());
        Assert.Equal(322_000m, d.Euros("financement", "partEssms"));
        Assert.Equal(667_000m, d.Euros("financement", "partEditeur"));
        Assert.Equal(989_000m, d.Euros("financement", "total"));
        Assert.Equal("989 000 €", d.GetProperty("financement").GetProperty("total").GetProperty("texte").GetString());
    }

    [Fact]
    public async Task Devis_Acquisition46SadOnly_GivesExample2Figures()
    {
        var (_, d) = await PostAsync(_client, Grappe(segur: false, sad: true, ogs: (46, 46)));

        Assert.Equal(552_000m, d.Euros("financement", "partEditeur"));
        Assert.Equal(874_000m, d.Euros("financement", "total"));
    }

    [Fact]
    public async Task Devis_MiseEnConformite35_GivesExample3FiguresAndPrestationSegur()
    {
        var (_, d) = await PostAsync(_client, Grappe(typeProjet: "miseEnConformite", sad: false, ogs: (35, 35)));

        Assert.Equal(175_000m, d.Euros("financement", "total"));
        Assert.Equal(43_120m, d.Euros("prestationSegur", "total"));
        var og = d.GetProperty("prestationSegur").GetProperty("organismes").EnumerateArray().Single();
        Assert.Equal("E", og.GetProperty("tranche").GetString());
        Assert.Equal(1_232m, og.Euros("montantParEssms"));
    }

    [Fact]
    public async Task Devis_GrappeWithSmallOg_GivesEquipmentAmoaAndWhatTheArsAppreciates()
    {
        var (_, d) = await PostAsync(_client, Grappe(ogs: new (int, int?)[] { (10, 40), (8, 8) }));

        Assert.Equal(160_000m, d.Euros("financement", "equipements"));
        Assert.Equal(15_000m, d.Euros("financement", "amoaMarche"));
        Assert.Equal(100_000m, d.Euros("financement", "amoaProjet"));
        Assert.Equal(662_000m, d.Euros("financement", "total"));
        var aApprecier = d.GetProperty("aApprecier").EnumerateArray().ToDictionary(r => r.GetProperty("regle").GetString()!, r => r.GetProperty("titre").GetString());
        Assert.Equal(new[] { "GRAPPE-04", "MOD-02", "PETITOG-01", "PETITOG-02", "PETITOG-03", "PROJET-08" }, aApprecier.Keys);
        Assert.Equal("Petit OG : équipements et infrastructures par ESSMS", aApprecier["PETITOG-01"]);
    }

    [Fact]
    public async Task Devis_QuoteBelowCeiling_CapsThePartEditeur()
    {
        var (_, d) = await PostAsync(_client, Grappe(devis: "200000.50", ogs: new (int, int?)[] { (10, 40), (8, 8) }));

        Assert.Equal(200_000.50m, d.Euros("financement", "partEditeur"));
        Assert.Equal(601_000.50m, d.Euros("financement", "total"));
        Assert.Equal("601 000,50 €", d.GetProperty("financement").GetProperty("total").GetProperty("texte").GetString());
    }

    [Fact]
    public async Task Devis_GrappeOfTwelveNotMature_NotRecevableWithTheReason()
    {
        var (_, d) = await PostAsync(_client, Grappe(mature: false, ogs: (12, null)));

        Assert.False(d.GetProperty("recevable").GetBoolean());
        Assert.Equal(0m, d.Euros("financement", "total"));
        var refus = d.GetProperty("nonSatisfaites").EnumerateArray().Single();
        Assert.Equal("GRAPPE-03", refus.GetProperty("regle").GetString());
        Assert.Contains("12 ESSMS, minimum 15 : il en manque 3", refus.GetProperty("explication").GetString());
    }

    [Fact]
    public async Task Devis_GrappeOfTwelveMaturityUnknown_AsksForItWithTheProvisionalFigureWhenTheLibraryGivesIt()
    {
        var (_, d) = await PostAsync(_client, Grappe(ogs: (12, null)));

        Assert.Equal(JsonValueKind.Null, d.GetProperty("recevable").ValueKind);
        Assert.Equal(0m, d.Euros("financement", "total"));
        Assert.Equal(new[] { "maitriseOuvrageMature" }, d.GetProperty("donneesManquantes").EnumerateArray().Select(e => e.GetString()));

        // The decision's "sousReserve" (most favourable completion) and "questions" are passed on as the library writes
        // them, once it writes them: then 12 × 7 000 € + 12 × 14 500 € + 12 × 20 000 € + 115 000 € if it is mature.
        if (typeof(Decisions.Decision).GetProperty("SousReserve") is not null)
        {
            Assert.Equal(613_000m, d.GetProperty("sousReserve").GetProperty("total").GetDecimal());
            Assert.Equal("maitriseOuvrageMature", d.GetProperty("questions")[0].GetProperty("champ").GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, d.GetProperty("sousReserve").ValueKind);
        }
    }

    [Fact]
    public async Task Devis_NegativeCounts_RefusedWithFrenchMessages()
    {
        var (statut, d) = await PostAsync(_client, Grappe(ogs: new (int, int?)[] { (-3, null), (5, -2) }));

        Assert.Equal(400, statut);
        Assert.Equal(
            new[]
            {
                ("negative", "$.organismesGestionnaires[0].nombreEssms", "Un nombre ne peut pas être négatif : -3."),
                ("negative", "$.organismesGestionnaires[1].nombreEssmsFiness", "Un nombre ne peut pas être négatif : -2."),
            },
            Erreurs(d));
    }

    [Fact]
    public async Task Devis_NoOg_RefusedByTheLibrary()
    {
        var (statut, d) = await PostAsync(_client, Grappe(ogs: System.Array.Empty<(int, int?)>()));

        Assert.Equal(400, statut);
        Assert.Equal(new[] { ("noEssms", "$.organismesGestionnaires", "Le dossier ne liste aucun ESSMS.") }, Erreurs(d));
    }

    [Fact]
    public async Task Devis_QuoteWithThreeDecimals_RefusedByTheLibrary()
    {
        var (statut, d) = await PostAsync(_client, Grappe(devis: "1234.567", ogs: (20, 20)));

        Assert.Equal(400, statut);
        Assert.Equal(new[] { ("invalidAmount", "$.editeur.devis", "Un montant a au plus 2 décimales : 1234.567.") }, Erreurs(d));
    }

    [Theory]
    [InlineData("{\"typeProjet\":", "JSON mal formé (ligne 1, position 15).")]
    [InlineData("", "JSON mal formé (ligne 1, position 1).")]
    [InlineData("{'typeProjet':1}", "JSON mal formé (ligne 1, position 2).")]
    public async Task Devis_MalformedJson_RefusedWithTheLibraryMessage(string corps, string message)
    {
        var (statut, d) = await PostAsync(_client, corps);

        Assert.Equal(400, statut);
        Assert.Equal(new[] { ("malformedJson", "$", message) }, Erreurs(d));
    }

    [Fact]
    public async Task Devis_SeveralProblems_ListsEveryOne()
    {
        var (statut, d) = await PostAsync(_client,
            "{\"typeProjet\":\"achat\",\"champ\":\"PA\",\"dureePrevueMois\":-1,\"editeur\":{\"referenceSegur\":\"oui\",\"devis\":-5},"
            + "\"organismesGestionnaires\":[{\"nombreEssms\":2.5},{\"nombreEssms\":3,\"nombreEssmsFiness\":-1}]}");

        Assert.Equal(400, statut);
        Assert.Equal(
            new[]
            {
                ("unknownValue", "$.typeProjet"),
                ("wrongType", "$.editeur.referenceSegur"),
                ("notInteger", "$.organismesGestionnaires[0].nombreEssms"),
                ("negative", "$.dureePrevueMois"),
                ("negative", "$.editeur.devis"),
                ("negative", "$.organismesGestionnaires[1].nombreEssmsFiness"),
            },
            Erreurs(d).Select(e => (e.Code, e.Chemin)));
        Assert.Equal("Un montant ne peut pas être négatif : -5.", Erreurs(d).Single(e => e.Chemin == "$.editeur.devis").Message);
    }

    [Fact]
    public async Task Devis_MoreEssmsThanADossierHolds_RefusedBeforeBuildingThem()
    {
        var (statut, d) = await PostAsync(_client, Grappe(ogs: new (int, int?)[] { (2_000_000_000, null), (2_000_000_000, null) }));

        Assert.Equal(400, statut);
        Assert.Equal("limitExceeded", Erreurs(d).Single().Code);
    }

    [Fact]
    public async Task Devis_BodyOverTheLimit_Refused()
    {
        var (statut, d) = await PostAsync(_client, "{\"x\":\"" + new string('a', 70_000) + "\"}");

        Assert.Equal(400, statut);
        Assert.Equal("limitExceeded", Erreurs(d).Single().Code);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("{\"typeProjet\":null,\"champ\":null,\"editeur\":null,\"organismesGestionnaires\":null}")]
    [InlineData("{\"typeProjet\":\"acquisition\",\"champ\":\"PA\",\"editeur\":{},\"organismesGestionnaires\":[null,1,\"a\",[],{}]}")]
    [InlineData("{\"typeProjet\":\"acquisition\",\"champ\":\"PA\",\"editeur\":{\"devis\":1e400},\"organismesGestionnaires\":[{\"nombreEssms\":1e400,\"nombreEssmsFiness\":99999999999}]}")]
    [InlineData("{\"typeProjet\":\"acquisition\",\"champ\":\"PA\",\"editeur\":{\"devis\":2000000000},\"organismesGestionnaires\":[{\"nombreEssms\":3,\"nombreEssmsFiness\":2147483647}]}")]
    [InlineData("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    [InlineData("{\"typeProjet\":\"\\ud800\"}")]
    public async Task Devis_HostileBody_AnsweredWith400NotA500(string corps)
    {
        var (statut, d) = await PostAsync(_client, corps);

        Assert.Equal(400, statut);
        Assert.All(Erreurs(d), e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public async Task Page_Get_IsOneSelfContainedHtmlPage()
    {
        using var reponse = await _client.GetAsync("/");
        var html = await reponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/html; charset=utf-8", reponse.Content.Headers.ContentType?.ToString());
        Assert.Contains("<script>", html);
        Assert.Contains("fetch(\"api/devis\"", html);
        // Nothing loaded from elsewhere: no script, style sheet, font or image from another address.
        Assert.DoesNotMatch(new Regex("(src|href)\\s*=|@import|url\\(|https?://", RegexOptions.IgnoreCase), html);
    }

    private static (string Code, string Chemin, string Message)[] Erreurs(JsonElement corps) =>
        corps.GetProperty("erreurs").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("chemin").GetString()!, e.GetProperty("message").GetString()!))
            .ToArray();
}
