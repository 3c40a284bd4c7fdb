using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace EsmsRules.Tests.Cli.Commands;

/// <summary><c>evaluate --format</c>, <c>-o</c>, <c>--complet</c> and <c>--sources</c> from the command line.</summary>
public class EvaluateFormatTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = EsmsRules.Cli.Program.Run(args, TextReader.Null, o, e);
        return (exit, o.ToString(), e.ToString());
    }

    [Fact]
    public void Evaluate_FormatHtml_WritesOnePage()
    {
        var (exit, output, err) = Run("evaluate", Example("10-grappe-12-non-mature"), "--format", "html");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("id=\"verdict-texte\">Non recevable</p>", output, StringComparison.Ordinal);
        Assert.Contains("737 500 €", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FormatMarkdown_WritesTheTicket()
    {
        var (exit, output, _) = Run("evaluate", Example("11-grappe-12-maturite-inconnue"), "--format", "markdown");

        Assert.Equal(0, exit);
        Assert.StartsWith("# Décision ESMS numérique — campagne 2022", output, StringComparison.Ordinal);
        Assert.Contains("1. maitriseOuvrageMature (bloquante ; GRAPPE-03)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FormatJson_SameAsJsonOption()
    {
        var format = Run("evaluate", Example("01-acquisition-46-segur"), "--format", "json");
        var json = Run("evaluate", Example("01-acquisition-46-segur"), "--json");

        Assert.Equal(0, format.Exit);
        Assert.Equal(json.Out, format.Out);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(format.Out).RootElement.ValueKind);
    }

    [Fact]
    public void Evaluate_Sortie_WritesTheFileNotStandardOutput()
    {
        var fichier = Path.Combine(Path.GetTempPath(), "esms-rules-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var (exit, output, err) = Run("evaluate", Example("01-acquisition-46-segur"), "--format", "html", "-o", fichier);

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, output);
            Assert.Equal(string.Empty, err);
            var bytes = File.ReadAllBytes(fichier);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Contains("</html>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fichier);
        }
    }

    [Fact]
    public void Evaluate_SortieInAMissingFolder_FailsWithAMessage()
    {
        var fichier = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "rapport.html");

        var (exit, _, err) = Run("evaluate", Example("01-acquisition-46-segur"), "--sortie", fichier);

        Assert.Equal(1, exit);
        Assert.Contains("Fichier de sortie impossible à écrire", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--json", "--format", "html")]
    [InlineData("--ndjson", "--format", "markdown")]
    public void Evaluate_FormatConflictOrUnknown_UsageError(params string[] options)
    {
        var args = new string[options.Length + 2];
        args[0] = "evaluate";
        args[1] = Example("01-acquisition-46-segur");
        options.CopyTo(args, 2);

        var (exit, output, err) = Run(args);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--format", err, StringComparison.Ordinal);
        Assert.DoesNotContain("inattendue", err, StringComparison.Ordinal);
        Assert.Contains("esms-rules evaluate --help", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CompletAndSources_ShowHiddenRulesAndSources()
    {
        var defaut = Run("evaluate", Example("11-grappe-12-maturite-inconnue")).Out;
        var complet = Run("evaluate", Example("11-grappe-12-maturite-inconnue"), "--complet", "--sources").Out;

        Assert.DoesNotContain("GRAPPE-01 —", defaut, StringComparison.Ordinal);
        Assert.Contains("règles sans objet masquées", defaut, StringComparison.Ordinal);
        Assert.Contains("· GRAPPE-01 —", complet, StringComparison.Ordinal);
        Assert.Contains("Source : ", complet, StringComparison.Ordinal);
    }
}
