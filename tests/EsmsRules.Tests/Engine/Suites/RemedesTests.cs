using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Xunit;
using static EsmsRules.Tests.Engine.Suites.SuitesVerification;

namespace EsmsRules.Tests.Engine.Suites;

/// <summary><c>remedes</c>: the changes that make a refused dossier recevable, each checked by evaluating the changed
/// dossier (here again through the JSON, independently of the library's copy), fewest changed facts first, then
/// highest total.</summary>
public class RemedesTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Fact]
    public void Remedes_Example10_PartnerOgThenMatureMaitriseOuvrage()
    {
        var json = Exemple("10-grappe-12-non-mature");
        var d = Evaluer(json);

        Assert.Equal(2, d.Remedes!.Count);
        var partenaire = d.Remedes[0];
        Assert.Equal(new[] { "GRAPPE-03" }, partenaire.Regles);
        Assert.Equal("Se regrouper avec un OG apportant 3 ESSMS (12 → 15)", partenaire.Changement);
        Assert.True(partenaire.Recevable);
        Assert.Equal(737_500m, partenaire.Total);
        var mature = d.Remedes[1];
        Assert.Equal(new[] { "GRAPPE-03" }, mature.Regles);
        Assert.Equal(613_000m, mature.Total);
        Assert.Equal(new[] { new Modification("$.maitriseOuvrageMature", "true") }, mature.Modifications);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void Remedes_Example10PartnerOg_LikeTheMajorityWithNewValidFinessAndNoFinessCount()
    {
        var json = Exemple("10-grappe-12-non-mature");
        var d = Evaluer(json);

        var m = Assert.Single(d.Remedes![0].Modifications);
        Assert.Equal("$.organismesGestionnaires[1]", m.Chemin);
        var og = JsonNode.Parse(m.Valeur)!.AsObject();
        Assert.False(og.ContainsKey("nombreEssmsFiness"));
        Assert.True(og["autodiagnosticFourni"]!.GetValue<bool>());
        var essms = og["essms"]!.AsArray();
        Assert.Equal(3, essms.Count);
        var existants = json.ToJsonString();
        foreach (var finess in essms.Select(e => e!["finessGeographique"]!.GetValue<string>()).Append(og["finessJuridique"]!.GetValue<string>()))
        {
            Assert.True(Finess.TryParse(finess, out var f) && f.CleVerifiee, finess);
            Assert.StartsWith("31", finess, System.StringComparison.Ordinal);
            Assert.DoesNotContain(finess, existants, System.StringComparison.Ordinal);
        }

        Assert.All(essms, e => Assert.Equal("PA", e!["champ"]!.GetValue<string>()));
    }

    [Fact]
    public void Remedes_StrictMinimum_OnlyThePartnerOg()
    {
        var json = Exemple("10-grappe-12-non-mature");
        var options = new EvaluationOptions { Bareme = global::EsmsRules.Baremes.Campagnes.Generalisation2022 with { GrappeSousMinimumAdmise = false } };

        var d = Evaluer(json, options);

        var r = Assert.Single(d.Remedes!);
        Assert.StartsWith("Se regrouper avec un OG apportant 3 ESSMS", r.Changement, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Remedes_NoEligibleEssms_NothingProposedWithoutEvaluating()
    {
        // GRAPPE-01 with n = 0: nothing in the dossier can be made eligible.
        var json = Exemple("10-grappe-12-non-mature");
        foreach (var e in json["organismesGestionnaires"]![0]!["essms"]!.AsArray())
        {
            e!["relevantL312_1"] = false;
        }

        var decision = Evaluer(json, new EvaluationOptions { Remedes = false });
        Assert.Contains("GRAPPE-01", decision.ReglesNonSatisfaites);
        var suites = new global::EsmsRules.Engine.Suites(JeuDeRegles.ParDefaut, global::EsmsRules.Baremes.Campagnes.Generalisation2022);

        var d = suites.Completer(decision, Lire(json));

        Assert.Empty(d.Remedes!);
        Assert.Equal(0, suites.Evaluations);
    }

    [Fact]
    public void Remedes_FewestChangedFactsFirst_EvenWithALowerTotal()
    {
        // 12 ESSMS retained + 3 excluded by ESSMS-05 (no agreement of their national entity), a large OG: the partner
        // OG (1 fact, 497 500 €), the mature maîtrise d'ouvrage (1 fact, 258 000 €), then the three agreements
        // (3 facts, 322 500 €).
        var json = Exemple("10-grappe-12-non-mature");
        var og = json["organismesGestionnaires"]![0]!.AsObject();
        og["nombreEssmsFiness"] = 1000;
        var essms = og["essms"]!.AsArray();
        foreach (var serie in new[] { "310010145", "310010152", "310010160" })
        {
            var e = essms[0]!.DeepClone().AsObject();
            e["finessGeographique"] = serie;
            e["rattacheEntiteNationale"] = true;
            essms.Add(e);
        }

        var d = Evaluer(json);

        Assert.Equal(12, d.EssmsRetenus);
        Assert.Equal(new[] { 1, 1, 3 }, d.Remedes!.Select(r => r.Modifications.Count));
        Assert.Equal(new[] { 12 * 21_500m + (3 * 21_500m) + (3 * 20_000m) + 15_000m + 100_000m, 12 * 21_500m, 15 * 21_500m }, d.Remedes!.Select(r => r.Total));
        Assert.Equal(new[] { "ESSMS-05", "GRAPPE-03" }, d.Remedes![2].Regles);
        Assert.Equal("Fournir l'accord écrit de l'entité nationale pour 3 ESSMS exclus (12 → 15 ESSMS)", d.Remedes![2].Changement);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void Remedes_NoSingleChangeWorks_OneCombinedRemedy()
    {
        // Example 10 in the social champs with a solution only in the SAD: GRAPPE-03 and PROJET-02 both refuse; no
        // single change is enough, the partner OG with a Ségur-referenced solution is.
        var json = Exemple("10-grappe-12-non-mature");
        Social(json);
        json["editeur"]!["referenceSegur"] = false;

        var d = Evaluer(json);

        Assert.Equal(new[] { "GRAPPE-03", "PROJET-02" }, d.ReglesNonSatisfaites);
        var r = Assert.Single(d.Remedes!);
        Assert.Equal(new[] { "GRAPPE-03", "PROJET-02" }, r.Regles);
        Assert.Equal("Se regrouper avec un OG apportant 3 ESSMS (12 → 15) ; Choisir une solution référencée Ségur", r.Changement);
        Assert.Equal(2, r.Modifications.Count);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void Remedes_SolutionOutsideSadAndSegur_ReferencedInBoth()
    {
        var json = Exemple("01-acquisition-46-segur");
        json["editeur"]!["referenceSegur"] = false;
        json["editeur"]!["referenceSad"] = false;

        var d = Evaluer(json);

        var r = Assert.Single(d.Remedes!);
        Assert.Equal(new[] { "ACHAT-01", "PROJET-01" }, r.Regles);
        Assert.Equal("Choisir une solution référencée Ségur et au SAD", r.Changement);
        Assert.Equal(989_000m, r.Total);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void Remedes_MissingSelfDiagnoses_ProvidedForEveryOgAtOnce()
    {
        var json = Exemple("18-devis-trois-og-au-centime");
        foreach (var og in json["organismesGestionnaires"]!.AsArray())
        {
            og!["autodiagnosticFourni"] = false;
        }

        var d = Evaluer(json);

        var r = Assert.Single(d.Remedes!);
        Assert.Equal(new[] { "PROJET-05" }, r.Regles);
        Assert.Equal(json["organismesGestionnaires"]!.AsArray().Count, r.Modifications.Count);
        Assert.StartsWith("Fournir l'autodiagnostic ANAP (maturité et sécurité du SI) des ", r.Changement, System.StringComparison.Ordinal);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void Remedes_FiledAfterTheWindow_LastDayOfTheWindow()
    {
        var json = Exemple("01-acquisition-46-segur");
        json["dateDepot"] = "2022-10-01";

        var d = Evaluer(json);

        var r = Assert.Single(d.Remedes!);
        Assert.Equal(new[] { "PROJET-07" }, r.Regles);
        Assert.Equal(new[] { new Modification("$.dateDepot", "\"2022-09-30\"") }, r.Modifications);
        Assert.Contains("30/09/2022", r.Changement, System.StringComparison.Ordinal);
        Assert.Contains("ne connaît pas la date du jour", r.Changement, System.StringComparison.Ordinal);
        Assert.Equal(989_000m, r.Total);
    }

    [Fact]
    public void Remedes_RecevableAcquisitionOutsideSegur_WhatASegurSolutionAdds()
    {
        var json = Exemple("02-acquisition-46-sad");
        var d = Evaluer(json);

        var r = Assert.Single(d.Remedes!);
        Assert.Equal(new[] { "FIN-03" }, r.Regles);
        Assert.Equal(989_000m, r.Total);
        Assert.Equal("Choisir une solution référencée Ségur : le total passerait de 874 000 € à 989 000 € (+115 000 €)", r.Changement);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Theory]
    [InlineData("01-acquisition-46-segur")]
    [InlineData("03-conformite-35")]
    [InlineData("11-grappe-12-maturite-inconnue")]
    public void Remedes_NothingToSay_Empty(string exemple)
    {
        var d = Evaluer(Exemple(exemple));

        Assert.NotNull(d.Remedes);
        Assert.Empty(d.Remedes);
    }

    [Fact]
    public void Remedes_Budget_NoMoreEvaluationsThanAllowed()
    {
        var json = Exemple("10-grappe-12-non-mature");
        var decision = Evaluer(json, new EvaluationOptions { Remedes = false });
        var suites = new global::EsmsRules.Engine.Suites(JeuDeRegles.ParDefaut, global::EsmsRules.Baremes.Campagnes.Generalisation2022, budget: 1);

        var d = suites.Completer(decision, Lire(json));

        Assert.Equal(1, suites.Evaluations);
        var r = Assert.Single(d.Remedes!);
        Assert.Equal(737_500m, r.Total);
    }

    [Fact]
    public void EvaluationOptions_RemedesOff_NeitherComputedNorWritten()
    {
        var d = Evaluer(Exemple("10-grappe-12-non-mature"), new EvaluationOptions { Remedes = false });

        Assert.Null(d.Remedes);
        Assert.Null(d.SousReserve);
        using var json = JsonDocument.Parse(DecisionJsonWriter.Serialize(d, inclureArbre: false));
        Assert.False(json.RootElement.TryGetProperty("remedes", out _));
        Assert.False(json.RootElement.TryGetProperty("sousReserve", out _));
        Assert.True(json.RootElement.TryGetProperty("questions", out _));
    }

    [Fact]
    public void Serialize_Remede_WritesTheContractShape()
    {
        var d = Evaluer(Exemple("10-grappe-12-non-mature"));

        var texte = DecisionJsonWriter.Serialize(d, indented: false, inclureArbre: false);

        Assert.Contains("\"remedes\":[{\"regles\":[\"GRAPPE-03\"],\"changement\":\"Se regrouper avec un OG apportant 3 ESSMS (12 → 15)\",\"recevable\":true,\"total\":737500},", texte, System.StringComparison.Ordinal);
        Assert.DoesNotContain("modifications", texte, System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Remedes_EveryWorkedExample_EachChangeAppliedGivesItsVerdictAndTotal(string fichier)
    {
        var json = File.ReadAllText(fichier);
        var r = EsmsEvaluator.Default.EvaluateJson(json);
        if (r.IsValid)
        {
            VerifierChangements(json, r.Decision!);
        }
    }

    public static TheoryData<string> Exemples()
    {
        var data = new TheoryData<string>();
        foreach (var f in DossierMutations.Exemples)
        {
            data.Add(f);
        }

        return data;
    }

    private static void Social(JsonObject json)
    {
        json["porteur"]!["champ"] = "PDS";
        foreach (var e in json["organismesGestionnaires"]![0]!["essms"]!.AsArray())
        {
            e!["champ"] = "PDS";
        }
    }

    private static EsmsRules.Model.Dossier Lire(JsonObject json)
    {
        Assert.True(DossierJsonReader.TryRead(json.ToJsonString(Json), out var dossier, out _));
        return dossier!;
    }
}
