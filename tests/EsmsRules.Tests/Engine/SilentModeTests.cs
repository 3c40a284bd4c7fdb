using System.IO;
using System.Linq;
using EsmsRules.Engine;
using Xunit;

namespace EsmsRules.Tests.Engine;

public class SilentModeTests
{
    public static TheoryData<string> Examples() => new()
    {
        "03-conformite-35", "05-acquisition-petit-og-segur", "11-grappe-12-maturite-inconnue", "13-essms-seul-conformite",
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_WithoutExplanations_SameDecisionSameTreeShapeAndNoText(string name)
    {
        var json = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Examples", name + ".json"));
        var full = EsmsEvaluator.Default.EvaluateJson(json).GetDecisionOrThrow();
        var silent = new EsmsEvaluator(new EvaluationOptions { Explications = false }).EvaluateJson(json).GetDecisionOrThrow();

        Assert.Equal(full.Financement with { ParOrganisme = null! }, silent.Financement with { ParOrganisme = null! });
        Assert.Equal(full.ReglesNonSatisfaites, silent.ReglesNonSatisfaites);
        Assert.Equal(full.AApprecier, silent.AApprecier);
        Assert.Equal(full.DonneesManquantes, silent.DonneesManquantes);
        Assert.Equal(
            full.Arbre.DescendantsAndSelf().Select(n => (n.Regle, n.Resultat, n.Montant)),
            silent.Arbre.DescendantsAndSelf().Select(n => (n.Regle, n.Resultat, n.Montant)));
        Assert.All(silent.Arbre.DescendantsAndSelf(), n => Assert.Equal(string.Empty, n.Explication));
    }
}
