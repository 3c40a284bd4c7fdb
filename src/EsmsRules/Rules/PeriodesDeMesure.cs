using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using NodaTime;

namespace EsmsRules.Rules;

/// <summary>One measurement period of the usage indicators: the measure is taken on <see cref="Fin"/>, a month end.</summary>
/// <param name="Debut">First day measured.</param>
/// <param name="Fin">Last day measured: the measurement date.</param>
public sealed record PeriodeMesure(LocalDate Debut, LocalDate Fin);

/// <summary>
/// The measurement calendar of the usage indicators CIBLE-01…05 (call for projects, « Cibles d'utilisation » : "sur le
/// mois écoulé mesuré à chaque fin de mois, avec une période de 3 mois pour la première mesure").
/// </summary>
/// <remarks>
/// The library's reading, where the texts leave the detail open: measuring starts the day after the deployment ends;
/// the first period covers at least <see cref="Bareme.PeriodePremiereMesure"/> (3 months) and ends at a month end
/// (the end of the month holding the day before start + 3 months); every later period is the next calendar month.
/// Example: deployment ended 15/03/2023 → 16/03–30/06/2023, then 01/07–31/07/2023, 01/08–31/08/2023…
/// </remarks>
public static class PeriodesDeMesure
{
    /// <summary>The first <paramref name="nombre"/> measurement periods after a deployment ending on
    /// <paramref name="finDeploiement"/>.</summary>
    /// <param name="finDeploiement">Last day of the deployment.</param>
    /// <param name="nombre">Number of periods wanted (≥ 1).</param>
    /// <param name="bareme">Barème giving the first period's length; null → the 2022 barème (3 months).</param>
    /// <returns>The periods, in order; each <see cref="PeriodeMesure.Fin"/> is a measurement date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nombre"/> is less than 1.</exception>
    public static IReadOnlyList<PeriodeMesure> Compute(LocalDate finDeploiement, int nombre, Bareme? bareme = null)
    {
        if (nombre < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(nombre), nombre, "Au moins une période de mesure est demandée.");
        }

        var premiere = (bareme ?? Campagnes.Generalisation2022).PeriodePremiereMesure;
        var debut = finDeploiement.PlusDays(1);
        var fin = FinDeMois(debut.Plus(premiere).PlusDays(-1));
        var periodes = new List<PeriodeMesure>(nombre) { new(debut, fin) };
        while (periodes.Count < nombre)
        {
            debut = fin.PlusDays(1);
            fin = FinDeMois(debut);
            periodes.Add(new PeriodeMesure(debut, fin));
        }

        return periodes;
    }

    /// <summary>The measurement dates (period ends) of <see cref="Compute"/>.</summary>
    /// <param name="finDeploiement">Last day of the deployment.</param>
    /// <param name="nombre">Number of dates wanted (≥ 1).</param>
    /// <param name="bareme">Barème; null → 2022.</param>
    /// <returns>The month ends on which the indicators are measured.</returns>
    public static IReadOnlyList<LocalDate> Dates(LocalDate finDeploiement, int nombre, Bareme? bareme = null)
    {
        var periodes = Compute(finDeploiement, nombre, bareme);
        var dates = new LocalDate[periodes.Count];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = periodes[i].Fin;
        }

        return dates;
    }

    private static LocalDate FinDeMois(LocalDate d) => d.With(DateAdjusters.EndOfMonth);
}
