using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>RULES.md §2 and §10.4/§10.10/§10.18: GRAPPE-01…04 and the territory of a grappe.</summary>
public class GrappeTests
{
    private static void AssertBelowMinimum(Decision d, int n)
    {
        Assert.Equal(n, d.EssmsRetenus);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, d.DonneesManquantes);
    }

    private static void AssertMinimumReached(Decision d, int n)
    {
        Assert.Equal(n, d.EssmsRetenus);
        Assert.Equal(Resultat.Satisfied, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Grappe01_Metropole14_BelowMinimum() => AssertBelowMinimum(DossierBuilder.Grappe(14).Evaluate(), 14);

    [Fact]
    public void Grappe01_Metropole15_Satisfied() => AssertMinimumReached(DossierBuilder.Grappe(15).Evaluate(), 15);

    [Theory]
    [InlineData("2A")]
    [InlineData("2B")]
    [InlineData("97")]
    [InlineData("98")]
    [InlineData("9A")]
    [InlineData("9F")]
    public void Grappe01_CorseOrOverseas7_BelowMinimumOf8(string departement) =>
        AssertBelowMinimum(DossierBuilder.Grappe(7, departement: departement).Evaluate(), 7);

    [Theory]
    [InlineData("2A")]
    [InlineData("2B")]
    [InlineData("97")]
    [InlineData("98")]
    [InlineData("9A")]
    [InlineData("9B")]
    [InlineData("9C")]
    [InlineData("9D")]
    [InlineData("9E")]
    [InlineData("9F")]
    public void Grappe01_CorseOrOverseas8_Satisfied(string departement) =>
        AssertMinimumReached(DossierBuilder.Grappe(8, departement: departement).Evaluate(), 8);

    [Theory]
    [InlineData("20")]
    [InlineData("96")]
    [InlineData("99")]
    public void Grappe01_MetropolePrefixLookingSpecial8_BelowMinimumOf15(string departement) =>
        AssertBelowMinimum(DossierBuilder.Grappe(8, departement: departement).Evaluate(), 8);

    [Fact]
    public void Grappe01_MetropoleFinessDeclaredOverseas_DeclaredTerritoireWins()
    {
        var d = DossierBuilder.Grappe(8).MapEssms((e, _) => e with { Territoire = Territoire.OutreMer }).Evaluate();
        AssertMinimumReached(d, 8);
    }

    [Fact]
    public void Grappe01_MetropoleFinessDeclaredCorse_DeclaredTerritoireWins()
    {
        var d = DossierBuilder.Grappe(8).MapEssms((e, _) => e with { Territoire = Territoire.Corse }).Evaluate();
        AssertMinimumReached(d, 8);
    }

    [Fact]
    public void Grappe01_CorseFinessDeclaredMetropole_DeclaredTerritoireWins()
    {
        var d = DossierBuilder.Grappe(8, departement: "2A").MapEssms((e, _) => e with { Territoire = Territoire.Metropole }).Evaluate();
        AssertBelowMinimum(d, 8);
    }

    [Fact]
    public void Grappe01_OverseasFinessDeclaredMetropole_DeclaredTerritoireWins()
    {
        var d = DossierBuilder.Grappe(14, departement: "97").MapEssms((e, _) => e with { Territoire = Territoire.Metropole }).Evaluate();
        AssertBelowMinimum(d, 14);
    }

    [Fact]
    public void Grappe01_MoreOverseasThanMetropole_MinimumIs8AndMixedReviewRequired()
    {
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 5, "97"), DossierBuilder.Og(2, 4, "31")).Evaluate();
        Assert.Equal(9, d.EssmsRetenus);
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "GRAPPE-01", "GRAPPE-04", "MOD-02", "PROJET-08" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Grappe01_MoreMetropoleThanOverseas_MinimumIs15()
    {
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 4, "97"), DossierBuilder.Og(2, 5, "31")).Evaluate();
        Assert.Equal(9, d.EssmsRetenus);
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, d.DonneesManquantes);
    }

    [Fact]
    public void Grappe01_TieOverseasMetropole_NotStrictlyMoreSoMinimumIs15()
    {
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 5, "2A"), DossierBuilder.Og(2, 5, "31")).Evaluate();
        Assert.Equal(10, d.EssmsRetenus);
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Null(d.Recevable);
    }

    [Fact]
    public void Grappe01_CorseAndOverseasWithoutMetropole_NotMixedMinimum8()
    {
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 4, "2B"), DossierBuilder.Og(2, 4, "9D")).Evaluate();
        Assert.Equal(8, d.EssmsRetenus);
        Assert.Equal(Resultat.Satisfied, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
        Assert.Equal(new[] { "GRAPPE-04", "MOD-02", "PROJET-08" }, d.AApprecier);
    }

    [Fact]
    public void Grappe01_ExcludedMetropoleEssms_DoesNotMakeGrappeMixed()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 8, "97"), DossierBuilder.Og(2, 1, "31"))
            .MapEssmsAt(8, e => e with { RelevantL312_1 = false });
        var d = dossier.Evaluate();
        Assert.Equal(8, d.EssmsRetenus);
        Assert.Equal(Resultat.Satisfied, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-04"));
        Assert.True(d.Recevable);
        Assert.Equal(new[] { "ESSMS-01" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Grappe01_NoEligibleEssms_NotSatisfiedAndNonRecevable()
    {
        var d = DossierBuilder.Grappe(3).MapEssms((e, _) => e with { RelevantL312_1 = false }).Evaluate();
        Assert.Equal(0, d.EssmsRetenus);
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("GRAPPE-01"));
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Equal(new[] { "ESSMS-01", "GRAPPE-01" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Grappe02_SingleEssmsMiseEnConformite_SonsUniquement()
    {
        var d = DossierBuilder.Grappe(1, TypeProjet.MiseEnConformite).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("GRAPPE-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.SonsUniquement, d.Orientation);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Grappe02_SingleEssmsAcquisition_NotApplicableAndGrappe03Decides()
    {
        var d = DossierBuilder.Grappe(1).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-02"));
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Null(d.Recevable);
        Assert.Null(d.Orientation);
    }

    [Fact]
    public void Grappe02_TwoEssmsMiseEnConformite_NotApplicable()
    {
        var d = DossierBuilder.Grappe(2, TypeProjet.MiseEnConformite).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-02"));
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Null(d.Orientation);
    }

    [Fact]
    public void Grappe02_TwoListedOneExcludedMiseEnConformite_SonsUniquement()
    {
        var d = DossierBuilder.Grappe(2, TypeProjet.MiseEnConformite).MapEssmsAt(1, e => e with { FinancementEsmsNumeriqueAnterieur = true }).Evaluate();
        Assert.Equal(1, d.EssmsRetenus);
        Assert.Equal(Resultat.Satisfied, d.Outcome("GRAPPE-02"));
        Assert.Equal(Orientation.SonsUniquement, d.Orientation);
        Assert.Equal(new[] { "ESSMS-02" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Grappe03_BelowMinimumMature_ReviewRequiredAndRecevableRegional()
    {
        var d = (DossierBuilder.Grappe(14) with { MaitriseOuvrageMature = true }).Evaluate();
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(Instructeur.ARS, d.Instructeur);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "GRAPPE-03", "MOD-02", "PROJET-08" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Grappe03_BelowMinimumNotMature_NonRecevable()
    {
        var d = (DossierBuilder.Grappe(14) with { MaitriseOuvrageMature = false }).Evaluate();
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("GRAPPE-03"));
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Equal(new[] { "GRAPPE-03" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Grappe03_BelowMinimumMaturityUnknown_MissingInput()
    {
        var d = DossierBuilder.Grappe(14).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Null(d.Recevable);
        Assert.Null(d.Orientation);
        Assert.Null(d.Instructeur);
        Assert.Null(d.ProcedureAchat);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, d.Arbre.Find("GRAPPE-03")!.DonneesManquantes);
    }

    /// <summary>RULES.md §10.20 (revision 2): representativeness × maturity, switch on; n = 14 &lt; 15.</summary>
    [Theory]
    [InlineData(false, true, "reviewRequired", true, "")]
    [InlineData(false, false, "notSatisfied", false, "")]
    [InlineData(false, null, "missingInput", null, "maitriseOuvrageMature")]
    [InlineData(null, true, "reviewRequired", null, "")]
    [InlineData(null, false, "missingInput", null, "representativiteNationale")]
    [InlineData(null, null, "missingInput", null, "representativiteNationale maitriseOuvrageMature")]
    [InlineData(true, true, "notApplicable", true, "")]
    [InlineData(true, false, "notApplicable", true, "")]
    [InlineData(true, null, "notApplicable", true, "")]
    public void Grappe03_RepresentativenessTimesMaturity_ThreeValuedOutcome(bool? rep, bool? mature, string attendu, bool? recevable, string manquantes)
    {
        var d = (DossierBuilder.Grappe(14) with { RepresentativiteNationale = rep, MaitriseOuvrageMature = mature }).Evaluate();

        var node = d.Arbre.Find("GRAPPE-03")!;
        Assert.Equal(attendu, char.ToLowerInvariant(node.Resultat.ToString()[0]) + node.Resultat.ToString()[1..]);
        Assert.Equal(recevable, d.Recevable);
        Assert.Equal(manquantes.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), node.DonneesManquantes);
        Assert.Contains(node.Entrees, e => e.Chemin == "$.representativiteNationale");
        Assert.Contains(node.Entrees, e => e.Chemin == "$.maitriseOuvrageMature");
    }

    [Fact]
    public void Grappe03_RepresentativenessUnknownNotMature_NoDefinitiveRefusal()
    {
        // Revision 1 refused; the refusal would only hold if the porteur has no national representativeness.
        var d = (DossierBuilder.Grappe(14) with { RepresentativiteNationale = null, MaitriseOuvrageMature = false }).Evaluate();

        Assert.Null(d.Recevable);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Contains("si le porteur n'a pas de représentativité nationale", d.Arbre.Find("GRAPPE-03")!.Explication, System.StringComparison.Ordinal);
    }

    /// <summary>RULES.md §2 Decision (revision 2): grappeSousMinimumAdmise false reads the CNSA page's strict minimum.</summary>
    [Theory]
    [InlineData(false, true, "notSatisfied", false, "")]
    [InlineData(false, false, "notSatisfied", false, "")]
    [InlineData(false, null, "notSatisfied", false, "")]
    [InlineData(null, true, "missingInput", null, "representativiteNationale")]
    [InlineData(null, null, "missingInput", null, "representativiteNationale")]
    [InlineData(true, null, "notApplicable", true, "")]
    public void Grappe03_StrictMinimumSwitch_RefusesWhateverTheMaturity(bool? rep, bool? mature, string attendu, bool? recevable, string manquantes)
    {
        var bareme = EsmsRules.Baremes.Campagnes.Generalisation2022 with { GrappeSousMinimumAdmise = false };
        var d = (DossierBuilder.Grappe(14) with { RepresentativiteNationale = rep, MaitriseOuvrageMature = mature })
            .Evaluate(new EsmsRules.Engine.EvaluationOptions { Bareme = bareme });

        var node = d.Arbre.Find("GRAPPE-03")!;
        Assert.Equal(attendu, char.ToLowerInvariant(node.Resultat.ToString()[0]) + node.Resultat.ToString()[1..]);
        Assert.Equal(recevable, d.Recevable);
        Assert.Equal(manquantes.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), node.DonneesManquantes);
        if (attendu == "notSatisfied")
        {
            Assert.Contains("grappeSousMinimumAdmise", node.Explication, System.StringComparison.Ordinal);
            Assert.Contains("minimum strict", node.Explication, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Grappe03_StrictMinimumSwitchAtTheMinimum_NotApplicable()
    {
        var bareme = EsmsRules.Baremes.Campagnes.Generalisation2022 with { GrappeSousMinimumAdmise = false };
        var d = DossierBuilder.Grappe(15).Evaluate(new EsmsRules.Engine.EvaluationOptions { Bareme = bareme });

        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Grappe03_MinimumReachedNotMature_NotApplicable()
    {
        var d = (DossierBuilder.Grappe(15) with { MaitriseOuvrageMature = false }).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-03"));
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Grappe04_TwoOgsWithRetainedEssms_ReviewRequired()
    {
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 10), DossierBuilder.Og(2, 5)).Evaluate();
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("GRAPPE-04"));
        Assert.Equal(new[] { "GRAPPE-04", "MOD-02", "PROJET-08" }, d.AApprecier);
    }

    [Fact]
    public void Grappe04_OneOg_NotApplicable()
    {
        var d = DossierBuilder.Grappe(15).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-04"));
        Assert.DoesNotContain("GRAPPE-04", d.AApprecier);
    }

    [Fact]
    public void Grappe04_SecondOgOnlyExcludedEssms_NotApplicable()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 15), DossierBuilder.Og(2, 2))
            .MapEssms((e, i) => i >= 15 ? e with { RelevantL312_1 = false } : e);
        var d = dossier.Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-04"));
        Assert.Equal(new[] { "MOD-02", "PROJET-08" }, d.AApprecier);
    }

    [Fact]
    public void Grappe04_TwoOgsNonRecevable_StillReviewRequired()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 10), DossierBuilder.Og(2, 5) with { AutodiagnosticFourni = false });
        var d = dossier.Evaluate();
        Assert.False(d.Recevable);
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("GRAPPE-04"));
        Assert.Equal(new[] { "PROJET-05" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "GRAPPE-04" }, d.AApprecier);
    }

    [Fact]
    public void Grappe04_TwoOgsSonsUniquement_NotFiledSoNotApplicable()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.MiseEnConformite, DossierBuilder.Og(1, 1), DossierBuilder.Og(2, 1))
            .MapEssmsAt(1, e => e with { RelevantL312_1 = false });
        var d = dossier.Evaluate();
        Assert.Equal(Orientation.SonsUniquement, d.Orientation);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("GRAPPE-04"));
        Assert.Equal(new[] { 0m, 0m }, d.Financement.ParOrganisme.Select(o => o.Total));
    }
}
