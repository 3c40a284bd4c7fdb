using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace EsmsRules.Tests.Rules;

public class PeriodesDeMesureTests
{
    private static LocalDate Iso(string s) => LocalDatePattern.Iso.Parse(s).Value;

    [Fact]
    public void Calculer_DeploymentEndedMidMonth_FirstPeriodThreeMonthsToAMonthEndThenMonthly()
    {
        var p = PeriodesDeMesure.Compute(Iso("2023-03-15"), 4);

        Assert.Equal(
            new[] { ("2023-03-16", "2023-06-30"), ("2023-07-01", "2023-07-31"), ("2023-08-01", "2023-08-31"), ("2023-09-01", "2023-09-30") },
            p.Select(x => (LocalDatePattern.Iso.Format(x.Debut), LocalDatePattern.Iso.Format(x.Fin))));
    }

    [Fact]
    public void Calculer_DeploymentEndedOnAMonthEnd_FirstPeriodIsExactlyThreeMonths()
    {
        var p = PeriodesDeMesure.Compute(Iso("2023-03-31"), 2);

        Assert.Equal((Iso("2023-04-01"), Iso("2023-06-30")), (p[0].Debut, p[0].Fin));
        Assert.Equal((Iso("2023-07-01"), Iso("2023-07-31")), (p[1].Debut, p[1].Fin));
    }

    [Fact]
    public void Dates_AcrossYearEndAndLeapFebruary_AreMonthEnds()
    {
        var dates = PeriodesDeMesure.Dates(Iso("2023-10-31"), 4);

        Assert.Equal(new[] { Iso("2024-01-31"), Iso("2024-02-29"), Iso("2024-03-31"), Iso("2024-04-30") }, dates);
    }

    [Fact]
    public void Calculer_BaremeWithTwoMonthFirstPeriod_UsesIt()
    {
        var b = Campagnes.Generalisation2022 with { PeriodePremiereMesure = Period.FromMonths(2) };

        Assert.Equal(Iso("2023-05-31"), PeriodesDeMesure.Compute(Iso("2023-03-15"), 1, b)[0].Fin);
    }

    [Fact]
    public void Calculer_ZeroPeriods_Throws()
    {
        var ex = Assert.Throws<System.ArgumentOutOfRangeException>(() => PeriodesDeMesure.Compute(Iso("2023-03-15"), 0));
        Assert.Equal("nombre", ex.ParamName);
    }

    [Fact]
    public void Calculer_AnyDeploymentEnd_PeriodsAreContiguousAndEndOnMonthEnds()
    {
        var start = Iso("2022-01-01");
        for (var i = 0; i < 800; i++)
        {
            var end = start.PlusDays(i);
            var p = PeriodesDeMesure.Compute(end, 6);
            Assert.Equal(end.PlusDays(1), p[0].Debut);
            Assert.True(p[0].Fin >= end.PlusMonths(3), $"first period too short after {end}");
            for (var k = 0; k < p.Count; k++)
            {
                Assert.Equal(p[k].Fin, p[k].Fin.With(DateAdjusters.EndOfMonth));
                if (k > 0)
                {
                    Assert.Equal(p[k - 1].Fin.PlusDays(1), p[k].Debut);
                }
            }
        }
    }
}
