using System.Linq;
using System.Text.Json;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Xunit;
using static EsmsRules.Tests.Engine.Suites.SuitesVerification;

namespace EsmsRules.Tests.Engine.Suites;

/// <summary><c>questions</c>: the missing inputs read from the tree, one per field, with where they are missing, the
/// rules that named them and whether the verdict waits for them, blocking first, then most rules, then by name.</summary>
public class QuestionsTests
{
    [Fact]
    public void Questions_Example11_AsksForTheMaturityThatHoldsTheVerdict()
    {
        var d = Evaluer(Exemple("11-grappe-12-maturite-inconnue"));

        var q = Assert.Single(d.Questions);
        Assert.Equal("maitriseOuvrageMature", q.Champ);
        Assert.Equal(new[] { "$.maitriseOuvrageMature" }, q.Chemins);
        Assert.Equal(new[] { "GRAPPE-03" }, q.Regles);
        Assert.True(q.Bloquant);
    }

    [Fact]
    public void Questions_SeveralMissingInputs_BlockingFirstThenMostRulesThenName()
    {
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json["representativiteNationale"] = null;
        json["dureePrevueMois"] = null;
        var essms = json["organismesGestionnaires"]![0]!["essms"]!.AsArray();
        essms[10]!["relevantL312_1"] = null;
        essms[2]!["relevantL312_1"] = null;
        essms[2]!["activitesConfort"] = null;

        var d = Evaluer(json);

        Assert.Equal(
            new[] { "representativiteNationale", "maitriseOuvrageMature", "activitesConfort", "dureePrevueMois", "relevantL312_1" },
            d.Questions.Select(q => q.Champ));
        var rep = d.Questions[0];
        Assert.Equal(new[] { "GRAPPE-03", "ORIENT-02" }, rep.Regles);
        Assert.True(rep.Bloquant);
        Assert.True(d.Questions[1].Bloquant);
        Assert.All(d.Questions.Skip(2), q => Assert.False(q.Bloquant));
        Assert.Equal(new[] { "ESSMS-04" }, d.Questions[2].Regles);
        Assert.Equal(new[] { "PROJET-06" }, d.Questions[3].Regles);
        Assert.Equal(
            new[] { "$.organismesGestionnaires[0].essms[2].relevantL312_1", "$.organismesGestionnaires[0].essms[10].relevantL312_1" },
            d.Questions[4].Chemins);
        Assert.Equal(d.DonneesManquantes.OrderBy(x => x, System.StringComparer.Ordinal), d.Questions.Select(q => q.Champ).OrderBy(x => x, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Questions_WithoutExplanations_SameQuestions()
    {
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json["representativiteNationale"] = null;
        json["organismesGestionnaires"]![0]!["essms"]![4]!["financementEsmsNumeriqueAnterieur"] = null;

        var avec = Evaluer(json);
        var sans = Evaluer(json, new EvaluationOptions { Explications = false });

        Assert.Equal(avec.Questions, sans.Questions);
        Assert.Contains(sans.Questions, q => q.Chemins.SequenceEqual(new[] { "$.organismesGestionnaires[0].essms[4].financementEsmsNumeriqueAnterieur" }));
    }

    [Fact]
    public void Questions_NothingMissing_EmptyAndWrittenAsAnEmptyList()
    {
        var d = Evaluer(Exemple("01-acquisition-46-segur"));

        Assert.Empty(d.Questions);
        using var json = JsonDocument.Parse(DecisionJsonWriter.Serialize(d, inclureArbre: false));
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("questions").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public void Serialize_Question_WritesChampCheminsReglesBloquantInThatOrder()
    {
        var d = Evaluer(Exemple("11-grappe-12-maturite-inconnue"));

        var texte = DecisionJsonWriter.Serialize(d, indented: false, inclureArbre: false);

        Assert.Contains("\"questions\":[{\"champ\":\"maitriseOuvrageMature\",\"chemins\":[\"$.maitriseOuvrageMature\"],\"regles\":[\"GRAPPE-03\"],\"bloquant\":true}]", texte, System.StringComparison.Ordinal);
    }
}
