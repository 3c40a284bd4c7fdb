using System;
using System.IO;
using System.Text;
using EsmsRules.Cli.CommandLine;
using Xunit;

namespace EsmsRules.Tests.Cli.CommandLine;

public class PositionsJsonTests
{
    private const string Json = "{\n  \"campagne\": \"2022\",\n  \"typeProjet\": \"acquisitio\",\n  \"porteur\": { \"nom\": \"é\", \"champ\": \"XX\" },\n"
        + "  \"ogs\": [\n    { \"a\": 1 },\n    { \"essms\": [ { \"finess\": \"1\" } ] }\n  ],\n  \"bizarre.nom\": 2\n}\n";

    private static (int Ligne, int Colonne)? Position(string chemin) => PositionsJson.Trouver(Encoding.UTF8.GetBytes(Json), chemin);

    [Theory]
    [InlineData("$", 1, 1)]
    [InlineData("$.typeProjet", 3, 17)]
    [InlineData("$.porteur.champ", 4, 37)]
    [InlineData("$.ogs[1].essms[0].finess", 7, 30)]
    [InlineData("$.ogs[1]", 7, 5)]
    [InlineData("$['bizarre.nom']", 9, 18)]
    public void Trouver_PathInTheDocument_LineAndColumnOfItsValue(string chemin, int ligne, int colonne)
    {
        Assert.Equal((ligne, colonne), Position(chemin));
    }

    [Fact]
    public void Trouver_MissingField_PositionOfTheObjectThatLacksIt()
    {
        Assert.Equal((4, 14), Position("$.porteur.finessJuridique"));
        Assert.Equal((6, 5), Position("$.ogs[0].essms"));
    }

    [Fact]
    public void Trouver_MalformedDocument_PositionsBeforeTheFaultStillFound()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"a\": 1,\n  \"b\": {,\n}");

        Assert.Equal((2, 8), PositionsJson.Trouver(bytes, "$.a"));
    }

    [Fact]
    public void Evaluate_InvalidFile_EachProblemSaysItsLineAndColumn()
    {
        var dossier = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "01-acquisition-46-segur.json"))
            .Replace("\"typeProjet\": \"acquisition\"", "\"typeProjet\": \"acquisitio\"", StringComparison.Ordinal);
        var fichier = Path.Combine(Path.GetTempPath(), "esms-rules-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(fichier, dossier);
        try
        {
            var err = new StringWriter();
            var exit = EsmsRules.Cli.Program.Run(new[] { "evaluate", fichier }, TextReader.Null, new StringWriter(), err);

            Assert.Equal(2, exit);
            Assert.Contains("$.typeProjet (ligne 4, colonne 17) : Valeur inconnue", err.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fichier);
        }
    }
}
