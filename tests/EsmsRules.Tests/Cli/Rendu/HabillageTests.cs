using System;
using System.Linq;
using EsmsRules.Cli.Rendu;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace EsmsRules.Tests.Cli.Rendu;

public class HabillageTests
{
    [Fact]
    public void Lignes_AmountAtTheEdge_NotBrokenInsideTheFigure()
    {
        var lignes = Habillage.Lignes("total allouable 1 128 500 € et 30 % du total", 20);

        Assert.Contains(lignes, l => l.Contains("1 128 500 €", StringComparison.Ordinal));
        Assert.Contains(lignes, l => l.Contains("30 %", StringComparison.Ordinal));
        Assert.All(lignes, l => Assert.True(l.Length <= 20, l));
    }

    [Fact]
    public void Lignes_NoBreakSpace_KeepsTheWordsTogetherWrittenAsASpace()
    {
        var lignes = Habillage.Lignes("légende : ✔ satisfaite · sans\u00A0objet", 30);

        Assert.Equal(new[] { "légende : ✔ satisfaite ·", "sans objet" }, lignes);
    }

    [Fact]
    public void Lignes_WordLongerThanTheWidth_CutIntoPiecesNothingLost()
    {
        var chemin = "$.organismesGestionnaires[0].essms[3].relevantL312_1";

        var lignes = Habillage.Lignes("manque " + chemin, 12);

        Assert.All(lignes, l => Assert.True(l.Length <= 12, l));
        Assert.Equal("manque" + chemin, string.Concat(lignes));
    }

    [Fact]
    public void Lignes_ZeroWidth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Habillage.Lignes("a", 0));
    }

    [FsCheck.Xunit.Property]
    public Property Lignes_AnyTextAndWidth_NoLineLongerAndEveryCharacterKept()
    {
        var mots = Gen.Elements("a", "ESSMS", "12", "000", "€", "%", "très-long-mot-sans-espace", "—", "GRAPPE-03").ArrayOf();
        return Prop.ForAll(mots.ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), (m, largeur) =>
        {
            var texte = string.Join(" ", m);
            var lignes = Habillage.Lignes(texte, largeur);
            return lignes.All(l => l.Length <= largeur)
                && string.Concat(lignes).Replace(" ", string.Empty, StringComparison.Ordinal) == texte.Replace(" ", string.Empty, StringComparison.Ordinal);
        });
    }
}

public class OptionsRenduTests
{
    [Theory]
    [InlineData(true, 132, null, 132)]
    [InlineData(false, 132, "80", 80)]
    [InlineData(false, 132, null, 100)]
    [InlineData(false, 132, "abc", 100)]
    [InlineData(true, 0, "120", 120)]
    [InlineData(false, 0, "20", 40)]
    public void Resoudre_TerminalOrColumns_GivesTheWidth(bool terminal, int fenetre, string? columns, int attendu)
    {
        Assert.Equal(attendu, OptionsRendu.Resoudre(terminal, () => fenetre, columns));
    }

    [Fact]
    public void Resoudre_TerminalWidthUnreadable_FallsBackToColumns()
    {
        Assert.Equal(90, OptionsRendu.Resoudre(true, () => throw new System.IO.IOException("pas de console"), "90"));
    }
}
