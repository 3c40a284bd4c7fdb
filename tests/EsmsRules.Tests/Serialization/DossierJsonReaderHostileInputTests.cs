using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>
/// Issue "Hostile input": escaped lone surrogates, counters that overflow sums, messages that echo input, numbers that
/// do not read back exactly, and the limits of the input — each refused as an input error with its path, never an
/// exception, never a long or multi-line message.
/// </summary>
public class DossierJsonReaderHostileInputTests
{
    private const string Og1 = "$.organismesGestionnaires[0]";

    /// <summary>A valid dossier with measures and an order: every kind of string of the format is in it.</summary>
    private const string Base = """
        {
          "campagne": "2022", "dateDepot": "2022-06-01", "typeProjet": "acquisition",
          "representativiteNationale": false, "maitriseOuvrageMature": true, "dureePrevueMois": 18,
          "porteur": { "finessJuridique": "310000013", "champ": "PA", "soumisCodeCommandePublique": false, "marcheEnCoursMemeObjet": false },
          "editeur": { "nom": "Editeur X", "referenceSegur": true, "referenceSad": true, "devis": 250000 },
          "organismesGestionnaires": [
            { "finessJuridique": "310000013", "nom": "OG A", "nombreEssmsFiness": 8, "autodiagnosticFourni": true,
              "essms": [
                { "finessGeographique": "310000021", "nom": "E1", "champ": "PA", "relevantL312_1": true, "categorieFiness": "500" },
                { "finessGeographique": "310000039", "champ": "DOM", "territoire": "corse" }
              ] }
          ],
          "mesures": [
            { "finessGeographique": "310000021", "personnesAccompagnees": 100, "personnesEligiblesProjetAccueil": 80, "messagesMss": 12,
              "dmpAlimentes": 40, "dossiersActifs": 90, "dossiersActifsAvecProjetPersonnalise": 70, "dossiersActifsAvecEvenement": 60 }
          ],
          "depensesRealisees": 1000,
          "commandesSons": [ { "finessJuridique": "310000013", "dateCommande": "2023-03-01", "couloir": "MS1", "finessGeographiques": ["310000021"] } ]
        }
        """;

    private static JsonObject Dossier() => JsonNode.Parse(Base)!.AsObject();

    private static (string Code, string Chemin)[] Errors(string json)
    {
        var r = EsmsEvaluator.Default.EvaluateJson(json);
        Assert.False(r.IsValid);
        var bytes = EsmsEvaluator.Default.EvaluateJson(Encoding.UTF8.GetBytes(json));
        Assert.Equal(r.Errors.Select(e => e.ToString()), bytes.Errors.Select(e => e.ToString()));
        return r.Errors.Select(e => (e.Code, e.Chemin)).ToArray();
    }

    [Fact]
    public void EvaluateJson_Base_Valid() => Assert.True(EsmsEvaluator.Default.EvaluateJson(Base).IsValid);

    // ----- 1. lone surrogates

    [Theory]
    [InlineData("\"Editeur X\"", "$.editeur.nom")]
    [InlineData("\"310000013\"", "$.porteur.finessJuridique")]
    [InlineData("\"acquisition\"", "$.typeProjet")]
    [InlineData("\"2022-06-01\"", "$.dateDepot")]
    [InlineData("\"2022\"", "$.campagne")]
    [InlineData("\"500\"", Og1 + ".essms[0].categorieFiness")]
    [InlineData("\"MS1\"", "$.commandesSons[0].couloir")]
    [InlineData("[\"310000021\"]", "$.commandesSons[0].finessGeographiques[0]")]
    [InlineData("\"corse\"", Og1 + ".essms[1].territoire")]
    public void EvaluateJson_LoneSurrogateInAString_InvalidStringAtItsPath(string valeur, string chemin)
    {
        foreach (var mauvais in new[] { "\\ud800", "\\udc00x", "\\ud800\\u0041", "\\ud800\\ud800", "ab\\udbff" })
        {
            var cible = valeur.StartsWith('[') ? "[\"" + mauvais + "\"]" : "\"" + mauvais + "\"";
            var json = Base.Replace(valeur, cible, StringComparison.Ordinal);
            Assert.NotEqual(Base, json);
            Assert.Contains(("invalidString", chemin), Errors(json));
        }
    }

    [Fact]
    public void EvaluateJson_LoneSurrogateInAnUnknownFieldName_InvalidStringNoException()
    {
        var json = Base.Replace("\"dureePrevueMois\": 18,", "\"dureePrevueMois\": 18, \"x\\ud800\": 1,", StringComparison.Ordinal);
        Assert.Contains(Errors(json), e => e.Code == "invalidString" && e.Chemin.StartsWith("$", StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateJson_LoneSurrogateInAnUnknownFieldValue_InvalidString()
    {
        var json = Base.Replace("\"dureePrevueMois\": 18,", "\"dureePrevueMois\": 18, \"note\": [\"ok\", {\"a\": \"\\udc00\"}],", StringComparison.Ordinal);
        Assert.Contains(("invalidString", "$.note"), Errors(json));
    }

    [Fact]
    public void EvaluateJson_ValidSurrogatePair_Accepted()
    {
        var json = Base.Replace("\"Editeur X\"", "\"Editeur \\ud83d\\ude00 😀\"", StringComparison.Ordinal);
        var d = EsmsEvaluator.Default.EvaluateJson(json);
        Assert.True(d.IsValid, string.Join("\n", d.Errors));
    }

    [Fact]
    public void EvaluateJson_UnescapedLoneSurrogateInDotNetString_InvalidStringAtItsPath()
    {
        var json = Base.Replace("\"Editeur X\"", "\"Editeur \uD800X\"", StringComparison.Ordinal);
        Assert.Equal(new[] { ("invalidString", "$.editeur.nom") }, EsmsEvaluator.Default.EvaluateJson(json).Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Fact]
    public void TryRead_InvalidUtf8Bytes_InvalidStringAtItsPath()
    {
        var bytes = Encoding.UTF8.GetBytes(Base);
        var i = Base.IndexOf("Editeur X", StringComparison.Ordinal);
        bytes[i + 1] = 0xFF;
        Assert.False(DossierJsonReader.TryRead(bytes, out _, out var errors));
        Assert.Equal(("invalidString", "$.editeur.nom"), (Assert.Single(errors).Code, errors[0].Chemin));
    }

    [Theory]
    [InlineData("3100001é", "Un numéro FINESS comporte 9 caractères ; « 3100001é » en a 8.")]
    [InlineData("31000002é", "Un numéro FINESS ne contient que des chiffres et des lettres : « 31000002é ».")]
    [InlineData("31000\u00e9021", "Un numéro FINESS ne contient que des chiffres et des lettres : « 31000é021 ».")]
    public void EvaluateJson_FinessWithNonAsciiBytes_QuotedAsWritten(string finess, string message)
    {
        var json = Base.Replace("\"310000039\"", "\"" + finess + "\"", StringComparison.Ordinal);
        foreach (var r in new[] { EsmsEvaluator.Default.EvaluateJson(json), EsmsEvaluator.Default.EvaluateJson(Encoding.UTF8.GetBytes(json)) })
        {
            var e = Assert.Single(r.Errors);
            Assert.Equal(("finessShape", Og1 + ".essms[1].finessGeographique", message), (e.Code, e.Chemin, e.Message));
        }
    }

    // ----- 2. counts bounded so that no sum overflows

    [Theory]
    [InlineData("personnesAccompagnees")]
    [InlineData("personnesEligiblesProjetAccueil")]
    [InlineData("messagesMss")]
    [InlineData("dmpAlimentes")]
    [InlineData("dossiersActifs")]
    [InlineData("dossiersActifsAvecProjetPersonnalise")]
    [InlineData("dossiersActifsAvecEvenement")]
    public void EvaluateJson_CounterAboveBillion_OutOfRange(string compteur)
    {
        foreach (var valeur in new[] { 1_000_000_001L, long.MaxValue, long.MaxValue / 2 })
        {
            var json = Dossier();
            json["mesures"]![0]![compteur] = valeur;
            Assert.Equal(new[] { ("outOfRange", "$.mesures[0]." + compteur) }, Errors(json.ToJsonString()));
        }

        var ok = Dossier();
        ok["mesures"]![0]![compteur] = 1_000_000_000;
        Assert.True(EsmsEvaluator.Default.EvaluateJson(ok.ToJsonString()).IsValid);
    }

    [Fact]
    public void EvaluateJson_CountersThatWouldWrapALong_RefusedNotWithheld()
    {
        // Two measures of long.MaxValue / 2 + 1 wrap a long sum to a negative numerator.
        var json = Dossier();
        json["mesures"]![0]!["messagesMss"] = (long.MaxValue / 2) + 1;
        var second = json["mesures"]![0]!.DeepClone();
        second["finessGeographique"] = "310000039";
        json["mesures"]!.AsArray().Add(second);
        Assert.Equal(new[] { ("outOfRange", "$.mesures[0].messagesMss"), ("outOfRange", "$.mesures[1].messagesMss") }, Errors(json.ToJsonString()));
    }

    [Theory]
    [InlineData("dureePrevueMois", 121, 120)]
    [InlineData("nombreEssmsFiness", 100_001, 100_000)]
    public void EvaluateJson_CountAboveItsBound_OutOfRange(string champ, long trop, long max)
    {
        var json = Dossier();
        var parent = champ == "nombreEssmsFiness" ? json["organismesGestionnaires"]![0]!.AsObject() : json;
        var chemin = champ == "nombreEssmsFiness" ? Og1 + "." + champ : "$." + champ;
        parent[champ] = trop;
        Assert.Equal(new[] { ("outOfRange", chemin) }, Errors(json.ToJsonString()));
        parent[champ] = max;
        Assert.True(EsmsEvaluator.Default.EvaluateJson(json.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("1000000000.01")]
    [InlineData("1e10")]
    [InlineData("1E+400")]
    [InlineData("99999999999999999999999999999999")]
    public void EvaluateJson_AmountAboveBillion_OutOfRange(string montant)
    {
        foreach (var chemin in new[] { "$.editeur.devis", "$.depensesRealisees" })
        {
            var json = Dossier();
            (chemin == "$.editeur.devis" ? json["editeur"]!.AsObject() : json)[chemin[(chemin.LastIndexOf('.') + 1)..]] = JsonNode.Parse(montant);
            Assert.Equal(new[] { ("outOfRange", chemin) }, Errors(json.ToJsonString()));
        }
    }

    [Fact]
    public void Evaluate_DossierInCodeWithHugeCounter_OutOfRange()
    {
        var d = EsmsRules.Tests.Support.DossierBuilder.Grappe(15);
        d = d with { Mesures = new[] { new EsmsRules.Model.Mesure(d.OrganismesGestionnaires[0].Essms[0].FinessGeographique, long.MaxValue, 1, 1, 1, 1, 1, 1) } };
        var r = EsmsEvaluator.Default.Evaluate(d);
        Assert.Equal(("outOfRange", "$.mesures[0].personnesAccompagnees"), (Assert.Single(r.Errors).Code, r.Errors[0].Chemin));
    }

    // ----- 3. messages quote at most ~60 characters, control characters escaped

    [Fact]
    public void EvaluateJson_ValueWithNewLine_MessageHasNoLineBreak()
    {
        var json = Dossier();
        json["typeProjet"] = "x\n$.porteur.champ : forged [required]";
        json["dateDepot"] = "2022\r\n-01-01";
        json["campagne"] = "20\u000122\n";
        Essms(json, 0)["finessGeographique"] = "31000\n021";
        var r = EsmsEvaluator.Default.EvaluateJson(json.ToJsonString());
        Assert.Equal(4, r.Errors.Count);
        foreach (var e in r.Errors)
        {
            Assert.DoesNotContain('\n', e.Message);
            Assert.DoesNotContain('\r', e.Message);
            Assert.DoesNotContain('\u0001', e.Message);
            Assert.All(e.Arguments.Values, a => Assert.DoesNotContain('\n', a));
        }

        Assert.Contains("x\\n$.porteur.champ", r.Errors.Single(e => e.Chemin == "$.typeProjet").Message, StringComparison.Ordinal);
        Assert.Contains("20\\u000122\\n", r.Errors.Single(e => e.Chemin == "$.campagne").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("typeProjet")]
    [InlineData("dateDepot")]
    [InlineData("campagne")]
    [InlineData("finess")]
    [InlineData("categorie")]
    [InlineData("devis")]
    [InlineData("inconnu")]
    public void EvaluateJson_HugeBadValue_ShortMessage(string ou)
    {
        var enorme = new string('7', 2_000_000);
        var json = Dossier();
        switch (ou)
        {
            case "finess":
                Essms(json, 0)["finessGeographique"] = enorme;
                break;
            case "categorie":
                Essms(json, 0)["categorieFiness"] = enorme;
                break;
            case "devis":
                json["editeur"]!["devis"] = JsonNode.Parse(enorme);
                break;
            case "inconnu":
                json[enorme] = 1;
                break;
            default:
                json[ou] = enorme + "x";
                break;
        }

        var r = DossierJsonReader.Read(json.ToJsonString(), new DossierReadOptions { Strict = true });
        var e = Assert.Single(r.Errors);
        Assert.True(e.Message.Length < 400, Debut(e.Message));
        Assert.True(e.Chemin.Length < 120, Debut(e.Chemin));
        Assert.All(e.Arguments.Values, a => Assert.True(a.Length <= Citation.Longueur + 1, Debut(a)));
        Assert.Contains("…", e.Message, StringComparison.Ordinal);
    }

    // ----- 4. numbers that do not read back exactly

    [Theory]
    [InlineData("1.0000000000000000000000000000001")]
    [InlineData("1e-400")]
    [InlineData("0.001")]
    [InlineData("250000.505")]
    [InlineData("1.00000000000000000000000000000000000001")]
    public void EvaluateJson_AmountNotExact_InvalidAmount(string montant)
    {
        var json = Dossier();
        json["editeur"]!["devis"] = JsonNode.Parse(montant);
        Assert.Equal(new[] { ("invalidAmount", "$.editeur.devis") }, Errors(json.ToJsonString()));
    }

    [Theory]
    [InlineData("250000.50", "250000.5")]
    [InlineData("2.5e5", "250000")]
    [InlineData("25000000e-2", "250000")]
    [InlineData("0.10", "0.1")]
    [InlineData("-0", "0")]
    [InlineData("1000000000", "1000000000")]
    [InlineData("100.0000000000000000000000000000000000", "100")]
    public void TryRead_AmountExact_ReadExactly(string montant, string attendu)
    {
        var json = Dossier();
        json["editeur"]!["devis"] = JsonNode.Parse(montant);
        Assert.True(DossierJsonReader.TryRead(json.ToJsonString(), out var d, out var errors), string.Join("\n", errors));
        Assert.Equal(decimal.Parse(attendu, System.Globalization.CultureInfo.InvariantCulture), d!.Editeur.Devis);
    }

    [Theory]
    [InlineData("18.5", "notInteger")]
    [InlineData("1e-400", "notInteger")]
    [InlineData("1e400", "outOfRange")]
    [InlineData("-1", "negative")]
    public void EvaluateJson_CountNotExact_Refused(string valeur, string code)
    {
        var json = Dossier();
        json["dureePrevueMois"] = JsonNode.Parse(valeur);
        Assert.Equal(new[] { (code, "$.dureePrevueMois") }, Errors(json.ToJsonString()));
    }

    [Theory]
    [InlineData("18.0")]
    [InlineData("1.8e1")]
    [InlineData("180e-1")]
    public void TryRead_IntegralNumberWrittenWithFraction_ReadAsInteger(string valeur)
    {
        var json = Dossier();
        json["dureePrevueMois"] = JsonNode.Parse(valeur);
        Assert.True(DossierJsonReader.TryRead(json.ToJsonString(), out var d, out var errors), string.Join("\n", errors));
        Assert.Equal(18, d!.DureePrevueMois);
    }

    // ----- 5. limits

    [Fact]
    public void InputLimits_Defaults_AsDocumented()
    {
        var l = InputLimits.Default;
        Assert.Equal((64 * 1024 * 1024, 100_000, 500, 64, 1_000), (l.MaxDocumentBytes, l.MaxEssms, l.MaxStringLength, l.MaxDepth, l.MaxProblems));
        Assert.Same(l, EvaluationOptions.Default.Limits);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InputLimits { MaxEssms = 0 });
    }

    [Fact]
    public void EvaluateJson_DocumentAboveSizeLimit_RefusedBeforeReading()
    {
        var json = Base.Replace("\"Editeur X\"", "\"" + new string('x', 70 * 1024 * 1024) + "\"", StringComparison.Ordinal);
        var r = EsmsEvaluator.Default.EvaluateJson(json);
        var e = Assert.Single(r.Errors);
        Assert.Equal(("limitExceeded", "$"), (e.Code, e.Chemin));
        Assert.Equal((64 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Arguments["limite"]);
    }

    [Fact]
    public void EvaluateJson_DocumentSizeCountsUtf8Bytes()
    {
        var petit = new EsmsEvaluator(new EvaluationOptions { Limits = new InputLimits { MaxDocumentBytes = Encoding.UTF8.GetByteCount(Base) } });
        Assert.True(petit.EvaluateJson(Base).IsValid);
        var accentue = Base.Replace("Editeur X", "Éditeur X", StringComparison.Ordinal); // same characters, one byte more
        Assert.Equal(Base.Length, accentue.Length);
        Assert.Equal("limitExceeded", Assert.Single(petit.EvaluateJson(accentue).Errors).Code);
        Assert.Equal("limitExceeded", Assert.Single(petit.EvaluateJson(Encoding.UTF8.GetBytes(accentue)).Errors).Code);
    }

    [Fact]
    public void EvaluateJson_HugeFinessWithLargerDocumentLimit_ShortRefusal()
    {
        var evaluateur = new EsmsEvaluator(new EvaluationOptions { Limits = new InputLimits { MaxDocumentBytes = int.MaxValue } });
        var json = Base.Replace("\"310000021\", \"nom\"", "\"" + new string('1', 100 * 1024 * 1024) + "\", \"nom\"", StringComparison.Ordinal);
        var r = evaluateur.EvaluateJson(Encoding.UTF8.GetBytes(json));
        var e = Assert.Single(r.Errors);
        Assert.Equal(("finessShape", Og1 + ".essms[0].finessGeographique"), (e.Code, e.Chemin));
        Assert.True(e.Message.Length < 200);
    }

    [Fact]
    public void EvaluateJson_MoreEssmsThanTheLimit_LimitExceededOnceWithOtherProblems()
    {
        var json = Dossier();
        var og2 = json["organismesGestionnaires"]![0]!.DeepClone().AsObject();
        og2["finessJuridique"] = "750000010";
        og2["essms"] = JsonNode.Parse("""[{ "finessGeographique": "310000047", "champ": "PH" }, { "finessGeographique": "310000054", "champ": "PH" }]""");
        json["organismesGestionnaires"]!.AsArray().Add(og2);
        json["typeProjet"] = "achat";
        var evaluateur = new EsmsEvaluator(new EvaluationOptions { Limits = new InputLimits { MaxEssms = 3 } });
        var r = evaluateur.EvaluateJson(json.ToJsonString());
        Assert.Equal(new[] { ("unknownValue", "$.typeProjet"), ("limitExceeded", "$.organismesGestionnaires[1].essms[1]") },
            r.Errors.Select(e => (e.Code, e.Chemin)));
        Assert.Equal("3", r.Errors[1].Arguments["limite"]);
        json["typeProjet"] = "acquisition";
        Assert.True(new EsmsEvaluator(new EvaluationOptions { Limits = new InputLimits { MaxEssms = 4 } }).EvaluateJson(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void EvaluateJson_NameLongerThanTheLimit_LimitExceeded()
    {
        var json = Dossier();
        json["editeur"]!["nom"] = new string('é', 501);
        var r = EsmsEvaluator.Default.EvaluateJson(json.ToJsonString());
        var e = Assert.Single(r.Errors);
        Assert.Equal(("limitExceeded", "$.editeur.nom", "500"), (e.Code, e.Chemin, e.Arguments["limite"]));
        json["editeur"]!["nom"] = new string('é', 500);
        Assert.True(EsmsEvaluator.Default.EvaluateJson(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void EvaluateJson_NestingBeyondTheLimit_LimitExceededWithOtherProblems()
    {
        var json = Base.Replace("\"dureePrevueMois\": 18,", "\"dureePrevueMois\": 18, \"x\": " + new string('[', 100_000) + new string(']', 100_000) + ",", StringComparison.Ordinal)
            .Replace("\"acquisition\"", "\"achat\"", StringComparison.Ordinal);
        var r = DossierJsonReader.Read(json);
        Assert.Equal(new[] { ("unknownValue", "$.typeProjet"), ("limitExceeded", "$.x") }, r.Errors.Select(e => (e.Code, e.Chemin)));
        Assert.Equal("64", r.Errors[1].Arguments["limite"]);
        Assert.Equal("$.x", Assert.Single(r.Avertissements).Chemin);
    }

    [Fact]
    public void EvaluateJson_ManyProblems_StopsAtTheLimitWithOneMoreError()
    {
        var json = Dossier();
        json["organismesGestionnaires"]![0]!["essms"] = new JsonArray(Enumerable.Range(0, 5000).Select(_ => (JsonNode?)JsonValue.Create(1)).ToArray());
        var r = EsmsEvaluator.Default.EvaluateJson(json.ToJsonString());
        Assert.Equal(1001, r.Errors.Count);
        Assert.Equal(("limitExceeded", "1000"), (r.Errors[^1].Code, r.Errors[^1].Arguments["limite"]));
    }

    private static string Debut(string s) => s.Length + " : " + s[..Math.Min(s.Length, 400)];

    private static JsonObject Essms(JsonObject root, int index) => root["organismesGestionnaires"]![0]!["essms"]![index]!.AsObject();
}
