using System;
using EsmsRules.Rules;
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
}
