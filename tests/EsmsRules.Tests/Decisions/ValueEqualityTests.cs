using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using EsmsRules.Tests.Baremes;
using Xunit;

namespace EsmsRules.Tests.Decisions;

/// <summary>Records holding lists compare by value: two evaluations of the same dossier give equal decisions (apart
/// from the tree: <see cref="DecisionNode"/> still compares by reference while it is redesigned), two reads of the same
/// dossier or barème give equal records, and they print their lists.</summary>
public class ValueEqualityTests
{
    public static IEnumerable<object[]> Exemples() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json")
            .Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal))
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) })
            .OrderBy(x => (string)x[0], StringComparer.Ordinal);

    private static string Json(string nom) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", nom + ".json"));

    [Theory]
    [MemberData(nameof(Exemples))]
    public void EvaluateJson_SameExampleTwice_GivesEqualDecisionsApartFromTheTree(string nom)
    {
        var a = new EsmsEvaluator().EvaluateJson(Json(nom));
        var b = new EsmsEvaluator().EvaluateJson(Json(nom));

        if (!a.IsValid)
        {
            Assert.Equal(a.Errors, b.Errors);
            return;
        }

        // The tree (DecisionNode) compares by reference: the decisions are compared with the same tree.
        var da = a.Decision!;
        var db = b.Decision! with { Arbre = da.Arbre };
        Assert.Equal(da, db);
        Assert.Equal(da.GetHashCode(), db.GetHashCode());
        Assert.Equal(da.Financement, db.Financement);
        Assert.Equal(da.Bareme, db.Bareme);
    }

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Evaluate_SameExampleWithAndWithoutExplanations_GivesEqualFiguresNotEqualBaremeValues(string nom)
    {
        if (!DossierJsonReader.TryRead(Json(nom), out var dossier, out _))
        {
            return;
        }

        var avec = EsmsEvaluator.Default.Evaluate(dossier!).GetDecisionOrThrow();
        var sans = new EsmsEvaluator(new EvaluationOptions { Explications = false }).Evaluate(dossier!).GetDecisionOrThrow();

        Assert.Equal(avec.Financement, sans.Financement);
        Assert.Equal(avec.PrestationSegur, sans.PrestationSegur);
        Assert.Equal(avec.ReglesNonSatisfaites, sans.ReglesNonSatisfaites);
        Assert.Equal(avec.SecondVersement, sans.SecondVersement);
        Assert.NotEqual(avec.Bareme, sans.Bareme); // its values are listed only with explanations
    }

    [Fact]
    public void Decisions_OfTwoDifferentExamples_AreNotEqual()
    {
        var a = EsmsEvaluator.Default.EvaluateJson(Json("01-acquisition-46-segur")).GetDecisionOrThrow();
        var b = EsmsEvaluator.Default.EvaluateJson(Json("02-acquisition-46-sad")).GetDecisionOrThrow();

        Assert.NotEqual(a with { Arbre = b.Arbre }, b);
        Assert.NotEqual(a.Financement, b.Financement);
    }

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Read_SameDossierTwice_GivesEqualDossiers(string nom)
    {
        var lu1 = DossierJsonReader.TryRead(Json(nom), out var a, out var erreursA);
        DossierJsonReader.TryRead(Json(nom), out var b, out var erreursB);

        if (lu1)
        {
            Assert.Equal(a, b);
            Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
            Assert.Equal(a.OrganismesGestionnaires[0], b.OrganismesGestionnaires[0]);
        }
        else
        {
            Assert.Equal(erreursA, erreursB);
        }
    }

    [Fact]
    public void Load_SameBaremeDocumentTwice_GivesEqualBaremes()
    {
        var json = BaremeLoaderTests.EmbeddedDocument("2022");

        var a = BaremeLoader.Load(json).GetBaremeOrThrow();
        var b = BaremeLoader.Load(json).GetBaremeOrThrow();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(Campagnes.Generalisation2022, a);
        Assert.NotEqual(a, a with { TranchesSons = a.TranchesSons.Take(5).Append(new TrancheSons("F", 100, null, 1m)).ToArray() });
    }

    [Fact]
    public void InputErrors_WithEqualArguments_AreEqual()
    {
        var a = new InputError("c", "$", "m", new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" });
        var b = new InputError("c", "$", "m", new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new InputError("c", "$", "m"), new InputError("c", "$", "m", new Dictionary<string, string>()));
    }

    [Fact]
    public void ToString_RecordsHoldingLists_PrintTheirElements()
    {
        var d = EsmsEvaluator.Default.EvaluateJson(Json("01-acquisition-46-segur")).GetDecisionOrThrow();

        Assert.Contains("ParOrganisme = [FinancementOrganisme {", d.Financement.ToString(), StringComparison.Ordinal);
        Assert.Contains("ReferencementsAcceptes = [Segur", d.ToString(), StringComparison.Ordinal);
    }
}
