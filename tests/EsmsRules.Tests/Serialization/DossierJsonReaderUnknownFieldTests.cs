using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Format;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>Unknown fields (revision 2 of the rule catalogue, §10.24): a warning with the nearest known name by
/// default, an input error in strict mode; a warning never changes a figure.</summary>
public class DossierJsonReaderUnknownFieldTests
{
    private static string Exemple(string dossier, string nom) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, dossier, nom));

    private static string Exemple22 => Exemple(Path.Combine("Serialization", "Donnees"), "22-champ-mal-orthographie.json");

    [Fact]
    public void EvaluateJson_Example22_OneWarningAndTheFiguresOfExample01()
    {
        var r = EsmsEvaluator.Default.EvaluateJson(Exemple22);
        Assert.True(r.IsValid, string.Join("\n", r.Errors));
        var a = Assert.Single(r.Decision!.Avertissements);
        Assert.Equal(("champInconnu", "$.editeur.devi"), (a.Code, a.Chemin));
        Assert.Contains("« devis »", a.Message, StringComparison.Ordinal);

        var exemple01 = EsmsEvaluator.Default.EvaluateJson(Exemple("Examples", "01-acquisition-46-segur.json")).GetDecisionOrThrow();
        var d = r.Decision;
        Assert.Equal((true, 46, 322000m, 667000m, 989000m), (d.Recevable!.Value, d.EssmsRetenus, d.Financement.PartEssms, d.Financement.PartEditeur, d.Financement.Total));
        Assert.Equal(exemple01.Financement.Total, d.Financement.Total);
        Assert.Equal(exemple01.Versements.Select(v => v.Montant), d.Versements.Select(v => v.Montant));
    }

    [Fact]
    public void EvaluateJson_Example22Strict_ChampInconnuErrorWithTheSameMessage()
    {
        var warning = Assert.Single(EsmsEvaluator.Default.EvaluateJson(Exemple22).Decision!.Avertissements);
        var r = new EsmsEvaluator(new EvaluationOptions { Strict = true }).EvaluateJson(Exemple22);
        var e = Assert.Single(r.Errors);
        Assert.Equal(("champInconnu", "$.editeur.devi", warning.Message), (e.Code, e.Chemin, e.Message));
        Assert.Equal("devis", e.Arguments["suggestion"]);
    }

    [Fact]
    public void Read_UnknownFieldsAtEveryLevel_OneWarningEachInDocumentOrder()
    {
        var json = JsonNode.Parse(Exemple22)!.AsObject();
        json["porteur"]!["Champ"] = "PA";
        json["organismesGestionnaires"]![0]!["essmss"] = new JsonArray();
        json["organismesGestionnaires"]![0]!["essms"]![1]!["relevantL3121"] = true;
        json["mesures"] = JsonNode.Parse("""
            [{ "finessGeographique": "310010020", "personnesAccompagnees": 1, "personnesEligiblesProjetAccueil": 1,
               "messagesMss": 1, "dmpAlimentes": 1, "dossiersActifs": 1, "dossiersActifsAvecProjetPersonnalise": 1,
               "dossiersActifsAvecEvenement": 1, "messageMss": 2 }]
            """);
        json["commandesSons"] = JsonNode.Parse("""[{ "finessJuridique": "310010012", "couloir": "MS1", "finessGeographiques": [], "datecommande": "2023-01-01" }]""");
        json["_commentaire"] = "pas dans le format";
        var r = DossierJsonReader.Read(json.ToJsonString());
        Assert.True(r.IsValid, string.Join("\n", r.Errors));
        Assert.Equal(new[]
        {
            ("$.porteur.Champ", "champ"),
            ("$.editeur.devi", "devis"),
            ("$.organismesGestionnaires[0].essms[1].relevantL3121", "relevantL312_1"),
            ("$.organismesGestionnaires[0].essmss", "essms"),
            ("$.mesures[0].messageMss", "messagesMss"),
            ("$.commandesSons[0].datecommande", "dateCommande"),
            ("$._commentaire", (string?)null),
        }, r.Avertissements.Select(a => (a.Chemin, Suggestion(a.Message))));
        Assert.All(r.Avertissements, a => Assert.Equal(AvertissementCodes.ChampInconnu, a.Code));
    }

    [Fact]
    public void Read_Strict_UnknownFieldsListedWithEveryOtherProblem()
    {
        var json = JsonNode.Parse(Exemple22)!.AsObject();
        json["typeProjet"] = "achat";
        json["porteur"]!["xyz"] = 1;
        var r = DossierJsonReader.Read(json.ToJsonString(), new DossierReadOptions { Strict = true });
        Assert.False(r.IsValid);
        Assert.Null(r.Dossier);
        Assert.Empty(r.Avertissements);
        Assert.Equal(new[] { ("unknownValue", "$.typeProjet"), ("champInconnu", "$.porteur.xyz"), ("champInconnu", "$.editeur.devi") },
            r.Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Fact]
    public void Read_InvalidDossierWithUnknownField_WarningsGivenWithTheErrors()
    {
        var json = JsonNode.Parse(Exemple22)!.AsObject();
        json["typeProjet"] = "achat";
        var r = DossierJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()), new DossierReadOptions { Limits = null! });
        Assert.False(r.IsValid);
        Assert.Equal("$.typeProjet", Assert.Single(r.Errors).Chemin);
        Assert.Equal("$.editeur.devi", Assert.Single(r.Avertissements).Chemin);
    }

    [Fact]
    public void Read_UnknownFieldWithNoCloseName_MessageListsTheKnownNames()
    {
        var json = JsonNode.Parse(Exemple22)!.AsObject();
        json["editeur"]!["prix"] = 3;
        var a = DossierJsonReader.Read(json.ToJsonString()).Avertissements.Single(w => w.Chemin == "$.editeur.prix");
        Assert.Equal("Champ « prix » inconnu du format du dossier ; champs connus ici : nom, referenceSegur, referenceSad, devis.", a.Message);
    }

    [Fact]
    public void Read_UnknownFieldWithAnOddName_PathInBrackets()
    {
        var json = Exemple22.Replace("\"devi\"", "\"de'vi s\"", StringComparison.Ordinal);
        var a = Assert.Single(DossierJsonReader.Read(json).Avertissements);
        Assert.Equal("$.editeur['de\\'vi s']", a.Chemin);
    }

    [Theory]
    [InlineData("devi", "devis")]
    [InlineData("DEVIS", "devis")]
    [InlineData("dveis", "devis")]
    [InlineData("refrenceSegur", "referenceSegur")]
    [InlineData("referenceSa", "referenceSad")]
    [InlineData("nomm", "nom")]
    [InlineData("deviseur", null)]
    [InlineData("x", null)]
    public void Proche_Editeur_NearestKnownName(string nom, string? attendu)
    {
        var json = Exemple22.Replace("\"devi\"", "\"" + nom + "\"", StringComparison.Ordinal);
        var a = Assert.Single(DossierJsonReader.Read(json).Avertissements);
        Assert.Equal(attendu, Suggestion(a.Message));
    }

    [Fact]
    public void EvaluateJson_WarningNeverChangesAFigure()
    {
        var sans = EsmsEvaluator.Default.EvaluateJson(Exemple("Examples", "01-acquisition-46-segur.json")).GetDecisionOrThrow();
        var json = JsonNode.Parse(Exemple("Examples", "01-acquisition-46-segur.json"))!.AsObject();
        json["inconnu"] = JsonNode.Parse("""{ "devis": 1, "typeProjet": "miseEnConformite" }""");
        json["editeur"]!["Devis"] = 1;
        var avec = EsmsEvaluator.Default.EvaluateJson(json.ToJsonString()).GetDecisionOrThrow();
        Assert.Equal(2, avec.Avertissements.Count);
        var a = JsonNode.Parse(DecisionJsonWriter.Serialize(sans))!.AsObject();
        var b = JsonNode.Parse(DecisionJsonWriter.Serialize(avec))!.AsObject();
        b.Remove("avertissements");
        a.Remove("avertissements");
        Assert.True(JsonNode.DeepEquals(a, b));
    }

    private static string? Suggestion(string message)
    {
        const string Debut = "vouliez-vous dire « ";
        var i = message.IndexOf(Debut, StringComparison.Ordinal);
        return i < 0 ? null : message[(i + Debut.Length)..message.IndexOf(" »", i + Debut.Length, StringComparison.Ordinal)];
    }
}
