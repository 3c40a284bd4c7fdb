using System;

namespace EsmsRules.Serialization;

/// <summary>What the text of a JSON number is, read exactly (no rounding, no underflow, no overflow).</summary>
internal enum LectureNombre
{
    /// <summary>Read exactly within the bounds asked.</summary>
    Exact,

    /// <summary>An integer was asked and the value has a fractional part (<c>18.5</c>, <c>1e-400</c>).</summary>
    PasEntier,

    /// <summary>An amount was asked and the value has more than 2 decimals (<c>1.001</c>, <c>1e-400</c>,
    /// <c>1.0000000000000000000000000000001</c>).</summary>
    TropDeDecimales,

    /// <summary>Negative (and not zero: <c>-0</c> is 0).</summary>
    Negatif,

    /// <summary>Greater than the maximum asked (<c>1E+400</c> included).</summary>
    TropGrand,
}

/// <summary>
/// Exact reading of the text of a JSON number (as <see cref="System.Text.Json.Utf8JsonReader"/> has already checked
/// its grammar: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>). A value is the digits D times 10^E; it is
/// accepted only when it is exactly what the field can hold: no digit is dropped, so a number whose value would differ
/// from its text is refused rather than rounded.
/// </summary>
internal static class Nombre
{
    /// <summary>Exponents beyond this are saturated: they make any non-zero value too large or too small anyway.</summary>
    private const long ExposantBorne = 1_000_000_000;

    /// <summary>An integer of <paramref name="texte"/> between <paramref name="min"/> and <paramref name="max"/>
    /// (<paramref name="min"/> ≥ 0 reports a negative value as <see cref="LectureNombre.Negatif"/>; a negative
    /// <paramref name="min"/> accepts negative values down to it).</summary>
    public static LectureNombre Entier(ReadOnlySpan<byte> texte, long min, long max, out long valeur)
    {
        // Most counts: a few digits, nothing else.
        if (texte.Length <= 9)
        {
            long rapide = 0;
            var k = 0;
            for (; k < texte.Length && texte[k] >= (byte)'0' && texte[k] <= (byte)'9'; k++)
            {
                rapide = (rapide * 10) + (texte[k] - '0');
            }

            if (k == texte.Length)
            {
                valeur = rapide >= min && rapide <= max ? rapide : 0;
                return rapide < min ? LectureNombre.Negatif : rapide > max ? LectureNombre.TropGrand : LectureNombre.Exact;
            }
        }

        valeur = 0;
        Decomposer(texte, out var negatif, out var chiffres, out var exposant);
        if (chiffres.Length == 0)
        {
            return min <= 0 ? LectureNombre.Exact : LectureNombre.TropGrand;
        }

        // Trailing zeros of the fractional part do not make a fraction (18.0 is 18).
        var fin = chiffres.Length;
        while (exposant < 0 && chiffres[fin - 1] == (byte)'0')
        {
            fin--;
            exposant++;
        }

        if (exposant < 0)
        {
            return LectureNombre.PasEntier;
        }

        chiffres = chiffres.Slice(0, fin);
        if (negatif && min >= 0)
        {
            return LectureNombre.Negatif;
        }

        // At most 18 digits in all: below 10^18, within a long.
        if (chiffres.Length + exposant > 18)
        {
            return negatif ? LectureNombre.Negatif : LectureNombre.TropGrand;
        }

        long v = 0;
        foreach (var c in chiffres)
        {
            v = (v * 10) + (c - '0');
        }

        for (var i = 0; i < exposant; i++)
        {
            v *= 10;
        }

        v = negatif ? -v : v;
        if (v < min)
        {
            return LectureNombre.Negatif;
        }

        if (v > max)
        {
            return LectureNombre.TropGrand;
        }

        valeur = v;
        return LectureNombre.Exact;
    }

    /// <summary>An amount of <paramref name="texte"/>: from 0 to <paramref name="max"/>, at most 2 decimals, built
    /// exactly (its scale is the decimals written, trailing zeros beyond the second dropped).</summary>
    public static LectureNombre Montant(ReadOnlySpan<byte> texte, decimal max, out decimal valeur)
    {
        valeur = 0m;
        Decomposer(texte, out var negatif, out var chiffres, out var exposant);
        if (chiffres.Length == 0)
        {
            return LectureNombre.Exact;
        }

        // Trailing zeros of the digits count as decimals written, but only down to the cent.
        var echelle = exposant < 0 ? -exposant : 0;
        var fin = chiffres.Length;
        while (echelle > 2 && fin > 0 && chiffres[fin - 1] == (byte)'0')
        {
            fin--;
            echelle--;
        }

        if (echelle > 2)
        {
            return LectureNombre.TropDeDecimales;
        }

        if (negatif)
        {
            return LectureNombre.Negatif;
        }

        chiffres = chiffres.Slice(0, fin);
        var zeros = exposant > 0 ? exposant : 0;

        // At most 15 digits with the cents: below 10^13 €, beyond any maximum, within a long.
        if (chiffres.Length + zeros > 15)
        {
            return LectureNombre.TropGrand;
        }

        long mantisse = 0;
        foreach (var c in chiffres)
        {
            mantisse = (mantisse * 10) + (c - '0');
        }

        for (var i = 0; i < zeros; i++)
        {
            mantisse *= 10;
        }

        var d = new decimal((int)(mantisse & 0xFFFFFFFF), (int)(mantisse >> 32), 0, false, (byte)echelle);
        if (d > max)
        {
            return LectureNombre.TropGrand;
        }

        valeur = d;
        return LectureNombre.Exact;
    }

    /// <summary>The number as D × 10^E: <paramref name="chiffres"/> without leading zeros (empty for zero; trailing
    /// zeros are kept for <see cref="Montant"/>'s scale, see <see cref="Entier"/> for integers), E in
    /// <paramref name="exposant"/> (saturated to ±10⁹).</summary>
    private static void Decomposer(ReadOnlySpan<byte> texte, out bool negatif, out ReadOnlySpan<byte> chiffres, out long exposant)
    {
        var i = 0;
        negatif = texte.Length > 0 && texte[0] == (byte)'-';
        if (negatif)
        {
            i++;
        }

        var debutEntiers = i;
        while (i < texte.Length && texte[i] >= (byte)'0' && texte[i] <= (byte)'9')
        {
            i++;
        }

        var entiers = texte.Slice(debutEntiers, i - debutEntiers);
        var decimales = ReadOnlySpan<byte>.Empty;
        if (i < texte.Length && texte[i] == (byte)'.')
        {
            var debut = ++i;
            while (i < texte.Length && texte[i] >= (byte)'0' && texte[i] <= (byte)'9')
            {
                i++;
            }

            decimales = texte.Slice(debut, i - debut);
        }

        long exp = 0;
        if (i < texte.Length && (texte[i] == (byte)'e' || texte[i] == (byte)'E'))
        {
            i++;
            var negatifExp = false;
            if (i < texte.Length && (texte[i] == (byte)'+' || texte[i] == (byte)'-'))
            {
                negatifExp = texte[i] == (byte)'-';
                i++;
            }

            for (; i < texte.Length; i++)
            {
                if (exp < ExposantBorne)
                {
                    exp = (exp * 10) + (texte[i] - '0');
                }
            }

            exp = negatifExp ? -exp : exp;
        }

        // The digits D: integer then fractional digits, as one run without its leading zeros. The fractional part is
        // a separate slice of the text, so D is copied only when both parts have digits that count.
        exposant = exp - decimales.Length;
        var sansZeros = SansZerosDeTete(entiers);
        if (sansZeros.Length == 0)
        {
            chiffres = SansZerosDeTete(decimales);
        }
        else if (decimales.Length == 0)
        {
            chiffres = sansZeros;
        }
        else
        {
            var tout = new byte[sansZeros.Length + decimales.Length];
            sansZeros.CopyTo(tout);
            decimales.CopyTo(tout.AsSpan(sansZeros.Length));
            chiffres = tout;
        }

        if (AllZero(chiffres))
        {
            chiffres = ReadOnlySpan<byte>.Empty;
        }
    }

    private static ReadOnlySpan<byte> SansZerosDeTete(ReadOnlySpan<byte> s)
    {
        var k = 0;
        while (k < s.Length && s[k] == (byte)'0')
        {
            k++;
        }

        return s.Slice(k);
    }

    private static bool AllZero(ReadOnlySpan<byte> s)
    {
        foreach (var c in s)
        {
            if (c != (byte)'0')
            {
                return false;
            }
        }

        return true;
    }
}
