using System;
using System.IO;
using System.Text;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Cli.Ndjson;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Cli.Ndjson;

public class NdjsonLineWriterTests
{
    private static Decision Decision(string name) =>
        EsmsEvaluator.Default.EvaluateJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json"))).GetDecisionOrThrow();

    [Theory]
    [InlineData(1, true)]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(123456, false)]
    [InlineData(int.MaxValue, true)]
    public void Write_Decision_IsTheLibrarysObjectWithLigneFirst(int ligne, bool arbre)
    {
        var decision = Decision("01-acquisition-46-segur");
        var writer = new NdjsonLineWriter(arbre);
        writer.Write(ligne, decision);
        var expected = "{\"ligne\":" + ligne + "," + DecisionJsonWriter.Serialize(decision, indented: false, inclureArbre: arbre)[1..] + Environment.NewLine;
        Assert.Equal(expected, Encoding.UTF8.GetString(writer.Pending));
    }

    [Fact]
    public void Write_Errors_IsTheLibrarysErrorObjectWithLigneFirst()
    {
        var errors = new[] { new InputError(InputErrorCodes.MalformedJson, "$", "JSON mal formé."), CliErrors.Empty("Le fichier « x »") };
        var writer = new NdjsonLineWriter(arbre: true);
        writer.Write(7, errors);
        Assert.Equal("{\"ligne\":7," + DecisionJsonWriter.SerializeErrors(errors, indented: false)[1..] + Environment.NewLine, Encoding.UTF8.GetString(writer.Pending));
    }

    [Fact]
    public void Write_SeveralLinesAfterATruncate_KeepsOnlyWhatWasNotDropped()
    {
        var a = Decision("03-conformite-35");
        var b = Decision("13-essms-seul-conformite");
        var writer = new NdjsonLineWriter(arbre: true);
        writer.Write(1, a);
        var afterFirst = writer.Count;
        writer.Write(2, b);
        writer.Truncate(afterFirst);
        writer.Write(3, b);
        var expected = "{\"ligne\":1," + DecisionJsonWriter.Serialize(a, indented: false)[1..] + Environment.NewLine
            + "{\"ligne\":3," + DecisionJsonWriter.Serialize(b, indented: false)[1..] + Environment.NewLine;
        Assert.Equal(expected, Encoding.UTF8.GetString(writer.Pending));
        writer.Clear();
        Assert.Equal(0, writer.Pending.Length);
    }
}
