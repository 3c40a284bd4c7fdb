using System;
using System.Globalization;
using System.Text;

namespace EsmsRules.Formatting;

/// <summary>
/// French formatting of figures for explanations, independent of the current culture: thousands separated by a space,
/// decimal comma, « € » after a space ("1 128 500 €", "5 256,00 €", "30 %").
/// </summary>
internal static class Fr
{
    /// <summary>An amount in euros: no decimals when whole, else two ("1 128 500 €", "26 611,20 €").</summary>
    /// <param name="montant">The amount.</param>
    /// <returns>The text.</returns>
    public static string Euros(decimal montant) =>
        Format(montant, EstEntier(montant) ? 0 : 2, " €");

    /// <summary>Appends <see cref="Euros"/>'s text.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="montant">The amount.</param>
    internal static void AjouterEuros(StringBuilder sb, decimal montant) => Ajouter(sb, montant, EstEntier(montant) ? 0 : 2, " €");

    /// <summary>Appends <see cref="PourcentValeur"/>'s text.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="valeur">The percentage.</param>
    internal static void AjouterPourcentValeur(StringBuilder sb, decimal valeur)
    {
        var rounded = Math.Round(valeur, 2, MidpointRounding.AwayFromZero);
        Ajouter(sb, rounded, DecimalesPourcent(rounded), " %");
    }

    private static int DecimalesPourcent(decimal rounded) =>
        decimal.Truncate(rounded) == rounded ? 0 : (decimal.Truncate(rounded * 10) == rounded * 10 ? 1 : 2);

    /// <summary>An amount in euros with two decimals always ("5 256,00 €").</summary>
    /// <param name="montant">The amount.</param>
    /// <returns>The text.</returns>
    public static string EurosCentimes(decimal montant) => Format(montant, 2, " €");

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
        return Format(rounded, DecimalesPourcent(rounded), " %");
    }

    /// <summary>The text with the accented letters of French folded to their base letter ("Île" → "Ile"), for an
    /// alphabetical order that does not depend on the culture.</summary>
    /// <param name="texte">The text.</param>
    /// <returns>The folded text.</returns>
    public static string SansAccents(string texte)
    {
        if (texte is null)
        {
            throw new ArgumentNullException(nameof(texte));
        }

        const string accents = "àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ";
        const string bases = "aaaceeeeiioouuuyAAACEEEEIIOOUUUY";
        var chars = texte.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = accents.IndexOf(chars[i]);
            if (k >= 0)
            {
                chars[i] = bases[k];
            }
        }

        return new string(chars);
    }

    /// <summary>An integer with French grouping ("10 000").</summary>
    /// <param name="valeur">The integer.</param>
    /// <returns>The text.</returns>
    public static string Entier(long valeur) => Format(valeur, 0, string.Empty);

    /// <summary>A number with French grouping and <paramref name="decimals"/> decimals, rounded half away from zero.</summary>
    /// <param name="valeur">The number.</param>
    /// <param name="decimals">Number of decimals (0–28).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 28.</exception>
    public static string Nombre(decimal valeur, int decimals) => Format(valeur, decimals, string.Empty);

    // Powers of ten for the decimals the explanations use; more decimals take the general path.
    private static readonly decimal[] Puissances = { 1m, 10m, 100m, 1000m, 10000m };

    // 10^18 / Puissances: the amounts whose digits fit the digit writer's integer.
    private static readonly decimal[] Bornes = { 1e18m, 1e17m, 1e16m, 1e15m, 1e14m };

#if NET8_0_OR_GREATER
    private static readonly ulong[] PuissancesEntieres = Array.ConvertAll(Puissances, p => (ulong)p);
    private static readonly ulong[] BornesEntieres = Array.ConvertAll(Bornes, b => (ulong)b);
#endif

    /// <summary>Whether <paramref name="montant"/> is a whole number (a scale of 0 says so without arithmetic).</summary>
    private static bool EstEntier(decimal montant) =>
#if NET8_0_OR_GREATER
        montant.Scale == 0 ||
#endif
        decimal.Truncate(montant) == montant;

    /// <summary>The number and its suffix, written into one buffer and allocated once: explanations format amounts
    /// in every node, so this is on the evaluation's hot path.</summary>
    private static string Format(decimal valeur, int decimals, string suffixe)
    {
        Span<char> buffer = stackalloc char[64];
        return Ecrire(valeur, decimals, suffixe, buffer, out var debut)
            ? buffer.Slice(debut).ToString()
            : General(Math.Round(valeur, decimals, MidpointRounding.AwayFromZero), decimals) + suffixe;
    }

    /// <summary>Appends the number and its suffix to <paramref name="sb"/>, as <see cref="Nombre"/> writes it, without
    /// a string in between when it fits the digit writer (a sentence written from its template).</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="valeur">The number.</param>
    /// <param name="decimals">Number of decimals (0–28).</param>
    /// <param name="suffixe">Written after it (« € », « % »).</param>
    internal static void Ajouter(StringBuilder sb, decimal valeur, int decimals, string suffixe)
    {
#if NET8_0_OR_GREATER
        Span<char> buffer = stackalloc char[64];
        if (Ecrire(valeur, decimals, suffixe, buffer, out var debut))
        {
            sb.Append(buffer.Slice(debut));
        }
        else
        {
            sb.Append(General(Math.Round(valeur, decimals, MidpointRounding.AwayFromZero), decimals)).Append(suffixe);
        }
#else
        sb.Append(Format(valeur, decimals, suffixe));
#endif
    }

    /// <summary>Writes the number and its suffix at the end of <paramref name="buffer"/> (64 characters) from
    /// <paramref name="debut"/> on; false when it takes the general path (more than four decimals, or 18 digits and
    /// more).</summary>
    private static bool Ecrire(decimal valeur, int decimals, string suffixe, Span<char> buffer, out int debut)
    {
        if ((uint)decimals > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "decimals must be between 0 and 28.");
        }

#if NET8_0_OR_GREATER
        // Most amounts need no rounding (their scale is at most the decimals shown): their mantissa, scaled up, is
        // the integer the digit writer takes, without decimal arithmetic.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(valeur, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] == 0 && scale <= decimals && decimals < Puissances.Length)
        {
            var mantisse = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (mantisse < BornesEntieres[decimals - scale])
            {
                var entier = (long)(mantisse * PuissancesEntieres[decimals - scale]);
                debut = Chiffres(bits[3] < 0 ? -entier : entier, decimals, suffixe, buffer);
                return true;
            }
        }
#endif
        var arrondi = Math.Round(valeur, decimals, MidpointRounding.AwayFromZero);
        // Bounded before the multiplication, which overflows for amounts near the decimal range.
        if (decimals < Puissances.Length && arrondi > -Bornes[decimals] && arrondi < Bornes[decimals])
        {
            debut = Chiffres((long)(arrondi * Puissances[decimals]), decimals, suffixe, buffer);
            return true;
        }

        debut = buffer.Length;
        return false;
    }

    /// <summary>Writes <paramref name="entier"/> / 10^<paramref name="decimals"/> with French separators at the end of
    /// <paramref name="buffer"/> (a negative zero has no sign, as <see cref="decimal.ToString(string, IFormatProvider)"/>
    /// writes it); returns where it starts.</summary>
    private static int Chiffres(long entier, int decimals, string suffixe, Span<char> buffer)
    {
        var pos = buffer.Length;
        for (var i = suffixe.Length - 1; i >= 0; i--)
        {
            buffer[--pos] = suffixe[i];
        }

        var negatif = entier < 0;
        var reste = negatif ? (ulong)-entier : (ulong)entier;
        if (decimals > 0)
        {
            for (var i = 0; i < decimals; i++)
            {
                buffer[--pos] = (char)('0' + (int)(reste % 10));
                reste /= 10;
            }

            buffer[--pos] = ',';
        }

        var chiffres = 0;
        do
        {
            if (chiffres == 3)
            {
                buffer[--pos] = ' ';
                chiffres = 0;
            }

            buffer[--pos] = (char)('0' + (int)(reste % 10));
            reste /= 10;
            chiffres++;
        }
        while (reste != 0);

        if (negatif)
        {
            buffer[--pos] = '-';
        }

        return pos;
    }

    /// <summary>Any number of decimals and any magnitude: through the invariant format, then regrouped.</summary>
    private static string General(decimal arrondi, int decimals)
    {
        var raw = arrondi.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
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
    public static string Date(NodaTime.LocalDate date)
    {
        if (date.Year < 1)
        {
            return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        Span<char> c = stackalloc char[10];
        EcrireDate(date, c);
        return c.ToString();
    }

    /// <summary>Appends <see cref="Date"/>'s text.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="date">The date.</param>
    internal static void AjouterDate(StringBuilder sb, NodaTime.LocalDate date)
    {
#if NET8_0_OR_GREATER
        if (date.Year >= 1)
        {
            Span<char> c = stackalloc char[10];
            EcrireDate(date, c);
            sb.Append(c);
            return;
        }
#endif
        sb.Append(Date(date));
    }

    /// <summary>The digits of the "dd/MM/yyyy" pattern, written directly (years 1 to 9999): dates are formatted in many
    /// explanations, and the pattern's formatter costs several times more (FrTests compare both).</summary>
    private static void EcrireDate(NodaTime.LocalDate date, Span<char> c)
    {
        var annee = date.Year;
        var jour = date.Day;
        var mois = date.Month;
        c[0] = (char)('0' + (jour / 10));
        c[1] = (char)('0' + (jour % 10));
        c[2] = '/';
        c[3] = (char)('0' + (mois / 10));
        c[4] = (char)('0' + (mois % 10));
        c[5] = '/';
        c[6] = (char)('0' + (annee / 1000));
        c[7] = (char)('0' + (annee / 100 % 10));
        c[8] = (char)('0' + (annee / 10 % 10));
        c[9] = (char)('0' + (annee % 10));
    }
}
