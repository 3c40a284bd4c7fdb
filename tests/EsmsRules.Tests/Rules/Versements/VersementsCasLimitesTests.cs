using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>
/// Edges of the payment rules that the mutation run of 30/11/2026 found unasserted (docs/mutation.md): a zero
/// denominator, a condition with no indicator, the expenses of a national project, the inputs read.
/// </summary>
public class VersementsCasLimitesTests
{
    [Theory]
    [InlineData(0L, 0L, 70)]
    [InlineData(5L, 0L, 0)]
    public void Atteint_ZeroDenominator_NotMet(long numerateur, long denominateur, int cible)
    {
        Assert.False(RegleIndicateur.Atteint(numerateur, denominateur, cible));
    }

    [Fact]
    public void Cible01_EssmsWithNoEligiblePerson_UndefinedNotBelowTarget()
    {
        var d = Acquisition(20);
        var premiere = d.ToutesEssms()[0].FinessGeographique;
        var decision = d.AvecMesures(e => e.FinessGeographique == premiere ? Mesure(e.FinessGeographique, eligibles: 0) : Mesure(e.FinessGeographique), 322_500m).Evaluate();

        var detail = decision.Node("CIBLE-01").Enfants.Single();

        Assert.Equal(RegleIndicateur.MotifEssmsIndefini, detail.Motif);
        Assert.Equal(premiere.Value, detail.Chiffre("finess").Texte);
    }

    [Fact]
    public void Vers03_Alone_NoIndicatorNotApplicableWithEmptyLists()
    {
        var faits = new Faits(Acquisition(20), Campagnes.Generalisation2022);

        var n = new Vers03().Evaluate(faits);

        Assert.Equal(Resultat.NotApplicable, n.Resultat);
        Assert.Equal(ConditionCibles.MotifSansIndicateur, n.Motif);
        Assert.Empty(n.Chiffre("indicateurs").Elements);
        Assert.Empty(n.Chiffre("nonAtteints").Elements);
        Assert.True(n.Chiffre("cible").Nombre > 0m);
    }

    [Fact]
    public void Vers03_NullArguments_ArgumentNullException()
    {
        var faits = new Faits(Acquisition(20), Campagnes.Generalisation2022);
        var lus = new Dictionary<string, DecisionNode>();

        Assert.Throws<ArgumentNullException>(() => new Vers03().Evaluate(null!, lus));
        Assert.Throws<ArgumentNullException>(() => new Vers03().Evaluate(faits, null!));
    }

    [Fact]
    public void Vers05_NationalProjectWithoutThreshold_AppreciatedByTheCnsa()
    {
        var d = Acquisition(64).AvecMesures(e => Mesure(e.FinessGeographique), 500_000m).Evaluate();

        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Equal("aApprecierNational", d.Node("VERS-05").Motif);
    }

    [Fact]
    public void Vers05_Expenses_InputReadNamedByItsPath()
    {
        var d = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique), 322_500m).Evaluate();

        Assert.Equal(new[] { new EntreeLue("$.depensesRealisees", "322500") }, d.Node("VERS-05").Entrees);
    }
}
