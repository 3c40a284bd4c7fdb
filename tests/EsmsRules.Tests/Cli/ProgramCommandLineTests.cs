using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EsmsRules.Cli;
using Xunit;

namespace EsmsRules.Tests.Cli;

/// <summary>The command line as CONTRACT.md "Command line" states it, through the public entry points of
/// <see cref="Program"/>: help, parse errors, <c>--ndjson</c> with its <c>ligne</c> numbers, bad lines, exit codes.</summary>
public class ProgramCommandLineTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json");

    /// <summary>An example dossier on one line.</summary>
    internal static string Line(string name) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example(name))).RootElement);

    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = Program.Run(args, new StringReader(stdin), o, e);
        return (exit, o.ToString(), e.ToString());
    }

    private static (int Exit, string Out, string Err) RunBytes(byte[] stdin, params string[] args)
    {
        using var o = new MemoryStream();
        var e = new StringWriter();
        var exit = Program.Run(args, new MemoryStream(stdin), o, e);
        return (exit, Encoding.UTF8.GetString(o.ToArray()), e.ToString());
    }

    private static string[] Lines(string output) => output.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "esms-cli-" + Guid.NewGuid().ToString("N") + ".ndjson");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Help_Root_ExitsZeroAndDescribesTheCommandsInFrench()
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var (exit, output, err) = Run(string.Empty, flag);
            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, err);
            Assert.Contains("Usage :", output, StringComparison.Ordinal);
            Assert.Contains("Commandes :", output, StringComparison.Ordinal);
            Assert.Contains("  evaluate  Évalue un dossier", output, StringComparison.Ordinal);
            Assert.Contains("--version", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_Evaluate_ExitsZeroAndDescribesEveryOptionInFrench()
    {
        var (exit, output, err) = Run(string.Empty, "evaluate", "--help");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Contains("esms-rules evaluate [FICHIER|-] [options]", output, StringComparison.Ordinal);
        Assert.Contains("  --json ", output, StringComparison.Ordinal);
        Assert.Contains("  --ndjson ", output, StringComparison.Ordinal);
        Assert.Contains("  --sans-arbre ", output, StringComparison.Ordinal);
        Assert.Contains("  --bareme FICHIER ", output, StringComparison.Ordinal);
        Assert.Contains("  --strict ", output, StringComparison.Ordinal);
        Assert.Contains("  -h, --help ", output, StringComparison.Ordinal);
        Assert.Contains("Codes de sortie :", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", output, StringComparison.Ordinal); // System.CommandLine's English headings
        Assert.DoesNotContain("Show help", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_EvaluateWithOtherArguments_StillShowsTheHelp()
    {
        var (exit, output, _) = Run(string.Empty, "evaluate", "dossier.json", "--json", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Codes de sortie :", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheLibraryVersion_ExitsZero()
    {
        var (exit, output, _) = Run(string.Empty, "--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("frobnicate", "commande inconnue « frobnicate »")]
    [InlineData("evaluate --bogus", "option inconnue « --bogus »")]
    [InlineData("evaluate dossier.json --bogus", "option inconnue « --bogus »")]
    [InlineData("evaluate a.json b.json", "argument inattendu « b.json »")]
    [InlineData("evaluate --bareme", "l'option --bareme attend une valeur")]
    [InlineData("--version evaluate", "")]
    public void Run_UnknownOptionCommandOrArgument_ExitsOneWithAFrenchMessage(string commandLine, string message)
    {
        var (exit, output, err) = Run(string.Empty, commandLine.Split(' '));
        if (message.Length == 0)
        {
            // --version answers whatever follows it, as --help does.
            Assert.Equal(0, exit);
            return;
        }

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.Contains("--help", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_ExitsOneWithTheUsageOnStandardError()
    {
        var (exit, output, err) = Run(string.Empty);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("indiquez une commande", err, StringComparison.Ordinal);
        Assert.Contains("evaluate", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ArgumentStartingWithAt_IsAFileNameNotAResponseFile()
    {
        var (exit, _, err) = Run(string.Empty, "evaluate", "@absent.json");
        Assert.Equal(1, exit);
        Assert.Contains("Fichier introuvable : @absent.json", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EmptyFile_ExitsTwoSayingTheFileIsEmpty()
    {
        var path = TempFile(string.Empty);
        try
        {
            var (exit, output, err) = Run(string.Empty, "evaluate", path);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains($"le fichier « {path} » est vide", err, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("[malformedJson]", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_BlankStandardInput_ExitsTwoSayingItIsEmpty()
    {
        var (exit, _, err) = Run(" \n\t\n", "evaluate", "-");
        Assert.Equal(2, exit);
        Assert.Contains("L'entrée standard est vide", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FileThatIsNotUtf8_ExitsTwoWithThePositionOfTheBadByte()
    {
        var path = Path.Combine(Path.GetTempPath(), "esms-cli-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(Line("03-conformite-35")).Concat(new byte[] { 0xC3, 0x28 }).ToArray());
        try
        {
            var (exit, _, err) = Run(string.Empty, "evaluate", path);
            Assert.Equal(2, exit);
            Assert.Contains("Texte UTF-8 invalide", err, StringComparison.Ordinal);
            Assert.Contains("[malformedJson]", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Ndjson_File_ReadsTheFileRatherThanStandardInput()
    {
        var path = TempFile(Line("01-acquisition-46-segur") + "\n" + Line("13-essms-seul-conformite") + "\n");
        try
        {
            // Standard input holds something else: it must not be read.
            var (exit, output, err) = Run(Line("03-conformite-35") + "\n", "evaluate", "--ndjson", path);
            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, err);
            var lines = Lines(output);
            Assert.Equal(2, lines.Length);
            Assert.Equal(989000m, JsonDocument.Parse(lines[0]).RootElement.GetProperty("financement").GetProperty("total").GetDecimal());
            Assert.Equal("sonsUniquement", JsonDocument.Parse(lines[1]).RootElement.GetProperty("orientation").GetString());

            // The same on byte streams, as the tool runs.
            var bytes = RunBytes(Encoding.UTF8.GetBytes(Line("03-conformite-35") + "\n"), "evaluate", "--ndjson", path);
            Assert.Equal((exit, output, err), bytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Ndjson_MissingFile_ExitsOne()
    {
        var (exit, output, err) = Run(string.Empty, "evaluate", "--ndjson", "/nonexistent/lot.ndjson");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("introuvable", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ndjson_Dash_ReadsStandardInput(bool dash)
    {
        var args = dash ? new[] { "evaluate", "--ndjson", "-" } : new[] { "evaluate", "--ndjson" };
        var (exit, output, _) = Run(Line("03-conformite-35") + "\n", args);
        Assert.Equal(0, exit);
        Assert.Equal(43120m, JsonDocument.Parse(Lines(output).Single()).RootElement.GetProperty("prestationSegur")[0].GetProperty("total").GetDecimal());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Ndjson_EveryAnswer_StartsWithItsInputLineNumberBlankLinesCounted(string newLine)
    {
        // Lines 2, 4 and 5 are blank (empty, spaces, a tab): skipped, but counted.
        var input = string.Join(newLine, Line("01-acquisition-46-segur"), string.Empty, Line("16-invalide"), "   ", "\t", Line("13-essms-seul-conformite")) + newLine;
        var expected = new[] { 1, 3, 6 };
        foreach (var (exit, output, _) in new[] { Run(input, "evaluate", "--ndjson"), RunBytes(Encoding.UTF8.GetBytes(input), "evaluate", "--ndjson", "--sans-arbre") })
        {
            Assert.Equal(2, exit);
            var lines = Lines(output);
            Assert.Equal(expected.Length, lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                Assert.StartsWith("{\"ligne\":" + expected[i] + ",", lines[i], StringComparison.Ordinal);
                var first = JsonDocument.Parse(lines[i]).RootElement.EnumerateObject().First();
                Assert.Equal(("ligne", expected[i]), (first.Name, first.Value.GetInt32()));
            }

            Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("erreurs", out _));
            Assert.Equal("campagne", JsonDocument.Parse(lines[0]).RootElement.EnumerateObject().ElementAt(1).Name);
        }
    }

    [Fact]
    public void Ndjson_MalformedLineInTheMiddle_WritesEveryOtherLineAndExitsTwo()
    {
        var input = string.Join("\n", Line("01-acquisition-46-segur"), "{ \"typeProjet\": ", Line("03-conformite-35"));
        var (exit, output, err) = Run(input, "evaluate", "--ndjson");
        Assert.Equal(2, exit);
        var lines = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Equal(989000m, lines[0].GetProperty("financement").GetProperty("total").GetDecimal());
        Assert.Equal(2, lines[1].GetProperty("ligne").GetInt32());
        Assert.Equal("malformedJson", lines[1].GetProperty("erreurs")[0].GetProperty("code").GetString());
        Assert.Equal(43120m, lines[2].GetProperty("prestationSegur")[0].GetProperty("total").GetDecimal());
        Assert.Contains("Ligne 2 : dossier invalide", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ndjson_LineTheLibraryThrowsOn_IsThatLinesErrorAndTheBatchGoesOn()
    {
        // An escaped lone surrogate in a name: the library's reader throws on it (it should list it as an input
        // problem; whichever it does, the line gets "erreurs" and the next line is still evaluated).
        var surrogate = Line("03-conformite-35").Replace("\"nom\":\"", "\"nom\":\"\\ud800", StringComparison.Ordinal);
        var input = string.Join("\n", Line("01-acquisition-46-segur"), surrogate, Line("13-essms-seul-conformite"));
        foreach (var (exit, output, err) in new[] { Run(input, "evaluate", "--ndjson"), RunBytes(Encoding.UTF8.GetBytes(input), "evaluate", "--ndjson") })
        {
            Assert.Equal(2, exit);
            var lines = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(3, lines.Length);
            Assert.Equal(2, lines[1].GetProperty("ligne").GetInt32());
            Assert.Equal("$", lines[1].GetProperty("erreurs")[0].GetProperty("chemin").GetString()![..1]);
            Assert.Equal("sonsUniquement", lines[2].GetProperty("orientation").GetString());
            Assert.Contains("Ligne 2 : dossier invalide", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ndjson_LineThatIsNotUtf8_IsRefusedAsMalformedAndTheBatchGoesOn()
    {
        var good = Encoding.UTF8.GetBytes(Line("03-conformite-35"));
        var bad = Encoding.UTF8.GetBytes(Line("03-conformite-35").Replace("\"nom\":\"", "\"nom\":\"#", StringComparison.Ordinal));
        bad[Array.IndexOf(bad, (byte)'#')] = 0xFF;
        var input = good.Concat(new[] { (byte)'\n' }).Concat(bad).Concat(new[] { (byte)'\n' }).Concat(good).ToArray();
        var (exit, output, err) = RunBytes(input, "evaluate", "--ndjson", "--sans-arbre");
        Assert.Equal(2, exit);
        var lines = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, lines.Length);
        var error = lines[1].GetProperty("erreurs")[0];
        Assert.Equal("malformedJson", error.GetProperty("code").GetString());
        Assert.Contains("UTF-8", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(Array.IndexOf(bad, (byte)0xFF) + 1, int.Parse(error.GetProperty("arguments").GetProperty("octet").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(lines[2].TryGetProperty("recevable", out _));
        Assert.Contains("Ligne 2", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithoutStrict_UnknownFieldDoesNotStopTheEvaluation()
    {
        var dossier = Line("03-conformite-35").Insert(1, "\"champInconnuDeTest\":1,");
        Assert.Equal(0, Run(dossier, "evaluate", "-", "--json").Exit);
    }

    /// <summary>CONTRACT.md "Command line": <c>--strict</c> refuses unknown fields as input errors; without it they are
    /// warnings and the dossier is evaluated.</summary>
    [Fact]
    public void Evaluate_StrictWithUnknownField_ExitsTwoNamingTheField()
    {
        var dossier = Line("03-conformite-35").Insert(1, "\"champInconnuDeTest\":1,");
        var (exit, _, err) = Run(dossier, "evaluate", "-", "--json", "--strict");
        Assert.Equal(2, exit);
        Assert.Contains("$.champInconnuDeTest", err, System.StringComparison.Ordinal);
        Assert.Contains("[champInconnu]", err, System.StringComparison.Ordinal);

        var (exitSansStrict, sortie, errSansStrict) = Run(dossier, "evaluate", "-", "--json");
        Assert.Equal(0, exitSansStrict);
        Assert.Equal(string.Empty, errSansStrict);
        Assert.Contains("\"champInconnu\"", sortie, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Regles_NoOption_WritesTheCatalogueOfTheRuleObjects()
    {
        var (exit, sortie, err) = Run(string.Empty, "regles");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Equal(EsmsRules.Rules.CatalogueRegles.ToMarkdown(), sortie);
    }

    [Fact]
    public void Regles_Help_DescribesTheCommandInFrench()
    {
        var (exit, sortie, _) = Run(string.Empty, "regles", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("catalogue des règles", sortie, System.StringComparison.Ordinal);
    }
}
