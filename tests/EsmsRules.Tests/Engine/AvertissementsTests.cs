using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Engine;

/// <summary>RULES.md §10.24 (revision 2): a measure or an order naming no ESSMS of the dossier is ignored for the figures
/// and reported as a warning (<c>finessInconnu</c>).</summary>
public class AvertissementsTests
{
    [Fact]
    public void Evaluate_MeasureOfAnEssmsOutsideTheDossier_WarningAndSameFigures()
    {
        var dossier = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique), 500_000m);
        var etranger = Mesure(DossierBuilder.Finess("31", 777));
        var avec = (dossier with { Mesures = dossier.Mesures.Append(etranger).ToArray() }).Evaluate();
        var sans = dossier.Evaluate();

        var a = Assert.Single(avec.Avertissements);
        Assert.Equal(AvertissementCodes.FinessInconnu, a.Code);
        Assert.Equal("$.mesures[20].finessGeographique", a.Chemin);
        Assert.Contains(etranger.FinessGeographique.Value, a.Message, System.StringComparison.Ordinal);
        Assert.Empty(sans.Avertissements);
        Assert.Equal(sans.SecondVersement!.Indicateurs.Select(i => (i.Numerateur, i.Denominateur)), avec.SecondVersement!.Indicateurs.Select(i => (i.Numerateur, i.Denominateur)));
        Assert.Equal(sans.Financement.Total, avec.Financement.Total);
    }

    [Fact]
    public void Evaluate_MeasureOfAnExcludedEssms_IgnoredWithoutWarning()
    {
        // An excluded ESSMS is in the dossier: its measure is ignored (§10.12) but names a known ESSMS.
        var d = Acquisition(20).Exclure(0).AvecMesures(e => Mesure(e.FinessGeographique), 500_000m).Evaluate();

        Assert.Empty(d.Avertissements);
    }

    [Fact]
    public void Evaluate_OrderCitingAnEssmsOutsideTheDossier_WarningWithItsPath()
    {
        var dossier = Conformite(8);
        var dehors = DossierBuilder.Finess("31", 777);
        var commande = new CommandeSons(dossier.OrganismesGestionnaires[0].FinessJuridique, new LocalDate(2023, 3, 1), Couloir.MS1,
            new[] { dossier.EssmsAt(0), dehors });
        var d = dossier.Commandes(commande).Evaluate();

        var a = Assert.Single(d.Avertissements);
        Assert.Equal((AvertissementCodes.FinessInconnu, "$.commandesSons[0].finessGeographiques[1]"), (a.Code, a.Chemin));
        Assert.Equal($"La commande SONS n°1 cite {dehors.Value}, qui n'est aucun ESSMS du dossier : ignoré.", a.Message);
        Assert.Equal(8, Assert.Single(d.PrestationSegur).NombreEssms);
    }

    [Fact]
    public void EvaluateJson_ReadersWarningAndAMeasureOutsideTheDossier_BothWarningsReadersFirst()
    {
        // The reader's warnings (an unknown field) come first, then the evaluation's (finessInconnu).
        var dossier = Acquisition(20).AvecMesures(e => Mesure(e.FinessGeographique), 500_000m);
        var etranger = Mesure(DossierBuilder.Finess("31", 777));
        var json = System.Text.Json.Nodes.JsonNode.Parse(EsmsRules.Serialization.DossierJsonWriter.Serialize(dossier with { Mesures = dossier.Mesures.Append(etranger).ToArray() }))!;
        json["champAjoute"] = 1;

        var d = new EsmsRules.Engine.EsmsEvaluator().EvaluateJson(json.ToJsonString()).GetDecisionOrThrow();

        Assert.Equal(new[] { (AvertissementCodes.ChampInconnu, "$.champAjoute"), (AvertissementCodes.FinessInconnu, "$.mesures[20].finessGeographique") },
            d.Avertissements.Select(a => (a.Code, a.Chemin)));
        Assert.Equal($"La mesure d'usage de {etranger.FinessGeographique.Value} ne concerne aucun ESSMS du dossier : elle est ignorée.", d.Avertissements[1].Message);
    }
}
