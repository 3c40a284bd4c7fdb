using System;
using System.IO;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Examples;

/// <summary>Snapshots of whole decisions (tree included) for representative examples: any change of an explanation,
/// a source, an outcome or an amount shows up as a diff to review (accept with ESMSRULES_ACCEPT_SNAPSHOTS=1).</summary>
public class DecisionSnapshotTests
{
    [Theory]
    [InlineData("05-acquisition-petit-og-segur")]
    [InlineData("07-conformite-petit-og")]
    [InlineData("08-acquisition-national-64-segur")]
    [InlineData("11-grappe-12-maturite-inconnue")]
    [InlineData("13-essms-seul-conformite")]
    [InlineData("15-essms-deja-finances")]
    public void Serialize_WorkedExample_MatchesVerifiedSnapshot(string name)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json"));
        var decision = EsmsEvaluator.Default.EvaluateJson(json).GetDecisionOrThrow();
        Snapshot.Verify(name, DecisionJsonWriter.Serialize(decision));
    }

    [Fact]
    public void Serialize_InvalidExample_MatchesVerifiedErrorsSnapshot()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "16-invalide.json"));
        var result = EsmsEvaluator.Default.EvaluateJson(json);
        Snapshot.Verify("16-invalide.erreurs", DecisionJsonWriter.SerializeErrors(result.Errors));
    }
}
