using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Baremes;

public class BaremeLoaderTests
{
    private static readonly string[] Identite = { "Campagne", "Libelle", "DatePublication", "Source", "Herite", "Provenance" };

    /// <summary>A value different from 2022's for every parameter, as JSON.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Autres = new Dictionary<string, string>
    {
        ["tailleMinimaleGrappe"] = "16",
        ["tailleMinimaleGrappeCorseOutreMer"] = "7",
        ["seuilNational"] = "40",
        ["rangTarifReduit"] = "40",
        ["partEssmsAcquisition"] = """{ "avantRangReduit": 7100, "aPartirDuRangReduit": 2000 }""",
        ["partEditeurSad"] = """{ "avantRangReduit": 12000, "aPartirDuRangReduit": 1100.5 }""",
        ["partEditeurSegur"] = """{ "avantRangReduit": 15000, "aPartirDuRangReduit": 3000 }""",
        ["partEditeurSegurReduitLecturePageCnsa"] = "4100",
        ["lectureFin03"] = "\"quatreMille\"",
        ["partEssmsConformite"] = """{ "avantRangReduit": 5000, "aPartirDuRangReduit": 2500 }""",
        ["seuilPetitOg"] = "16",
        ["seuilPetitOgInclus"] = "true",
        ["equipementParEssms"] = "10000",
        ["amoaMarcheParProjet"] = "0",
        ["amoaProjetParProjet"] = "90000",
        ["amoaMarcheChampsSociaux"] = "false",
        ["nonSegurAutoriseAcquisition"] = "false",
        ["lectureEssms03"] = "\"toutLogiciel\"",
        ["dureeMaxConformite"] = "\"P10M\"",
        ["dureeMaxAcquisition"] = "\"P2Y\"",
        ["debutCiblesConformite"] = "\"P5M\"",
        ["debutCiblesAcquisition"] = "\"P1Y1M\"",
        ["fenetreRegionale"] = """{ "debut": "2022-03-14", "fin": "2022-07-01" }""",
        ["fenetreNationale"] = "null",
        ["fenetreRegionaleAcquisitionMedicoSociale"] = """{ "debut": "2022-03-14", "fin": "2022-07-01" }""",
        ["tauxPremierVersement"] = "0.4",
        ["cibleServicesSocles"] = "75",
        ["cibleDui"] = "85.5",
        ["periodePremiereMesure"] = "\"P2M\"",
        ["seuilDepensesRealisees"] = "0.8",
        ["tranchesSons"] = """[ { "code": "A", "minimum": 1, "maximum": 9, "montantParEssms": 3000 }, { "code": "B", "minimum": 10, "maximum": null, "montantParEssms": 1000 } ]""",
        ["baseTrancheSons"] = "\"essmsFiness\"",
        ["tauxAvanceSons"] = "0.25",
        ["dateJoArreteMs1"] = "\"2022-02-13\"",
        ["calendriersSonsMs1"] = """[ { "publie": "2024-01-01", "finCommandes": "2024-06-30", "finSoldes": "2025-06-30", "source": "test" } ]""",
        ["dateConnaissanceCalendrierSons"] = "\"2023-06-01\"",
        ["delaiReferencementSonsJours"] = "90",
        ["categoriesFiness"] = """{ "500": "4400", "207": "4100" }""",
        ["agregatsMs1"] = """["4100", "4300", "4400"]""",
        ["grappeSousMinimumAdmise"] = "false",
        ["fenetreNationaleNonRetenu2021"] = """{ "debut": "2022-05-18", "fin": "2022-06-10" }""",
        ["dateOuvertureMs2"] = "null",
        ["dateOuvertureMs3"] = "\"2022-09-01\"",
        ["agregatsMs2"] = """["4100", "4500"]""",
        ["agregatsMs3"] = """["4600"]""",
        ["calendriersSonsMs2"] = """[ { "publie": "2024-01-01", "finCommandes": "2024-06-30", "finSoldes": "2025-06-30", "source": "test" } ]""",
        ["calendriersSonsMs3"] = """[ { "publie": "2024-01-01", "finCommandes": "2024-09-30", "finSoldes": "2025-09-30", "source": "test" } ]""",
    };

    [Fact]
    public void Noms_ComparedToBaremeProperties_AreTheirCamelCaseExceptIdentity()
    {
        var proprietes = typeof(Bareme).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && !Identite.Contains(p.Name))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1))
            .OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(proprietes, BaremeParametres.Noms.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(BaremeParametres.Noms.OrderBy(n => n, StringComparer.Ordinal), Autres.Keys.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Embedded_EveryCampaign_LoadsWithFullProvenance()
    {
        var catalogue = BaremeCatalogue.Embedded;

        Assert.Equal(new[] { "2022", "2023", "2024", "2025" }, catalogue.Connues);
        Assert.Equal("2022", catalogue.ParDefaut);
        foreach (var c in catalogue.Connues)
        {
            Assert.True(catalogue.TryGet(c, out var b));
            Assert.Equal(c, b.Campagne);
            Assert.Equal(BaremeParametres.Noms.OrderBy(n => n, StringComparer.Ordinal), b.Provenance.Keys.OrderBy(n => n, StringComparer.Ordinal));
            Assert.All(b.Provenance.Values, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        }
    }

    [Fact]
    public void Generalisation2022_ComparedToCSharpDefaults_HasTheSameValuesAndIdentity()
    {
        var json = Campagnes.Generalisation2022;
        var code = new Bareme();

        Assert.Empty(BaremeParametres.Differences(code, json));
        Assert.Equal(code.Campagne, json.Campagne);
        Assert.Equal(code.Libelle, json.Libelle);
        Assert.Equal(code.Source, json.Source);
        Assert.Equal(code.DatePublication, json.DatePublication);
        Assert.Null(json.Herite);
    }

    [Fact]
    public void LaterCampaigns_ComparedToTheirFormerCSharpDefinitions_HaveTheSameValues()
    {
        var c2023 = new Bareme() with
        {
            NonSegurAutoriseAcquisition = false,
            FenetreRegionale = new FenetreDepot(new LocalDate(2023, 1, 1), new LocalDate(2023, 9, 15)),
            FenetreNationale = new FenetreDepot(new LocalDate(2023, 1, 1), new LocalDate(2023, 9, 15)),
            FenetreNationaleNonRetenu2021 = null,
        };
        var c2024 = c2023 with { EquipementParEssms = 10_000m, FenetreRegionale = null, FenetreNationale = null };

        Assert.Empty(BaremeParametres.Differences(c2023, Campagnes.Campagne2023));
        Assert.Empty(BaremeParametres.Differences(c2024, Campagnes.Campagne2024));
        Assert.Empty(BaremeParametres.Differences(c2024, Campagnes.Campagne2025));
        Assert.Equal(new LocalDate(2023, 1, 16), Campagnes.Campagne2023.DatePublication);
        Assert.Equal(new LocalDate(2024, 2, 1), Campagnes.Campagne2024.DatePublication);
        Assert.Equal(new LocalDate(2025, 4, 16), Campagnes.Campagne2025.DatePublication);
    }

    [Theory]
    [InlineData("2023", "2022")]
    [InlineData("2024", "2023")]
    [InlineData("2025", "2024")]
    public void Campaign_ComparedToItsParent_DiffersExactlyInTheParametersItLists(string campagne, string parent)
    {
        Assert.True(Campagnes.TryGet(campagne, out var enfant));
        Assert.True(Campagnes.TryGet(parent, out var pere));
        var listes = ListedParameters(EmbeddedDocument(campagne));

        Assert.Equal(parent, enfant.Herite);
        Assert.Equal(listes.OrderBy(n => n, StringComparer.Ordinal), BaremeParametres.Differences(pere, enfant).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var nom in BaremeParametres.Noms)
        {
            if (listes.Contains(nom))
            {
                Assert.Equal(campagne, enfant.Provenance[nom].Campagne);
            }
            else
            {
                Assert.Equal(pere.Provenance[nom], enfant.Provenance[nom]);
            }
        }
    }

    /// <summary>A choice of parameters: one boolean per name of <see cref="BaremeParametres.Noms"/>.</summary>
    public static class Parametres
    {
        public static Arbitrary<bool[]> Choix() => Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), BaremeParametres.Noms.Count).ToArbitrary();
    }

    [Property(QuietOnSuccess = true, Arbitrary = new[] { typeof(Parametres) })]
    public bool Load_OverrideOfAnySubsetOfParameters_ChangesExactlyThatSubset(bool[] choix)
    {
        var noms = BaremeParametres.Noms.ToArray();
        var listes = noms.Where((_, i) => choix[i]).ToArray();
        var json = Override("2022", listes.Select(n => (n, Autres[n])));
        var b = BaremeLoader.Load(json, Campagnes.Generalisation2022).GetBaremeOrThrow();

        var differences = BaremeParametres.Differences(Campagnes.Generalisation2022, b);
        var provenancesChangees = noms.Where(n => b.Provenance[n].Campagne == "2022-test").ToArray();
        return differences.SequenceEqual(listes) && provenancesChangees.SequenceEqual(listes);
    }

    [Fact]
    public void Load_EveryParameterOverriddenAlone_ChangesOnlyThatParameter()
    {
        foreach (var nom in BaremeParametres.Noms)
        {
            var b = BaremeLoader.Load(Override("2022", new[] { (nom, Autres[nom]) }), Campagnes.Generalisation2022).GetBaremeOrThrow();
            Assert.Equal(new[] { nom }, BaremeParametres.Differences(Campagnes.Generalisation2022, b));
        }
    }

    [Fact]
    public void Load_UserCalendarOnTopOf2022_ChangesOnlyTheRegionalWindowAndKeepsCampaign()
    {
        const string json = """
            {
              "herite": "2022",
              "libelle": "ARS Occitanie 2022 : acquisitions hors champs sociaux jusqu'au 1er juillet",
              "publie": "2022-04-01",
              "source": "Webinaire ARS Occitanie, avril 2022 (seed 004)",
              "parametres": {
                "fenetreRegionale": { "valeur": { "debut": "2022-03-14", "fin": "2022-07-01" } }
              }
            }
            """;

        var b = BaremeLoader.Load(json).GetBaremeOrThrow();

        Assert.Equal("2022", b.Campagne);
        Assert.Equal("2022", b.Herite);
        Assert.Equal(new[] { "fenetreRegionale" }, BaremeParametres.Differences(Campagnes.Generalisation2022, b));
        Assert.Equal(new FenetreDepot(new LocalDate(2022, 3, 14), new LocalDate(2022, 7, 1)), b.FenetreRegionale);
        Assert.Equal(new ParametreSource("Webinaire ARS Occitanie, avril 2022 (seed 004)", new LocalDate(2022, 4, 1), "2022"), b.Provenance["fenetreRegionale"]);
        Assert.Equal(Campagnes.Generalisation2022.Provenance["equipementParEssms"], b.Provenance["equipementParEssms"]);
    }

    [Fact]
    public void Load_CompleteDocument_NeedsNoParent()
    {
        var complet = EmbeddedDocument("2022").Replace("\"campagne\": \"2022\"", "\"campagne\": \"2022-bis\"", StringComparison.Ordinal);

        var b = BaremeLoader.Load(complet).GetBaremeOrThrow();

        Assert.Equal("2022-bis", b.Campagne);
        Assert.Empty(BaremeParametres.Differences(Campagnes.Generalisation2022, b));
    }

    [Fact]
    public void Load_DocumentWithManyProblems_ListsEveryProblemWithItsPath()
    {
        const string json = """
            {
              "herite": "2022",
              "source": "test",
              "inconnu": 1,
              "parametres": {
                "equipementParEsms": { "valeur": 1 },
                "seuilNational": { "valeur": "50" },
                "amoaProjetParProjet": { "valeur": -1 },
                "equipementParEssms": { "valeur": 10000.555 },
                "rangTarifReduit": { "valeur": 49.5 },
                "tranchesSons": { "valeur": [
                  { "code": "A", "minimum": 1, "maximum": 1, "montantParEssms": 4000 },
                  { "code": "B", "minimum": 3, "maximum": 4, "montantParEssms": 2920 },
                  { "code": "C", "minimum": 5, "maximum": 10, "montantParEssms": 2190 }
                ] },
                "fenetreRegionale": { "valeur": { "debut": "2022-09-30", "fin": "2022-03-14" } },
                "fenetreNationale": { "valeur": { "debut": "2022-02-30", "fin": "2022-07-18" } },
                "tauxAvanceSons": { "valeur": 1.5 },
                "dureeMaxConformite": { "valeur": "9 mois" },
                "lectureFin03": { "valeur": "4000" },
                "seuilPetitOgInclus": { "valeur": "oui", "publie": "hier" },
                "categoriesFiness": { "valeur": { "5000": "4400", "500": "44" } },
                "cibleDui": { "valeur": 90, "remarque": "x" },
                "calendriersSonsMs1": { "valeur": [] },
                "agregatsMs1": { "source": "sans valeur" }
              }
            }
            """;

        var result = BaremeLoader.Load(json);

        Assert.False(result.IsValid);
        var attendues = new[]
        {
            (InputErrorCodes.UnknownField, "$.inconnu"),
            (InputErrorCodes.Required, "$.publie"),
            (InputErrorCodes.UnknownParameter, "$.parametres.equipementParEsms"),
            (InputErrorCodes.WrongType, "$.parametres.seuilNational.valeur"),
            (InputErrorCodes.Negative, "$.parametres.amoaProjetParProjet.valeur"),
            (InputErrorCodes.InvalidAmount, "$.parametres.equipementParEssms.valeur"),
            (InputErrorCodes.NotInteger, "$.parametres.rangTarifReduit.valeur"),
            (InputErrorCodes.TranchesNotContiguous, "$.parametres.tranchesSons.valeur[1].minimum"),
            (InputErrorCodes.TranchesNotContiguous, "$.parametres.tranchesSons.valeur[2].maximum"),
            (InputErrorCodes.InvalidWindow, "$.parametres.fenetreRegionale.valeur.fin"),
            (InputErrorCodes.InvalidDate, "$.parametres.fenetreNationale.valeur.debut"),
            (InputErrorCodes.OutOfRange, "$.parametres.tauxAvanceSons.valeur"),
            (InputErrorCodes.InvalidPeriod, "$.parametres.dureeMaxConformite.valeur"),
            (InputErrorCodes.UnknownValue, "$.parametres.lectureFin03.valeur"),
            (InputErrorCodes.WrongType, "$.parametres.seuilPetitOgInclus.valeur"),
            (InputErrorCodes.InvalidDate, "$.parametres.seuilPetitOgInclus.publie"),
            (InputErrorCodes.InvalidCategory, "$.parametres.categoriesFiness.valeur['5000']"),
            (InputErrorCodes.InvalidCategory, "$.parametres.categoriesFiness.valeur['500']"),
            (InputErrorCodes.UnknownField, "$.parametres.cibleDui.remarque"),
            (InputErrorCodes.Required, "$.parametres.calendriersSonsMs1.valeur"),
            (InputErrorCodes.Required, "$.parametres.agregatsMs1.valeur"),
        };
        Assert.Equal(attendues.OrderBy(a => a.Item2, StringComparer.Ordinal).ThenBy(a => a.Item1, StringComparer.Ordinal),
            result.Errors.Select(e => (e.Code, e.Chemin)).OrderBy(a => a.Item2, StringComparer.Ordinal).ThenBy(a => a.Item1, StringComparer.Ordinal));
        var ex = Assert.Throws<InvalidBaremeException>(() => result.GetBaremeOrThrow());
        Assert.Equal(attendues.Length, ex.Errors.Count);
    }

    [Fact]
    public void Load_DocumentWithoutParentListingTwoParameters_ListsEveryMissingParameter()
    {
        const string json = """
            { "campagne": "X", "libelle": "x", "publie": "2022-01-01", "source": "x",
              "parametres": { "seuilNational": { "valeur": 50 }, "cibleDui": { "valeur": 90 } } }
            """;

        var result = BaremeLoader.Load(json);

        var manquants = BaremeParametres.Noms.Except(new[] { "seuilNational", "cibleDui" }).Select(n => "$.parametres." + n);
        Assert.Equal(manquants, result.Errors.Select(e => e.Chemin));
        Assert.All(result.Errors, e => Assert.Equal(InputErrorCodes.Required, e.Code));
    }

    [Theory]
    [InlineData("{ \"herite\": \"2019\", \"publie\": \"2022-01-01\", \"source\": \"x\", \"parametres\": {} }", InputErrorCodes.UnknownParent, "$.herite")]
    [InlineData("{ \"publie\": \"2022-01-01\", \"source\": \"x\", \"parametres\": {} ", InputErrorCodes.MalformedJson, "$")]
    [InlineData("[]", InputErrorCodes.WrongType, "$")]
    [InlineData("{ \"herite\": \"2022\", \"publie\": \"2022-01-01\", \"source\": \"x\", \"parametres\": [] }", InputErrorCodes.WrongType, "$.parametres")]
    [InlineData("{ \"herite\": \"2022\", \"publie\": \"2022-01-01\", \"source\": \"x\" }", InputErrorCodes.Required, "$.parametres")]
    public void Load_BrokenDocument_IsRefusedWithCodeAndPath(string json, string code, string chemin)
    {
        var result = BaremeLoader.Load(json);

        var e = Assert.Single(result.Errors);
        Assert.Equal((code, chemin), (e.Code, e.Chemin));
    }

    [Fact]
    public void Load_HeriteDifferentFromTheGivenParent_IsRefused()
    {
        var result = BaremeLoader.Load("{ \"herite\": \"2023\", \"publie\": \"2022-01-01\", \"source\": \"x\", \"parametres\": {} }", Campagnes.Generalisation2022);

        var e = Assert.Single(result.Errors);
        Assert.Equal((InputErrorCodes.ParentMismatch, "$.herite"), (e.Code, e.Chemin));
    }

    [Fact]
    public void CatalogueLoad_CycleUnknownParentAndDuplicate_ListsEveryProblem()
    {
        var racine = EmbeddedDocument("2022");
        static string Doc(string campagne, string herite) =>
            $$"""{ "campagne": "{{campagne}}", "herite": "{{herite}}", "publie": "2022-01-01", "source": "x", "parametres": {} }""";

        var result = BaremeCatalogue.Load(new[] { racine, Doc("A", "B"), Doc("B", "A"), Doc("C", "1999"), Doc("2022", "A"), Doc("D", "2022") });

        Assert.False(result.IsValid);
        Assert.Equal(
            new[]
            {
                (InputErrorCodes.DuplicateCampaign, "$[4].campagne"),
                (InputErrorCodes.InheritanceCycle, "$[1].herite"),
                (InputErrorCodes.InheritanceCycle, "$[2].herite"),
                (InputErrorCodes.UnknownParent, "$[3].herite"),
            },
            result.Errors.Select(e => (e.Code, e.Chemin)));
    }

    [Fact]
    public void CatalogueLoad_ChainInAnyOrder_ResolvesParentsFirst()
    {
        static string Doc(string campagne, string herite, string equipement) =>
            $$"""{ "campagne": "{{campagne}}", "herite": "{{herite}}", "publie": "2022-01-01", "source": "x", "parametres": { "equipementParEssms": { "valeur": {{equipement}} } } }""";

        var catalogue = BaremeCatalogue.Load(new[] { Doc("C", "B", "3"), Doc("B", "A", "2"), EmbeddedDocument("2022").Replace("\"2022\",", "\"A\",", StringComparison.Ordinal) })
            .GetCatalogueOrThrow();

        Assert.Equal(new[] { "A", "B", "C" }, catalogue.Connues);
        Assert.Equal("A", catalogue.ParDefaut);
        Assert.True(catalogue.TryGet("C", out var c));
        Assert.Equal(3m, c.EquipementParEssms);
        Assert.Equal("B", c.Herite);
    }

    [Theory]
    [InlineData("2022")]
    [InlineData("2023")]
    [InlineData("2024")]
    [InlineData("2025")]
    public void Serialize_EmbeddedCampaign_ReadsBackToTheSameValuesAndProvenance(string campagne)
    {
        Assert.True(Campagnes.TryGet(campagne, out var b));

        var relu = BaremeLoader.Load(BaremeJsonWriter.Serialize(b)).GetBaremeOrThrow();

        Assert.Empty(BaremeParametres.Differences(b, relu));
        Assert.Equal((b.Campagne, b.Libelle, b.Source, b.DatePublication), (relu.Campagne, relu.Libelle, relu.Source, relu.DatePublication));
        Assert.All(BaremeParametres.Noms, n => Assert.Equal((b.Provenance[n].Source, b.Provenance[n].Publie), (relu.Provenance[n].Source, relu.Provenance[n].Publie)));
    }

    [Property(QuietOnSuccess = true, Arbitrary = new[] { typeof(Parametres) })]
    public bool Serialize_AnyOverride_ReadsBackToTheSameValues(bool[] choix)
    {
        var noms = BaremeParametres.Noms.ToArray();
        var json = Override("2022", noms.Where((_, i) => choix[i]).Select(n => (n, Autres[n])));
        var b = BaremeLoader.Load(json, Campagnes.Generalisation2022).GetBaremeOrThrow();
        var relu = BaremeLoader.Load(BaremeJsonWriter.Serialize(b)).GetBaremeOrThrow();
        return BaremeParametres.Differences(b, relu).Count == 0;
    }

    internal static string EmbeddedDocument(string campagne)
    {
        using var s = typeof(Bareme).Assembly.GetManifestResourceStream("EsmsRules.Baremes.Campagnes." + campagne + ".json")
            ?? throw new InvalidOperationException("resource " + campagne);
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    }

    private static HashSet<string> ListedParameters(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("parametres").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static string Override(string herite, IEnumerable<(string Nom, string Json)> valeurs) =>
        "{ \"campagne\": \"" + herite + "-test\", \"herite\": \"" + herite + "\", \"publie\": \"2024-01-01\", \"source\": \"test\", \"parametres\": { "
        + string.Join(", ", valeurs.Select(v => "\"" + v.Nom + "\": { \"valeur\": " + v.Json + " }")) + " } }";
}
