using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EsmsRules.Cli;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Cli.CommandLine;

public class FrenchHelpTests
{
    private static string Help(params string[] args)
    {
        var o = new StringWriter();
        Assert.Equal(0, Program.Run(args, TextReader.Null, o, new StringWriter()));
        return o.ToString();
    }

    [Theory]
    [InlineData("un deux trois quatre", 9, new[] { "un deux", "trois", "quatre" })]
    [InlineData("anticonstitutionnellement court", 10, new[] { "anticonstitutionnellement", "court" })]
    [InlineData("a\nb c", 80, new[] { "a", "b c" })]
    public void Wrap_Text_SplitsAtSpacesWithinTheWidth(string text, int width, string[] expected) =>
        Assert.Equal(expected, FrenchHelp.Wrap(text, width));

    [Fact]
    public void Write_EveryLine_FitsInOneHundredColumns()
    {
        foreach (var help in new[] { Help("--help"), Help("evaluate", "--help"), Help("regles", "--help"), Help("schema", "--help"), Help("modele", "--help") })
        {
            Assert.All(help.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 100, line));
        }
    }

    /// <summary>The help names no file a user of the tool does not have: the formats are the commands <c>schema</c>
    /// and <c>modele</c>, and the documents are named with the repository's address.</summary>
    [Fact]
    public void Write_RootAndEvaluate_PointToCommandsAndTheRepositoryNotToWorkingFiles()
    {
        var racine = Help("--help");
        var evaluate = Help("evaluate", "--help");

        foreach (var aide in new[] { racine, evaluate })
        {
            Assert.DoesNotContain("CONTRACT", aide, StringComparison.Ordinal);
            Assert.DoesNotContain("RULES.md", aide, StringComparison.Ordinal);
            Assert.DoesNotContain("seed", aide, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("esms-rules schema", aide, StringComparison.Ordinal);
            Assert.Contains("https://github.com/esms-rules/esms-rules", aide, StringComparison.Ordinal);
        }

        Assert.Contains("esms-rules modele", racine, StringComparison.Ordinal);
        Assert.Contains("esms-rules regles", racine, StringComparison.Ordinal);
        Assert.Contains("docs/format-decision.md", evaluate, StringComparison.Ordinal);
    }

    /// <summary>README's "Command line" section and <c>esms-rules evaluate --help</c> must agree: the section names every
    /// option the help lists, and the same exit codes.</summary>
    [Fact]
    public void Readme_CommandLineSection_NamesEveryOptionOfTheHelp()
    {
        var readme = File.ReadAllText(Path.Combine(Snapshot.ProjectDirectory(string.Empty), "..", "..", "README.md"));
        var start = readme.IndexOf("## Command line", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no \"## Command line\" section.");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];

        var options = Regex.Matches(Help("evaluate", "--help"), @"^  (-h, )?(--[a-z-]+)", RegexOptions.Multiline).Select(m => m.Groups[2].Value).ToArray();
        Assert.Contains("--strict", options);
        Assert.All(options, option => Assert.Contains(option, section, StringComparison.Ordinal));
        Assert.Contains("esms-rules evaluate [FICHIER|-]", section, StringComparison.Ordinal);
        Assert.Contains("esms-rules evaluate --ndjson [FICHIER|-]", section, StringComparison.Ordinal);
        foreach (var code in new[] { "0", "1", "2" })
        {
            Assert.Matches(@"\b" + code + @"\b", section);
        }
    }
}
