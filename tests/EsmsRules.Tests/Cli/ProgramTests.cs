using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EsmsRules.Cli;
using Xunit;

namespace EsmsRules.Tests.Cli;

public class ProgramTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json");

    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = Program.Run(args, new StringReader(stdin), o, e);
        return (exit, o.ToString(), e.ToString());
    }

    [Fact]
    public void Evaluate_NoFile_PrintsBundledExampleTreeWithAmountsInEuros()
    {
        var (exit, wrapped, err) = Run(string.Empty, "evaluate");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        // The tree is wrapped to the width: it is read with its lines joined (and their tree glyphs taken out).
        var output = System.Text.RegularExpressions.Regex.Replace(wrapped, @"[ │]*\r?\n[ │]+", " ");
        Assert.Contains("✔ DOSSIER", output, StringComparison.Ordinal);
        Assert.Contains("350 000 €", output, StringComparison.Ordinal);
        Assert.Contains("8 × 2 190 € = 17 520 € (tranche C)", output, StringComparison.Ordinal);
        Assert.Contains("? PETITOG-01", output, StringComparison.Ordinal);
        Assert.Contains("avance 30 % = 5 256,00 €", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Stdin_ReadsDossierFromStandardInput()
    {
        var (exit, output, _) = Run(File.ReadAllText(Example("01-acquisition-46-segur")), "evaluate", "-", "--json");
        Assert.Equal(0, exit);
        var d = JsonDocument.Parse(output).RootElement;
        Assert.Equal(989000m, d.GetProperty("financement").GetProperty("total").GetDecimal());
        Assert.Equal("sad", d.GetProperty("procedureAchat").GetString());
    }

    [Fact]
    public void Evaluate_NonRecevableDossier_ExitsZero()
    {
        var (exit, output, _) = Run(string.Empty, "evaluate", Example("10-grappe-12-non-mature"));
        Assert.Equal(0, exit);
        Assert.Contains("✘ GRAPPE-03", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidDossier_ExitsTwoAndListsEveryProblemOnStandardError()
    {
        var (exit, output, err) = Run(string.Empty, "evaluate", Example("16-invalide"));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("$.organismesGestionnaires[0].essms[1].finessGeographique", err, StringComparison.Ordinal);
        Assert.Contains("[duplicateEssms]", err, StringComparison.Ordinal);
        Assert.Contains("$.organismesGestionnaires[0].essms[2].finessGeographique", err, StringComparison.Ordinal);
        Assert.Contains("[finessCheckKey]", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MalformedJson_ExitsTwo()
    {
        var (exit, _, err) = Run("{ \"typeProjet\": ", "evaluate", "-");
        Assert.Equal(2, exit);
        Assert.Contains("[malformedJson]", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsOne()
    {
        var (exit, _, err) = Run(string.Empty, "evaluate", "/nonexistent/dossier.json");
        Assert.Equal(1, exit);
        Assert.Contains("introuvable", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommandOrOption_ExitsOne()
    {
        Assert.Equal(1, Run(string.Empty, "frobnicate").Exit);
        Assert.Equal(1, Run(string.Empty, "evaluate", "--bogus").Exit);
        Assert.Equal(0, Run(string.Empty, "--help").Exit);
    }

    [Fact]
    public void Evaluate_Ndjson_WritesOneDecisionPerLineAndExitsTwoWhenALineIsInvalid()
    {
        static string Line(string name) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example(name))).RootElement);
        var input = string.Join("\n", Line("01-acquisition-46-segur"), string.Empty, Line("16-invalide"), Line("13-essms-seul-conformite"));
        var (exit, output, err) = Run(input, "evaluate", "--ndjson");
        Assert.Equal(2, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(989000m, JsonDocument.Parse(lines[0]).RootElement.GetProperty("financement").GetProperty("total").GetDecimal());
        Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("erreurs", out _));
        Assert.Equal("sonsUniquement", JsonDocument.Parse(lines[2]).RootElement.GetProperty("orientation").GetString());
        Assert.Contains("Ligne 3", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NdjsonAllValid_ExitsZeroAndSansArbreOmitsTree()
    {
        var line = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example("03-conformite-35"))).RootElement);
        var (exit, output, _) = Run(line + "\n" + line + "\n", "evaluate", "--ndjson", "--sans-arbre");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.False(JsonDocument.Parse(l).RootElement.TryGetProperty("arbre", out _)));
        Assert.All(lines, l => Assert.False(JsonDocument.Parse(l).RootElement.GetProperty("bareme").TryGetProperty("valeurs", out _)));
        Assert.Equal(43120m, JsonDocument.Parse(lines[0]).RootElement.GetProperty("prestationSegur")[0].GetProperty("total").GetDecimal());
    }

    [Fact]
    public void Evaluate_WithBaremeFile_AppliesItsCalendar()
    {
        var bareme = Path.Combine(Path.GetTempPath(), "esms-bareme-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(bareme, """
            { "herite": "2022", "libelle": "ARS test", "publie": "2022-04-01", "source": "test",
              "parametres": { "fenetreRegionale": { "valeur": { "debut": "2022-03-14", "fin": "2022-05-31" } } } }
            """);
        try
        {
            var (exit, output, _) = Run(string.Empty, "evaluate", Example("01-acquisition-46-segur"), "--json", "--bareme", bareme);
            Assert.Equal(0, exit);
            var d = JsonDocument.Parse(output).RootElement;
            Assert.False(d.GetProperty("recevable").GetBoolean());
            Assert.Equal("PROJET-07", d.GetProperty("reglesNonSatisfaites")[0].GetString());
            Assert.Equal("ARS test", d.GetProperty("bareme").GetProperty("libelle").GetString());
        }
        finally
        {
            File.Delete(bareme);
        }
    }

    [Theory]
    [InlineData("\n", false, false)]
    [InlineData("\r\n", true, false)]
    [InlineData("\r", false, true)]
    public void Evaluate_NdjsonOnByteStreams_WritesWhatTheTextPathWrites(string newLine, bool bom, bool lastLineEndsWithNewLine)
    {
        static string Line(string name) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example(name))).RootElement);
        var lines = new[] { Line("01-acquisition-46-segur"), "  ", Line("16-invalide"), "{\"nom\":\"caf\u00e9\"", Line("13-essms-seul-conformite"), Line("03-conformite-35") };
        var input = string.Join(newLine, lines) + (lastLineEndsWithNewLine ? newLine : string.Empty);
        foreach (var args in new[] { new[] { "evaluate", "--ndjson" }, new[] { "evaluate", "--ndjson", "--sans-arbre" } })
        {
            var (exit, output, err) = Run(input, args);
            var bytes = new System.Text.UTF8Encoding(bom).GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(input)).ToArray();
            using var stdout = new MemoryStream();
            var stderr = new StringWriter();

            // A stream that returns a few bytes per read exercises the line splitting across reads.
            var exitBytes = Program.Run(args, new TrickleStream(bytes, 7), stdout, stderr);

            Assert.Equal(exit, exitBytes);
            Assert.Equal(output, System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            Assert.Equal(err, stderr.ToString());
        }
    }

    [Fact]
    public void Evaluate_WithInvalidBaremeFile_ExitsTwoListingEveryProblem()
    {
        var bareme = Path.Combine(Path.GetTempPath(), "esms-bareme-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(bareme, """
            { "herite": "2022", "libelle": "x", "publie": "2022-04-01", "source": "x",
              "parametres": { "inconnu": { "valeur": 1 }, "equipementParEssms": { "valeur": -5 } } }
            """);
        try
        {
            var (exit, output, err) = Run(string.Empty, "evaluate", Example("01-acquisition-46-segur"), "--bareme", bareme);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("$.parametres.inconnu", err, StringComparison.Ordinal);
            Assert.Contains("$.parametres.equipementParEssms", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bareme);
        }
    }

    [Fact]
    public void Evaluate_NdjsonOnByteStreams_AnswersEachLineBeforeReadingTheNext()
    {
        var line = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example("03-conformite-35"))).RootElement);
        var stdout = new MemoryStream();
        var stdin = new TrickleStream(System.Text.Encoding.UTF8.GetBytes(line + "\n" + line + "\n"), int.MaxValue, onRead: () => stdout.Length);
        Assert.Equal(0, Program.Run(new[] { "evaluate", "--ndjson", "--parallele", "1" }, stdin, stdout, new StringWriter()));

        // Reads: the first line, then (after its decision was written) the second, then the end. With several workers
        // the next read may come first, the answer being written meanwhile: NdjsonBatchTests checks that.
        Assert.Equal(0, stdin.OutputLengthAtRead[0]);
        Assert.True(stdin.OutputLengthAtRead[^1] > 0);
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, one line at most when <c>onRead</c> is given.</summary>
    private sealed class TrickleStream : Stream
    {
        private readonly byte[] _data;
        private readonly int _chunk;
        private readonly Func<long>? _onRead;
        private int _position;

        public TrickleStream(byte[] data, int chunk, Func<long>? onRead = null)
        {
            _data = data;
            _chunk = chunk;
            _onRead = onRead;
        }

        public System.Collections.Generic.List<long> OutputLengthAtRead { get; } = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _data.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_onRead is not null)
            {
                OutputLengthAtRead.Add(_onRead());
            }

            var n = Math.Min(Math.Min(count, _chunk), _data.Length - _position);
            if (_onRead is not null && n > 0)
            {
                var end = Array.IndexOf(_data, (byte)'\n', _position, n);
                n = end < 0 ? n : end - _position + 1;
            }

            Array.Copy(_data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
