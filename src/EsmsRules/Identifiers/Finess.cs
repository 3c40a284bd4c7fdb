using System;
using EsmsRules.Model;

namespace EsmsRules.Identifiers;

/// <summary>
/// A FINESS number (Fichier national des établissements sanitaires et sociaux): nine letters or digits, the first two
/// being the département. A FINESS juridique (EJ) identifies an organisme gestionnaire; a FINESS géographique (ET)
/// identifies one ESSMS.
/// </summary>
/// <remarks>
/// <para>All-digit numbers must pass the Luhn (mod 10) check over the nine digits. Numbers containing a letter
/// (Corse <c>2A</c>/<c>2B</c>, overseas <c>9A</c>…<c>9F</c> of the FINESS extraction files) are checked for shape only:
/// no rule for their key is published.</para>
/// <para>Equality is case-insensitive: the value is stored upper-cased. The default value is not a valid number;
/// use <see cref="Parse"/> or <see cref="TryParse(string?, out Finess, out FinessError)"/>, or <see cref="Complete"/> to
/// compute the key of eight digits.</para>
/// </remarks>
public readonly struct Finess : IEquatable<Finess>, IComparable<Finess>
{
    /// <summary>Number of characters of a FINESS number.</summary>
    public const int Length = 9;

    private readonly string? _value;

    private Finess(string value) => _value = value;

    /// <summary>The nine characters, upper-cased.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The two-character département prefix (<c>31</c>, <c>2A</c>, <c>97</c>…).</summary>
    public string Departement => Value.Length >= 2 ? Value.Substring(0, 2) : string.Empty;

    /// <summary>True when the check key was verified (all-digit numbers); false when only the shape was checked.</summary>
    public bool CleVerifiee => Value.Length == Length && IsAllDigits(Value);

    /// <summary>
    /// The territory the number's prefix places the structure in: <c>2A</c>/<c>2B</c> → Corse;
    /// <c>97</c>, <c>98</c>, <c>9A</c>…<c>9F</c> → outre-mer; otherwise métropole.
    /// </summary>
    public Territoire Territoire
    {
        get
        {
            // Read from the two characters in place: evaluation asks for every ESSMS's territory (no substring).
            var v = Value;
            if (v.Length < 2)
            {
                return Territoire.Metropole;
            }

            if (v[0] == '2' && (v[1] == 'A' || v[1] == 'B'))
            {
                return Territoire.Corse;
            }

            if (v[0] == '9' && (v[1] == '7' || v[1] == '8' || (v[1] >= 'A' && v[1] <= 'F')))
            {
                return Territoire.OutreMer;
            }

            return Territoire.Metropole;
        }
    }

    /// <summary>Parses a FINESS number.</summary>
    /// <param name="text">The nine characters.</param>
    /// <returns>The number, upper-cased.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid FINESS number; the message says why.</exception>
    public static Finess Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (!TryParse(text, out var finess, out var error))
        {
            throw new FormatException(Describe(error, text));
        }

        return finess;
    }

    /// <summary>Tries to parse a FINESS number.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="finess">The number when valid; the default value otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a valid FINESS number.</returns>
    public static bool TryParse(string? text, out Finess finess) => TryParse(text, out finess, out _);

    /// <summary>Tries to parse a FINESS number and says why it is not valid.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="finess">The number when valid; the default value otherwise.</param>
    /// <param name="error">Why the text is not valid; <see cref="FinessError.None"/> when it is.</param>
    /// <returns>True when <paramref name="text"/> is a valid FINESS number.</returns>
    public static bool TryParse(string? text, out Finess finess, out FinessError error)
    {
        finess = default;
        if (text is null || text.Length != Length)
        {
            error = FinessError.Length;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!ok)
            {
                error = FinessError.Characters;
                return false;
            }
        }

        if (IsAllDigits(text) && !LuhnValid(text))
        {
            error = FinessError.CheckKey;
            return false;
        }

        error = FinessError.None;
        finess = new Finess(ToUpperAscii(text));
        return true;
    }

    /// <summary>The FINESS number whose first eight digits are <paramref name="huitChiffres"/>, its ninth character
    /// being the Luhn check key computed from them: <c>Finess.Complete("31010001")</c> is <c>310100011</c>. For a number
    /// built in code (a test, a sample, a generated dossier) without looking the key up.</summary>
    /// <param name="huitChiffres">The first eight characters of the number, all digits (a number with a letter,
    /// Corse's <c>2A</c>/<c>2B</c>…, has no published key rule: give its nine characters to <see cref="Parse"/>).</param>
    /// <returns>The nine-character number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="huitChiffres"/> is null.</exception>
    /// <exception cref="FormatException">Not eight characters, or a character that is not a digit; the French message
    /// says which.</exception>
    public static Finess Complete(string huitChiffres)
    {
        if (huitChiffres is null)
        {
            throw new ArgumentNullException(nameof(huitChiffres));
        }

        if (huitChiffres.Length != Length - 1)
        {
            throw new FormatException($"La clé d'un numéro FINESS se calcule sur ses 8 premiers chiffres ; « {huitChiffres} » a {huitChiffres.Length} caractère(s).");
        }

        if (!IsAllDigits(huitChiffres))
        {
            throw new FormatException($"La clé d'un numéro FINESS ne se calcule que sur 8 chiffres ; « {huitChiffres} » contient autre chose (un numéro avec une lettre, comme 2A ou 2B, se donne avec ses 9 caractères à Finess.Parse).");
        }

        // Luhn over nine digits, the key last: from the right, the key is not doubled, the eighth digit is, and so on.
        var somme = 0;
        for (var i = 0; i < huitChiffres.Length; i++)
        {
            var d = huitChiffres[huitChiffres.Length - 1 - i] - '0';
            if ((i & 1) == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            somme += d;
        }

        var cle = (char)('0' + ((10 - (somme % 10)) % 10));
        return new Finess(huitChiffres + cle);
    }

    /// <summary>A French message describing <paramref name="error"/> for <paramref name="text"/>.</summary>
    /// <param name="error">The error returned by <see cref="TryParse(string?, out Finess, out FinessError)"/>.</param>
    /// <param name="text">The text that was parsed.</param>
    /// <returns>The message.</returns>
    public static string Describe(FinessError error, string? text) => error switch
    {
        FinessError.None => $"« {text} » est un numéro FINESS valide.",
        FinessError.Length => $"Un numéro FINESS comporte 9 caractères ; « {text} » en a {text?.Length ?? 0}.",
        FinessError.Characters => $"Un numéro FINESS ne contient que des chiffres et des lettres : « {text} ».",
        FinessError.CheckKey => $"La clé de contrôle (Luhn) du numéro FINESS « {text} » est fausse.",
        _ => $"Numéro FINESS invalide : « {text} ».",
    };

    /// <summary>True when the nine digits pass the Luhn (mod 10) check.</summary>
    internal static bool LuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if ((i & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static bool IsAllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string ToUpperAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 'a' && c <= 'z')
            {
                return s.ToUpperInvariant();
            }
        }

        return s;
    }

    /// <inheritdoc />
    public bool Equals(Finess other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Finess other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(Finess other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The nine characters.</summary>
    /// <returns>The number.</returns>
    public override string ToString() => Value;

    /// <summary>Equality (case-insensitive on the original text).</summary>
    public static bool operator ==(Finess left, Finess right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Finess left, Finess right) => !left.Equals(right);
}

/// <summary>Why a text is not a FINESS number.</summary>
public enum FinessError
{
    /// <summary>Valid.</summary>
    None,

    /// <summary>Not nine characters.</summary>
    Length,

    /// <summary>A character other than a digit or a letter.</summary>
    Characters,

    /// <summary>An all-digit number whose Luhn key is wrong.</summary>
    CheckKey,
}
