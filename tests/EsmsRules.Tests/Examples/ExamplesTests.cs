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

/// <summary>
/// The worked examples of the workplace (copied into this folder, see README.md): every field of each
/// <c>.attendu.json</c> must match, through the library and through the command line.
/// </summary>
public class ExamplesTests
{
    public static IEnumerable<object[]> Names() =>
        Directory.GetFiles(Folder, "*.attendu.json").Select(f => new object[] { Path.GetFileName(f)[..^".attendu.json".Length] }).OrderBy(x => (string)x[0]);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Examples");

    [Fact]
    public void Names_ExamplesFolder_HoldsTheTwentyFourExamples()
    {
        Assert.Equal(24, Names().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EvaluateJson_WorkedExample_MatchesEveryExpectedField(string name)
    {
        var (dossier, expected) = Load(name);
        var result = EsmsEvaluator.Default.EvaluateJson(dossier);
        if (expected.TryGetProperty("exitCode", out var code))
        {
            Assert.Equal(2, code.GetInt32());
            Assert.False(result.IsValid);
            AssertErrors(expected, result.Errors.Select(e => e.Code));
            return;
        }

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var actual = JsonDocument.Parse(DecisionJsonWriter.Serialize(result.Decision!)).RootElement;
        var diffs = JsonSubset.Differences(expected, actual);
        Assert.True(diffs.Count == 0, name + ":\n" + string.Join("\n", diffs));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Cli_WorkedExample_MatchesEveryExpectedFieldAndExitCode(string name)
    {
        var (_, expected) = Load(name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = EsmsRules.Cli.Program.Run(new[] { "evaluate", Path.Combine(Folder, name + ".json"), "--json" }, TextReader.Null, stdout, stderr);
        if (expected.TryGetProperty("exitCode", out var code))
        {
            Assert.Equal(code.GetInt32(), exit);
            Assert.Equal(string.Empty, stdout.ToString());
            var text = stderr.ToString();
            AssertErrors(expected, Codes.Where(c => text.Contains("[" + c + "]", StringComparison.Ordinal)));
            return;
        }

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr.ToString());
        var actual = JsonDocument.Parse(stdout.ToString()).RootElement;
        var diffs = JsonSubset.Differences(expected, actual);
        Assert.True(diffs.Count == 0, name + ":\n" + string.Join("\n", diffs));
    }

    private static readonly string[] Codes = typeof(EsmsRules.Decisions.InputErrorCodes).GetFields()
        .Select(f => (string)f.GetValue(null)!).ToArray();

    /// <summary>The expected "erreurs" are descriptions ("duplicate ESSMS", "FINESS check key"): each must name one of
    /// the stable codes reported (duplicateEssms, finessCheckKey), compared without spaces and case.</summary>
    private static void AssertErrors(JsonElement expected, IEnumerable<string> codes)
    {
        var reported = codes.Select(c => c.ToLowerInvariant()).ToHashSet();
        foreach (var e in expected.GetProperty("erreurs").EnumerateArray())
        {
            var key = e.GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            Assert.True(reported.Contains(key), $"expected an error '{e.GetString()}' among [{string.Join(", ", reported)}]");
        }
    }

    private static (string Dossier, JsonElement Expected) Load(string name) =>
        (File.ReadAllText(Path.Combine(Folder, name + ".json")),
         JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".attendu.json"))).RootElement);
}
