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

/// <summary>Records holding lists, and the decision tree, compare by value: two evaluations of the same dossier give equal
/// decisions, tree included, two reads of the same dossier or barème give equal records, and they print their
/// lists.</summary>
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
    public void EvaluateJson_SameExampleTwice_GivesEqualDecisionsTreeIncluded(string nom)
    {
        var a = new EsmsEvaluator().EvaluateJson(Json(nom));
        var b = new EsmsEvaluator().EvaluateJson(Json(nom));

        if (!a.IsValid)
        {
            Assert.Equal(a.Errors, b.Errors);
            return;
        }

        Assert.NotSame(a.Decision.Arbre, b.Decision!.Arbre);
        Assert.Equal(a.Decision, b.Decision);
        Assert.Equal(a.Decision.GetHashCode(), b.Decision.GetHashCode());
        Assert.Equal(a.Decision.Arbre, b.Decision.Arbre);
        Assert.Equal(a.Decision.Arbre.GetHashCode(), b.Decision.Arbre.GetHashCode());
        Assert.Equal(a.Decision.Financement, b.Decision.Financement);
        Assert.Equal(a.Decision.Bareme, b.Decision.Bareme);
    }

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Evaluate_SameExampleWithAndWithoutExplanations_GivesTreesThatAreNotEqual(string nom)
    {
        if (!DossierJsonReader.TryRead(Json(nom), out var dossier, out _))
        {
            return;
        }

        var avec = EsmsEvaluator.Default.Evaluate(dossier).GetDecisionOrThrow();
        var sans = new EsmsEvaluator(new EvaluationOptions { Explications = false }).Evaluate(dossier).GetDecisionOrThrow();

        Assert.NotEqual(avec.Arbre, sans.Arbre); // the explanations are empty without explanations
        Assert.NotEqual(avec, sans);
    }

    [Fact]
    public void Equals_DecisionsOfADossierWithOneEuroMore_AreNotEqualAndNeitherAreTheirTrees()
    {
        DossierJsonReader.TryRead(Json("18-devis-trois-og-au-centime"), out var dossier, out _);
        var plus = dossier! with { Editeur = dossier.Editeur with { Devis = dossier.Editeur.Devis + 1m } };

        var a = EsmsEvaluator.Default.Evaluate(dossier).GetDecisionOrThrow();
        var b = EsmsEvaluator.Default.Evaluate(plus).GetDecisionOrThrow();

        Assert.NotEqual(a.Financement.Total, b.Financement.Total);
        Assert.NotEqual(a, b);
        Assert.NotEqual(a.Arbre, b.Arbre);
        Assert.NotEqual(a with { Arbre = b.Arbre }, b);
        Assert.NotEqual(a.Arbre.Find("FIN-05"), b.Arbre.Find("FIN-05"));
        Assert.Equal(a.Arbre.Find("ELIGIBILITE"), b.Arbre.Find("ELIGIBILITE"));
    }

    [Fact]
    public void Equals_NodesDifferingOnlyByTheirExplanationOrAChild_AreNotEqual()
    {
        var feuille = DecisionNode.Create("X-01", "Titre", Resultat.Satisfied, "Texte.", "Source", 10m);
        var memeFeuille = DecisionNode.Create("X-01", "Titre", Resultat.Satisfied, "Texte.", "Source", 10m);
        var autreTexte = DecisionNode.Create("X-01", "Titre", Resultat.Satisfied, "Autre texte.", "Source", 10m);
        var parent = DecisionNode.Create("X", "Titre", Resultat.Satisfied, "", "Source", enfants: new[] { feuille });
        var memeParent = DecisionNode.Create("X", "Titre", Resultat.Satisfied, "", "Source", enfants: new[] { memeFeuille });
        var autreEnfant = DecisionNode.Create("X", "Titre", Resultat.Satisfied, "", "Source", enfants: new[] { autreTexte });

        Assert.Equal(feuille, memeFeuille);
        Assert.True(feuille == memeFeuille);
        Assert.Equal(feuille.GetHashCode(), memeFeuille.GetHashCode());
        Assert.NotEqual(feuille, autreTexte);
        Assert.True(feuille != autreTexte);
        Assert.Equal(parent, memeParent);
        Assert.NotEqual(parent, autreEnfant);
        Assert.NotEqual(feuille, DecisionNode.Create("X-01", "Titre", Resultat.Satisfied, "Texte.", "Source", 11m));
        Assert.NotEqual(feuille, DecisionNode.Create("X-01", "Titre", Resultat.Satisfied, "Texte.", "Source", 10m, new[] { new EntreeLue("$.a", "1") }));
        Assert.False(feuille.Equals(null));
    }

    [Fact]
    public void ToString_Node_ShowsTheRuleTheOutcomeTheAmountTheExplanationAndTheChildren()
    {
        var d = EsmsEvaluator.Default.EvaluateJson(Json("01-acquisition-46-segur")).GetDecisionOrThrow();

        var fin03 = d.Arbre.Find("FIN-03")!.ToString();
        var racine = d.Arbre.ToString();

        Assert.StartsWith("FIN-03 [Satisfied] ", fin03, StringComparison.Ordinal);
        Assert.Contains(" € : ", fin03, StringComparison.Ordinal);
        Assert.EndsWith($"({d.Arbre.Enfants.Count} enfants)", racine, StringComparison.Ordinal);
        Assert.All(Noeuds(d.Arbre).Where(n => n.Enfants.Count > 0), n => Assert.EndsWith(
            n.Enfants.Count == 1 ? "(1 enfant)" : $"({n.Enfants.Count} enfants)", n.ToString(), StringComparison.Ordinal));
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

        Assert.NotEqual(a, b);
        Assert.NotEqual(a.Arbre, b.Arbre);
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

    private static IEnumerable<DecisionNode> Noeuds(DecisionNode n) => new[] { n }.Concat(n.Enfants.SelectMany(Noeuds));
}
