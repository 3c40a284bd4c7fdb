using System.Text;

namespace EsmsRules.Baremes;

/// <summary>
/// How a value read from a document is echoed in an error's message, arguments and path: at most
/// <see cref="Longueur"/> characters (then « … »), with control characters, line and paragraph separators and lone
/// surrogates escaped (<c>\n</c>, <c>\u0001</c>, <c>\ud800</c>), so that a 10 MB value gives a short message and a value
/// holding a line break cannot forge a line of another error.
/// </summary>
internal static class Citation
{
    /// <summary>Characters of a value quoted at most.</summary>
    public const int Longueur = 60;

    /// <summary>The value between French quotes: « value ».</summary>
    public static string Texte(string valeur) => "« " + Brut(valeur) + " »";

    /// <summary>The value escaped and shortened, without quotes (for arguments).</summary>
    public static string Brut(string valeur)
    {
        if (valeur is null)
        {
            return "null";
        }

        if (valeur.Length <= Longueur && Sur(valeur))
        {
            return valeur;
        }

        var sb = new StringBuilder(Longueur + 16);
        var fin = valeur.Length <= Longueur ? valeur.Length : Longueur;
        if (fin < valeur.Length && char.IsHighSurrogate(valeur[fin - 1]) && char.IsLowSurrogate(valeur[fin]))
        {
            fin--; // do not cut a pair in two
        }

        for (var i = 0; i < fin; i++)
        {
            var c = valeur[i];
            if (char.IsHighSurrogate(c) && i + 1 < valeur.Length && char.IsLowSurrogate(valeur[i + 1]))
            {
                sb.Append(c).Append(valeur[i + 1]);
                i++;
                continue;
            }

            Echapper(sb, c);
        }

        if (fin < valeur.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    /// <summary>The path of member <paramref name="nom"/> of the object at <paramref name="chemin"/>:
    /// <c>chemin.nom</c>, or <c>chemin['nom']</c> when the name is empty, starts with a digit or holds a character that
    /// would make the path ambiguous; the name escaped and shortened as <see cref="Brut"/>.</summary>
    public static string Membre(string chemin, string nom)
    {
        var brut = Brut(nom);
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

    private static bool Sur(string valeur)
    {
        for (var i = 0; i < valeur.Length; i++)
        {
            var c = valeur[i];
            if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029')
            {
                return false;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= valeur.Length || !char.IsLowSurrogate(valeur[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private static void Echapper(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\n':
                sb.Append("\\n");
                break;
            case '\r':
                sb.Append("\\r");
                break;
            case '\t':
                sb.Append("\\t");
                break;
            default:
                if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                {
                    sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }

                break;
        }
    }
}
