using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Examples;

/// <summary>The figures the wire contract gives beyond the verdict (<c>Suites/NAME.suites.json</c>: questions,
/// sousReserve, remedies of examples 10 and 11), through the library and through the command line.</summary>
public class SuitesExamplesTests
{
    public static IEnumerable<object[]> Names() =>
        Directory.GetFiles(Folder, "*.suites.json").Select(f => new object[] { Path.GetFileName(f)[..^".suites.json".Length] }).OrderBy(x => (string)x[0]);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Examples", "Suites");

    [Fact]
    public void Names_SuitesFolder_HoldsExamples10And11()
    {
        Assert.Equal(new[] { "10-grappe-12-non-mature", "11-grappe-12-maturite-inconnue" }, Names().Select(n => (string)n[0]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EvaluateJson_WorkedExample_MatchesTheContractsFigures(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".suites.json"))).RootElement;
        var decision = EsmsEvaluator.Default.EvaluateJson(File.ReadAllText(Dossier(name))).GetDecisionOrThrow();

        var diffs = JsonSubset.Differences(expected, JsonDocument.Parse(DecisionJsonWriter.Serialize(decision)).RootElement);

        Assert.True(diffs.Count == 0, name + ":\n" + string.Join("\n", diffs));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Cli_WorkedExample_MatchesTheContractsFigures(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".suites.json"))).RootElement;
        var stdout = new StringWriter();
        var exit = EsmsRules.Cli.Program.Run(new[] { "evaluate", Dossier(name), "--json" }, TextReader.Null, stdout, new StringWriter());

        Assert.Equal(0, exit);
        var diffs = JsonSubset.Differences(expected, JsonDocument.Parse(stdout.ToString()).RootElement);
        Assert.True(diffs.Count == 0, name + ":\n" + string.Join("\n", diffs));
    }

    private static string Dossier(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json");
}
