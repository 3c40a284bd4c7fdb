using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Baremes;

/// <summary>Barème documents from an untrusted source (issue "Hostile input", barème side): values beyond what the texts
/// can mean, overlapping tranches, durations in years, weeks or days, documents with many faults, lone surrogates and
/// huge values in messages.</summary>
public class BaremeHostileInputTests
{
    /// <summary>A document on top of 2022 listing the given parameters (name, JSON value).</summary>
    internal static string Document(params (string Nom, string Json)[] valeurs) =>
        "{ \"campagne\": \"2022-hostile\", \"herite\": \"2022\", \"publie\": \"2024-01-01\", \"source\": \"test\", \"parametres\": { "
        + string.Join(", ", valeurs.Select(v => "\"" + v.Nom + "\": { \"valeur\": " + v.Json + " }")) + " } }";

    private static InputError SeuleErreur(string json)
    {
        var result = BaremeLoader.Load(json);
        Assert.False(result.IsValid, "le document aurait dû être refusé");
        return Assert.Single(result.Errors);
    }

    // ----- item 2: bounds

    [Theory]
    [InlineData("equipementParEssms", "79000000000000000000000000000", "")]
    [InlineData("equipementParEssms", "1000000000.01", "")]
    [InlineData("amoaMarcheParProjet", "1000000001", "")]
    [InlineData("amoaProjetParProjet", "1e12", "")]
    [InlineData("partEditeurSegurReduitLecturePageCnsa", "5000000000", "")]
    [InlineData("partEssmsAcquisition", """{ "avantRangReduit": 7e27, "aPartirDuRangReduit": 2000 }""", ".avantRangReduit")]
    [InlineData("partEditeurSegur", """{ "avantRangReduit": 14500, "aPartirDuRangReduit": 1000000000.01 }""", ".aPartirDuRangReduit")]
    [InlineData("tailleMinimaleGrappe", "1000001", "")]
    [InlineData("tailleMinimaleGrappeCorseOutreMer", "2147483647", "")]
    [InlineData("seuilNational", "1000001", "")]
    [InlineData("rangTarifReduit", "2147483647", "")]
    [InlineData("seuilPetitOg", "1000001", "")]
    [InlineData("delaiReferencementSonsJours", "3651", "")]
    [InlineData("seuilDepensesRealisees", "1.01", "")]
    [InlineData("seuilDepensesRealisees", "1e20", "")]
    [InlineData("dureeMaxAcquisition", "\"P121M\"", "")]
    [InlineData("dureeMaxConformite", "\"P2147483647M\"", "")]
    [InlineData("periodePremiereMesure", "\"P11Y\"", "")]
    [InlineData("tranchesSons", """[ { "code": "A", "minimum": 1, "maximum": null, "montantParEssms": 1000000000.01 } ]""", "[0].montantParEssms")]
    [InlineData("tranchesSons", """[ { "code": "A", "minimum": 1, "maximum": 1000001, "montantParEssms": 1 }, { "code": "B", "minimum": 1000002, "maximum": null, "montantParEssms": 1 } ]""", "[0].maximum")]
    public void Load_ValueBeyondWhatTheTextsCanMean_IsRefusedOutOfRangeWithItsPath(string nom, string json, string suite)
    {
        var result = BaremeLoader.Load(Document((nom, json)));

        Assert.False(result.IsValid);
        Assert.Contains((InputErrorCodes.OutOfRange, "$.parametres." + nom + ".valeur" + suite), result.Errors.Select(e => (e.Code, e.Chemin)));
        Assert.All(result.Errors, e => Assert.Equal(InputErrorCodes.OutOfRange, e.Code));
    }

    [Fact]
    public void Load_ValuesAtTheBounds_AreAccepted()
    {
        var b = BaremeLoader.Load(Document(BornesHautes)).GetBaremeOrThrow();

        Assert.Equal(Bornes.MontantMaximum, b.EquipementParEssms);
        Assert.Equal(Bornes.NombreMaximum, b.RangTarifReduit);
        Assert.Equal(Bornes.JoursMaximum, b.DelaiReferencementSonsJours);
        Assert.Equal(Period.FromMonths(Bornes.MoisMaximum), b.DureeMaxAcquisition);
        Assert.Equal(1m, b.SeuilDepensesRealisees);
    }

    // ----- item 5: durations

    [Theory]
    [InlineData("P1Y6M", 18)]
    [InlineData("P1Y", 12)]
    [InlineData("P10Y", 120)]
    [InlineData("P18M", 18)]
    [InlineData("P0Y9M", 9)]
    public void Load_DurationInYearsAndMonths_IsReadInMonths(string duree, int mois)
    {
        var b = BaremeLoader.Load(Document(("dureeMaxAcquisition", "\"" + duree + "\""))).GetBaremeOrThrow();

        Assert.Equal(Period.FromMonths(mois), b.DureeMaxAcquisition);
        Assert.Equal(mois, b.DureeMaxAcquisition.Months);
    }

    [Fact]
    public void Evaluate_DurationOfOneYearAndAHalf_AllowsAnEighteenMonthProject()
    {
        var b = BaremeLoader.Load(Document(("dureeMaxAcquisition", "\"P1Y6M\""))).GetBaremeOrThrow();
        var dossier = EsmsRules.Tests.Support.DossierBuilder.Grappe(20) with { DureePrevueMois = 18 };

        var d = EsmsRules.Tests.Support.DossierBuilder.Evaluate(dossier, new EsmsRules.Engine.EvaluationOptions { Bareme = b });

        Assert.Equal(Resultat.Satisfied, EsmsRules.Tests.Support.DossierBuilder.Outcome(d, "PROJET-06"));
    }

    [Theory]
    [InlineData("P78W")]
    [InlineData("P540D")]
    [InlineData("P1M15D")]
    [InlineData("P1Y2W")]
    [InlineData("PT12H")]
    [InlineData("P1MT1H")]
    [InlineData("P0M")]
    [InlineData("P-3M")]
    [InlineData("9 mois")]
    public void Load_DurationInWeeksDaysOrTime_IsRefusedInvalidPeriod(string duree)
    {
        var e = SeuleErreur(Document(("dureeMaxConformite", "\"" + duree + "\"")));

        Assert.Equal((InputErrorCodes.InvalidPeriod, "$.parametres.dureeMaxConformite.valeur"), (e.Code, e.Chemin));
        Assert.Contains("mois", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bareme_DurationInYearsBuiltInCode_IsHeldInMonths()
    {
        var b = new Bareme { DureeMaxAcquisition = Period.FromYears(1) + Period.FromMonths(6) };

        Assert.Equal(Period.FromMonths(18), b.DureeMaxAcquisition);
        Assert.Throws<ArgumentException>(() => new Bareme { DureeMaxConformite = Period.FromDays(540) });
    }

    // ----- item 4: SONS tranches

    [Theory]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": 2147483647, "montantParEssms": 4000 }, { "code": "B", "minimum": 5, "maximum": null, "montantParEssms": 1000 } ]""", "[0].maximum")]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": 4, "montantParEssms": 4000 }, { "code": "B", "minimum": 5, "maximum": 2147483647, "montantParEssms": 1000 }, { "code": "C", "minimum": 3, "maximum": null, "montantParEssms": 1 } ]""", "[1].maximum")]
    public void Load_TranchesOverlappingBehindABoundOfIntMaxValue_AreRefused(string tranches, string chemin)
    {
        var result = BaremeLoader.Load(Document(("tranchesSons", tranches)));

        Assert.False(result.IsValid);
        Assert.Contains((InputErrorCodes.OutOfRange, "$.parametres.tranchesSons.valeur" + chemin), result.Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Theory]
    [InlineData("""[ { "code": "A", "minimum": 2, "maximum": null, "montantParEssms": 1 } ]""", "[0].minimum")]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": 4, "montantParEssms": 1 }, { "code": "B", "minimum": 4, "maximum": null, "montantParEssms": 1 } ]""", "[1].minimum")]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": 4, "montantParEssms": 1 }, { "code": "B", "minimum": 6, "maximum": null, "montantParEssms": 1 } ]""", "[1].minimum")]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": 4, "montantParEssms": 1 }, { "code": "B", "minimum": 5, "maximum": 3, "montantParEssms": 1 }, { "code": "C", "minimum": 4, "maximum": null, "montantParEssms": 1 } ]""", "[1].maximum")]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": null, "montantParEssms": 1 }, { "code": "B", "minimum": 2, "maximum": null, "montantParEssms": 1 } ]""", "[0].maximum")]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": 4, "montantParEssms": 1 }, { "code": "B", "minimum": 5, "maximum": 1000000, "montantParEssms": 1 } ]""", "[1].maximum")]
    [InlineData("""[ { "code": "A", "minimum": 1, "maximum": 4, "montantParEssms": 1 }, { "code": "A", "minimum": 5, "maximum": null, "montantParEssms": 1 } ]""", "[1].code")]
    public void Load_TranchesNotContiguousFrom1ToAnOpenLastOne_AreRefusedWithThePath(string tranches, string chemin)
    {
        var result = BaremeLoader.Load(Document(("tranchesSons", tranches)));

        Assert.False(result.IsValid);
        Assert.Contains((InputErrorCodes.TranchesNotContiguous, "$.parametres.tranchesSons.valeur" + chemin), result.Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Fact]
    public void Load_TrancheWithTwoFaults_ListsBoth()
    {
        const string tranches = """
            [ { "code": "A", "minimum": 1, "maximum": 4, "montantParEssms": 4000 },
              { "code": "B", "minimum": 3, "maximum": null, "montantParEssms": -1 } ]
            """;

        var result = BaremeLoader.Load(Document(("tranchesSons", tranches)));

        Assert.Equal(
            new[]
            {
                (InputErrorCodes.TranchesNotContiguous, "$.parametres.tranchesSons.valeur[1].minimum"),
                (InputErrorCodes.Negative, "$.parametres.tranchesSons.valeur[1].montantParEssms"),
            },
            result.Errors.Select(e => (e.Code, e.Chemin)).OrderBy(e => e.Chemin, StringComparer.Ordinal));
    }

    [Fact]
    public void Load_TrancheWithAnUnreadableBound_StillChecksTheOthers()
    {
        const string tranches = """
            [ { "code": "A", "minimum": 1, "maximum": "4", "montantParEssms": 4000 },
              { "code": "B", "minimum": 5, "maximum": 3, "montantParEssms": 1 },
              { "code": "C", "minimum": 6, "maximum": null, "montantParEssms": 1 } ]
            """;

        var result = BaremeLoader.Load(Document(("tranchesSons", tranches)));

        Assert.Equal(
            new[]
            {
                (InputErrorCodes.WrongType, "$.parametres.tranchesSons.valeur[0].maximum"),
                (InputErrorCodes.TranchesNotContiguous, "$.parametres.tranchesSons.valeur[1].maximum"),
                (InputErrorCodes.TranchesNotContiguous, "$.parametres.tranchesSons.valeur[2].minimum"),
            },
            result.Errors.Select(e => (e.Code, e.Chemin)).OrderBy(e => e.Chemin, StringComparer.Ordinal));
    }

    // ----- item 6: every problem listed; an unknown grandparent

    [Fact]
    public void Load_UnknownParentAndABadParameter_ListsBoth()
    {
        const string json = """{ "herite": "2019", "publie": "2022-01-01", "source": "x", "parametres": { "cibleDui": { "valeur": 190 } } }""";

        var result = BaremeLoader.Load(json);

        Assert.Equal(
            new[] { (InputErrorCodes.UnknownParent, "$.herite"), (InputErrorCodes.OutOfRange, "$.parametres.cibleDui.valeur") },
            result.Errors.Select(e => (e.Code, e.Chemin)).OrderBy(e => e.Chemin, StringComparer.Ordinal));
    }

    [Fact]
    public void Load_ParentMismatchAndABadParameter_ListsBoth()
    {
        const string json = """{ "herite": "2023", "publie": "2022-01-01", "source": "x", "parametres": { "cibleDui": { "valeur": 190 } } }""";

        var result = BaremeLoader.Load(json, Campagnes.Generalisation2022);

        Assert.Equal(
            new[] { (InputErrorCodes.ParentMismatch, "$.herite"), (InputErrorCodes.OutOfRange, "$.parametres.cibleDui.valeur") },
            result.Errors.Select(e => (e.Code, e.Chemin)).OrderBy(e => e.Chemin, StringComparer.Ordinal));
    }

    private static string Doc(string campagne, string herite, string parametres = "") =>
        $$"""{ "campagne": "{{campagne}}", "herite": "{{herite}}", "publie": "2022-01-01", "source": "x", "parametres": { {{parametres}} } }""";

    [Fact]
    public void CatalogueLoad_UnknownGrandparent_IsReportedAsUnknownParentNotACycle()
    {
        var result = BaremeCatalogue.Load(new[] { BaremeLoaderTests.EmbeddedDocument("2022"), Doc("X", "1999"), Doc("D", "X") });

        Assert.Equal(
            new[] { (InputErrorCodes.UnknownParent, "$[1].herite"), (InputErrorCodes.UnknownParent, "$[2].herite") },
            result.Errors.Select(e => (e.Code, e.Chemin)));
        var petitEnfant = result.Errors[1];
        Assert.Contains("« 1999 »", petitEnfant.Message, StringComparison.Ordinal);
        Assert.Contains("« X »", petitEnfant.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cycle", petitEnfant.Message, StringComparison.Ordinal);
        Assert.Equal("1999", petitEnfant.Arguments["valeur"]);
    }

    [Fact]
    public void CatalogueLoad_DescendantOfACycle_IsReportedAsSuch()
    {
        var result = BaremeCatalogue.Load(new[] { BaremeLoaderTests.EmbeddedDocument("2022"), Doc("A", "B"), Doc("B", "A"), Doc("C", "A") });

        Assert.Equal(
            new[] { (InputErrorCodes.InheritanceCycle, "$[1].herite"), (InputErrorCodes.InheritanceCycle, "$[2].herite"), (InputErrorCodes.InheritanceCycle, "$[3].herite") },
            result.Errors.Select(e => (e.Code, e.Chemin)));
        Assert.Contains("descend", result.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogueLoad_ChildOfAnInvalidDocument_ListsTheParentsProblemsNotAnUnknownParent()
    {
        var result = BaremeCatalogue.Load(new[]
        {
            BaremeLoaderTests.EmbeddedDocument("2022"),
            Doc("A", "2022", "\"cibleDui\": { \"valeur\": 190 }"),
            Doc("B", "A"),
        });

        Assert.Equal(new[] { (InputErrorCodes.OutOfRange, "$[1].parametres.cibleDui.valeur") }, result.Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Fact]
    public void CatalogueLoad_InvalidDocumentRedefiningACampaign_ListsTheDuplicateToo()
    {
        var result = BaremeCatalogue.Load(new[]
        {
            BaremeLoaderTests.EmbeddedDocument("2022"),
            Doc("2022", "2022", "\"cibleDui\": { \"valeur\": 190 }"),
        });

        Assert.Equal(
            new[] { (InputErrorCodes.OutOfRange, "$[1].parametres.cibleDui.valeur"), (InputErrorCodes.DuplicateCampaign, "$[1].campagne") },
            result.Errors.Select(e => (e.Code, e.Chemin)));
    }

    // ----- item 1 and 7: lone surrogates, long values and control characters in messages

    private const string Seul = "\\ud800";

    public static TheoryData<string, string> DocumentsAvecSurrogateIsole()
    {
        var d = new TheoryData<string, string>();
        void Cas(string json, string chemin) => d.Add(json, chemin);
        string Valeur(string nom, string json) => Document((nom, json));

        Cas($$"""{ "campagne": "X{{Seul}}", "herite": "2022", "publie": "2024-01-01", "source": "t", "parametres": {} }""", "$.campagne");
        Cas($$"""{ "herite": "2022{{Seul}}", "publie": "2024-01-01", "source": "t", "parametres": {} }""", "$.herite");
        Cas($$"""{ "herite": "2022", "libelle": "{{Seul}}", "publie": "2024-01-01", "source": "t", "parametres": {} }""", "$.libelle");
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "a{{Seul}}b", "parametres": {} }""", "$.source");
        Cas($$"""{ "herite": "2022", "publie": "2024-01-{{Seul}}", "source": "t", "parametres": {} }""", "$.publie");
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "t", "commentaire": "{{Seul}}", "parametres": {} }""", "$.commentaire");
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "t", "{{Seul}}": 1, "parametres": {} }""", "$." + Seul);
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "t", "parametres": { "{{Seul}}": { "valeur": 1 } } }""", "$.parametres." + Seul);
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "t", "parametres": { "cibleDui": { "valeur": 90, "{{Seul}}x": 1 } } }""", "$.parametres.cibleDui." + Seul + "x");
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "t", "parametres": { "cibleDui": { "valeur": 90, "source": "{{Seul}}" } } }""", "$.parametres.cibleDui.source");
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "t", "parametres": { "cibleDui": { "valeur": 90, "publie": "{{Seul}}" } } }""", "$.parametres.cibleDui.publie");
        Cas($$"""{ "herite": "2022", "publie": "2024-01-01", "source": "t", "parametres": { "cibleDui": { "valeur": 90, "commentaire": "{{Seul}}" } } }""", "$.parametres.cibleDui.commentaire");
        Cas(Valeur("lectureFin03", $"\"{Seul}\""), "$.parametres.lectureFin03.valeur");
        Cas(Valeur("dateJoArreteMs1", $"\"2022-02-1{Seul}\""), "$.parametres.dateJoArreteMs1.valeur");
        Cas(Valeur("dureeMaxConformite", $"\"P9M{Seul}\""), "$.parametres.dureeMaxConformite.valeur");
        Cas(Valeur("fenetreRegionale", $$"""{ "debut": "{{Seul}}", "fin": "2022-09-30" }"""), "$.parametres.fenetreRegionale.valeur.debut");
        Cas(Valeur("fenetreRegionale", $$"""{ "debut": "2022-03-14", "fin": "2022-09-30", "{{Seul}}": 1 }"""), "$.parametres.fenetreRegionale.valeur." + Seul);
        Cas(Valeur("tranchesSons", $$"""[ { "code": "{{Seul}}", "minimum": 1, "maximum": null, "montantParEssms": 1 } ]"""), "$.parametres.tranchesSons.valeur[0].code");
        Cas(Valeur("calendriersSonsMs1", $$"""[ { "publie": "2024-01-01", "finCommandes": "2024-06-30", "finSoldes": "2025-06-30", "source": "{{Seul}}" } ]"""), "$.parametres.calendriersSonsMs1.valeur[0].source");
        Cas(Valeur("categoriesFiness", $$"""{ "500": "44{{Seul}}" }"""), "$.parametres.categoriesFiness.valeur['500']");
        Cas(Valeur("categoriesFiness", $$"""{ "50{{Seul}}": "4400" }"""), "$.parametres.categoriesFiness.valeur['50" + Seul + "']");
        Cas(Valeur("agregatsMs1", $"[\"4100\", \"{Seul}\"]"), "$.parametres.agregatsMs1.valeur[1]");
        Cas(Valeur("agregatsMs2", $"[\"\\udc00x\"]"), "$.parametres.agregatsMs2.valeur[0]");
        Cas(Valeur("lectureEssms03", "\"\\ud800\\u0041\""), "$.parametres.lectureEssms03.valeur");
        return d;
    }

    [Theory]
    [MemberData(nameof(DocumentsAvecSurrogateIsole))]
    public void Load_LoneSurrogateInAnyString_IsInvalidStringWithItsPathNotAnException(string json, string chemin)
    {
        var result = BaremeLoader.Load(json);

        Assert.False(result.IsValid);
        Assert.Contains((InputErrorCodes.InvalidString, chemin), result.Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Theory]
    [MemberData(nameof(DocumentsAvecSurrogateIsole))]
    public void CatalogueLoad_LoneSurrogateInAnyString_IsInvalidStringNotAnException(string json, string chemin)
    {
        var result = BaremeCatalogue.Load(new[] { BaremeLoaderTests.EmbeddedDocument("2022"), json });

        Assert.False(result.IsValid);
        Assert.Contains((InputErrorCodes.InvalidString, "$[1]" + chemin.Substring(1)), result.Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Theory]
    [InlineData("\"2022\\ud800\"", InputErrorCodes.InvalidString)]
    [InlineData("2022.5", InputErrorCodes.WrongType)]
    public void Load_UnreadableHerite_IsReportedAloneNotAsADocumentMissingEveryParameter(string herite, string code)
    {
        var json = "{ \"herite\": " + herite + ", \"publie\": \"2024-01-01\", \"source\": \"t\", \"parametres\": {} }";

        var e = SeuleErreur(json);

        Assert.Equal((code, "$.herite"), (e.Code, e.Chemin));
    }

    [Fact]
    public void Load_UnpairedSurrogateInTheText_IsRefusedNotAnException()
    {
        var json = Document(("lectureFin03", "\"\ud800\""));

        var result = BaremeLoader.Load(json);

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Errors);
    }

    public static TheoryData<string> DocumentsAvecUneValeurEnorme()
    {
        var enorme = new string('x', 10_000_000);
        var chiffres = "1" + new string('0', 10_000_000);
        return new TheoryData<string>
        {
            Document(("lectureFin03", "\"" + enorme + "\"")),
            Document(("dateJoArreteMs1", "\"" + enorme + "\"")),
            Document(("dureeMaxConformite", "\"" + enorme + "\"")),
            Document(("agregatsMs1", "[\"" + enorme + "\"]")),
            Document(("categoriesFiness", "{ \"" + enorme + "\": \"4400\" }")),
            Document(("tailleMinimaleGrappe", chiffres)),
            Document(("tailleMinimaleGrappe", "0." + chiffres)),
            Document(("equipementParEssms", chiffres)),
            Document((enorme, "1")),
            Document(("cibleDui", "90 }, \"" + enorme + "\": { \"valeur\": 1")),
            "{ \"herite\": \"" + enorme + "\", \"publie\": \"2024-01-01\", \"source\": \"t\", \"parametres\": {} }",
            "{ \"" + enorme + "\": 1, \"herite\": \"2022\", \"publie\": \"2024-01-01\", \"source\": \"t\", \"parametres\": {} }",
        };
    }

    [Theory]
    [MemberData(nameof(DocumentsAvecUneValeurEnorme))]
    public void Load_ValueOf10Megabytes_GivesShortMessagesPathsAndArguments(string json)
    {
        var result = BaremeLoader.Load(json);

        Assert.False(result.IsValid);
        Assert.All(result.Errors, e =>
        {
            Assert.True(e.Message.Length < 300, $"message de {e.Message.Length} caractères");
            Assert.True(e.Chemin.Length < 200, $"chemin de {e.Chemin.Length} caractères");
            Assert.All(e.Arguments.Values, a => Assert.True(a.Length <= 100, $"argument de {a.Length} caractères"));
        });
        Assert.True(new InvalidBaremeException(result.Errors).Message.Length < 2_000);
    }

    [Fact]
    public void Load_ControlCharactersInAValue_AreEscapedInTheMessage()
    {
        var e = SeuleErreur(Document(("lectureFin03", "\"x\\n  $.autre.chemin : faux [required]\\u0001\"")));

        Assert.Equal(InputErrorCodes.UnknownValue, e.Code);
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain('\u0001', e.Message);
        Assert.Contains("x\\n  $.autre", e.Message, StringComparison.Ordinal);
        Assert.Contains("\\u0001", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Arguments["valeur"]);
    }

    [Fact]
    public void Load_LongValue_IsQuotedOnItsFirst60CharactersThenAnEllipsis()
    {
        var valeur = new string('a', 59) + "bcdefgh";

        var e = SeuleErreur(Document(("lectureFin03", "\"" + valeur + "\"")));

        Assert.Contains("« " + new string('a', 59) + "b… »", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ControlCharacterInAnUnknownFieldName_IsEscapedInThePathAndMessage()
    {
        var result = BaremeLoader.Load(Document(("cibleDui", "90, \"commentaire\\n$.x\": 1")));

        var e = Assert.Single(result.Errors);
        Assert.Equal(InputErrorCodes.UnknownField, e.Code);
        Assert.DoesNotContain('\n', e.Chemin);
        Assert.DoesNotContain('\n', e.Message);
    }

    /// <summary>Every bounded parameter at its upper bound (amounts 10^9 €, sizes, ranks and tranche bounds 10^6, days
    /// 3 650, durations 120 months, rates 1, percentages 100).</summary>
    internal static readonly (string Nom, string Json)[] BornesHautes =
    {
        ("tailleMinimaleGrappe", "1000000"),
        ("tailleMinimaleGrappeCorseOutreMer", "1000000"),
        ("seuilNational", "1000000"),
        ("rangTarifReduit", "1000000"),
        ("seuilPetitOg", "1000000"),
        ("seuilPetitOgInclus", "true"),
        ("partEssmsAcquisition", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEditeurSad", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEditeurSegur", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEssmsConformite", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEditeurSegurReduitLecturePageCnsa", "1000000000"),
        ("equipementParEssms", "1000000000"),
        ("amoaMarcheParProjet", "1000000000"),
        ("amoaProjetParProjet", "1000000000"),
        ("dureeMaxConformite", "\"P120M\""),
        ("dureeMaxAcquisition", "\"P10Y\""),
        ("debutCiblesConformite", "\"P120M\""),
        ("debutCiblesAcquisition", "\"P120M\""),
        ("periodePremiereMesure", "\"P120M\""),
        ("tauxPremierVersement", "1"),
        ("tauxAvanceSons", "1"),
        ("cibleServicesSocles", "100"),
        ("cibleDui", "100"),
        ("seuilDepensesRealisees", "1"),
        ("delaiReferencementSonsJours", "3650"),
        ("tranchesSons", """[ { "code": "A", "minimum": 1, "maximum": 999999, "montantParEssms": 1000000000 }, { "code": "B", "minimum": 1000000, "maximum": null, "montantParEssms": 1000000000 } ]"""),
    };
}
