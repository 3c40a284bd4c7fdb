using System;
using System.Globalization;
using System.Text;

namespace EsmsRules.Serialization;

/// <summary>
/// How a message quotes a value taken from the input: at most <see cref="Longueur"/> characters, then « … », with
/// control characters escaped as in JSON (<c>\n</c>, <c>\u0001</c>), so that no input can forge a line of an error
/// listing nor fill it with megabytes. Every message and argument of an input error or a warning built from input
/// goes through it (the dossier reader and validator, the barème loader).
/// </summary>
internal static class Citation
{
    /// <summary>Characters of the input quoted at most.</summary>
    internal const int Longueur = 60;

    /// <summary>UTF-8 bytes decoded at most to quote a value (a character takes at most 4).</summary>
    private const int OctetsLus = (Longueur + 1) * 4;

    /// <summary>The text quoted: its first <see cref="Longueur"/> characters (a surrogate pair is not cut), control
    /// characters, the backslash, lone surrogates and the line and paragraph separators escaped, and « … » when cut.</summary>
    internal static string Texte(string? texte)
    {
        if (texte is null)
        {
            return string.Empty;
        }

        var coupe = texte.Length > Longueur;
        var n = coupe ? Longueur : texte.Length;
        if (coupe && char.IsHighSurrogate(texte[n - 1]))
        {
            n--;
        }

        if (!coupe && !AEchapper(texte))
        {
            return texte;
        }

        var sb = new StringBuilder(n + 8);
        for (var i = 0; i < n; i++)
        {
            var c = texte[i];
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(texte[i + 1]))
            {
                sb.Append(c).Append(texte[i + 1]);
                i++;
                continue;
            }

            Echapper(sb, c);
        }

        if (coupe)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    /// <summary>The text quoted as <see cref="Texte(string?)"/> does, between French quotes: « value ».</summary>
    internal static string Entre(string? texte) => "« " + Texte(texte) + " »";

    /// <summary>The path of member <paramref name="nom"/> of the object at <paramref name="chemin"/>:
    /// <c>chemin.nom</c>, or <c>chemin['nom']</c> when the name is empty, starts with a digit or holds a character that
    /// would make the path ambiguous; the name quoted as <see cref="Texte(string?)"/>.</summary>
    internal static string Membre(string chemin, string nom) => MembreCite(chemin, Texte(nom));

    /// <summary>As <see cref="Membre"/>, for a name already quoted (the raw text of an escaped JSON name).</summary>
    internal static string MembreCite(string chemin, string brut)
    {
        var crochets = brut.Length == 0 || (brut[0] >= '0' && brut[0] <= '9');
        foreach (var c in brut)
        {
            if (c is '.' or '[' or ']' or '\'' or '"' or ' ' or '…')
            {
                crochets = true;
                break;
            }
        }

        return crochets ? chemin + "['" + brut + "']" : chemin + "." + brut;
    }

    /// <summary>UTF-8 bytes quoted as <see cref="Texte(string?)"/> does, decoding no more than needed (invalid bytes
    /// become U+FFFD).</summary>
    internal static string Texte(ReadOnlySpan<byte> utf8)
    {
        var coupe = utf8.Length > OctetsLus;
        var texte = Encoding.UTF8.GetString(coupe ? utf8.Slice(0, OctetsLus).ToArray() : utf8.ToArray());
        var cite = Texte(texte);
        return coupe && texte.Length <= Longueur ? cite + "…" : cite;
    }

    private static bool AEchapper(string texte)
    {
        foreach (var c in texte)
        {
            if (c < ' ' || c == '\\' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Echapper(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\n':
                sb.Append("\\n");
                return;
            case '\r':
                sb.Append("\\r");
                return;
            case '\t':
                sb.Append("\\t");
                return;
            case '\\':
                sb.Append("\\\\");
                return;
        }

        if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
        {
            sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            return;
        }

        sb.Append(c);
    }
}
