using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>VERS-01…06 and CIBLE-01…07 (RULES.md §5, §6, §10.12).</summary>
public class VersementsTests
{
    // Acquisition of 20 ESSMS, Ségur editor: 20 × 7 000 + 20 × 14 500 = 430 000 €.
    private const decimal Total20 = 430_000m;

    private static Dossier Mesuree(decimal? depenses = 322_500m) => Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique), depenses);

    // ----- VERS-01: first payment

    [Fact]
    public void Vers01_Total989000_FirstPaymentHalfWithArithmetic()
    {
        var d = Acquisition(46).Evaluate();

        Assert.Equal(new[] { (1, 0.5m, 494_500m), (2, 0.5m, 494_500m) }, d.Versements.Select(v => (v.Ordre, v.Taux, v.Montant)));
        d.AssertOutcome("VERS-01", Resultat.Satisfied);
        d.AssertExplains("VERS-01", "50 % × 989 000 € = 494 500,00 €");
        Assert.Equal(494_500m, d.Node("VERS-01").Montant);
    }

    [Fact]
    public void Vers01_OddCentTotal_FirstRoundsHalfAwayFromZeroSecondIsRemainder()
    {
        // 15 × 7 000 + quote 100 000,01 = 205 000,01 €; 50 % = 102 500,005 → 102 500,01 €; second 102 500,00 €.
        var d = Acquisition(15).Devis(100_000.01m).Evaluate();

        Assert.Equal(205_000.01m, d.Financement.Total);
        Assert.Equal(new[] { 102_500.01m, 102_500.00m }, d.Versements.Select(v => v.Montant));
        d.AssertExplains("VERS-01", "50 % × 205 000,01 € = 102 500,01 €");
        d.AssertExplains("VERS-02", "205 000,01 € − 102 500,01 € = 102 500,00 €");
    }

    [Fact]
    public void Vers01_NotRecevable_NoPayments()
    {
        var d = (Acquisition(20) with { OrganismesGestionnaires = new[] { Og(1, 20) with { AutodiagnosticFourni = false } } }).Evaluate();

        Assert.False(d.Recevable);
        Assert.Empty(d.Versements);
        Assert.Null(d.Arbre.Find("VERS-01"));
        Assert.Equal(Resultat.NotApplicable, d.Node("VERSEMENTS").Resultat);
    }

    [Fact]
    public void Vers01_SonsUniquement_NoPayments()
    {
        var d = Conformite(1).Evaluate();

        Assert.Equal(Orientation.SonsUniquement, d.Orientation);
        Assert.Empty(d.Versements);
        Assert.Null(d.Arbre.Find("VERS-01"));
    }

    [Fact]
    public void Vers01_NationalProject_PaymentsGiven()
    {
        var d = Conformite(72).Evaluate();

        Assert.Equal(new[] { 145_500m, 145_500m }, d.Versements.Select(v => v.Montant));
    }

    // ----- VERS-02: second payment

    [Fact]
    public void Vers02_NoMeasures_NotApplicableWithAmount()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("VERS-02", Resultat.NotApplicable);
        d.AssertExplains("VERS-02", "430 000 € − 215 000,00 € = 215 000,00 €");
        d.AssertExplains("VERS-02", "aucune mesure fournie");
        Assert.Equal(215_000m, d.Node("VERS-02").Montant);
        Assert.Null(d.Arbre.Find("VERS-05"));
        Assert.Null(d.Arbre.Find("CIBLE-01"));
    }

    [Fact]
    public void Vers02_TargetsMetNoThreshold_ReviewRequiredOnExpenses()
    {
        var d = Mesuree().Evaluate();

        d.AssertOutcome("VERS-03", Resultat.Satisfied);
        d.AssertOutcome("VERS-04", Resultat.Satisfied);
        d.AssertOutcome("VERS-05", Resultat.ReviewRequired);
        d.AssertOutcome("VERS-02", Resultat.ReviewRequired);
        d.AssertExplains("VERS-02", "le niveau des dépenses est à apprécier (VERS-05)");
    }

    [Fact]
    public void Vers02_AllConditionsMetWithThreshold_Satisfied()
    {
        var d = Mesuree().Evaluate(Campagnes.Generalisation2022 with { SeuilDepensesRealisees = 0.75m });

        d.AssertOutcome("VERS-02", Resultat.Satisfied);
        d.AssertExplains("VERS-02", "versement libéré");
        Assert.DoesNotContain("VERS-02", d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Vers02_TargetMissed_NotSatisfiedButRecevable()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, mss: 69), 322_500m).Evaluate();

        d.AssertOutcome("VERS-02", Resultat.NotSatisfied);
        d.AssertExplains("VERS-02", "versement non libéré");
        Assert.Contains("VERS-02", d.ReglesNonSatisfaites);
        Assert.True(d.Recevable);
        Assert.Equal(new[] { 215_000m, 215_000m }, d.Versements.Select(v => v.Montant));
    }

    [Fact]
    public void Vers02_MeasuresWithoutExpenses_MissingInputVerdictUnchanged()
    {
        var d = Mesuree(depenses: null).Evaluate();

        d.AssertOutcome("VERS-05", Resultat.MissingInput);
        d.AssertOutcome("VERS-02", Resultat.MissingInput);
        Assert.Contains("depensesRealisees", d.DonneesManquantes);
        Assert.True(d.Recevable);
    }

    // ----- VERS-03: core services (CIBLE-01, CIBLE-02)

    [Fact]
    public void Vers03_MssAt70Percent_Satisfied()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, mss: 70, dmp: 70), 322_500m).Evaluate();

        d.AssertOutcome("VERS-03", Resultat.Satisfied);
        d.AssertExplains("VERS-03", "≥ 70 % : atteints.");
    }

    [Fact]
    public void Vers03_DmpBelow70Percent_NotSatisfied()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, dmp: 69), 322_500m).Evaluate();

        d.AssertOutcome("CIBLE-01", Resultat.Satisfied);
        d.AssertOutcome("CIBLE-02", Resultat.NotSatisfied);
        d.AssertOutcome("VERS-03", Resultat.NotSatisfied);
        d.AssertOutcome("VERS-04", Resultat.Satisfied);
        Assert.Contains("VERS-03", d.ReglesNonSatisfaites);
    }

    // ----- VERS-04: DUI (CIBLE-03…05)

    [Fact]
    public void Vers04_DuiIndicatorsAt90Percent_Satisfied()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, actifs: 90, projet: 81, evenement: 81), 322_500m).Evaluate();

        d.AssertOutcome("VERS-04", Resultat.Satisfied);
        d.AssertExplains("VERS-04", "DUI (CIBLE-03, CIBLE-04, CIBLE-05) ≥ 90 % : atteints.");
    }

    [Fact]
    public void Vers04_EventsBelow90Percent_NotSatisfied()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, actifs: 100, projet: 90, evenement: 89), 322_500m).Evaluate();

        d.AssertOutcome("CIBLE-05", Resultat.NotSatisfied);
        d.AssertOutcome("VERS-04", Resultat.NotSatisfied);
        d.AssertOutcome("VERS-03", Resultat.Satisfied);
        d.AssertOutcome("VERS-02", Resultat.NotSatisfied);
    }

    // ----- VERS-05: expenses

    [Fact]
    public void Vers05_NoThreshold_ReviewRequiredWithRatio()
    {
        var d = Mesuree(depenses: 322_500m).Evaluate();

        d.AssertOutcome("VERS-05", Resultat.ReviewRequired);
        d.AssertExplains("VERS-05", "Dépenses réalisées 322 500 € ÷ subvention 430 000 € = 75 %");
        d.AssertExplains("VERS-05", "apprécié par l'ARS");
        Assert.Contains("VERS-05", d.AApprecier);
    }

    [Fact]
    public void Vers05_RatioEqualsThreshold_Satisfied()
    {
        var d = Mesuree(depenses: 322_500m).Evaluate(Campagnes.Generalisation2022 with { SeuilDepensesRealisees = 0.75m });

        d.AssertOutcome("VERS-05", Resultat.Satisfied);
        d.AssertExplains("VERS-05", "seuil du barème 75 % : atteint.");
    }

    [Fact]
    public void Vers05_RatioBelowThreshold_NotSatisfied()
    {
        var d = Mesuree(depenses: 322_500m).Evaluate(Campagnes.Generalisation2022 with { SeuilDepensesRealisees = 0.8m });

        d.AssertOutcome("VERS-05", Resultat.NotSatisfied);
        d.AssertExplains("VERS-05", "seuil du barème 80 % : non atteint.");
        Assert.Contains("VERS-05", d.ReglesNonSatisfaites);
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Vers05_MeasuresButNoExpenses_MissingInputNamesTheField()
    {
        var d = Mesuree(depenses: null).Evaluate();

        Assert.Equal(new[] { "depensesRealisees" }, d.Node("VERS-05").DonneesManquantes);
    }

    // ----- VERS-06: delays

    [Fact]
    public void Vers06_Acquisition_12To18Months()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("VERS-06", Resultat.NotApplicable);
        d.AssertExplains("VERS-06", "entre 12 et 18 mois");
    }

    [Fact]
    public void Vers06_MiseEnConformite_6To9Months()
    {
        var d = Conformite(20).AvecMesures(e => Mesure(e.FinessGeographique), 50_000m).Evaluate();

        d.AssertOutcome("VERS-06", Resultat.NotApplicable);
        d.AssertExplains("VERS-06", "entre 6 et 9 mois");
    }

    // ----- CIBLE-01…05: each indicator at and below its target, on the aggregate

    /// <summary>A measure where only indicator <paramref name="id"/> is <paramref name="num"/> / 100, all others on target.</summary>
    private static Mesure Indicateur(Finess f, string id, long num) => id switch
    {
        "CIBLE-01" => Mesure(f, mss: num),
        "CIBLE-02" => Mesure(f, dmp: num),
        "CIBLE-03" => Mesure(f, actifs: num, projet: num, evenement: num),
        "CIBLE-04" => Mesure(f, actifs: 100, projet: num, evenement: 100),
        "CIBLE-05" => Mesure(f, actifs: 100, projet: 100, evenement: num),
        _ => throw new System.ArgumentOutOfRangeException(nameof(id)),
    };

    [Theory]
    [InlineData("CIBLE-01", 70, "taux d'usage de la MSS = 1 400 messages MSS / 2 000 personnes éligibles au projet d'accueil = 70 % ≥ 70 %.")]
    [InlineData("CIBLE-02", 70, "taux d'usage du DMP = 1 400 DMP alimentés / 2 000 personnes éligibles au projet d'accueil = 70 % ≥ 70 %.")]
    [InlineData("CIBLE-03", 90, "taux de dossiers actifs = 1 800 dossiers actifs / 2 000 personnes accompagnées = 90 % ≥ 90 %.")]
    [InlineData("CIBLE-04", 90, "dossiers actifs avec projet personnalisé = 1 800 dossiers avec projet personnalisé / 2 000 dossiers actifs = 90 % ≥ 90 %.")]
    [InlineData("CIBLE-05", 90, "dossiers actifs avec au moins un événement = 1 800 dossiers avec événement / 2 000 dossiers actifs = 90 % ≥ 90 %.")]
    public void Cible_AtTarget_Satisfied(string id, long num, string explication)
    {
        var d = Acquisition(20).AvecMesures(e => Indicateur(e.FinessGeographique, id, num), 322_500m).Evaluate();

        d.AssertOutcome(id, Resultat.Satisfied);
        d.AssertExplains(id, "Agrégat du projet (20 ESSMS mesurés) : " + explication);
        Assert.DoesNotContain(id, d.ReglesNonSatisfaites);
    }

    [Theory]
    [InlineData("CIBLE-01", 69, "VERS-03", "= 69 % < 70 % : il manque 1 point, soit 20 de plus (messages MSS).")]
    [InlineData("CIBLE-02", 69, "VERS-03", "= 69 % < 70 % : il manque 1 point, soit 20 de plus (")]
    [InlineData("CIBLE-03", 89, "VERS-04", "= 89 % < 90 % : il manque 1 point, soit ")]
    [InlineData("CIBLE-04", 89, "VERS-04", "= 89 % < 90 % : il manque 1 point, soit ")]
    [InlineData("CIBLE-05", 89, "VERS-04", "= 89 % < 90 % : il manque 1 point, soit ")]
    public void Cible_BelowTarget_NotSatisfiedAndFailsItsVersRule(string id, long num, string vers, string explication)
    {
        var d = Acquisition(20).AvecMesures(e => Indicateur(e.FinessGeographique, id, num), 322_500m).Evaluate();

        d.AssertOutcome(id, Resultat.NotSatisfied);
        d.AssertExplains(id, explication);
        d.AssertExplains(id, "20 ESSMS sous la cible.");
        d.AssertOutcome(vers, Resultat.NotSatisfied);
        Assert.Contains(id, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Cible01_ZeroDenominator_NotSatisfiedUndefinedNoDivisionError()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, eligibles: 0, mss: 0, dmp: 0), 322_500m).Evaluate();

        d.AssertOutcome("CIBLE-01", Resultat.NotSatisfied);
        d.AssertOutcome("CIBLE-02", Resultat.NotSatisfied);
        d.AssertExplains("CIBLE-01", "taux d'usage de la MSS indéfini (personnes éligibles au projet d'accueil = 0) : non atteint.");
        d.AssertOutcome("VERS-03", Resultat.NotSatisfied);
    }

    [Fact]
    public void Cible04_ZeroActiveFiles_CIBLE03To05NotSatisfied()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, actifs: 0, projet: 0, evenement: 0), 322_500m).Evaluate();

        d.AssertOutcome("CIBLE-03", Resultat.NotSatisfied);
        d.AssertOutcome("CIBLE-04", Resultat.NotSatisfied);
        d.AssertOutcome("CIBLE-05", Resultat.NotSatisfied);
        d.AssertExplains("CIBLE-04", "indéfini (dossiers actifs = 0)");
    }

    [Fact]
    public void Cible01_AggregateMetOneEssmsBelow_SatisfiedListsTheEssmsAndStaysOutOfReglesNonSatisfaites()
    {
        // §6 Decision: checked on the aggregate (50 + 19 × 80 = 1 570 / 2 000 = 78,5 %), the ESSMS below target listed.
        var dossier = Acquisition(20);
        var first = dossier.ToutesEssms()[0].FinessGeographique;
        var d = dossier.AvecMesures(e => Mesure(e.FinessGeographique, mss: e.FinessGeographique == first ? 50 : 80), 322_500m).Evaluate();

        var node = d.Node("CIBLE-01");
        Assert.Equal(Resultat.Satisfied, node.Resultat);
        d.AssertExplains("CIBLE-01", "= 78,5 % ≥ 70 %. 1 ESSMS sous la cible.");
        var child = Assert.Single(node.Enfants);
        Assert.Equal(Resultat.NotSatisfied, child.Resultat);
        Assert.Contains(first.Value + " sous la cible : taux d'usage de la MSS = 50 messages MSS / 100 personnes éligibles au projet d'accueil = 50 % < 70 % : il manque 20 points, soit 20 de plus (messages MSS).", child.Explication, System.StringComparison.Ordinal);
        d.AssertOutcome("VERS-03", Resultat.Satisfied);

        // RULES.md §6 Decision: the target is checked on the aggregate; the ESSMS below target is a detail of the
        // tree, not an outcome of CIBLE-01, so CIBLE-01 is not in reglesNonSatisfaites.
        Assert.DoesNotContain("CIBLE-01", d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Cible_MeasuresOfExcludedEssms_Ignored()
    {
        var dossier = Acquisition(21).Exclure(0);
        var excluded = dossier.ToutesEssms()[0].FinessGeographique;
        var d = dossier.AvecMesures(e => e.FinessGeographique == excluded ? Mesure(e.FinessGeographique, mss: 0, dmp: 0, actifs: 0, projet: 0, evenement: 0) : Mesure(e.FinessGeographique), 322_500m).Evaluate();

        d.AssertExplains("CIBLE-01", "(20 ESSMS mesurés)");
        foreach (var id in new[] { "CIBLE-01", "CIBLE-02", "CIBLE-03", "CIBLE-04", "CIBLE-05" })
        {
            d.AssertOutcome(id, Resultat.Satisfied);
        }
    }

    [Fact]
    public void Cible_OnlyExcludedEssmsMeasured_TreatedAsNoMeasures()
    {
        var dossier = Acquisition(21).Exclure(0);
        var excluded = dossier.ToutesEssms()[0].FinessGeographique;
        var d = (dossier with { Mesures = new[] { Mesure(excluded, mss: 0) }, DepensesRealisees = 1m }).Evaluate();

        d.AssertOutcome("VERS-02", Resultat.NotApplicable);
        Assert.Null(d.Arbre.Find("CIBLE-01"));
    }

    [Fact]
    public void Cible06And07_MeasuresGiven_NotApplicableNoInputCarriesThem()
    {
        var d = Mesuree().Evaluate();

        d.AssertOutcome("CIBLE-06", Resultat.NotApplicable);
        d.AssertOutcome("CIBLE-07", Resultat.NotApplicable);
        d.AssertExplains("CIBLE-06", "e-Prescription");
        d.AssertExplains("CIBLE-07", "e-Parcours");
    }

    [Fact]
    public void Cible06And07_NoMeasures_NotEvaluated()
    {
        var d = Acquisition(20).Evaluate();

        Assert.Null(d.Arbre.Find("CIBLE-06"));
        Assert.Null(d.Arbre.Find("CIBLE-07"));
    }
}
