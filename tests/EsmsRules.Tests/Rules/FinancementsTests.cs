using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>FIN-01…06, PETITOG-01…04, MOD-01/02 (RULES.md §4, §10.5, §10.6, §10.9, §10.10).</summary>
public class FinancementsTests
{
    // ----- FIN-01: acquisition, part ESSMS

    [Fact]
    public void Fin01_Acquisition46_Grants7000PerEssmsWithArithmetic()
    {
        var d = Acquisition(46).Evaluate();

        Assert.Equal(322_000m, d.Financement.PartEssms);
        d.AssertOutcome("FIN-01", Resultat.Satisfied);
        d.AssertExplains("FIN-01", "46 × 7 000 € = 322 000 €");
        Assert.Equal(322_000m, d.Node("FIN-01").Montant);
    }

    [Fact]
    public void Fin01_Acquisition64_ReducedRateFromThe50th()
    {
        var d = Acquisition(64).Evaluate();

        Assert.Equal(373_000m, d.Financement.PartEssms);
        d.AssertExplains("FIN-01", "49 × 7 000 € + 15 × 2 000 € = 373 000 €");
    }

    [Fact]
    public void Fin01_MiseEnConformite_NotApplicable()
    {
        var d = Conformite(20).Evaluate();

        d.AssertOutcome("FIN-01", Resultat.NotApplicable);
        d.AssertOutcome("FIN-04", Resultat.Satisfied);
    }

    // ----- FIN-02: part éditeur, SAD-referenced editor

    [Fact]
    public void Fin02_SadEditor46_Ceiling552000AndTotal874000()
    {
        var d = Acquisition(46).SadSeulement().Evaluate();

        d.AssertOutcome("FIN-02", Resultat.Satisfied);
        d.AssertOutcome("FIN-03", Resultat.NotApplicable);
        d.AssertExplains("FIN-02", "46 × 12 000 € = 552 000 €");
        Assert.Equal(552_000m, d.Financement.PartEditeur);
        Assert.Equal(874_000m, d.Financement.Total);
    }

    [Fact]
    public void Fin02_SadEditorNational64_Ceiling603000AndTotal976000()
    {
        var d = Acquisition(64).SadSeulement().Evaluate();

        d.AssertExplains("FIN-02", "49 × 12 000 € + 15 × 1 000 € = 603 000 €");
        Assert.Equal(603_000m, d.Financement.PartEditeur);
        Assert.Equal(976_000m, d.Financement.Total);
        Assert.Equal(Orientation.National, d.Orientation);
    }

    [Fact]
    public void Fin02_SegurEditor_NotApplicable()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("FIN-02", Resultat.NotApplicable);
        d.AssertExplains("FIN-02", "FIN-03");
    }

    // ----- FIN-03: part éditeur, Ségur-referenced editor

    [Fact]
    public void Fin03_SegurEditor46_Ceiling667000AndTotal989000()
    {
        var d = Acquisition(46).Evaluate();

        d.AssertOutcome("FIN-03", Resultat.Satisfied);
        d.AssertExplains("FIN-03", "46 × 14 500 € = 667 000 €");
        Assert.Equal(667_000m, d.Financement.PartEditeur);
        Assert.Equal(989_000m, d.Financement.Total);
    }

    [Fact]
    public void Fin03_SegurEditorNational64_RuleGives1128500NotTheDecksSlip()
    {
        var d = Acquisition(64).Evaluate();

        d.AssertExplains("FIN-03", "49 × 14 500 € + 15 × 3 000 € = 755 500 €");
        d.AssertExplains("FIN-03", "lectureFin03");
        Assert.Equal(755_500m, d.Financement.PartEditeur);
        Assert.Equal(1_128_500m, d.Financement.Total);
        Assert.Contains("1 128 500 €", d.Node("FINANCEMENT").Explication, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Fin03_ReferenceSegurNullWithSad_SadCeilingAndReferenceSegurMissing()
    {
        var d = (Acquisition(20) with { Editeur = new Editeur { Nom = "E", ReferenceSegur = null, ReferenceSad = true } }).Evaluate();

        d.AssertOutcome("FIN-03", Resultat.MissingInput);
        d.AssertOutcome("FIN-02", Resultat.Satisfied);
        Assert.Equal(20 * 12_000m, d.Financement.PartEditeur);
        Assert.Contains("referenceSegur", d.DonneesManquantes);
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Fin03_MiseEnConformite_NotApplicableAndNoPartEditeur()
    {
        var d = Conformite(20).Devis(50_000m).Evaluate();

        d.AssertOutcome("FIN-02", Resultat.NotApplicable);
        d.AssertOutcome("FIN-03", Resultat.NotApplicable);
        d.AssertExplains("FIN-03", "PROJET-03");
        Assert.Equal(0m, d.Financement.PartEditeur);
    }

    // ----- FIN-04: mise en conformité, part ESSMS only

    [Fact]
    public void Fin04_Conformite35_Grants175000()
    {
        var d = Conformite(35).Evaluate();

        d.AssertOutcome("FIN-04", Resultat.Satisfied);
        d.AssertExplains("FIN-04", "35 × 5 000 € = 175 000 €");
        Assert.Equal(175_000m, d.Financement.PartEssms);
        Assert.Equal(175_000m, d.Financement.Total);
    }

    [Fact]
    public void Fin04_ConformiteNational72_Grants291000()
    {
        var d = Conformite(72).Evaluate();

        d.AssertExplains("FIN-04", "49 × 5 000 € + 23 × 2 000 € = 291 000 €");
        Assert.Equal(291_000m, d.Financement.Total);
        Assert.Equal(Orientation.National, d.Orientation);
    }

    [Fact]
    public void Fin04_EssmsWithoutDui_ReviewRequiredAmountStillShownEssmsNamed()
    {
        // RULES.md §10.22 (revision 2): a mise en conformité presupposes a deployed DUI.
        var dossier = Conformite(20);
        var sansDui = dossier.EssmsAt(3);
        var d = dossier.MapEssmsAt(3, e => e with { EquipeDui = false }).Evaluate();

        d.AssertOutcome("FIN-04", Resultat.ReviewRequired);
        Assert.Contains("FIN-04", d.AApprecier);
        Assert.Equal(20 * 5_000m, d.Financement.PartEssms);
        Assert.Equal(20 * 5_000m, d.Node("FIN-04").Montant);
        d.AssertExplains("FIN-04", "1 ESSMS retenu sans DUI (" + sansDui.Value + ")");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void Fin04_EssmsWithDuiOrUnknown_Satisfied(bool? equipeDui)
    {
        var d = Conformite(20).MapEssmsAt(3, e => e with { EquipeDui = equipeDui }).Evaluate();

        d.AssertOutcome("FIN-04", Resultat.Satisfied);
        Assert.DoesNotContain("FIN-04", d.AApprecier);
    }

    [Fact]
    public void Fin01_AcquisitionEssmsWithoutDui_NotFlagged()
    {
        var d = Acquisition(20).MapEssmsAt(3, e => e with { EquipeDui = false }).Evaluate();

        d.AssertOutcome("FIN-01", Resultat.Satisfied);
    }

    [Fact]
    public void Fin04_Acquisition_NotApplicable()
    {
        Acquisition(20).Evaluate().AssertOutcome("FIN-04", Resultat.NotApplicable);
    }

    // ----- FIN-05: part éditeur = min(ceiling, quote)

    [Fact]
    public void Fin05_NoQuote_PartEditeurIsTheCeiling()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("FIN-05", Resultat.Satisfied);
        d.AssertExplains("FIN-05", "Aucun devis fourni : la part éditeur est le plafond (« jusqu'à ») de 290 000 €.");
        Assert.Equal(290_000m, d.Financement.PartEditeur);
    }

    [Fact]
    public void Fin05_QuoteBelowCeiling_PartEditeurIsTheQuote()
    {
        var d = Acquisition(46).Devis(500_000m).Evaluate();

        d.AssertExplains("FIN-05", "Part éditeur = min(plafond 667 000 €, devis 500 000 €) = 500 000 €");
        Assert.Equal(500_000m, d.Financement.PartEditeur);
        Assert.Equal(822_000m, d.Financement.Total);
    }

    [Fact]
    public void Fin05_QuoteAboveCeiling_PartEditeurIsTheCeiling()
    {
        var d = Acquisition(46).Devis(700_000m).Evaluate();

        d.AssertExplains("FIN-05", "Part éditeur = min(plafond 667 000 €, devis 700 000 €) = 667 000 €.");
        Assert.Equal(667_000m, d.Financement.PartEditeur);
    }

    [Fact]
    public void Fin05_QuoteEqualToCeiling_PartEditeurIsTheCeilingUnsplit()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 7), Og(2, 8)).Devis(217_500m).Evaluate();

        Assert.Equal(217_500m, d.Financement.PartEditeur);
        Assert.Equal(new[] { 101_500m, 116_000m }, d.Financement.ParOrganisme.Select(o => o.PartEditeur));
    }

    [Fact]
    public void Fin05_MiseEnConformite_NotApplicable()
    {
        Conformite(20).Devis(1_000m).Evaluate().AssertOutcome("FIN-05", Resultat.NotApplicable);
    }

    // ----- FIN-05 / §10.6: quote split between OGs

    [Fact]
    public void Fin05_QuoteSplitThreeEqualOgs_LargestRemainderTieGoesToFirstListed()
    {
        // §10.6 (revision 2): 33 333,333… each; floors 33 333,33; the cent left goes to the first OG (equal remainders).
        var d = Grappe(TypeProjet.Acquisition, Og(1, 5), Og(2, 5), Og(3, 5)).Devis(100_000m).Evaluate();

        var f = d.Financement;
        Assert.Equal(100_000m, f.PartEditeur);
        Assert.Equal(new[] { 33_333.34m, 33_333.33m, 33_333.33m }, f.ParOrganisme.Select(o => o.PartEditeur));
        Assert.Equal(f.PartEditeur, f.ParOrganisme.Sum(o => o.PartEditeur));
        Assert.Equal(f.Total, f.ParOrganisme.Sum(o => o.Total) + f.AmoaMarche + f.AmoaProjet);
        d.AssertExplains("FIN-05", "répartie entre les 3 OG au prorata de leurs plafonds (méthode des plus forts restes, au centime) : 33 333,34 € / 33 333,33 € / 33 333,33 €.");
    }

    [Fact]
    public void Fin05_QuoteFewCentsOverFourOgs_NoNegativeShare()
    {
        // Revision 1 gave −0,01 € to the last OG: a quote of 0,05 € over four equal ceilings.
        var d = Grappe(TypeProjet.Acquisition, Og(1, 4), Og(2, 4), Og(3, 4), Og(4, 4)).Devis(0.05m).Evaluate();

        Assert.Equal(new[] { 0.02m, 0.01m, 0.01m, 0.01m }, d.Financement.ParOrganisme.Select(o => o.PartEditeur));
        Assert.All(d.Financement.ParOrganisme, o => Assert.True(o.PartEditeur >= 0m));
    }

    [Fact]
    public void Fin05_QuoteSplitTwoOgs_ExplanationShowsTheSplit()
    {
        // Ceilings 8 × 14 500 = 116 000 € and 12 × 14 500 = 174 000 €; quote 200 000 €: 80 000 € / 120 000 €.
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8), Og(2, 12)).Devis(200_000m).Evaluate();

        Assert.Equal(new[] { 80_000m, 120_000m }, d.Financement.ParOrganisme.Select(o => o.PartEditeur));
        d.AssertExplains("FIN-05", ": 80 000 € / 120 000 €.");
    }

    [Fact]
    public void Fin05_QuoteSplitHalfCent_RoundsAwayFromZero()
    {
        // 100 000,01 € split in two equal ceilings: 50 000,005 € → 50 000,01 € (half away from zero, not to even);
        // the last OG gets 50 000,00 €.
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8), Og(2, 8)).Devis(100_000.01m).Evaluate();

        Assert.Equal(new[] { 50_000.01m, 50_000.00m }, d.Financement.ParOrganisme.Select(o => o.PartEditeur));
    }

    [Fact]
    public void Fin05_QuoteSplitOgFullyExcluded_GetsNothingOthersShare()
    {
        // OG 4 has its only ESSMS excluded (ESSMS-02): the last OG *with retained ESSMS* is OG 3.
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 5), Og(2, 5), Og(3, 5), Og(4, 1)).Exclure(15).Devis(100_000m);
        var d = dossier.Evaluate();

        Assert.Equal(15, d.EssmsRetenus);
        Assert.Equal(new[] { 33_333.34m, 33_333.33m, 33_333.33m, 0m }, d.Financement.ParOrganisme.Select(o => o.PartEditeur));
        Assert.Equal(0m, d.Financement.ParOrganisme[3].Total);
    }

    [Fact]
    public void Fin05_QuoteSplitUnequalOgsWithSmallOg_SharesAndProjectAmountsAddUpToTotal()
    {
        // Ceilings 8 × 14 500 = 116 000 € and 10 × 14 500 = 145 000 € (261 000 €); quote 200 000 €:
        // 116 000 × 200 000 ÷ 261 000 = 88 888,888… → 88 888,89 €; the last OG gets 111 111,11 €.
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Devis(200_000m).Evaluate();

        var f = d.Financement;
        Assert.Equal(new[] { 88_888.89m, 111_111.11m }, f.ParOrganisme.Select(o => o.PartEditeur));
        Assert.Equal(200_000m, f.ParOrganisme.Sum(o => o.PartEditeur));
        Assert.Equal(56_000m + 88_888.89m + 160_000m, f.ParOrganisme[0].Total);
        Assert.Equal(f.Total, f.ParOrganisme.Sum(o => o.Total) + f.AmoaMarche + f.AmoaProjet);
        Assert.Equal(126_000m + 200_000m + 160_000m + 15_000m + 100_000m, f.Total);
    }

    [Fact]
    public void Fin05_QuoteSplitLargestRemainders_NoShareAboveItsCeiling()
    {
        // Ceilings 120 000, 360 000, 146 000 and 20 000 € (ranks 88–107 at 1 000 €, SAD); quote 645 999,97 €. Floors in
        // cents: 11 999 999, 35 999 998, 14 599 999, 1 999 999 (remainders ,44 ,33 ,32 ,91): the 2 cents left go to OG 4
        // then OG 1. Revision 1 gave the last OG 20 000,01 €, above its own ceiling.
        var d = Grappe(TypeProjet.Acquisition, Og(1, 10), Og(2, 30), Og(3, 47), Og(4, 20)).SadSeulement().Devis(645_999.97m).Evaluate();

        Assert.Equal(new[] { 120_000m, 359_999.98m, 145_999.99m, 20_000m }, d.Financement.ParOrganisme.Select(o => o.PartEditeur));
        Assert.Equal(645_999.97m, d.Financement.PartEditeur);
    }

    // ----- FIN-06: from the 50th ESSMS

    [Fact]
    public void Fin06_49Essms_NotApplicableAllAtFullRate()
    {
        var d = Acquisition(49).Evaluate();

        d.AssertOutcome("FIN-06", Resultat.NotApplicable);
        d.AssertExplains("FIN-06", "49 ESSMS : tous au tarif plein (rangs 1 à 49) ; le 50e passerait au barème réduit.");
        Assert.Equal(49 * 7_000m, d.Financement.PartEssms);
        Assert.Equal(49 * 14_500m, d.Financement.PartEditeur);
    }

    [Fact]
    public void Fin06_50Essms_SatisfiedThe50thAtReducedRate()
    {
        var d = Acquisition(50).Evaluate();

        d.AssertOutcome("FIN-06", Resultat.Satisfied);
        d.AssertExplains("FIN-06", "50 ESSMS : le barème à partir du 50e ESSMS s'applique au rang 50 (1 ESSMS).");
        Assert.Equal(49 * 7_000m + 2_000m, d.Financement.PartEssms);
        Assert.Equal(49 * 14_500m + 3_000m, d.Financement.PartEditeur);
    }

    [Fact]
    public void Fin06_ExcludedEssmsTakeNoRank_51ListedOneExcludedIs50Ranks()
    {
        // §10.5: an excluded ESSMS takes no rank; 51 listed with the first excluded → ranks 1…50.
        var d = Acquisition(51).Exclure(0).Evaluate();

        Assert.Equal(50, d.EssmsRetenus);
        Assert.Equal(49 * 7_000m + 2_000m, d.Financement.PartEssms);
        d.AssertExplains("FIN-01", "49 × 7 000 € + 1 × 2 000 € = 345 000 €");
    }

    [Fact]
    public void Fin06_RanksRunOgByOg_SecondOgHoldsTheReducedRanks()
    {
        // OG 1: ranks 1–30 (full); OG 2: ranks 31–49 full (19) and 50–60 reduced (11).
        var d = Grappe(TypeProjet.Acquisition, Og(1, 30), Og(2, 30)).Evaluate();

        var og = d.Financement.ParOrganisme;
        Assert.Equal(30 * 7_000m, og[0].PartEssms);
        Assert.Equal(30 * 14_500m, og[0].PartEditeur);
        Assert.Equal((19 * 7_000m) + (11 * 2_000m), og[1].PartEssms);
        Assert.Equal((19 * 14_500m) + (11 * 3_000m), og[1].PartEditeur);
        Assert.Equal(d.Financement.PartEssms, og.Sum(o => o.PartEssms));
    }

    // ----- PETITOG-01: equipment

    [Fact]
    public void PetitOg01_SmallOgOf8InGrappe_160000ReviewRequired()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        d.AssertOutcome("PETITOG-01", Resultat.ReviewRequired);
        d.AssertExplains("PETITOG-01", "8 × 20 000 € = 160 000 €");
        d.AssertExplains("PETITOG-01", "< 15");
        Assert.Equal(160_000m, d.Financement.Equipements);
        Assert.Equal(160_000m, d.Financement.ParOrganisme[0].Equipements);
        Assert.Equal(0m, d.Financement.ParOrganisme[1].Equipements);
        Assert.Contains("PETITOG-01", d.AApprecier);
    }

    [Fact]
    public void PetitOg01_SeedExample5_SmallOgShareIs447000WithProjectAmounts()
    {
        // RULES.md §9 ex. 5: 56 000 + 116 000 + 160 000 + 100 000 + 15 000 = 447 000 € (the small OG's view).
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        var small = d.Financement.ParOrganisme[0];
        Assert.Equal((56_000m, 116_000m, 160_000m), (small.PartEssms, small.PartEditeur, small.Equipements));
        Assert.Equal(447_000m, small.Total + d.Financement.AmoaProjet + d.Financement.AmoaMarche);
    }

    [Fact]
    public void PetitOg01_SeedExample6SadEditor_SmallOgShareIs427000()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).SadSeulement().Evaluate();

        var small = d.Financement.ParOrganisme[0];
        Assert.Equal((56_000m, 96_000m, 160_000m), (small.PartEssms, small.PartEditeur, small.Equipements));
        Assert.Equal(427_000m, small.Total + d.Financement.AmoaProjet + d.Financement.AmoaMarche);
    }

    [Fact]
    public void PetitOg01_NoSmallOg_NotApplicableAndZero()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("PETITOG-01", Resultat.NotApplicable);
        Assert.Equal(0m, d.Financement.Equipements);
        Assert.DoesNotContain("PETITOG-01", d.AApprecier);
    }

    [Fact]
    public void PetitOg01_NombreEssmsFinessAbsent_CountsListedEssmsIncludingExcluded()
    {
        // §10.9: without nombreEssmsFiness the OG's size is its listed ESSMS, excluded ones included.
        var sansFiness = DossierBuilder.Og(1, 14, nombreEssmsFiness: null) with { NombreEssmsFiness = null };
        var d = Grappe(TypeProjet.Acquisition, sansFiness, Og(2, 10)).Exclure(0).Evaluate();

        Assert.Equal(13 * 20_000m, d.Financement.Equipements);
        d.AssertExplains("PETITOG-01", "14 ESSMS listés dans le dossier, nombreEssmsFiness absent");

        var quinze = DossierBuilder.Og(1, 15, nombreEssmsFiness: null) with { NombreEssmsFiness = null };
        var d15 = Grappe(TypeProjet.Acquisition, quinze, Og(2, 10)).Exclure(0).Evaluate();
        Assert.Equal(0m, d15.Financement.Equipements);
    }

    [Fact]
    public void PetitOg01_SmallOgWithAllEssmsExcluded_DoesNotCount()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 20), Og(2, 1, petit: true)).Exclure(20).Evaluate();

        d.AssertOutcome("PETITOG-01", Resultat.NotApplicable);
        d.AssertOutcome("PETITOG-03", Resultat.NotApplicable);
        Assert.Equal(0m, d.Financement.Equipements + d.Financement.AmoaProjet + d.Financement.AmoaMarche);
    }

    [Fact]
    public void PetitOg01_NationalProject_EquipmentStillGranted()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 50)).Evaluate();

        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Equal(160_000m, d.Financement.Equipements);
        d.AssertOutcome("PETITOG-01", Resultat.ReviewRequired);
        d.AssertExplains("PETITOG-01", "l'équipe nationale (CNSA, DNS)");
    }

    // ----- PETITOG-02: AMOA marché

    [Fact]
    public void PetitOg02_RegionalAcquisitionNewProcurement_15000ReviewRequired()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        d.AssertOutcome("PETITOG-02", Resultat.ReviewRequired);
        d.AssertExplains("PETITOG-02", "AMOA marché 15 000 € par projet");
        Assert.Equal(15_000m, d.Financement.AmoaMarche);
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
    }

    [Fact]
    public void PetitOg02_CurrentContractUsedAchat02_NotGranted()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).MarcheEnCours().Evaluate();

        Assert.Equal(ProcedureAchat.MarcheEnCours, d.ProcedureAchat);
        d.AssertOutcome("PETITOG-02", Resultat.NotApplicable);
        d.AssertExplains("PETITOG-02", "ACHAT-02");
        Assert.Equal(0m, d.Financement.AmoaMarche);
        Assert.Equal(100_000m, d.Financement.AmoaProjet);
    }

    [Fact]
    public void PetitOg02_MiseEnConformite_NotGranted()
    {
        var d = Grappe(TypeProjet.MiseEnConformite, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        d.AssertOutcome("PETITOG-02", Resultat.NotApplicable);
        Assert.Equal(0m, d.Financement.AmoaMarche);
    }

    [Fact]
    public void PetitOg02_NationalProject_NotGranted()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 50)).Evaluate();

        d.AssertOutcome("PETITOG-02", Resultat.NotApplicable);
        d.AssertExplains("PETITOG-02", "projet national");
        Assert.Equal(0m, d.Financement.AmoaMarche);
    }

    [Fact]
    public void PetitOg02_NoSmallOg_NotGranted()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("PETITOG-02", Resultat.NotApplicable);
        d.AssertExplains("PETITOG-02", "aucun petit OG");
    }

    [Fact]
    public void PetitOg02_SocialChampsDefault_GrantedAndSaysWhy()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true, champ: Champ.PDS), Og(2, 10, champ: Champ.PDE))
            .PorteurChamp(Champ.PDS).Evaluate();

        Assert.True(d.Recevable);
        Assert.Equal(ProcedureAchat.Libre, d.ProcedureAchat);
        Assert.Equal(15_000m, d.Financement.AmoaMarche);
        d.AssertExplains("PETITOG-02", "amoaMarcheChampsSociaux");
    }

    // ----- PETITOG-03: AMOA projet

    [Fact]
    public void PetitOg03_RegionalWithSmallOg_100000ReviewRequired()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        d.AssertOutcome("PETITOG-03", Resultat.ReviewRequired);
        d.AssertExplains("PETITOG-03", "100 000 € par projet");
        Assert.Equal(100_000m, d.Financement.AmoaProjet);
    }

    [Fact]
    public void PetitOg03_SeedExample7ConformiteSmallOg_300000ForTheSmallOg()
    {
        // RULES.md §9 ex. 7: 40 000 + 100 000 + 160 000 = 300 000 €.
        var d = Grappe(TypeProjet.MiseEnConformite, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        var small = d.Financement.ParOrganisme[0];
        Assert.Equal((40_000m, 0m, 160_000m), (small.PartEssms, small.PartEditeur, small.Equipements));
        Assert.Equal(300_000m, small.Total + d.Financement.AmoaProjet + d.Financement.AmoaMarche);
        Assert.Equal(350_000m, d.Financement.Total);
    }

    [Fact]
    public void PetitOg03_NationalProject_NotGranted()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 50)).Evaluate();

        d.AssertOutcome("PETITOG-03", Resultat.NotApplicable);
        d.AssertExplains("PETITOG-03", "projet national");
        Assert.Equal(0m, d.Financement.AmoaProjet);
    }

    [Fact]
    public void PetitOg03_NoSmallOg_NotGranted()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("PETITOG-03", Resultat.NotApplicable);
        Assert.Equal(0m, d.Financement.AmoaProjet);
    }

    // ----- PETITOG-04: same conditions and schedule

    [Fact]
    public void PetitOg04_SpecificFunding_SatisfiedAndPaidWithTheRest()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        d.AssertOutcome("PETITOG-04", Resultat.Satisfied);
        d.AssertExplains("PETITOG-04", "Les financements spécifiques (275 000 €)");
        d.AssertExplains("PETITOG-04", "VERS-01, VERS-02");
        Assert.Equal(d.Financement.Total, d.Versements.Sum(v => v.Montant));
        Assert.Equal(d.Financement.Total / 2, d.Versements[0].Montant);
    }

    [Fact]
    public void PetitOg04_NoSpecificFunding_NotApplicable()
    {
        Acquisition(20).Evaluate().AssertOutcome("PETITOG-04", Resultat.NotApplicable);
    }

    // ----- MOD-01 / MOD-02

    [Fact]
    public void Mod01_RetainedEssmsWithConfort_ReviewRequiredAmountsUnmodulated()
    {
        var d = Acquisition(20).MapEssms((e, i) => i < 2 ? e with { ActivitesConfort = true } : e).Evaluate();

        d.AssertOutcome("MOD-01", Resultat.ReviewRequired);
        d.AssertExplains("MOD-01", "2 ESSMS retenus avec des activités de confort");
        Assert.Contains("MOD-01", d.AApprecier);
        Assert.Equal(20 * (7_000m + 14_500m), d.Financement.Total);
    }

    [Fact]
    public void Mod01_NoConfort_NotApplicable()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("MOD-01", Resultat.NotApplicable);
        Assert.DoesNotContain("MOD-01", d.AApprecier);
    }

    [Fact]
    public void Mod02_RecevableFiledDossier_AlwaysReviewRequired()
    {
        var d = Acquisition(20).Evaluate();

        d.AssertOutcome("MOD-02", Resultat.ReviewRequired);
        d.AssertExplains("MOD-02", "L'ARS peut toujours moduler");
        Assert.Contains("MOD-02", d.AApprecier);
    }

    [Fact]
    public void Mod02_NotRecevable_NoFundingSectionAndZeros()
    {
        // PROJET-05: no self-diagnosis → not recevable; §10.2: every amount 0, no MOD-02 flag, every OG listed.
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 10), Og(2, 10) with { AutodiagnosticFourni = null });
        var d = dossier.Evaluate();

        Assert.False(d.Recevable);
        Assert.Null(d.Arbre.Find("MOD-02"));
        Assert.DoesNotContain("MOD-02", d.AApprecier);
        Assert.Equal(0m, d.Financement.Total);
        Assert.Equal(2, d.Financement.ParOrganisme.Count);
        Assert.All(d.Financement.ParOrganisme, o => Assert.Equal(0m, o.Total));
        Assert.Empty(d.Versements);
    }

    [Fact]
    public void Financement_Section_ExplainsTheTotalSum()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate();

        Assert.Contains(
            "126 000 € (part ESSMS) + 261 000 € (part éditeur) + 160 000 € (équipements) + 15 000 € (AMOA marché) + 100 000 € (AMOA projet) = 662 000 €",
            d.Node("FINANCEMENT").Explication,
            System.StringComparison.Ordinal);
        Assert.Equal(662_000m, d.Financement.Total);
    }
}
