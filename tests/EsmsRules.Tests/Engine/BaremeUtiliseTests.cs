using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Engine;

public class BaremeUtiliseTests
{
    [Fact]
    public void Toutes_RuleCatalogue_FitsTheSixtyFourBitsThatTrackEvaluatedRules()
    {
        Assert.InRange(Regles.Toutes.Count, 1, 64);
    }

    [Fact]
    public void Evaluate_SameBaremeSameRules_ReusesTheValuesList()
    {
        var a = DossierBuilder.Grappe(20).Evaluate();
        var b = DossierBuilder.Grappe(25).Evaluate();

        Assert.Same(a.Bareme!.Valeurs, b.Bareme!.Valeurs);
    }

    [Fact]
    public void Evaluate_BaremeChangedWithWith_ReportsItsOwnValue()
    {
        var autre = Campagnes.Generalisation2022 with { PartEssmsAcquisition = new TarifParRang(8_000m, 2_000m) };

        var d = DossierBuilder.Grappe(20).Evaluate(new EvaluationOptions { Bareme = autre });

        Assert.Equal((object)new TarifParRang(8_000m, 2_000m), d.Bareme!.Valeurs.Single(v => v.Parametre == "partEssmsAcquisition").Valeur);
        Assert.Equal(20 * 8_000m, d.Financement.PartEssms);
    }

    [Fact]
    public void Evaluate_DifferentRulesEvaluated_DifferentValuesLists()
    {
        var acquisition = DossierBuilder.Grappe(20).Evaluate();
        var conformite = DossierBuilder.Grappe(20, EsmsRules.Model.TypeProjet.MiseEnConformite).Evaluate();

        Assert.Contains(acquisition.Bareme!.Valeurs, v => v.Parametre == "partEssmsAcquisition");
        Assert.DoesNotContain(conformite.Bareme!.Valeurs, v => v.Parametre == "partEssmsAcquisition");
        Assert.Contains(conformite.Bareme.Valeurs, v => v.Parametre == "tranchesSons");
    }
}
