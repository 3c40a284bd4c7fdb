using System;
using System.Collections.Generic;
using System.Text.Json;
using EsmsRules.Serialization;

namespace EsmsRules.Cli.CommandLine;

/// <summary>Where a JSON path of an input error is in the dossier's text: the line and column (1-based, columns in
/// characters) of the value at that path, or, for a field that is missing, of the object or array that lacks it.</summary>
internal static class PositionsJson
{
    /// <summary>The position of <paramref name="chemin"/> in <paramref name="utf8"/>; null when not even the document's
    /// start is there (an empty or unreadable text).</summary>
    /// <param name="utf8">The dossier's UTF-8 text, without BOM.</param>
    /// <param name="chemin">A JSON path as the library's errors write it (<c>$.organismesGestionnaires[0].essms[1].finessGeographique</c>).</param>
    /// <returns>Line and column, or null.</returns>
    public static (int Ligne, int Colonne)? Trouver(ReadOnlySpan<byte> utf8, string chemin) => Trouver(utf8, new[] { chemin })[0];

    /// <summary>The positions of <paramref name="chemins"/>, reading the text once.</summary>
    public static IReadOnlyList<(int Ligne, int Colonne)?> Trouver(ReadOnlySpan<byte> utf8, IReadOnlyList<string> chemins)
    {
        var offsets = Offsets(utf8);
        var resultats = new (int, int)?[chemins.Count];
        for (var i = 0; i < chemins.Count; i++)
        {
            var c = chemins[i];
            while (c.Length > 0 && !offsets.ContainsKey(c))
            {
                c = Parent(c);
            }

            if (c.Length > 0)
            {
                resultats[i] = LigneColonne(utf8, offsets[c]);
            }
        }

        return resultats;
    }

    /// <summary>The path without its last segment (<c>.nom</c>, <c>[3]</c> or <c>['nom']</c>); empty after <c>$</c>.</summary>
    private static string Parent(string chemin)
    {
        if (chemin == "$")
        {
            return string.Empty;
        }

        if (chemin.EndsWith("']", StringComparison.Ordinal))
        {
            var debut = chemin.LastIndexOf("['", StringComparison.Ordinal);
            if (debut > 0)
            {
                return chemin.Substring(0, debut);
            }
        }

        var i = Math.Max(chemin.LastIndexOf('.'), chemin.LastIndexOf('['));
        return i > 0 ? chemin.Substring(0, i) : "$";
    }

    /// <summary>The byte offset of every value's first token, by path (member names in every notation the library
    /// writes); what precedes a syntax error when the text is not JSON.</summary>
    private static Dictionary<string, int> Offsets(ReadOnlySpan<byte> utf8)
    {
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var pile = new Stack<(string Chemin, bool Tableau, int Index)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        var membre = (string?)null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    membre = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    pile.Pop();
                    continue;
                }

                var debut = (int)reader.TokenStartIndex;
                var chemins = new List<string>(2);
                if (pile.Count == 0)
                {
                    chemins.Add("$");
                }
                else if (pile.Peek().Tableau)
                {
                    var (parent, tableau, index) = pile.Pop();
                    chemins.Add(parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                    pile.Push((parent, tableau, index + 1));
                }
                else if (membre is not null)
                {
                    var parent = pile.Peek().Chemin;
                    chemins.Add(Citation.Membre(parent, membre));
                    chemins.Add(parent + "['" + Citation.Texte(membre).Replace("'", "\\'") + "']");
                    chemins.Add(parent + "." + membre);
                }

                foreach (var c in chemins)
                {
                    offsets.TryAdd(c, debut);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    pile.Push((chemins.Count > 0 ? chemins[0] : "$?", reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON from here on: the positions read before the fault are kept.
        }

        return offsets;
    }

    private static (int, int) LigneColonne(ReadOnlySpan<byte> utf8, int offset)
    {
        var ligne = 1;
        var colonne = 1;
        for (var i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                ligne++;
                colonne = 1;
            }
            else if ((utf8[i] & 0xC0) != 0x80)
            {
                colonne++;
            }
        }

        return (ligne, colonne);
    }
}
