using System;

namespace EsmsRules.Identifiers;

/// <summary>
/// The region (and so the ARS) of a FINESS number's département, for ORIENT-03's "ARS of the region holding the most
/// ESSMS". Regions as of 2016. Métropole from the two-character prefix; <c>2A</c>/<c>2B</c> → Corse; overseas from the
/// third character of a <c>97</c> number (971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 975
/// Saint-Pierre-et-Miquelon, 976 Mayotte), <c>98</c> → Mayotte, and the FINESS extraction prefixes <c>9A</c>…<c>9F</c>
/// → 971…976; a <c>97</c> number whose third character names no département → "outre-mer (département non déterminé)".
/// </summary>
public static class Regions
{
    // Region numbers (in Noms) by prefix, indexed by its two characters (digits, then letters), -1 when unknown: a
    // lookup without allocating the prefix.
    private static readonly short[] ParPrefixe = Build(out NomsTable);

    private static readonly string[] NomsTable;

    /// <summary>The region names, by number (<see cref="Numero"/>).</summary>
    internal static System.Collections.Generic.IReadOnlyList<string> Noms => NomsTable;

    private static short[] Build(out string[] noms)
    {
        var table = new (string Region, string Departements)[]
        {
            ("Auvergne-Rhône-Alpes", "01 03 07 15 26 38 42 43 63 69 73 74"),
            ("Bourgogne-Franche-Comté", "21 25 39 58 70 71 89 90"),
            ("Bretagne", "22 29 35 56"),
            ("Centre-Val de Loire", "18 28 36 37 41 45"),
            ("Corse", "2A 2B 20"),
            ("Grand Est", "08 10 51 52 54 55 57 67 68 88"),
            ("Hauts-de-France", "02 59 60 62 80"),
            ("Île-de-France", "75 77 78 91 92 93 94 95"),
            ("Normandie", "14 27 50 61 76"),
            ("Nouvelle-Aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87"),
            ("Occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82"),
            ("Pays de la Loire", "44 49 53 72 85"),
            ("Provence-Alpes-Côte d'Azur", "04 05 06 13 83 84"),
            (OutreMerIndetermine, "97"),
            ("Mayotte", "98 9F"),
            ("Guadeloupe", "9A"),
            ("Martinique", "9B"),
            ("Guyane", "9C"),
            ("La Réunion", "9D"),
            ("Saint-Pierre-et-Miquelon", "9E"),
        };
        var parPrefixe = new short[36 * 36];
        parPrefixe.AsSpan().Fill(-1);
        noms = new string[table.Length];
        for (short n = 0; n < table.Length; n++)
        {
            noms[n] = table[n].Region;
            foreach (var dep in table[n].Departements.Split(' '))
            {
                parPrefixe[Index(dep[0], dep[1])] = n;
            }
        }

        return parPrefixe;
    }

    /// <summary>The region of an overseas number whose département is not told by its third character.</summary>
    public const string OutreMerIndetermine = "outre-mer (département non déterminé)";

    private static int Chiffre(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : -1;

    /// <summary>The slot of a two-character prefix, or -1 when a character is neither a digit nor an upper-case letter.</summary>
    private static int Index(char a, char b)
    {
        var i = Chiffre(a);
        var j = Chiffre(b);
        return i < 0 || j < 0 ? -1 : (i * 36) + j;
    }

    /// <summary>The region of <paramref name="finess"/>'s département prefix, or null when the prefix is unknown.</summary>
    /// <param name="finess">A FINESS number.</param>
    /// <returns>The region name, or null.</returns>
    public static string? RegionDe(Finess finess)
    {
        var n = Numero(finess);
        return n < 0 ? null : NomsTable[n];
    }

    /// <summary>The number of <paramref name="finess"/>'s region in <see cref="Noms"/>, or -1 when the prefix is
    /// unknown.</summary>
    internal static int Numero(Finess finess)
    {
        var v = finess.Value;
        var i = v is { Length: >= 2 } ? Index(v[0], v[1]) : -1;
        if (i < 0)
        {
            return -1;
        }

        // 97x: the third character tells the overseas département (971…976 are written 9A…9F in the extraction files).
        if (v[0] == '9' && v[1] == '7' && v.Length >= 3 && v[2] is >= '1' and <= '6')
        {
            return ParPrefixe[Index('9', (char)('A' + (v[2] - '1')))];
        }

        return ParPrefixe[i];
    }
}
