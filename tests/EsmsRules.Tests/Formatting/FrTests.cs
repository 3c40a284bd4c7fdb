using System;
using System.Globalization;
using System.Text;
using EsmsRules.Formatting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
        Assert.Equal(attendu, Fr.EurosCentimes(decimal.Parse(montant, System.Globalization.CultureInfo.InvariantCulture)));
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

    [Theory]
    [InlineData("-0.4", 0, "0")]
    [InlineData("-0.004", 2, "0,00")]
    [InlineData("999999999999999999.4", 0, "999 999 999 999 999 999")]
    [InlineData("1000000000000000000", 0, "1 000 000 000 000 000 000")]
    [InlineData("-79228162514264337593543950335", 0, "-79 228 162 514 264 337 593 543 950 335")]
    [InlineData("1.23456789", 6, "1,234568")]
    [InlineData("-17342436417458283995208709.729", 4, "-17 342 436 417 458 283 995 208 709,7290")]
    [InlineData("7922816251426433759354395033.5", 4, "7 922 816 251 426 433 759 354 395 033,5000")]
    public void Nombre_EdgeValues_SameAsInvariantFormatRegrouped(string valeur, int decimals, string attendu)
    {
        var v = decimal.Parse(valeur, CultureInfo.InvariantCulture);

        Assert.Equal(attendu, Fr.Nombre(v, decimals));
        Assert.Equal(Reference(v, decimals), Fr.Nombre(v, decimals));
    }

    [Fact]
    public void Entier_LongExtremes_Grouped()
    {
        Assert.Equal("-9 223 372 036 854 775 808", Fr.Entier(long.MinValue));
        Assert.Equal("9 223 372 036 854 775 807", Fr.Entier(long.MaxValue));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Nombre_DecimalsOutOfRange_Throws(int decimals)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Fr.Nombre(1m, decimals));

        Assert.Equal("decimals", e.ParamName);
    }

    /// <summary>Amounts in cents up to 10^15 (any sign, any scale up to 6), with 0 to 4 decimals.</summary>
    public static class Montants
    {
        public static Arbitrary<(decimal m, int d)> Cas() => (
            from cents in Gen.Choose(int.MinValue, int.MaxValue).Two()
            from scale in Gen.Choose(0, 6)
            let m = new decimal(cents.Item1, cents.Item2 & 0xFF, 0, cents.Item1 < 0, (byte)scale)
            from d in Gen.Choose(0, 4)
            select (m, d)).ToArbitrary();
    }

    /// <summary>The whole decimal range (the high word often zero, as amounts are), every scale, either sign (zero
    /// included), with 0 to 6 decimals.</summary>
    public static class Decimaux
    {
        public static Arbitrary<(decimal m, int d)> Cas() => (
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
            from hi in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, int.MaxValue)))
            from negatif in Gen.Elements(true, false)
            from scale in Gen.Frequency((3, Gen.Choose(0, 4)), (1, Gen.Choose(0, 28)))
            let m = new decimal(lo, mid, hi, negatif, (byte)scale)
            from d in Gen.Choose(0, 6)
            select (m, d)).ToArbitrary();
    }

    /// <summary>Dates from about 11 900 years before 2000 to about 7 900 after.</summary>
    public static class Dates
    {
        public static Arbitrary<LocalDate> Date() => (
            from jours in Gen.Choose(-4_350_000, 2_900_000)
            select new LocalDate(2000, 1, 1).PlusDays(jours)).ToArbitrary();
    }

    /// <summary>The direct digit writer gives the text of the general path (invariant format, then French grouping).</summary>
    [Property(MaxTest = 500, QuietOnSuccess = true, Arbitrary = new[] { typeof(Montants) })]
    public bool Nombre_AnyAmount_SameAsInvariantFormatRegrouped((decimal m, int d) c) =>
        Fr.Nombre(c.m, c.d) == Reference(c.m, c.d)
        && Fr.EurosCentimes(c.m) == Reference(c.m, 2) + " €";

    /// <summary>The path without rounding (scale at most the decimals), the rounding path and the general path all give
    /// the reference text, and Euros chooses 0 or 2 decimals as the reference says.</summary>
    [Property(MaxTest = 3000, QuietOnSuccess = true, Arbitrary = new[] { typeof(Decimaux) })]
    public bool Nombre_AnyDecimalAnyScale_SameAsInvariantFormatRegrouped((decimal m, int d) c) =>
        Fr.Nombre(c.m, c.d) == Reference(c.m, c.d)
        && Fr.Euros(c.m) == Reference(c.m, decimal.Truncate(c.m) == c.m ? 0 : 2) + " €";

    [Property(MaxTest = 3000, QuietOnSuccess = true, Arbitrary = new[] { typeof(Dates) })]
    public bool Date_AnyDate_SameAsTheNodaTimePattern(LocalDate d) =>
        Fr.Date(d) == d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Appending to a builder writes what the string-returning formatters write, after what is there.</summary>
    [Property(MaxTest = 3000, QuietOnSuccess = true, Arbitrary = new[] { typeof(Decimaux) })]
    public bool Ajouter_AnyDecimalAnyScale_TheTextOfNombreEurosAndPourcent((decimal m, int d) c)
    {
        var sb = new StringBuilder("«");
        Fr.Ajouter(sb, c.m, c.d, " u");
        Fr.AjouterEuros(sb, c.m);
        Fr.AjouterPourcentValeur(sb, c.m);
        return sb.ToString() == "«" + Fr.Nombre(c.m, c.d) + " u" + Fr.Euros(c.m) + Fr.PourcentValeur(c.m);
    }

    [Property(MaxTest = 3000, QuietOnSuccess = true, Arbitrary = new[] { typeof(Dates) })]
    public bool AjouterDate_AnyDate_TheTextOfDate(LocalDate d)
    {
        var sb = new StringBuilder("«");
        Fr.AjouterDate(sb, d);
        return sb.ToString() == "«" + Fr.Date(d);
    }

    [Fact]
    public void Date_BoundsOfTheCalendar_SameAsTheNodaTimePattern()
    {
        Assert.Equal("01/01/0001", Fr.Date(new LocalDate(1, 1, 1)));
        Assert.Equal("31/12/9999", Fr.Date(new LocalDate(9999, 12, 31)));
        Assert.Equal(new LocalDate(0, 6, 1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Fr.Date(new LocalDate(0, 6, 1)));
    }

    /// <summary>The formatting before the digit writer: the invariant format, then a space every three digits.</summary>
    private static string Reference(decimal valeur, int decimals)
    {
        var raw = Math.Round(valeur, decimals, MidpointRounding.AwayFromZero)
            .ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
        var negative = raw.StartsWith('-');
        raw = negative ? raw[1..] : raw;
        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? raw : raw[..dot];
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        for (var i = 0; i < intPart.Length; i++)
        {
            if (i > 0 && (intPart.Length - i) % 3 == 0)
            {
                sb.Append(' ');
            }

            sb.Append(intPart[i]);
        }

        return dot >= 0 ? sb.Append(',').Append(raw, dot + 1, raw.Length - dot - 1).ToString() : sb.ToString();
    }
}
