using System;
using EsmsRules.Formatting;
using NodaTime;

namespace EsmsRules.Rules;

/// <summary>The figures that state how far a comparison node is from its threshold, as its explanation writes them: a
/// number of days ("un jour", "5 jours"), of percentage points ("0,5 point", "3 points").</summary>
internal static class Distances
{
    /// <summary>The days between two dates, written "un jour" or "n jours".</summary>
    /// <param name="nom">The figure's name.</param>
    /// <param name="de">One date.</param>
    /// <param name="a">The other.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Jours(string nom, LocalDate de, LocalDate a)
    {
        var jours = Math.Abs(Period.Between(de, a, PeriodUnits.Days).Days);
        return Chiffre.Mot(nom, jours == 1 ? "un jour" : Fr.Entier(jours) + " jours");
    }

    /// <summary>Percentage points, rounded to 2 decimals, written "0,5 point", "1 point", "3 points" (singular below
    /// 2).</summary>
    /// <param name="nom">The figure's name.</param>
    /// <param name="points">The points.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Points(string nom, decimal points)
    {
        var arrondi = Math.Round(points, 2, MidpointRounding.AwayFromZero);
        var texte = Fr.PourcentValeur(arrondi);
        texte = texte.Substring(0, texte.Length - 2);
        return Chiffre.Mot(nom, texte + (arrondi < 2 ? " point" : " points"));
    }
}
