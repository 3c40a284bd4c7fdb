using EsmsRules.Decisions;
using Xunit;

namespace EsmsRules.Tests.Decisions;

public class InputErrorTests
{
    private static readonly InputError Manque = new(InputErrorCodes.Required, "$.typeProjet", "Champ obligatoire absent : typeProjet.");

    [Fact]
    public void Describe_OneError_SingularTitle()
    {
        var texte = InputError.Describe("Dossier invalide", new[] { Manque });

        Assert.StartsWith("Dossier invalide (1 problème) :", texte, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_TwoErrors_PluralTitleAndOneLineEach()
    {
        var texte = InputError.Describe("Barème invalide", new[] { Manque, Manque with { Chemin = "$.porteur" } });

        var lignes = texte.Split(System.Environment.NewLine);
        Assert.Equal("Barème invalide (2 problèmes) :", lignes[0]);
        Assert.Equal(3, lignes.Length);
        Assert.Contains("$.porteur", lignes[2], System.StringComparison.Ordinal);
    }
}
