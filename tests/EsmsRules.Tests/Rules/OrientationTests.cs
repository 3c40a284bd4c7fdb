using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>RULES.md §2: ORIENT-01…03 (national from 50 ESSMS, national representativeness, else the ARS).</summary>
public class OrientationTests
{
    [Fact]
    public void Orient03_49Essms_RegionalArs()
    {
        var d = DossierBuilder.Grappe(49).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-03"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(Instructeur.ARS, d.Instructeur);
    }

    [Fact]
    public void Orient01_50Essms_NationalCnsa()
    {
        var d = DossierBuilder.Grappe(50).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-03"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Equal(Instructeur.CNSA, d.Instructeur);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "MOD-02", "PROJET-08" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Orient01_50EssmsRepresentativiteUnknown_NationalWithoutMissingInput()
    {
        var d = (DossierBuilder.Grappe(50) with { RepresentativiteNationale = null }).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-02"));
        Assert.Equal(Orientation.National, d.Orientation);
        Assert.True(d.Recevable);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Orient01_50EssmsOneExcluded_Regional()
    {
        var d = DossierBuilder.Grappe(50).MapEssmsAt(0, e => e with { RelevantL312_1 = false }).Evaluate();
        Assert.Equal(49, d.EssmsRetenus);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-01"));
        Assert.Equal(Orientation.Regional, d.Orientation);
    }

    [Fact]
    public void Orient02_NationalRepresentativity20Essms_NationalCnsa()
    {
        var d = (DossierBuilder.Grappe(20) with { RepresentativiteNationale = true }).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-01"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-03"));
        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Equal(Instructeur.CNSA, d.Instructeur);
    }

    [Fact]
    public void Orient02_NationalRepresentativityBelowMinimum_NationalWhateverNWithoutGrappe03()
    {
        var d = (DossierBuilder.Grappe(5) with { RepresentativiteNationale = true }).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Orient02_RepresentativiteUnknown_MissingInputVerdictNull()
    {
        var d = (DossierBuilder.Grappe(20) with { RepresentativiteNationale = null }).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-03"));
        Assert.Null(d.Recevable);
        Assert.Null(d.Orientation);
        Assert.Null(d.Instructeur);
        Assert.Null(d.ProcedureAchat);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Equal(new[] { "representativiteNationale" }, d.DonneesManquantes);
    }

    [Fact]
    public void Orient02_NoNationalRepresentativity_NotApplicableRegional()
    {
        var d = DossierBuilder.Grappe(20).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-03"));
        Assert.Equal(Orientation.Regional, d.Orientation);
    }

    [Fact]
    public void Orient03_TwoRegions_ArsOfTheRegionHoldingMostEssms()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 6, "31"), DossierBuilder.Og(2, 10, "75"));
        var node = dossier.Evaluate().Arbre.Find("ORIENT-03")!;
        Assert.Equal(Resultat.Satisfied, node.Resultat);
        Assert.Contains("Île-de-France (10 ESSMS sur 16)", node.Explication, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Orient03_ExcludedEssmsDoNotCountForTheRegion()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 9, "31"), DossierBuilder.Og(2, 10, "75"))
            .MapEssms((e, i) => i >= 13 ? e with { FinancementEsmsNumeriqueAnterieur = true } : e);
        var d = dossier.Evaluate();
        Assert.Equal(13, d.EssmsRetenus);
        Assert.Contains("Occitanie (9 ESSMS sur 13)", d.Arbre.Find("ORIENT-03")!.Explication, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Orient_SonsUniquement_EveryOrientationRuleNotApplicable()
    {
        var d = DossierBuilder.Grappe(1, TypeProjet.MiseEnConformite).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-03"));
        Assert.Equal(Orientation.SonsUniquement, d.Orientation);
        Assert.Null(d.Instructeur);
    }

    [Fact]
    public void Orient_NoEligibleEssms_EveryOrientationRuleNotApplicable()
    {
        var d = (DossierBuilder.Grappe(2).MapEssms((e, _) => e with { RelevantL312_1 = false }) with { RepresentativiteNationale = null }).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ORIENT-03"));
        Assert.Empty(d.DonneesManquantes);
    }
    [Theory]
    [InlineData("14", 5, "Occitanie (7 ESSMS sur 12)")]
    [InlineData("14", 6, "Occitanie (6 ESSMS sur 12)")]
    [InlineData("14", 7, "Normandie (7 ESSMS sur 12)")]
    [InlineData("96", 7, "région inconnue (96) (7 ESSMS sur 12)")]
    public void Orient03_EssmsInTwoRegions_ExplanationNamesTheRegionWithTheMost(string autre, int combien, string attendu)
    {
        // The first ESSMS are moved to another département; the porteur (FINESS 31…) is in Occitanie, which wins a tie.
        var d = (DossierBuilder.Grappe(12) with { MaitriseOuvrageMature = true })
            .MapEssms((e, i) => i < combien ? e with { FinessGeographique = DossierBuilder.Finess(autre, 700 + i) } : e)
            .Evaluate();

        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-03"));
        Assert.EndsWith("comptant le plus d'ESSMS du projet : " + attendu + ".", d.Arbre.Find("ORIENT-03")!.Explication, System.StringComparison.Ordinal);
        Assert.Equal(attendu[..attendu.LastIndexOf(" (", System.StringComparison.Ordinal)], d.Region);
    }

    [Theory]
    [InlineData("14", "35", "Bretagne")]
    [InlineData("35", "14", "Bretagne")]
    [InlineData("75", "14", "Île-de-France")]
    [InlineData("14", "75", "Île-de-France")]
    public void Orient03_TieOutsideThePorteursRegion_AlphabeticalOrderAccentsFolded(string premier, string second, string attendu)
    {
        // Porteur in Occitanie (31) holding no ESSMS; 6 ESSMS in each of two other regions: Bretagne < Normandie, and
        // Île-de-France (folded « Ile ») < Normandie, whatever the list order.
        var d = (DossierBuilder.Grappe(12) with { MaitriseOuvrageMature = true })
            .MapEssms((e, i) => e with { FinessGeographique = DossierBuilder.Finess(i < 6 ? premier : second, 700 + i) })
            .Evaluate();

        Assert.Equal(attendu, d.Region);
    }

    [Theory]
    [InlineData("971", "Guadeloupe")]
    [InlineData("974", "La Réunion")]
    [InlineData("976", "Mayotte")]
    [InlineData("98", "Mayotte")]
    [InlineData("970", "outre-mer (département non déterminé)")]
    public void Orient03_OverseasGrappe_RegionFromTheDepartementNotOutreMer97x(string departement, string attendu)
    {
        var d = DossierBuilder.Grappe(9)
            .MapEssms((e, i) => e with { FinessGeographique = DossierBuilder.Finess(departement, 700 + i) })
            .Evaluate();

        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(attendu, d.Region);
        Assert.DoesNotContain("97x", d.Arbre.Find("ORIENT-03")!.Explication, System.StringComparison.Ordinal);
        Assert.Contains(attendu + " (9 ESSMS sur 9)", d.Arbre.Find("ORIENT-03")!.Explication, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Region_NationalProject_Null()
    {
        var d = DossierBuilder.Grappe(50).Evaluate();

        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Null(d.Region);
    }

    [Theory]
    [InlineData(20, null, "indetermine")]
    [InlineData(50, null, "national")]
    [InlineData(20, true, "national")]
    [InlineData(49, false, "regional")]
    public void Orient03_SizeAndRepresentativeness_ItsMotif(int n, bool? representativite, string motif)
    {
        // Below the national threshold with the representativeness unknown, the orientation waits; at the threshold or
        // representative, it is national (mutation run of 30/11/2026: the condition was not pinned).
        var d = (FundingBuilders.Acquisition(n) with { RepresentativiteNationale = representativite }).Evaluate();

        Assert.Equal(motif, d.Arbre.Find("ORIENT-03")!.Motif);
    }

    /// <summary>An ARS's own national rule (always national): a rule set can put a national rule anywhere in the
    /// section.</summary>
    private sealed class ToujoursNational : Regle
    {
        public ToujoursNational()
            : base("ORIENT-01", "Orientation nationale décidée par l'ARS", new[] { Documents.AppelAProjets.Section("calendrier régional") },
                new[] { new Modele("national", Resultat.Satisfied, "National.") })
        {
        }

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.Satisfied, "national");
    }

    [Fact]
    public void Orient02_BelowTheThreshold_ItsFiguresNameTheGrappeSizeAndTheThreshold()
    {
        var noeud = (DossierBuilder.Grappe(20) with { RepresentativiteNationale = true }).Evaluate().Arbre.Find("ORIENT-02")!;

        Assert.Equal(new[] { "n", "seuil" }, noeud.Chiffres.Select(c => c.Nom));
        Assert.Equal(20m, noeud.Chiffre("n").Nombre);
        Assert.Equal(50m, noeud.Chiffre("seuil").Nombre);
    }

    [Fact]
    public void Orient03_AllEssmsInTheFirstRegionOfTheList_ThatRegionNotAnUnknownOne()
    {
        // Auvergne-Rhône-Alpes is region number 0 of the table (mutation run of 30/11/2026: `numero >= 0` made `> 0`).
        var d = (DossierBuilder.Grappe(12) with { MaitriseOuvrageMature = true, RepresentativiteNationale = false })
            .MapEssms((e, i) => e with { FinessGeographique = DossierBuilder.Finess("69", 700 + i) })
            .Evaluate();

        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal("Auvergne-Rhône-Alpes", d.Region);
        Assert.Equal(12m, d.Arbre.Find("ORIENT-03")!.Chiffre("essmsRegion").Nombre);
    }

    [Fact]
    public void Orientation_RepresentativenessUnknownBelowTheThreshold_SectionIndetermineeWithItsSentence()
    {
        var d = (DossierBuilder.Grappe(20) with { RepresentativiteNationale = null }).Evaluate();
        var section = d.Arbre.Enfants.Single(n => n.Regle == "ORIENTATION");

        Assert.Null(d.Orientation);
        Assert.Equal("indeterminee", section.Motif);
        Assert.Equal("Orientation indéterminée.", section.Explication);
    }

    [Fact]
    public void Orientation_NoEligibleEssms_EveryRuleAndTheSectionSayNoEssmsNotSonsOnly()
    {
        var d = (DossierBuilder.Grappe(2).MapEssms((e, _) => e with { RelevantL312_1 = false }) with { RepresentativiteNationale = null }).Evaluate();

        foreach (var id in new[] { "ORIENT-01", "ORIENT-02", "ORIENT-03" })
        {
            Assert.Equal(SectionOrientation.MotifAucun, d.Arbre.Find(id)!.Motif);
        }

        var section = d.Arbre.Enfants.Single(n => n.Regle == "ORIENTATION");
        Assert.Equal(SectionOrientation.MotifAucun, section.Motif);
        Assert.Equal("Aucun ESSMS éligible : pas d'orientation.", section.Explication);
        Assert.NotEqual(Orientation.SonsUniquement, d.Orientation);
    }

    [Fact]
    public void Orientation_ANationalRuleBeforeOrient03_NationalEvenWhenOrient03IsSatisfied()
    {
        // 20 ESSMS, not representative: ORIENT-03 is satisfied; the ARS's ORIENT-01 (first) makes it national, and a
        // satisfied ORIENT-03 does not take the orientation back.
        var jeu = JeuDeRegles.ParDefaut.Replace("ORIENT-01", new ToujoursNational());
        var d = (DossierBuilder.Grappe(20) with { RepresentativiteNationale = false }).Evaluate(new EvaluationOptions { Regles = jeu });

        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-03"));
        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Null(d.Region);
    }

    [Fact]
    public void Orientation_ANationalRuleAfterOrient03_NationalWithoutARegion()
    {
        // The same national rule placed after ORIENT-03: national wins, and a national project names no region.
        var jeu = JeuDeRegles.ParDefaut.Remove("ORIENT-01").Add("ORIENTATION", new ToujoursNational());
        var dossier = DossierBuilder.Grappe(20) with { RepresentativiteNationale = false };
        var d = dossier.Evaluate(new EvaluationOptions { Regles = jeu });

        Assert.Equal(new[] { "ORIENT-02", "ORIENT-03", "ORIENT-01" }, d.Arbre.Enfants.Single(n => n.Regle == "ORIENTATION").Enfants.Select(n => n.Regle));
        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Null(d.Region);

        // The facts the section hands on (a caller evaluating the section alone sees them): no region, no count.
        var faits = new EsmsEvaluator(new EvaluationOptions { Regles = jeu }).EvaluateSection(dossier, SectionOrientation.Identifiant).Faits.OrientationEtablie;
        Assert.Equal(new FaitsOrientation(Orientation.National, null, 0), faits);
    }
}
