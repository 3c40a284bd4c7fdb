using System;
using EsmsRules.Rules;
using Xunit;

namespace EsmsRules.Tests.Rules;

public class ModeleTests
{
    [Theory]
    [InlineData(0, "0 ESSMS retenu sur 12.")]
    [InlineData(1, "1 ESSMS retenu sur 12.")]
    [InlineData(2, "2 ESSMS retenus sur 12.")]
    [InlineData(18, "18 ESSMS retenus sur 12.")]
    public void Render_PluralForm_AgreesWithTheFigure(long n, string attendu)
    {
        var modele = new Modele("m", null, "{n} ESSMS {n:retenu|retenus} sur {total}.");

        Assert.Equal(attendu, modele.Render(new[] { Chiffre.Entier("n", n), Chiffre.Entier("total", 12) }));
    }

    [Fact]
    public void Render_PluralOfAList_CountsItsElements()
    {
        var modele = new Modele("m", null, "{champs:le champ|les champs} {champs}.");

        Assert.Equal("le champ a.", modele.Render(new[] { Chiffre.ListeDe("champs", new[] { "a" }) }));
        Assert.Equal("les champs a, b.", modele.Render(new[] { Chiffre.ListeDe("champs", new[] { "a", "b" }) }));
    }

    [Fact]
    public void Render_PluralInAnOptionalPart_WrittenOnlyWithItsFigure()
    {
        var modele = new Modele("m", null, "{n} ESSMS[ ; {exclus} {exclus:exclu|exclus}].");

        Assert.Equal("3 ESSMS.", modele.Render(new[] { Chiffre.Entier("n", 3) }));
        Assert.Equal("3 ESSMS ; 1 exclu.", modele.Render(new[] { Chiffre.Entier("n", 3), Chiffre.Entier("exclus", 1) }));
    }

    [Fact]
    public void Chiffres_PluralForm_NamesItsFigure()
    {
        var modele = new Modele("m", null, "{ogs:organisme|organismes}");

        Assert.Equal(new[] { "ogs" }, modele.Chiffres);
    }

    [Theory]
    [InlineData("{n:retenu}")]
    [InlineData("{n:a|b|c}")]
    [InlineData("{:a|b}")]
    public void Constructor_MalformedPluralForm_Throws(string texte)
    {
        Assert.Throws<FormatException>(() => new Modele("m", null, texte));
    }

    [Fact]
    public void Render_SecondCallOnAThread_AllocatesLittleMoreThanItsText()
    {
        var modele = new Modele("m", null, "Grappe de {n} ESSMS {n:retenu|retenus} sur {total}, une phrase assez longue pour peser dans un constructeur de texte.");
        var chiffres = new[] { Chiffre.Mot("n", "une quarantaine"), Chiffre.Mot("total", "cinquante") };
        var texte = modele.Render(chiffres);

        var avant = GC.GetAllocatedBytesForCurrentThread();
        var encore = modele.Render(chiffres);
        var octets = GC.GetAllocatedBytesForCurrentThread() - avant;

        Assert.Equal(texte, encore);
        // The string itself (2 bytes a character and a header): the builder is the thread's, reused.
        Assert.InRange(octets, texte.Length * 2, (texte.Length * 2) + 64);
    }
}
