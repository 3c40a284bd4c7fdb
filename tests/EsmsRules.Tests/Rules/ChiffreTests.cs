using System;
using System.Collections.Generic;
using EsmsRules.Rules;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules;

public class ChiffreTests
{
    [Theory]
    [InlineData(true, "oui")]
    [InlineData(false, "non")]
    public void OuiNon_Value_WrittenOuiOrNonAndReadBack(bool valeur, string texte)
    {
        var c = Chiffre.OuiNon("marchePossible", valeur);

        Assert.Equal(TypeChiffre.Booleen, c.Type);
        Assert.Equal(valeur, c.Booleen);
        Assert.Equal(texte, c.Render());
    }

    [Fact]
    public void OuiNon_ReadAsNumber_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Chiffre.OuiNon("p", true).Nombre);
    }

    [Fact]
    public void Booleen_OtherType_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Chiffre.Entier("n", 1).Booleen);
    }

    [Fact]
    public void OuiNon_Equality_ByValue()
    {
        Assert.Equal(Chiffre.OuiNon("p", true), Chiffre.OuiNon("p", true));
        Assert.NotEqual(Chiffre.OuiNon("p", true), Chiffre.OuiNon("p", false));
        Assert.NotEqual(Chiffre.OuiNon("p", true), Chiffre.Entier("p", 1));
    }

    public static TheoryData<Chiffre, TypeChiffre, string> ChaqueType => new()
    {
        { Chiffre.Entier("n", 10000), TypeChiffre.Entier, "10 000" },
        { Chiffre.Euros("m", 1128500m), TypeChiffre.Euros, "1 128 500 €" },
        { Chiffre.EurosCentimes("m", 5256m), TypeChiffre.EurosCentimes, "5 256,00 €" },
        { Chiffre.Taux("t", 0.3m), TypeChiffre.Taux, "30 %" },
        { Chiffre.Pourcentage("p", 70m), TypeChiffre.Pourcentage, "70 %" },
        { Chiffre.LeJour("d", new LocalDate(2022, 2, 12)), TypeChiffre.Date, "12/02/2022" },
        { Chiffre.Mot("f", "750000001"), TypeChiffre.Texte, "750000001" },
        { Chiffre.ListeDe("l", new[] { "a", "b" }, " et "), TypeChiffre.Liste, "a et b" },
        { Chiffre.OuiNon("o", false), TypeChiffre.Booleen, "non" },
        { Chiffre.OuiNon("o", true), TypeChiffre.Booleen, "oui" },
    };

    [Theory]
    [MemberData(nameof(ChaqueType))]
    public void Factories_EachType_TypeAndTextAndOnlyItsOwnAccessor(Chiffre c, TypeChiffre type, string texte)
    {
        Assert.Equal(type, c.Type);
        Assert.Equal(texte, c.Render());
        var nombre = type is TypeChiffre.Entier or TypeChiffre.Euros or TypeChiffre.EurosCentimes or TypeChiffre.Taux or TypeChiffre.Pourcentage;
        Assert.Equal(nombre, Lit(() => c.Nombre));
        Assert.Equal(type == TypeChiffre.Date, Lit(() => c.Date));
        Assert.Equal(type == TypeChiffre.Texte, Lit(() => c.Texte));
        Assert.Equal(type == TypeChiffre.Liste, Lit(() => c.Elements));
        Assert.Equal(type == TypeChiffre.Booleen, Lit(() => c.Booleen));
    }

    [Fact]
    public void Equals_SameNameAndValueOfAnotherType_NotEqual()
    {
        var chiffres = new[]
        {
            Chiffre.Entier("x", 1), Chiffre.Euros("x", 1m), Chiffre.EurosCentimes("x", 1m), Chiffre.Taux("x", 1m),
            Chiffre.Pourcentage("x", 1m), Chiffre.OuiNon("x", true), Chiffre.Mot("x", "1"), Chiffre.ListeDe("x", new[] { "1" }),
            Chiffre.LeJour("x", new LocalDate(2022, 1, 1)), default,
        };

        for (var i = 0; i < chiffres.Length; i++)
        {
            for (var j = 0; j < chiffres.Length; j++)
            {
                Assert.Equal(i == j, chiffres[i].Equals(chiffres[j]));
            }
        }
    }

    [Fact]
    public void Equals_ListsElementByElementAndSeparator_ValueEquality()
    {
        Assert.Equal(Chiffre.ListeDe("l", new[] { "a", "b" }), Chiffre.ListeDe("l", new List<string> { "a", "b" }));
        Assert.NotEqual(Chiffre.ListeDe("l", new[] { "a", "b" }), Chiffre.ListeDe("l", new[] { "a", "b" }, " et "));
        Assert.NotEqual(Chiffre.ListeDe("l", new[] { "a", "b" }), Chiffre.ListeDe("l", new[] { "a", "c" }));
        Assert.Equal(Chiffre.LeJour("d", new LocalDate(2022, 7, 1)), Chiffre.LeJour("d", new LocalDate(2022, 7, 1)));
        Assert.NotEqual(Chiffre.LeJour("d", new LocalDate(2022, 7, 1)), Chiffre.LeJour("d", new LocalDate(2022, 7, 2)));
    }

    [Fact]
    public void Default_NoValue_AnIntegerZero()
    {
        var c = default(Chiffre);

        Assert.Equal(TypeChiffre.Entier, c.Type);
        Assert.Equal(0m, c.Nombre);
        Assert.Equal("0", c.Render());
    }

    [Fact]
    public void Layout_OneFigure_ThirtyTwoBytes()
    {
        // A tree holds a few figures per node: the name, a decimal and one reference for the rest (issue 15's bound).
        Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<Chiffre>());
    }

    private static bool Lit(Func<object> lire)
    {
        try
        {
            lire();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Fact]
    public void Accessors_OtherType_MessagesNameTheFigureAndWhatItIsNot()
    {
        Assert.Equal("Le chiffre « f » n'est pas un nombre.", Assert.Throws<InvalidOperationException>(() => Chiffre.Mot("f", "x").Nombre).Message);
        Assert.Equal("Le chiffre « n » n'est pas une date.", Assert.Throws<InvalidOperationException>(() => Chiffre.Entier("n", 1).Date).Message);
        Assert.Equal("Le chiffre « n » n'est pas un texte.", Assert.Throws<InvalidOperationException>(() => Chiffre.Entier("n", 1).Texte).Message);
        Assert.Equal("Le chiffre « n » n'est pas une liste.", Assert.Throws<InvalidOperationException>(() => Chiffre.Entier("n", 1).Elements).Message);
        Assert.Equal("Le chiffre « n » n'est pas un booléen.", Assert.Throws<InvalidOperationException>(() => Chiffre.Entier("n", 1).Booleen).Message);
    }

    [Fact]
    public void GetHashCode_EqualFigures_SameHashAndTheNameCounts()
    {
        Assert.Equal(Chiffre.Euros("m", 12m).GetHashCode(), Chiffre.Euros("m", 12m).GetHashCode());
        Assert.Equal(default(Chiffre).GetHashCode(), default(Chiffre).GetHashCode());
        var hashes = new HashSet<int>();
        foreach (var nom in new[] { "a", "b", "c", "d", "e", "f", "g", "h" })
        {
            hashes.Add(Chiffre.Entier(nom, 2).GetHashCode());
        }

        // Names only differ: a hash that left the name out (or scaled it to nothing) would give one value.
        Assert.True(hashes.Count > 4, $"{hashes.Count} hashes for 8 names");
    }

    [Fact]
    public void Operators_EqualAndDifferentFigures_EqualityAndInequality()
    {
        Assert.True(Chiffre.Entier("n", 1) == Chiffre.Entier("n", 1));
        Assert.False(Chiffre.Entier("n", 1) != Chiffre.Entier("n", 1));
        Assert.True(Chiffre.Entier("n", 1) != Chiffre.Entier("n", 2));
        Assert.False(Chiffre.Entier("n", 1) == Chiffre.Entier("n", 2));
    }

    [Fact]
    public void ToString_NameAndFrenchText()
    {
        Assert.Equal("montant = 1 128 500 €", Chiffre.Euros("montant", 1128500m).ToString());
    }

    [Theory]
    [MemberData(nameof(ChaqueType))]
    public void Ecrire_EachType_AppendsTheTextOfRender(Chiffre c, TypeChiffre type, string texte)
    {
        var sb = new System.Text.StringBuilder("«");

        c.Ecrire(sb);

        Assert.Equal("«" + texte, sb.ToString());
        Assert.Equal(type, c.Type);
    }

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public bool Ecrire_AnyNumberOfAnyType_TheTextOfRender(decimal valeur, long entier)
    {
        foreach (var c in new[]
        {
            Chiffre.Entier("n", entier), Chiffre.Euros("m", valeur), Chiffre.EurosCentimes("m", valeur),
            Chiffre.Taux("t", valeur / 1000m), Chiffre.Pourcentage("p", valeur), default,
        })
        {
            var sb = new System.Text.StringBuilder();
            c.Ecrire(sb);
            if (sb.ToString() != c.Render())
            {
                return false;
            }
        }

        return true;
    }
}
