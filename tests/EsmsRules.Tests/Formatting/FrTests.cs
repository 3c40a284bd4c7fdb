using EsmsRules.Formatting;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Formatting;

/// <summary>French formatting of the figures in explanations ("1 128 500 €", "5 256,00 €", "30 %").</summary>
public class FrTests
{
    [Theory]
    [InlineData("1128500", "1 128 500 €")]
    [InlineData("0", "0 €")]
    [InlineData("999", "999 €")]
    [InlineData("1000", "1 000 €")]
    [InlineData("26611.2", "26 611,20 €")]
    [InlineData("5256.00", "5 256 €")]
    [InlineData("102500.005", "102 500,01 €")]
    [InlineData("-1500", "-1 500 €")]
    public void Euros_Amount_WholeWithoutDecimalsElseTwo(string montant, string attendu)
    {
        Assert.Equal(attendu, Fr.Euros(decimal.Parse(montant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("5256", "5 256,00 €")]
    [InlineData("494500", "494 500,00 €")]
    [InlineData("0.015", "0,02 €")]
    [InlineData("2.005", "2,01 €")]
    [InlineData("-2.005", "-2,01 €")]
    public void Euros2_Amount_AlwaysTwoDecimalsHalfAwayFromZero(string montant, string attendu)
    {
        Assert.Equal(attendu, Fr.Euros2(decimal.Parse(montant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("0.3", "30 %")]
    [InlineData("0.5", "50 %")]
    [InlineData("0.125", "12,5 %")]
    [InlineData("1", "100 %")]
    public void Pourcent_Rate_ShownInPercent(string taux, string attendu)
    {
        Assert.Equal(attendu, Fr.Pourcent(decimal.Parse(taux, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("70", "70 %")]
    [InlineData("68.421", "68,42 %")]
    [InlineData("78.50", "78,5 %")]
    [InlineData("89.999", "90 %")]
    public void PourcentValeur_Percentage_AtMostTwoDecimalsTrailingZerosDropped(string valeur, string attendu)
    {
        Assert.Equal(attendu, Fr.PourcentValeur(decimal.Parse(valeur, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(10_000L, "10 000")]
    [InlineData(1_234_567_890L, "1 234 567 890")]
    [InlineData(-123_456L, "-123 456")]
    public void Entier_Integer_GroupedByThousands(long valeur, string attendu)
    {
        Assert.Equal(attendu, Fr.Entier(valeur));
    }

    [Fact]
    public void Nombre_FourDecimals_DecimalComma()
    {
        Assert.Equal("1 234,5679", Fr.Nombre(1234.56789m, 4));
    }

    [Fact]
    public void Euros_Separators_PlainSpaceAndEuroSign()
    {
        // The thousands separator and the space before « € » are U+0020, as in RULES.md and CONTRACT.md.
        Assert.Equal("1\u0020128\u0020500\u0020\u20AC", Fr.Euros(1_128_500m));
    }

    [Fact]
    public void Date_LocalDate_DayMonthYear()
    {
        Assert.Equal("28/02/2024", Fr.Date(new LocalDate(2024, 2, 28)));
    }
}
