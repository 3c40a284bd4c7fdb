using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>CONTRACT.md "Invalid input" and RULES.md §10.17: every problem at once, with its JSON path and stable code.</summary>
public class DossierJsonReaderTests
{
    private const string Og1 = "$.organismesGestionnaires[0]";
    private const string Og2 = "$.organismesGestionnaires[1]";

    /// <summary>A valid dossier: two OGs, three ESSMS (Luhn-valid FINESS numbers).</summary>
    private static JsonObject Valid() => JsonNode.Parse("""
        {
          "campagne": "2022",
          "dateDepot": "2022-06-01",
          "typeProjet": "acquisition",
          "representativiteNationale": false,
          "maitriseOuvrageMature": true,
          "dureePrevueMois": 18,
          "porteur": { "finessJuridique": "310000013", "champ": "PA", "soumisCodeCommandePublique": false, "marcheEnCoursMemeObjet": false },
          "editeur": { "nom": "Editeur X", "referenceSegur": true, "referenceSad": true, "devis": 250000.50 },
          "organismesGestionnaires": [
            {
              "finessJuridique": "310000013", "nom": "OG A", "nombreEssmsFiness": 8, "autodiagnosticFourni": true,
              "essms": [
                { "finessGeographique": "310000021", "champ": "PA", "territoire": null, "relevantL312_1": true,
                  "financementEsmsNumeriqueAnterieur": false, "commandeSonsAutreLogiciel": false, "activitesConfort": false,
                  "rattacheEntiteNationale": false, "accordEntiteNationale": null, "categorieFiness": "500" },
                { "finessGeographique": "310000039", "champ": "DOM", "territoire": "corse" }
              ]
            },
            {
              "finessJuridique": "750000010", "autodiagnosticFourni": true,
              "essms": [ { "finessGeographique": "310000047", "champ": "PH" } ]
            }
          ]
        }
        """)!.AsObject();

    private static (string Code, string Chemin)[] Read(string json, out Dossier? dossier)
    {
        var ok = DossierJsonReader.TryRead(json, out dossier, out var errors);
        Assert.Equal(errors.Count == 0, ok);
        return errors.Select(e => (e.Code, e.Chemin)).OrderBy(e => e.Chemin, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal).ToArray();
    }

    private static (string Code, string Chemin)[] Read(JsonNode json) => Read(json.ToJsonString(), out _);

    private static (string, string)[] Sorted(params (string Code, string Chemin)[] expected) =>
        expected.OrderBy(e => e.Chemin, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal).ToArray();

    private static JsonObject Essms(JsonObject root, int og, int index) =>
        root["organismesGestionnaires"]![og]!["essms"]![index]!.AsObject();

    [Fact]
    public void TryRead_ValidDossier_ReadsEveryField()
    {
        Assert.Empty(Read(Valid().ToJsonString(), out var d));
        Assert.NotNull(d);
        Assert.Equal(TypeProjet.Acquisition, d!.TypeProjet);
        Assert.Equal("2022", d.Campagne);
        Assert.Equal(new NodaTime.LocalDate(2022, 6, 1), d.DateDepot);
        Assert.Equal(18, d.DureePrevueMois);
        Assert.Equal(250000.50m, d.Editeur.Devis);
        Assert.Equal("310000013", d.Porteur.FinessJuridique.Value);
        Assert.Equal(2, d.OrganismesGestionnaires.Count);
        Assert.Equal(8, d.OrganismesGestionnaires[0].NombreEssmsFiness);
        Assert.Null(d.OrganismesGestionnaires[1].NombreEssmsFiness);
        var e1 = d.OrganismesGestionnaires[0].Essms[1];
        Assert.Equal(Champ.DOM, e1.Champ);
        Assert.Equal(Territoire.Corse, e1.Territoire);
        Assert.Null(e1.RelevantL312_1);
        Assert.Equal("500", d.OrganismesGestionnaires[0].Essms[0].CategorieFiness);
    }

    [Fact]
    public void TryRead_UnknownFields_AcceptedAndReportedAsWarnings()
    {
        var json = Valid();
        json["champInconnu"] = 42;
        json["porteur"]!["autre"] = new JsonArray(1, 2);
        Essms(json, 0, 0)["_commentaire"] = "ignoré";
        Assert.Empty(Read(json));
        var r = DossierJsonReader.Read(json.ToJsonString());
        Assert.True(r.IsValid);
        Assert.Equal(new[] { "$.porteur.autre", Og1 + ".essms[0]._commentaire", "$.champInconnu" }, r.Avertissements.Select(a => a.Chemin));
        Assert.All(r.Avertissements, a => Assert.Equal("champInconnu", a.Code));
    }

    [Fact]
    public void TryRead_CampaignAsNumber_ReadAsString()
    {
        var json = Valid();
        json["campagne"] = 2023;
        Assert.Empty(Read(json.ToJsonString(), out var d));
        Assert.Equal("2023", d!.Campagne);
    }

    [Fact]
    public void TryRead_ExampleInvalide_ReportsDuplicateAndCheckKeyTogether()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "16-invalide.json"));
        Assert.Equal(Sorted(
            ("duplicateEssms", Og1 + ".essms[1].finessGeographique"),
            ("finessCheckKey", Og1 + ".essms[2].finessGeographique")), Read(json, out var d));
        Assert.Null(d);
    }

    [Theory]
    [InlineData("{ \"typeProjet\": ")]
    [InlineData("{ typeProjet: 'acquisition' }")]
    [InlineData("")]
    [InlineData("{} {}")]
    public void TryRead_MalformedJson_SingleMalformedJsonError(string json) =>
        Assert.Equal("malformedJson", Assert.Single(Read(json, out _)).Code);

    [Fact]
    public void TryRead_NestingBeyondMaxDepth_LimitExceededNotException()
    {
        // Revision of the issue "Hostile input": a limit crossed is listed with the other problems (here the required
        // fields of an empty dossier), not the end of the read.
        var deep = "{\"x\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}";
        var errors = Read(deep, out _);
        Assert.Contains(("limitExceeded", "$.x"), errors);
        Assert.Equal(5, errors.Length);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"dossier\"")]
    public void TryRead_RootNotAnObject_WrongTypeAtRoot(string json) =>
        Assert.Equal(new[] { ("wrongType", "$") }, Read(json, out _));

    [Fact]
    public void TryRead_EmptyObject_EachRequiredPartReportedOnce()
    {
        Assert.Equal(Sorted(
            ("required", "$.typeProjet"),
            ("required", "$.porteur"),
            ("required", "$.editeur"),
            ("required", "$.organismesGestionnaires")), Read("{}", out _));
    }

    [Fact]
    public void TryRead_PorteurNotAnObject_OnlyThatProblem()
    {
        var json = Valid();
        json["porteur"] = 3;
        Assert.Equal(new[] { ("wrongType", "$.porteur") }, Read(json));
    }

    [Theory]
    [InlineData("typeProjet", "$.typeProjet")]
    [InlineData("porteur.finessJuridique", "$.porteur.finessJuridique")]
    [InlineData("porteur.champ", "$.porteur.champ")]
    [InlineData("editeur", "$.editeur")]
    [InlineData("og0.finessJuridique", Og1 + ".finessJuridique")]
    [InlineData("og0.essms", Og1 + ".essms")]
    [InlineData("essms0.finessGeographique", Og1 + ".essms[0].finessGeographique")]
    [InlineData("essms0.champ", Og1 + ".essms[0].champ")]
    public void TryRead_RequiredFieldMissing_RequiredAtItsPath(string field, string path)
    {
        var json = Valid();
        var parts = field.Split('.');
        JsonObject parent = parts[0] switch
        {
            "porteur" => json["porteur"]!.AsObject(),
            "og0" => json["organismesGestionnaires"]![0]!.AsObject(),
            "essms0" => Essms(json, 0, 0),
            _ => json,
        };
        Assert.True(parent.Remove(parts[^1]));
        Assert.Equal(new[] { ("required", path) }, Read(json));
    }

    [Fact]
    public void TryRead_RequiredFieldNull_SameAsMissing()
    {
        var json = Valid();
        json["typeProjet"] = null;
        Essms(json, 1, 0)["champ"] = null;
        Assert.Equal(Sorted(("required", "$.typeProjet"), ("required", Og2 + ".essms[0].champ")), Read(json));
    }

    [Fact]
    public void TryRead_NoEssmsAtAll_NoEssms()
    {
        var json = Valid();
        json["organismesGestionnaires"]![0]!["essms"] = new JsonArray();
        json["organismesGestionnaires"]![1]!["essms"] = new JsonArray();
        Assert.Equal(new[] { ("noEssms", "$.organismesGestionnaires") }, Read(json));
    }

    [Fact]
    public void TryRead_ManyProblems_EveryOneReportedWithPathAndCode()
    {
        var json = Valid();
        json["typeProjet"] = "achat";
        json["dureePrevueMois"] = 2.5;
        json["dateDepot"] = "2022-02-30";
        json["representativiteNationale"] = "oui";
        json["porteur"]!.AsObject().Remove("champ");
        json["editeur"]!["devis"] = "1000";
        json["depensesRealisees"] = 10.001;
        var og = json["organismesGestionnaires"]![0]!.AsObject();
        og["nombreEssmsFiness"] = -1;
        Essms(json, 0, 0)["finessGeographique"] = "31000002";
        Essms(json, 0, 1)["champ"] = "XX";
        Essms(json, 0, 1)["territoire"] = "mars";
        Essms(json, 1, 0)["categorieFiness"] = "50";
        Essms(json, 1, 0)["relevantL312_1"] = "oui";
        json["organismesGestionnaires"]![1]!["finessJuridique"] = "310000013";
        json["mesures"] = JsonNode.Parse("""
            [{ "finessGeographique": "310000021", "personnesAccompagnees": 80, "personnesEligiblesProjetAccueil": 80,
               "messagesMss": -3, "dossiersActifs": 75, "dossiersActifsAvecProjetPersonnalise": "70", "dossiersActifsAvecEvenement": 72 }]
            """);
        json["commandesSons"] = JsonNode.Parse("""
            [{ "finessJuridique": "310000013", "couloir": "MS9", "finessGeographiques": ["310000022"] }]
            """);

        Assert.Equal(Sorted(
            ("unknownValue", "$.typeProjet"),
            ("notInteger", "$.dureePrevueMois"),
            ("invalidDate", "$.dateDepot"),
            ("wrongType", "$.representativiteNationale"),
            ("required", "$.porteur.champ"),
            ("wrongType", "$.editeur.devis"),
            ("invalidAmount", "$.depensesRealisees"),
            ("negative", Og1 + ".nombreEssmsFiness"),
            ("finessShape", Og1 + ".essms[0].finessGeographique"),
            ("unknownValue", Og1 + ".essms[1].champ"),
            ("unknownValue", Og1 + ".essms[1].territoire"),
            ("invalidCategory", Og2 + ".essms[0].categorieFiness"),
            ("wrongType", Og2 + ".essms[0].relevantL312_1"),
            ("duplicateOrganisme", Og2 + ".finessJuridique"),
            ("negative", "$.mesures[0].messagesMss"),
            ("required", "$.mesures[0].dmpAlimentes"),
            ("wrongType", "$.mesures[0].dossiersActifsAvecProjetPersonnalise"),
            ("unknownValue", "$.commandesSons[0].couloir"),
            ("finessCheckKey", "$.commandesSons[0].finessGeographiques[0]")), Read(json));
    }

    [Fact]
    public void TryRead_Errors_CarryFrenchMessages()
    {
        var json = Valid();
        Essms(json, 0, 0)["finessGeographique"] = "310000022";
        var ok = DossierJsonReader.TryRead(json.ToJsonString(), out _, out var errors);
        Assert.False(ok);
        var e = Assert.Single(errors);
        Assert.Equal(InputErrorCodes.FinessCheckKey, e.Code);
        Assert.Equal(Og1 + ".essms[0].finessGeographique", e.Chemin);
        Assert.Equal("La clé de contrôle (Luhn) du numéro FINESS « 310000022 » est fausse.", e.Message);
    }

    [Fact]
    public void TryRead_DuplicateEssmsDifferingByCase_DuplicateEssms()
    {
        var json = Valid();
        Essms(json, 0, 0)["finessGeographique"] = "2A0000010";
        Essms(json, 1, 0)["finessGeographique"] = "2a0000010";
        Assert.Equal(new[] { ("duplicateEssms", Og2 + ".essms[0].finessGeographique") }, Read(json));
    }

    [Fact]
    public void TryRead_DuplicateOgDifferingByCase_DuplicateOrganisme()
    {
        var json = Valid();
        json["organismesGestionnaires"]![0]!["finessJuridique"] = "2b0000010";
        json["organismesGestionnaires"]![1]!["finessJuridique"] = "2B0000010";
        Assert.Equal(new[] { ("duplicateOrganisme", Og2 + ".finessJuridique") }, Read(json));
    }

    [Fact]
    public void TryRead_EssmsNotAnObject_LaterPathsKeepTheirInputIndex()
    {
        var json = Valid();
        var list = json["organismesGestionnaires"]![0]!["essms"]!.AsArray();
        list.Insert(0, 7);
        Essms(json, 0, 2)["finessGeographique"] = "310000021";
        Assert.Equal(Sorted(
            ("wrongType", Og1 + ".essms[0]"),
            ("duplicateEssms", Og1 + ".essms[2].finessGeographique")), Read(json));
    }

    [Fact]
    public void TryRead_OgNotAnObject_LaterPathsKeepTheirInputIndex()
    {
        var json = Valid();
        json["organismesGestionnaires"]!.AsArray().Insert(0, "OG");
        json["organismesGestionnaires"]![2]!["finessJuridique"] = "310000013";
        Assert.Equal(Sorted(
            ("wrongType", Og1),
            ("duplicateOrganisme", "$.organismesGestionnaires[2].finessJuridique")), Read(json));
    }

    [Fact]
    public void TryRead_MesureNotAnObject_LaterPathsKeepTheirInputIndex()
    {
        var json = Valid();
        json["mesures"] = JsonNode.Parse("""
            [ 1, { "personnesAccompagnees": 1, "personnesEligiblesProjetAccueil": 1, "messagesMss": 1, "dmpAlimentes": 1,
                   "dossiersActifs": 1, "dossiersActifsAvecProjetPersonnalise": 1, "dossiersActifsAvecEvenement": 1 } ]
            """);
        Assert.Equal(Sorted(
            ("wrongType", "$.mesures[0]"),
            ("required", "$.mesures[1].finessGeographique")), Read(json));
    }

    [Theory]
    [InlineData("2022-6-1")]
    [InlineData("2022-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("01/06/2022")]
    [InlineData("2022-06-01T00:00:00")]
    public void TryRead_DateNotARealIsoDate_InvalidDate(string date)
    {
        var json = Valid();
        json["dateDepot"] = date;
        Assert.Equal(new[] { ("invalidDate", "$.dateDepot") }, Read(json));
    }

    [Fact]
    public void TryRead_LeapDay_Valid()
    {
        var json = Valid();
        json["dateDepot"] = "2024-02-29";
        Assert.Empty(Read(json));
    }

    [Fact]
    public void TryRead_DateAsNumber_WrongType()
    {
        var json = Valid();
        json["dateDepot"] = 20220601;
        Assert.Equal(new[] { ("wrongType", "$.dateDepot") }, Read(json));
    }

    [Fact]
    public void TryRead_FinessAsNumber_WrongType()
    {
        var json = Valid();
        json["porteur"]!["finessJuridique"] = 310000013;
        Assert.Equal(new[] { ("wrongType", "$.porteur.finessJuridique") }, Read(json));
    }

    [Theory]
    [InlineData("\"18\"", "wrongType")]
    [InlineData("18.5", "notInteger")]
    [InlineData("-1", "negative")]
    [InlineData("99999999999", "outOfRange")]
    [InlineData("121", "outOfRange")]
    public void TryRead_BadCount_ReportedWithItsCode(string value, string code)
    {
        var json = Valid();
        json["dureePrevueMois"] = JsonNode.Parse(value);
        Assert.Equal(new[] { (code, "$.dureePrevueMois") }, Read(json));
    }

    [Theory]
    [InlineData("\"1000\"", "wrongType")]
    [InlineData("true", "wrongType")]
    [InlineData("-1", "negative")]
    [InlineData("1.001", "invalidAmount")]
    public void TryRead_BadAmount_ReportedWithItsCode(string value, string code)
    {
        var json = Valid();
        json["editeur"]!["devis"] = JsonNode.Parse(value);
        Assert.Equal(new[] { (code, "$.editeur.devis") }, Read(json));
    }

    [Theory]
    [InlineData("5000")]
    [InlineData("50A")]
    [InlineData("")]
    public void TryRead_CategoryNotThreeDigits_InvalidCategory(string categorie)
    {
        var json = Valid();
        Essms(json, 0, 0)["categorieFiness"] = categorie;
        Assert.Equal(new[] { ("invalidCategory", Og1 + ".essms[0].categorieFiness") }, Read(json));
    }

    [Theory]
    [InlineData("050")]
    [InlineData("099")]
    [InlineData("1000")]
    [InlineData("５００")]
    public void TryRead_CategoryStringNotFrom100To999_InvalidCategory(string categorie)
    {
        var json = Valid();
        Essms(json, 0, 0)["categorieFiness"] = categorie;
        Assert.Equal(new[] { ("invalidCategory", Og1 + ".essms[0].categorieFiness") }, Read(json));
    }

    [Theory]
    [InlineData("500", "500")]
    [InlineData("100", "100")]
    [InlineData("999", "999")]
    [InlineData("5e2", "500")]
    [InlineData("\"354\"", "354")]
    [InlineData("\"\\u0034\\u0036\\u0030\"", "460")]
    public void TryRead_CategoryAsIntegerOrString_ReadAsThreeDigits(string valeur, string attendu)
    {
        var json = Valid().ToJsonString().Replace("\"categorieFiness\":\"500\"", "\"categorieFiness\":" + valeur, StringComparison.Ordinal);
        Assert.Empty(Read(json, out var d));
        Assert.Equal(attendu, d!.OrganismesGestionnaires[0].Essms[0].CategorieFiness);
    }

    [Theory]
    [InlineData("99", "invalidCategory")]
    [InlineData("1000", "invalidCategory")]
    [InlineData("500.5", "invalidCategory")]
    [InlineData("-500", "invalidCategory")]
    [InlineData("true", "wrongType")]
    [InlineData("[500]", "wrongType")]
    public void TryRead_CategoryIntegerOutOfRangeOrWrongType_Refused(string valeur, string code)
    {
        var json = Valid();
        Essms(json, 0, 0)["categorieFiness"] = JsonNode.Parse(valeur);
        Assert.Equal(new[] { (code, Og1 + ".essms[0].categorieFiness") }, Read(json));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("absent")]
    public void TryRead_OrderWithoutDate_Valid(string? date)
    {
        var json = Valid();
        var commande = JsonNode.Parse("""{ "finessJuridique": "310000013", "couloir": "MS1", "finessGeographiques": ["310000021"] }""")!.AsObject();
        if (date is null)
        {
            commande["dateCommande"] = null;
        }

        json["commandesSons"] = new JsonArray(commande);
        Assert.Empty(Read(json.ToJsonString(), out var d));
        Assert.Null(Assert.Single(d!.CommandesSons).DateCommande);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("null", null)]
    public void TryRead_NonRetenu2021_Read(string valeur, bool? attendu)
    {
        var json = Valid();
        json["nonRetenu2021"] = JsonNode.Parse(valeur);
        Assert.Empty(Read(json.ToJsonString(), out var d));
        Assert.Equal(attendu, d!.NonRetenu2021);
        json["nonRetenu2021"] = "oui";
        Assert.Equal(new[] { ("wrongType", "$.nonRetenu2021") }, Read(json));
    }

    [Fact]
    public void TryRead_SameFieldTwice_DuplicateField()
    {
        var json = Valid().ToJsonString();
        json = json.Replace("\"typeProjet\":\"acquisition\"", "\"typeProjet\":\"acquisition\",\"typeProjet\":\"miseEnConformite\"", StringComparison.Ordinal)
            .Replace("\"champ\":\"PH\"", "\"champ\":\"PH\",\"ch\\u0061mp\":\"PA\"", StringComparison.Ordinal);
        Assert.Equal(Sorted(("duplicateField", "$.typeProjet"), ("duplicateField", Og2 + ".essms[0].champ")), Read(json, out _));
    }

    [Fact]
    public void TryRead_EscapedNamesAndValues_ReadAsTheirText()
    {
        var json = Valid().ToJsonString()
            .Replace("\"typeProjet\":\"acquisition\"", "\"\\u0074ypeProjet\":\"\\u0061cquisition\"", StringComparison.Ordinal)
            .Replace("\"dateDepot\":\"2022-06-01\"", "\"dateDepot\":\"2022\\u002d06-01\"", StringComparison.Ordinal)
            .Replace("\"finessJuridique\":\"750000010\"", "\"finessJuridique\":\"75000001\\u0030\"", StringComparison.Ordinal);
        Assert.Empty(Read(json, out var d));
        Assert.Equal(TypeProjet.Acquisition, d!.TypeProjet);
        Assert.Equal(new NodaTime.LocalDate(2022, 6, 1), d.DateDepot);
        Assert.Equal("750000010", d.OrganismesGestionnaires[1].FinessJuridique.Value);
    }

    [Fact]
    public void TryRead_JsonElement_SameAsText()
    {
        var json = Valid();
        json["typeProjet"] = "achat";
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToJsonString());
        Assert.False(DossierJsonReader.TryRead(doc.RootElement, out _, out var errors));
        Assert.Equal(("unknownValue", "$.typeProjet"), (Assert.Single(errors).Code, errors[0].Chemin));
    }

    [Fact]
    public void EvaluateJson_UnknownCampaignOfOwnCatalogue_UnknownCampaign()
    {
        // The evaluator checks the campaign against its own catalogue, as Evaluate(dossier) does.
        var seul2022 = global::EsmsRules.Baremes.BaremeCatalogue.Embedded;
        var json = Valid();
        json["campagne"] = "2023";
        var catalogue = global::EsmsRules.Baremes.BaremeCatalogue.Load(new[] { global::EsmsRules.Baremes.BaremeJsonWriter.Serialize(global::EsmsRules.Baremes.Campagnes.Generalisation2022) });
        Assert.True(catalogue.Catalogue is not null, string.Join("\n", catalogue.Errors));
        var evaluateur = new EsmsEvaluator(new EvaluationOptions { Catalogue = catalogue.Catalogue });
        var parJson = evaluateur.EvaluateJson(json.ToJsonString());
        Assert.True(DossierJsonReader.TryRead(json.ToJsonString(), out var d, out _));
        var parDossier = evaluateur.Evaluate(d!);
        Assert.Equal(parDossier.Errors.Select(e => (e.Code, e.Chemin)), parJson.Errors.Select(e => (e.Code, e.Chemin)));
        Assert.Equal(("unknownCampaign", "$.campagne"), (Assert.Single(parJson.Errors).Code, parJson.Errors[0].Chemin));
        Assert.True(seul2022.TryGet("2023", out _));
    }

    [Fact]
    public void TryRead_Utf8Bytes_SameErrorsAsText()
    {
        var json = Valid();
        json["typeProjet"] = "achat";
        var ok = DossierJsonReader.TryRead(Encoding.UTF8.GetBytes(json.ToJsonString()), out var d, out var errors);
        Assert.False(ok);
        Assert.Null(d);
        Assert.Equal(("unknownValue", "$.typeProjet"), (Assert.Single(errors).Code, errors[0].Chemin));
        Assert.False(DossierJsonReader.TryRead(Encoding.UTF8.GetBytes("{"), out _, out var malformed));
        Assert.Equal("malformedJson", Assert.Single(malformed).Code);
    }

    [Fact]
    public void EvaluateJson_UnknownCampaign_UnknownCampaignError()
    {
        var json = Valid();
        json["campagne"] = "2019";
        var r = EsmsEvaluator.Default.EvaluateJson(json.ToJsonString());
        Assert.False(r.IsValid);
        Assert.Null(r.Decision);
        Assert.Equal(("unknownCampaign", "$.campagne"), (Assert.Single(r.Errors).Code, r.Errors[0].Chemin));
        Assert.Throws<InvalidDossierException>(() => r.GetDecisionOrThrow());
    }

    [Fact]
    public void EvaluateJson_UnknownCampaignAndOtherProblems_EveryProblemListed()
    {
        var json = Valid();
        json["campagne"] = "2019";
        json["typeProjet"] = "achat";
        var r = EsmsEvaluator.Default.EvaluateJson(json.ToJsonString());
        Assert.Equal(Sorted(("unknownCampaign", "$.campagne"), ("unknownValue", "$.typeProjet")),
            r.Errors.Select(e => (e.Code, e.Chemin)).OrderBy(e => e.Chemin, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void EvaluateJson_UnknownCampaignWithOwnBareme_Evaluated()
    {
        var json = Valid();
        json["campagne"] = "2019";
        var r = new EsmsEvaluator(new EvaluationOptions { Bareme = global::EsmsRules.Baremes.Campagnes.Generalisation2022 }).EvaluateJson(json.ToJsonString());
        Assert.True(r.IsValid);
    }

    [Fact]
    public void EvaluateJson_ValidDossier_Evaluated()
    {
        var r = EsmsEvaluator.Default.EvaluateJson(Valid().ToJsonString());
        Assert.True(r.IsValid);
        Assert.Empty(r.Errors);
        Assert.Equal(3, r.Decision!.EssmsRetenus);
    }
}
