using System;
using System.Collections.Generic;
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

    [Theory]
    [InlineData("{{n}} = {n}", "{n} = 3")]
    [InlineData("[[n]] = {n}", "[n] = 3")]
    [InlineData("a}} b", "a} b")]
    [InlineData("a]] b", "a] b")]
    public void Render_DoubledBraceOrBracket_WritesOne(string texte, string attendu)
    {
        var modele = new Modele("m", null, texte);

        Assert.Equal(attendu, modele.Render(new[] { Chiffre.Entier("n", 3) }));
        Assert.Equal(texte.Contains("= {n}", StringComparison.Ordinal) ? new[] { "n" } : Array.Empty<string>(), modele.Chiffres);
    }

    [Theory]
    [InlineData("{n}", "3")]
    [InlineData("[{n}]", "3")]
    [InlineData("", "")]
    [InlineData("Sans chiffre.", "Sans chiffre.")]
    public void Render_OnePiece_ItsText(string texte, string attendu)
    {
        Assert.Equal(attendu, new Modele("m", null, texte).Render(new[] { Chiffre.Entier("n", 3) }));
    }

    [Fact]
    public void Render_OptionalPartWithoutItsFigure_NothingWritten()
    {
        Assert.Equal(string.Empty, new Modele("m", null, "[{n}]").Render(Array.Empty<Chiffre>()));
    }

    [Fact]
    public void Render_NestedOptionalParts_TheOuterNeedsEveryFigureOfTheInner()
    {
        // Not "…{y}]]": a doubled bracket writes one (see Render_DoubledBraceOrBracket_WritesOne).
        var modele = new Modele("m", null, "Total[ : {x}[ dont {y}] en tout].");

        Assert.Equal("Total : 1 dont 2 en tout.", modele.Render(new[] { Chiffre.Entier("x", 1), Chiffre.Entier("y", 2) }));
        Assert.Equal("Total.", modele.Render(new[] { Chiffre.Entier("x", 1) }));
        Assert.Equal("Total.", modele.Render(new[] { Chiffre.Entier("y", 2) }));
        Assert.Equal(new[] { "x", "y" }, modele.Chiffres);
    }

    [Theory]
    [InlineData("texte")]
    [InlineData("date")]
    [InlineData("oui")]
    public void Render_PluralOfATextADateOrAYesNo_Singular(string genre)
    {
        var modele = new Modele("m", null, "{c:forme|formes}");
        var chiffre = genre switch
        {
            "texte" => Chiffre.Mot("c", "deux"),
            "date" => Chiffre.LeJour("c", new NodaTime.LocalDate(2022, 12, 31)),
            _ => Chiffre.OuiNon("c", true),
        };

        Assert.Equal("forme", modele.Render(new[] { chiffre }));
    }

    [Fact]
    public void Render_FigureMissing_KeyNotFoundNamingTheMotifAndTheFigure()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => new Modele("seuil", null, "{n} sur {T}").Render(new[] { Chiffre.Entier("n", 1) }));

        Assert.Equal("Le modèle « seuil » écrit le chiffre « T », absent du nœud.", e.Message);
    }

    [Fact]
    public void Render_NullFigures_ArgumentNull()
    {
        Assert.Equal("chiffres", Assert.Throws<ArgumentNullException>(() => new Modele("m", null, "{n}").Render(null!)).ParamName);
    }

    [Fact]
    public void Chiffres_SeveralFigures_InTheOrderTheyAreWritten()
    {
        Assert.Equal(new[] { "n", "T", "exclus" }, new Modele("m", null, "{n} sur {T}[ ; {exclus} exclus]").Chiffres);
    }

    [Fact]
    public void Chiffres_AFigureWrittenAndAgreedWith_NamedOnce()
    {
        Assert.Equal(new[] { "n", "exclus" }, new Modele("m", null, "{n} ; {exclus} {exclus:exclu|exclus}[ dont {n} ici]").Chiffres);
    }

    [Theory]
    [InlineData("a {n", "Accolade non fermée ou vide à la position 2 du modèle « a {n ».")]
    [InlineData("a {} b", "Accolade non fermée ou vide à la position 2 du modèle « a {} b ».")]
    [InlineData("a ] b", "Crochet fermant isolé à la position 2 du modèle « a ] b ».")]
    [InlineData("a } b", "Accolade fermante isolée à la position 2 du modèle « a } b ».")]
    [InlineData("a [b", "Crochet non fermé dans le modèle « a [b ».")]
    [InlineData("a [b [c] d", "Crochet non fermé dans le modèle « a [b [c] d ».")]
    [InlineData("{n:x}", "Accord « {n:x} » mal formé à la position 0 du modèle « {n:x} » : {chiffre:singulier|pluriel} attendu.")]
    public void Constructor_MalformedTemplate_FormatExceptionSayingWhereAndWhat(string texte, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => new Modele("m", null, texte)).Message);
    }

    [Fact]
    public void Constructor_ClosingBracketOfANestedPart_Accepted()
    {
        Assert.Equal("a b c d", new Modele("m", null, "a [b [c] d]").Render(Array.Empty<Chiffre>()));
    }

    [Fact]
    public void ToString_MotifAndText()
    {
        Assert.Equal("seuil : {n} sur {T}", new Modele("seuil", null, "{n} sur {T}").ToString());
    }

    [Theory]
    [InlineData("Sans chiffre.")]
    [InlineData("{n} ESSMS {n:retenu|retenus} sur {total}.")]
    [InlineData("[{absent}]")]
    public void RenderTemporaire_AnyTemplate_TheTextOfRender(string texte)
    {
        var modele = new Modele("m", null, texte);
        var chiffres = new[] { Chiffre.Entier("n", 2), Chiffre.Entier("total", 12) };

        Assert.Equal(modele.Render(chiffres), modele.RenderTemporaire(chiffres).ToString());
    }

    [Fact]
    public void RenderTemporaire_ALongSentenceThenAShortOne_EachItsOwnText()
    {
        var longue = new Modele("m", null, new string('é', 3000) + " {n}");
        var courte = new Modele("m", null, "{n} ESSMS.");
        var chiffres = new[] { Chiffre.Entier("n", 1500) };

        Assert.Equal(new string('é', 3000) + " 1 500", longue.RenderTemporaire(chiffres).ToString());
        Assert.Equal("1 500 ESSMS.", courte.RenderTemporaire(chiffres).ToString());
    }

    [Fact]
    public void Render_TemplateWithoutFigure_TheSameStringEachTime()
    {
        var modele = new Modele("m", null, "Sans objet : aucune commande SONS.");

        Assert.Same(modele.Render(Array.Empty<Chiffre>()), modele.Render(Array.Empty<Chiffre>()));
    }

    [Fact]
    public void Render_FigureNamedByAStringBuiltAtRunTime_Found()
    {
        // Not the interned "n" of the template: found by value once no name matches by reference.
        var nom = new string(new[] { 'n' });
        Assert.False(ReferenceEquals(nom, "n"));

        Assert.Equal("3 ESSMS.", new Modele("m", null, "{n} ESSMS.").Render(new[] { Chiffre.Entier(nom, 3) }));
        Assert.Equal("3 ESSMS.", new Modele("m", null, "{n} ESSMS.").RenderTemporaire(new[] { Chiffre.Entier(nom, 3) }).ToString());
    }

    [Fact]
    public void RenderTemporaire_SecondCallOnAThread_AllocatesNothing()
    {
        var modele = new Modele("m", null, "Grappe de {n} ESSMS {n:retenu|retenus} sur {total}, une phrase assez longue pour peser dans un constructeur de texte.");
        var chiffres = new[] { Chiffre.Mot("n", "une quarantaine"), Chiffre.Mot("total", "cinquante") };
        var texte = modele.RenderTemporaire(chiffres).ToString();

        var avant = GC.GetAllocatedBytesForCurrentThread();
        var longueur = modele.RenderTemporaire(chiffres).Length;
        var octets = GC.GetAllocatedBytesForCurrentThread() - avant;

        Assert.Equal(texte.Length, longueur);
        Assert.Equal(0, octets);
    }
}
