using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>Comparison nodes state the distance to their threshold in their explanation, from figures: how many ESSMS
/// are missing, which rank would pass to the reduced barème, how many days a date is off, how many points a usage rate
/// misses.</summary>
public class DistancesTests
{
    private static void Explique(Decision d, string regle, string texte) =>
        Assert.True(d.Nodes(regle).Any(n => n.Explication.Contains(texte, System.StringComparison.Ordinal)),
            $"{regle} : « {texte} » absent de\n" + string.Join("\n", d.Nodes(regle).Select(n => n.Explication)));

    [Fact]
    public void Grappe01_BelowMinimum_SaysHowManyAreMissing() =>
        Explique(DossierBuilder.Grappe(12).Evaluate(), "GRAPPE-01", "12 ESSMS, minimum 15 : il en manque 3");

    [Fact]
    public void Grappe01_ExactlyTheMinimum_SaysThereIsNoMargin() =>
        Explique(DossierBuilder.Grappe(15).Evaluate(), "GRAPPE-01", "15 ≥ 15 : minimum atteint, sans marge (un ESSMS de moins et il en manquerait un).");

    [Fact]
    public void Grappe01_AboveTheMinimum_NoMarginSentence() =>
        Assert.DoesNotContain("sans marge", DossierBuilder.Grappe(16).Evaluate().Explication("GRAPPE-01"), System.StringComparison.Ordinal);

    [Fact]
    public void Grappe03_NotMature_SaysHowManyAreMissing() =>
        Explique((DossierBuilder.Grappe(12) with { MaitriseOuvrageMature = false }).Evaluate(), "GRAPPE-03", "12 ESSMS, minimum 15 : il en manque 3 ; maîtrise d'ouvrage non mature : projet non recevable.");

    [Fact]
    public void Grappe03_OneMissing_SaysIlEnManqueUn() =>
        Explique((DossierBuilder.Grappe(7, departement: "2A") with { MaitriseOuvrageMature = true }).Evaluate(), "GRAPPE-03", "7 ESSMS, minimum 8 : il en manque 1");

    [Fact]
    public void Orient01_BelowTheNationalThreshold_SaysHowManyAreMissing() =>
        Explique(DossierBuilder.Grappe(46).Evaluate(), "ORIENT-01", "46 ESSMS : 4 de moins que le seuil de l'appel national (50).");

    [Fact]
    public void Fin06_FortyNine_TheFiftiethWouldPassToTheReducedBareme() =>
        Explique(DossierBuilder.Grappe(49).Evaluate(), "FIN-06", "49 ESSMS : tous au tarif plein (rangs 1 à 49) ; le 50e passerait au barème réduit.");

    [Fact]
    public void Fin06_FortySix_ThreeMoreStayAtTheFullRate() =>
        Explique(DossierBuilder.Grappe(46).Evaluate(), "FIN-06", "46 ESSMS : tous au tarif plein (rangs 1 à 46) ; 3 de plus resteraient au tarif plein, le 50e passerait au barème réduit.");

    [Fact]
    public void Fin03_FortyNine_SaysTheRateOfTheFiftieth()
    {
        var d = DossierBuilder.Grappe(49).Evaluate();
        Explique(d, "FIN-03", "49 × 14 500 € = 710 500 € ; le 50e ESSMS passerait à 3 000 €.");
        Explique(d, "FIN-01", "49 × 7 000 € = 343 000 € ; le 50e ESSMS passerait à 2 000 €.");
    }

    [Fact]
    public void Fin03_FortySix_NoSentenceAboutTheFiftieth() =>
        Assert.DoesNotContain("50e", DossierBuilder.Grappe(46).Evaluate().Explication("FIN-03"), System.StringComparison.Ordinal);

    [Theory]
    [InlineData(2022, 10, 1, "hors fenêtre, un jour après la clôture du 30/09/2022.")]
    [InlineData(2022, 10, 5, "hors fenêtre, 5 jours après la clôture du 30/09/2022.")]
    [InlineData(2022, 3, 1, "hors fenêtre, 13 jours avant l'ouverture du 14/03/2022.")]
    public void Projet07_OutsideTheWindow_SaysHowManyDaysOff(int annee, int mois, int jour, string texte) =>
        Explique((DossierBuilder.Grappe(20) with { DateDepot = new LocalDate(annee, mois, jour) }).Evaluate(), "PROJET-07", texte);

    [Fact]
    public void Projet06_BeyondTheExpectedDuration_SaysByHowManyMonths() =>
        Explique((DossierBuilder.Grappe(20) with { DureePrevueMois = 24 }).Evaluate(), "PROJET-06", "Durée prévue 24 mois > 18 mois attendus, 6 mois de plus");

    [Fact]
    public void PetitOg01_SmallOg_SaysHowFarBelowTheThreshold() =>
        Explique(DossierBuilder.Grappe(15, nombreEssmsFiness: 12).Evaluate(), "PETITOG-01", "12 ESSMS en FINESS, 15 retenus ; 3 sous le seuil");

    [Fact]
    public void PetitOg01_NoSmallOg_SaysTheSmallestOg() =>
        Explique(DossierBuilder.Grappe(15, nombreEssmsFiness: 16).Evaluate(), "PETITOG-01", "le plus petit en compte 16");

    [Fact]
    public void Cible01_BelowTarget_SaysHowManyPointsAndMessagesAreMissing()
    {
        var d = DossierBuilder.Grappe(20);
        d = d.AvecMesures(e => FundingBuilders.Mesure(e.FinessGeographique, eligibles: 100, mss: 67), 2_000_000m);

        var r = d.Evaluate();

        Explique(r, "CIBLE-01", "67 % < 70 % : il manque 3 points, soit 60 de plus (messages MSS).");
        Explique(r, "CIBLE-01", "sous la cible : taux d'usage de la MSS = 67 messages MSS / 100 personnes éligibles au projet d'accueil = 67 % < 70 % : il manque 3 points, soit 3 de plus (messages MSS).");
    }

    [Fact]
    public void Cible01_HalfAPointBelow_SaysPointInTheSingular()
    {
        var d = DossierBuilder.Grappe(20);
        d = d.AvecMesures(e => FundingBuilders.Mesure(e.FinessGeographique, eligibles: 200, mss: 139), 2_000_000m);

        Explique(d.Evaluate(), "CIBLE-01", "69,5 % < 70 % : il manque 0,5 point, soit 20 de plus (messages MSS).");
    }

    [Fact]
    public void Sons05_OrderAfterTheClosingDate_SaysHowManyDaysLate()
    {
        var d = FundingBuilders.Conformite(20);
        d = d.Commandes(d.Commande(0, new LocalDate(2024, 3, 1)));

        Explique(d.Evaluate(), "SONS-05", "2 jours après la clôture des commandes du 28/02/2024");
    }

    [Fact]
    public void Sons05_OrderBeforeTheJo_SaysHowManyDaysEarly()
    {
        var d = FundingBuilders.Conformite(20);
        d = d.Commandes(d.Commande(0, new LocalDate(2022, 2, 11)));

        Explique(d.Evaluate(), "SONS-05", "un jour avant l'ouverture du couloir le 12/02/2022");
    }
}
