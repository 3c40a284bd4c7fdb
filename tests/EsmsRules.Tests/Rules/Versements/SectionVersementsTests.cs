using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules.Versements;

/// <summary>The payments section as a composition of rules: what it establishes when a user replaces, removes or adds
/// a rule, and what its rules give a screen that reads figures.</summary>
public class SectionVersementsTests
{
    private const decimal Total = 1_000m;

    /// <summary>The facts before the payments: the sections already moved, then a verdict and a total given by hand.</summary>
    internal static Faits Avant(Dossier d, decimal total = Total, bool? recevable = true, Bareme? bareme = null)
    {
        var f = new Faits(d, bareme ?? Campagnes.Generalisation2022);
        f = new SectionEligibilite().Evaluate(f).Faits;
        f = new SectionGrappe().Evaluate(f).Faits;
        f = new SectionOrientation().Evaluate(f).Faits;
        return f with
        {
            Verdict = new FaitsVerdict(recevable),
            Financement = new Financement(0m, 0m, 0m, 0m, 0m, total, Array.Empty<FinancementOrganisme>()),
        };
    }

    private static Dossier Mesuree(long mss = 80, decimal? depenses = 900m) =>
        Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique, mss: mss), depenses);

    private static SectionVersements Sans(string id) => (SectionVersements)new SectionVersements().WithRules(new SectionVersements().Regles.Where(r => r.Id != id));

    [Fact]
    public void Evaluer_DefaultRules_FiguresAQuotingScreenReads()
    {
        var r = new SectionVersements().Evaluate(Avant(Acquisition(20), 1_000.01m));

        var vers01 = r.Noeud.Find(Vers01.Identifiant)!;
        Assert.Equal(500.01m, vers01.Chiffre("premier").Nombre);
        Assert.Equal(0.5m, vers01.Chiffre("taux").Nombre);
        Assert.Equal(500.00m, r.Noeud.Find(Vers02.Identifiant)!.Chiffre("second").Nombre);
        Assert.Equal(new[] { (1, 0.5m, 500.01m), (2, 0.5m, 500.00m) }, r.Faits.Versements!.Versements.Select(v => (v.Ordre, v.Taux, v.Montant)));
    }

    [Fact]
    public void Evaluer_FirstPaymentReplacedBySixtyPercent_SecondPaymentAndScheduleFollow()
    {
        var section = new SectionVersements().WithRules(new SectionVersements().Regles.Select(r => r.Id == Vers01.Identifiant ? new PremierVersementSoixante() : r));

        var r = section.Evaluate(Avant(Acquisition(20)));

        Assert.Equal(new[] { (1, 0.6m, 600m), (2, 0.4m, 400m) }, r.Faits.Versements!.Versements.Select(v => (v.Ordre, v.Taux, v.Montant)));
        Assert.Equal(400m, r.Faits.Versements.SecondVersement!.Montant);
        Assert.Equal("Second versement : 1 000 € − 600,00 € = 400,00 €, à la fin de la VSR si les cibles d'usage sont atteintes (VERS-03, VERS-04) et les dépenses suffisantes (VERS-05) ; aucune mesure fournie.",
            r.Noeud.Find(Vers02.Identifiant)!.Explication);
    }

    [Fact]
    public void Evaluer_FirstPaymentRemoved_SecondPaymentIsTheWholeTotal()
    {
        var r = Sans(Vers01.Identifiant).Evaluate(Avant(Acquisition(20)));

        Assert.Null(r.Noeud.Find(Vers01.Identifiant));
        Assert.Equal(new[] { (2, 1m, Total) }, r.Faits.Versements!.Versements.Select(v => (v.Ordre, v.Taux, v.Montant)));
    }

    [Fact]
    public void Evaluer_SecondPaymentRemoved_NoSecondPaymentFact()
    {
        var r = Sans(Vers02.Identifiant).Evaluate(Avant(Mesuree()));

        Assert.Null(r.Faits.Versements!.SecondVersement);
        Assert.Equal(new[] { 1 }, r.Faits.Versements.Versements.Select(v => v.Ordre));
        Assert.NotNull(r.Noeud.Find(Vers03.Identifiant));
    }

    [Fact]
    public void Evaluer_MssIndicatorRemoved_CoreServicesReadDmpAlone()
    {
        // Every ESSMS below the MSS target: with CIBLE-01 read, VERS-03 fails; without it, CIBLE-02 alone is met.
        var d = Mesuree(mss: 10);
        var complet = new SectionVersements().Evaluate(Avant(d));
        var sansMss = Sans(Cible01.Identifiant).Evaluate(Avant(d));

        Assert.Equal(Resultat.NotSatisfied, complet.Noeud.Find(Vers03.Identifiant)!.Resultat);
        Assert.Equal(new[] { "VERS-03" }, complet.Faits.Versements!.SecondVersement!.ConditionsNonRemplies);
        var vers03 = sansMss.Noeud.Find(Vers03.Identifiant)!;
        Assert.Equal(Resultat.Satisfied, vers03.Resultat);
        Assert.Equal("Services socles (CIBLE-02) ≥ 70 % : atteints.", vers03.Explication);
        Assert.DoesNotContain(sansMss.Faits.Versements!.SecondVersement!.Indicateurs, i => i.Regle == Cible01.Identifiant);
        Assert.Empty(sansMss.Faits.Versements.SecondVersement.ConditionsNonRemplies);
    }

    [Fact]
    public void Evaluer_ExpensesConditionRemoved_TargetsMetReleaseThePayment()
    {
        var r = Sans(Vers05.Identifiant).Evaluate(Avant(Mesuree(depenses: null)));

        var second = r.Faits.Versements!.SecondVersement!;
        Assert.Equal(Resultat.Satisfied, second.Resultat);
        Assert.Empty(second.ConditionsEnAttente);
        Assert.Equal(new[] { "VERS-03", "VERS-04" }, r.Noeud.Find(Vers02.Identifiant)!.Chiffre("conditions").Elements);
    }

    [Fact]
    public void Evaluer_OwnRuleAdded_EvaluatedInItsPlaceWithOrWithoutMeasures()
    {
        var section = new SectionVersements().WithRules(new SectionVersements().Regles.Append(new ConventionDePartenariat()));

        foreach (var d in new[] { Acquisition(20), Mesuree() })
        {
            var r = section.Evaluate(Avant(d));

            Assert.Equal("OCC-VERS", r.Noeud.Enfants[^1].Regle);
            Assert.Equal(new SectionVersements().Evaluate(Avant(d)).Faits.Versements!.Versements, r.Faits.Versements!.Versements);
        }
    }

    [Fact]
    public void Evaluer_NotRecevable_NoRuleAndNoPayment()
    {
        var r = new SectionVersements().Evaluate(Avant(Mesuree(), recevable: null));

        Assert.Equal(Resultat.NotApplicable, r.Noeud.Resultat);
        Assert.Empty(r.Noeud.Enfants);
        Assert.Equal("Aucun versement ESMS numérique.", r.Noeud.Explication);
        Assert.Empty(r.Faits.Versements!.Versements);
        Assert.Null(r.Faits.Versements.SecondVersement);
    }

    [Fact]
    public void Constructeur_RulesReadingEachOther_ArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => new SectionVersements(new Regle[] { new Lectrice("A-1", "A-2"), new Lectrice("A-2", "A-1"), new Vers01() }));

        Assert.Contains("A-1, A-2", e.Message, StringComparison.Ordinal);
    }

    /// <summary>An ARS's first payment of 60 %, replacing VERS-01.</summary>
    private sealed class PremierVersementSoixante : Regle
    {
        public PremierVersementSoixante()
            : base(Vers01.Identifiant, "Premier versement : 60 %", new[] { Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("premier", Resultat.Satisfied, "{taux} × {total} = {premier}.") })
        {
        }

        public override DecisionNode Evaluate(Faits faits)
        {
            var total = faits.FinancementEtabli.Total;
            return Conclude(faits, Resultat.Satisfied, "premier",
                new[] { Chiffre.Taux("taux", 0.6m), Chiffre.Euros("total", total), Chiffre.EurosCentimes("premier", total * 0.6m) }, total * 0.6m);
        }
    }

    /// <summary>An ARS's own check on the payments.</summary>
    private sealed class ConventionDePartenariat : Regle
    {
        public ConventionDePartenariat()
            : base("OCC-VERS", "Convention de partenariat signée", new[] { Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("aVerifier", Resultat.ReviewRequired, "Convention de partenariat : pièce à vérifier.") })
        {
        }

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.ReviewRequired, "aVerifier");
    }

    /// <summary>A rule reading another.</summary>
    private sealed class Lectrice : RegleSurNoeuds
    {
        public Lectrice(string id, string lit)
            : base(id, "Lectrice", new[] { Documents.Logigramme.Section() }, new[] { new Modele("lu", Resultat.Satisfied, "Lu.") }, new[] { lit })
        {
        }

        public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus) => Conclude(faits, Resultat.Satisfied, "lu");
    }
}
