using System;
using System.Globalization;
using System.Text;

namespace EsmsRules.Formatting;

/// <summary>
/// French formatting of figures for explanations, independent of the current culture: thousands separated by a space,
/// decimal comma, « € » after a space ("1 128 500 €", "5 256,00 €", "30 %").
/// </summary>
public static class Fr
{
    /// <summary>An amount in euros: no decimals when whole, else two ("1 128 500 €", "26 611,20 €").</summary>
    /// <param name="montant">The amount.</param>
    /// <returns>The text.</returns>
    public static string Euros(decimal montant) =>
        Nombre(montant, decimal.Truncate(montant) == montant ? 0 : 2) + " €";

    /// <summary>An amount in euros with two decimals always ("5 256,00 €").</summary>
    /// <param name="montant">The amount.</param>
    /// <returns>The text.</returns>
    public static string Euros2(decimal montant) => Nombre(montant, 2) + " €";

    /// <summary>A rate as a percentage ("30 %", "12,5 %").</summary>
    /// <param name="taux">The rate (0.3 for 30 %).</param>
    /// <returns>The text.</returns>
    public static string Pourcent(decimal taux) => PourcentValeur(taux * 100m);

    /// <summary>A value already in percent ("70 %", "68,42 %").</summary>
    /// <param name="valeur">The percentage.</param>
    /// <returns>The text.</returns>
    public static string PourcentValeur(decimal valeur)
    {
        var rounded = Math.Round(valeur, 2, MidpointRounding.AwayFromZero);
        var decimals = decimal.Truncate(rounded) == rounded ? 0 : (decimal.Truncate(rounded * 10) == rounded * 10 ? 1 : 2);
        return Nombre(rounded, decimals) + " %";
    }

    /// <summary>An integer with French grouping ("10 000").</summary>
    /// <param name="valeur">The integer.</param>
    /// <returns>The text.</returns>
    public static string Entier(long valeur) => Nombre(valeur, 0);

    /// <summary>A number with French grouping and <paramref name="decimals"/> decimals.</summary>
    /// <param name="valeur">The number.</param>
    /// <param name="decimals">Number of decimals (0–4).</param>
    /// <returns>The text.</returns>
    public static string Nombre(decimal valeur, int decimals)
    {
        var raw = Math.Round(valeur, decimals, MidpointRounding.AwayFromZero)
            .ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
        var negative = raw.StartsWith("-", StringComparison.Ordinal);
        if (negative)
        {
            raw = raw.Substring(1);
        }

        var dot = raw.IndexOf('.');
        var intPart = dot < 0 ? raw : raw.Substring(0, dot);
        var sb = new StringBuilder(raw.Length + 8);
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

        if (dot >= 0)
        {
            sb.Append(',').Append(raw, dot + 1, raw.Length - dot - 1);
        }

        return sb.ToString();
    }

    /// <summary>A date as dd/MM/yyyy.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(NodaTime.LocalDate date) =>
        date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
