using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using Xunit;

namespace EsmsRules.Tests.Cli.Commands;

/// <summary><c>evaluate</c> with an injected evaluator: the options it maps from the command line, and a batch whose
/// evaluator throws.</summary>
public class EvaluateCommandTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json");

    private static (int Exit, string Out, string Err) Run(Func<EvaluationOptions, IDossierEvaluator> evaluators, string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CommandLineRunner.Run(args, new CliIo(new StringReader(stdin), o, e, null, null), evaluators);
        return (exit, o.ToString(), e.ToString());
    }

    private static (int Exit, string Out, string Err) RunBytes(Func<EvaluationOptions, IDossierEvaluator> evaluators, string stdin, params string[] args)
    {
        using var o = new MemoryStream();
        var e = new StringWriter();
        var exit = CommandLineRunner.Run(args, new CliIo(TextReader.Null, TextWriter.Null, e, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), o), evaluators);
        return (exit, Encoding.UTF8.GetString(o.ToArray()), e.ToString());
    }

    /// <summary>The library's evaluator, recording the options it was built with.</summary>
    private sealed class Recording
    {
        public List<EvaluationOptions> Options { get; } = new();

        public IDossierEvaluator Create(EvaluationOptions options)
        {
            Options.Add(options);
            return CliContext.DefaultEvaluator(options);
        }
    }

    /// <summary>The library's evaluator, except that its <c>throwAt</c>-th call throws.</summary>
    private sealed class ThrowingAt : IDossierEvaluator
    {
        private readonly IDossierEvaluator _inner = CliContext.DefaultEvaluator(EvaluationOptions.Default);
        private readonly int _throwAt;
        private int _calls;

        public ThrowingAt(int throwAt) => _throwAt = throwAt;

        public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json) =>
            ++_calls == _throwAt ? throw new InvalidOperationException("panne simulée.") : _inner.EvaluateJson(utf8Json);
    }

    [Theory]
    [InlineData(new[] { "evaluate", "--strict" }, true, true, true)]
    [InlineData(new[] { "evaluate" }, false, true, true)]
    [InlineData(new[] { "evaluate", "--json", "--sans-arbre", "--strict" }, true, false, true)]
    [InlineData(new[] { "evaluate", "--ndjson", "--strict" }, true, true, false)]
    [InlineData(new[] { "evaluate", "--ndjson", "--sans-arbre" }, false, false, false)]
    [InlineData(new[] { "evaluate", "--ndjson", "--remedes" }, false, true, true)]
    [InlineData(new[] { "evaluate", "--json", "--remedes" }, false, true, true)]
    public void Settings_StrictSansArbreAndRemedes_ReachTheEvaluationOptions(string[] args, bool strict, bool explications, bool remedes)
    {
        var recording = new Recording();
        var (exit, _, _) = Run(recording.Create, File.ReadAllText(Example("03-conformite-35")).ReplaceLineEndings(" "), args);
        Assert.Equal(0, exit);
        var options = Assert.Single(recording.Options);
        Assert.Equal(strict, options.Strict);
        Assert.Equal(explications, options.Explications);
        Assert.Equal(remedes, options.Remedes);
        Assert.Null(options.Bareme);
    }

    [Fact]
    public void Ndjson_WithoutRemedes_QuestionsOnlyAndWithRemedes_SousReserveAndRemedesToo()
    {
        var line = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example("11-grappe-12-maturite-inconnue"))).RootElement)
            + "\n" + JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example("10-grappe-12-non-mature"))).RootElement) + "\n";

        var sans = Run(CliContext.DefaultEvaluator, line, "evaluate", "--ndjson", "--sans-arbre").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var avec = Run(CliContext.DefaultEvaluator, line, "evaluate", "--ndjson", "--sans-arbre", "--remedes").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        Assert.All(sans, l => Assert.True(l.TryGetProperty("questions", out _)));
        Assert.All(sans, l => Assert.False(l.TryGetProperty("sousReserve", out _) || l.TryGetProperty("remedes", out _)));
        Assert.Equal(613_000m, avec[0].GetProperty("sousReserve").GetProperty("total").GetDecimal());
        Assert.Equal(new[] { 737_500m, 613_000m }, avec[1].GetProperty("remedes").EnumerateArray().Select(r => r.GetProperty("total").GetDecimal()));
    }

    [Fact]
    public void Settings_ParseError_BuildsNoEvaluator()
    {
        var recording = new Recording();
        Assert.Equal(1, Run(recording.Create, string.Empty, "evaluate", "--strict", "--bogus").Exit);
        Assert.Empty(recording.Options);
    }

    [Fact]
    public void Ndjson_EvaluatorThrowsOnALine_ThatLineGetsInternalErrorAndTheOthersAreWritten()
    {
        var line = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example("03-conformite-35"))).RootElement);
        var input = string.Join("\n", line, line, string.Empty, line) + "\n";
        // ThrowingAt counts calls: one line after the other (NdjsonBatchTests has the parallel runs, whose evaluator
        // throws on a line's content).
        foreach (var (exit, output, err) in new[] { Run(_ => new ThrowingAt(2), input, "evaluate", "--ndjson", "--parallele", "1"), RunBytes(_ => new ThrowingAt(2), input, "evaluate", "--ndjson", "--parallele", "1") })
        {
            Assert.Equal(2, exit);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(new[] { 1, 2, 4 }, lines.Select(l => l.GetProperty("ligne").GetInt32()));
            Assert.True(lines[0].TryGetProperty("recevable", out _));
            var error = Assert.Single(lines[1].GetProperty("erreurs").EnumerateArray());
            Assert.Equal(CliErrors.InternalError, error.GetProperty("code").GetString());
            Assert.Equal("$", error.GetProperty("chemin").GetString());
            Assert.Contains("panne simulée", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("System.InvalidOperationException", error.GetProperty("arguments").GetProperty("exception").GetString());
            Assert.True(lines[2].TryGetProperty("recevable", out _));
            Assert.Contains("Ligne 2 : dossier invalide", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_SingleDossierEvaluatorThrows_ExitsOneWithTheMessage()
    {
        var (exit, output, err) = Run(_ => new ThrowingAt(1), string.Empty, "evaluate", Example("03-conformite-35"));
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("erreur inattendue : panne simulée", err, StringComparison.Ordinal);
    }
}
