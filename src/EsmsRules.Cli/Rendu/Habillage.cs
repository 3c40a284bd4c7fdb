using System;
using System.Collections.Generic;

namespace EsmsRules.Cli.Rendu;

/// <summary>Wraps a French text into lines of at most a given width, at spaces, never inside a figure ("1 128 500 €",
/// "30 %": a space between two digits, or before « € » or « % », does not break; nor does a no-break space, written as a
/// space); a word longer than the width is cut
/// into pieces of the width, so that no line is longer and nothing is lost.</summary>
internal static class Habillage
{
    /// <summary>The lines of <paramref name="texte"/>, each at most <paramref name="largeur"/> characters, without
    /// trailing spaces; one empty line for an empty text.</summary>
    /// <param name="texte">The text (its line breaks are kept).</param>
    /// <param name="largeur">The width, at least 1.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> Lignes(string texte, int largeur)
    {
        if (largeur < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(largeur), largeur, "La largeur doit être d'au moins un caractère.");
        }

        var lignes = new List<string>();
        foreach (var paragraphe in texte.Replace("\r\n", "\n").Split('\n'))
        {
            Paragraphe(paragraphe, largeur, lignes);
        }

        return lignes;
    }

    private static void Paragraphe(string texte, int largeur, List<string> lignes)
    {
        var mots = Mots(texte);
        var courante = new System.Text.StringBuilder();
        foreach (var mot in mots)
        {
            var reste = mot;
            if (courante.Length > 0 && courante.Length + 1 + reste.Length <= largeur)
            {
                courante.Append(' ').Append(reste);
                continue;
            }

            if (courante.Length > 0)
            {
                lignes.Add(courante.ToString());
                courante.Clear();
            }

            while (reste.Length > largeur)
            {
                lignes.Add(reste.Substring(0, largeur));
                reste = reste.Substring(largeur);
            }

            courante.Append(reste);
        }

        lignes.Add(courante.ToString());
    }

    /// <summary>The words of a text: split at spaces, except the spaces inside a figure.</summary>
    private static List<string> Mots(string texte)
    {
        var mots = new List<string>();
        var debut = 0;
        for (var i = 0; i <= texte.Length; i++)
        {
            if (i < texte.Length && (!char.IsWhiteSpace(texte[i]) || texte[i] is '\u00A0' or '\u202F' || Insecable(texte, i)))
            {
                continue;
            }

            if (i > debut)
            {
                mots.Add(texte.Substring(debut, i - debut).Replace('\u00A0', ' ').Replace('\u202F', ' '));
            }

            debut = i + 1;
        }

        return mots;
    }

    /// <summary>A space in a figure: a digit before, and a digit, « € » or « % » after.</summary>
    private static bool Insecable(string texte, int i) =>
        i > 0 && i + 1 < texte.Length && char.IsDigit(texte[i - 1]) && (char.IsDigit(texte[i + 1]) || texte[i + 1] is '€' or '%');
}
