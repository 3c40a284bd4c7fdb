using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Baremes;

/// <summary>The barème: its 2022 figures (RULES.md §4, §5, §7), every "Decision" switch in both readings, and the
/// later campaigns (§8b, §10.14).</summary>
public class BaremeTests
{
    private static readonly Bareme B2022 = Campagnes.Generalisation2022;

    // ----- 2022 figures

    [Fact]
    public void Generalisation2022_FundingRates_MatchRulesTables()
    {
        Assert.Equal(new TarifParRang(7_000m, 2_000m), B2022.PartEssmsAcquisition);
        Assert.Equal(new TarifParRang(12_000m, 1_000m), B2022.PartEditeurSad);
        Assert.Equal(new TarifParRang(14_500m, 3_000m), B2022.PartEditeurSegur);
        Assert.Equal(new TarifParRang(5_000m, 2_000m), B2022.PartEssmsConformite);
        Assert.Equal(50, B2022.RangTarifReduit);
        Assert.Equal((20_000m, 15_000m, 100_000m), (B2022.EquipementParEssms, B2022.AmoaMarcheParProjet, B2022.AmoaProjetParProjet));
        Assert.Equal((0.5m, 0.3m, 70m, 90m), (B2022.TauxPremierVersement, B2022.TauxAvanceSons, B2022.CibleServicesSocles, B2022.CibleDui));
        Assert.Null(B2022.SeuilDepensesRealisees);
    }

    [Fact]
    public void Generalisation2022_Switches_DefaultReadings()
    {
        Assert.Equal(LectureFin03.TroisMille, B2022.LectureFin03);
        Assert.Equal(15, B2022.SeuilPetitOg);
        Assert.False(B2022.SeuilPetitOgInclus);
        Assert.True(B2022.AmoaMarcheChampsSociaux);
        Assert.Equal(BaseTrancheSons.EssmsDuDossier, B2022.BaseTrancheSons);
        Assert.True(B2022.NonSegurAutoriseAcquisition);
    }

    [Theory]
    [InlineData(1, "A", 4_000)]
    [InlineData(2, "B", 2_920)]
    [InlineData(4, "B", 2_920)]
    [InlineData(5, "C", 2_190)]
    [InlineData(10, "C", 2_190)]
    [InlineData(11, "D", 1_643)]
    [InlineData(19, "D", 1_643)]
    [InlineData(20, "E", 1_232)]
    [InlineData(99, "E", 1_232)]
    [InlineData(100, "F", 1_133)]
    [InlineData(5_000, "F", 1_133)]
    public void TranchePour_Bounds_SonsTable(int n, string code, int montant)
    {
        var t = B2022.TranchePour(n);

        Assert.Equal((code, (decimal)montant), (t.Code, t.MontantParEssms));
    }

    [Fact]
    public void TranchePour_Zero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => B2022.TranchePour(0));
    }

    [Fact]
    public void CalendrierSonsEnVigueur_TwoVersions_LatestPublicationWins()
    {
        var c = B2022.CalendrierSonsEnVigueur;

        Assert.Equal((new LocalDate(2024, 2, 28), new LocalDate(2024, 12, 19)), (c.FinCommandes, c.FinSoldes));
        Assert.Equal(2, B2022.CalendriersSonsMs1.Count);
    }

    [Fact]
    public void Overrides_RulesReadTheBareme_NoLiterals()
    {
        var bareme = B2022 with { PartEssmsAcquisition = new TarifParRang(1_000m, 500m), EquipementParEssms = 5_000m };
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate(bareme);

        Assert.Equal(18_000m, d.Financement.PartEssms);
        Assert.Equal(40_000m, d.Financement.Equipements);
        d.AssertExplains("FIN-01", "18 × 1 000 € = 18 000 €");
    }

    // ----- Decision FIN-03 from the 50th: LectureFin03

    [Fact]
    public void LectureFin03_TroisMilleDefault_64SegurGives755500()
    {
        var d = Acquisition(64).Evaluate(B2022 with { LectureFin03 = LectureFin03.TroisMille });

        Assert.Equal(755_500m, d.Financement.PartEditeur);
        Assert.Equal(1_128_500m, d.Financement.Total);
        d.AssertExplains("FIN-03", "49 × 14 500 € + 15 × 3 000 € = 755 500 €");
        d.AssertExplains("FIN-03", "la lecture de la page CNSA à 4 000 € est l'option lectureFin03 = quatreMille");
        Assert.Equal(3_000m, B2022.PartEditeurSegurEffective.APartirDuRangReduit);
    }

    [Fact]
    public void LectureFin03_QuatreMille_64SegurGives770500()
    {
        var bareme = B2022 with { LectureFin03 = LectureFin03.QuatreMille };
        var d = Acquisition(64).Evaluate(bareme);

        Assert.Equal(770_500m, d.Financement.PartEditeur);
        Assert.Equal(1_143_500m, d.Financement.Total);
        d.AssertExplains("FIN-03", "49 × 14 500 € + 15 × 4 000 € = 770 500 €");
        d.AssertExplains("FIN-03", "option lectureFin03 = quatreMille");
        Assert.Equal(new TarifParRang(14_500m, 4_000m), bareme.PartEditeurSegurEffective);
    }

    [Fact]
    public void LectureFin03_QuatreMille_SadEditorAndSmallGrappesUnchanged()
    {
        var bareme = B2022 with { LectureFin03 = LectureFin03.QuatreMille };

        Assert.Equal(603_000m, Acquisition(64).SadSeulement().Evaluate(bareme).Financement.PartEditeur);
        Assert.Equal(667_000m, Acquisition(46).Evaluate(bareme).Financement.PartEditeur);
    }

    // ----- Decision small OG: SeuilPetitOgInclus

    [Theory]
    [InlineData(false, 14, true)]
    [InlineData(false, 15, false)]
    [InlineData(true, 15, true)]
    [InlineData(true, 16, false)]
    public void EstPetitOg_Threshold_BothReadings(bool inclus, int n, bool petit)
    {
        Assert.Equal(petit, (B2022 with { SeuilPetitOgInclus = inclus }).IsPetitOg(n));
    }

    [Fact]
    public void SeuilPetitOgInclus_FalseDefault_OgOfExactly15IsNotSmall()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 15, petit: true)).Evaluate(B2022 with { SeuilPetitOgInclus = false });

        d.AssertOutcome("PETITOG-01", Resultat.NotApplicable);
        d.AssertExplains("PETITOG-01", "Aucun petit OG (< 15 ESSMS en FINESS)");
        Assert.Equal(0m, d.Financement.Equipements + d.Financement.AmoaMarche + d.Financement.AmoaProjet);
        Assert.Equal(15 * 21_500m, d.Financement.Total);
    }

    [Fact]
    public void SeuilPetitOgInclus_True_OgOfExactly15IsSmall()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 15, petit: true)).Evaluate(B2022 with { SeuilPetitOgInclus = true });

        d.AssertOutcome("PETITOG-01", Resultat.ReviewRequired);
        d.AssertExplains("PETITOG-01", "Petit OG (≤ 15 ESSMS)");
        d.AssertExplains("PETITOG-01", "15 × 20 000 € = 300 000 €");
        Assert.Equal((300_000m, 15_000m, 100_000m), (d.Financement.Equipements, d.Financement.AmoaMarche, d.Financement.AmoaProjet));
        Assert.Equal((15 * 21_500m) + 415_000m, d.Financement.Total);
    }

    // ----- Decision PETITOG-02 in the social champs: AmoaMarcheChampsSociaux

    private static Dossier SocialAcquisitionPetitOg() =>
        Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true, champ: Champ.PJM), Og(2, 10, champ: Champ.AHI)).PorteurChamp(Champ.PJM);

    [Fact]
    public void AmoaMarcheChampsSociaux_TrueDefault_SocialAcquisitionGets15000()
    {
        var d = SocialAcquisitionPetitOg().Evaluate(B2022 with { AmoaMarcheChampsSociaux = true });

        d.AssertOutcome("PETITOG-02", Resultat.ReviewRequired);
        d.AssertExplains("PETITOG-02", "accordé aussi dans les champs sociaux (exemple du webinaire ARS Occitanie, option amoaMarcheChampsSociaux)");
        Assert.Equal(15_000m, d.Financement.AmoaMarche);
    }

    [Fact]
    public void AmoaMarcheChampsSociaux_False_SocialAcquisitionGetsNone()
    {
        var d = SocialAcquisitionPetitOg().Evaluate(B2022 with { AmoaMarcheChampsSociaux = false });

        d.AssertOutcome("PETITOG-02", Resultat.NotApplicable);
        d.AssertExplains("PETITOG-02", "champs sociaux (option amoaMarcheChampsSociaux désactivée)");
        Assert.Equal(0m, d.Financement.AmoaMarche);
        Assert.Equal(100_000m, d.Financement.AmoaProjet);
    }

    [Fact]
    public void AmoaMarcheChampsSociaux_False_MedicoSocialAcquisitionStillGets15000()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate(B2022 with { AmoaMarcheChampsSociaux = false });

        Assert.Equal(15_000m, d.Financement.AmoaMarche);
    }

    // ----- Decision SONS tranche basis: BaseTrancheSons

    [Fact]
    public void BaseTrancheSons_EssmsDuDossierDefault_TrancheOfTheOrderCount()
    {
        var dossier = Grappe(TypeProjet.MiseEnConformite, DossierBuilder.Og(1, 8, nombreEssmsFiness: 25));
        var d = dossier.Evaluate(B2022 with { BaseTrancheSons = BaseTrancheSons.EssmsDuDossier });

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((8, "C", 2_190m, 17_520m), (p.NombreEssms, p.Tranche, p.MontantParEssms, p.Total));
        Assert.Contains("8 ESSMS de l'OG dans la commande → tranche C", d.Nodes("SONS-06")[1].Explication, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseTrancheSons_EssmsFiness_TrancheOfTheFinessCount()
    {
        var dossier = Grappe(TypeProjet.MiseEnConformite, DossierBuilder.Og(1, 8, nombreEssmsFiness: 25));
        var d = dossier.Evaluate(B2022 with { BaseTrancheSons = BaseTrancheSons.EssmsFiness });

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((8, "E", 1_232m, 9_856m), (p.NombreEssms, p.Tranche, p.MontantParEssms, p.Total));
        var texte = d.Nodes("SONS-06")[1].Explication;
        Assert.Contains("25 ESSMS de l'OG en FINESS (option baseTrancheSons = essmsFiness)", texte, StringComparison.Ordinal);
        Assert.Contains("8 × 1 232 € = 9 856 € (tranche E)", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseTrancheSons_EssmsFinessWithoutNombre_UsesListedCountExcludedIncluded()
    {
        // 11 listed, 2 excluded: by the dossier 9 → C (9 × 2 190 = 19 710 €); by FINESS the listed 11 → D (9 × 1 643 = 14 787 €).
        var og = DossierBuilder.Og(1, 11) with { NombreEssmsFiness = null };
        var dossier = Grappe(TypeProjet.MiseEnConformite, og).Exclure(0).Exclure(1);

        var parDossier = Assert.Single(dossier.Evaluate(B2022).PrestationSegur);
        var parFiness = Assert.Single(dossier.Evaluate(B2022 with { BaseTrancheSons = BaseTrancheSons.EssmsFiness }).PrestationSegur);

        Assert.Equal((9, "C", 19_710m), (parDossier.NombreEssms, parDossier.Tranche, parDossier.Total));
        Assert.Equal((9, "D", 14_787m), (parFiness.NombreEssms, parFiness.Tranche, parFiness.Total));
    }

    // ----- Campaigns 2023 / 2024 / 2025

    private static Dossier SadSeulMedicoSocial(string campagne, LocalDate depot) =>
        Acquisition(20).SadSeulement() with { Campagne = campagne, DateDepot = depot };

    [Fact]
    public void Campagne2022_SadOnlyMedicoSocialAcquisition_RecevableUnderProjet04()
    {
        var d = SadSeulMedicoSocial("2022", new LocalDate(2022, 6, 1)).Evaluate();

        Assert.True(d.Recevable);
        d.AssertOutcome("PROJET-04", Resultat.Satisfied);
        Assert.Equal(new[] { Referencement.Segur, Referencement.Sad }, d.ReferencementsAcceptes);
        Assert.Equal(20 * 12_000m, d.Financement.PartEditeur);
    }

    [Fact]
    public void Campagne2023_SadOnlyMedicoSocialAcquisition_NotRecevableProjet04Off()
    {
        var d = SadSeulMedicoSocial("2023", new LocalDate(2023, 3, 1)).Evaluate();

        Assert.Equal("2023", d.Campagne);
        Assert.False(d.Recevable);
        d.AssertOutcome("PROJET-04", Resultat.NotSatisfied);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
        Assert.Equal(0m, d.Financement.Total);
    }

    [Fact]
    public void Campagne2023_ThroughOptions_SameAsDossierCampaign()
    {
        var dossier = SadSeulMedicoSocial("2022", new LocalDate(2023, 3, 1));
        var d = dossier.Evaluate(Campagnes.Campagne2023);

        Assert.Equal("2023", d.Campagne);
        Assert.False(d.Recevable);
        d.AssertOutcome("PROJET-04", Resultat.NotSatisfied);
        Assert.False(Campagnes.Campagne2023.NonSegurAutoriseAcquisition);
    }

    [Fact]
    public void Campagne2023_SegurEditor_Same2022Amounts()
    {
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)) with { Campagne = "2023", DateDepot = new LocalDate(2023, 3, 1) };
        var d = dossier.Evaluate();

        Assert.True(d.Recevable);
        Assert.Equal(662_000m, d.Financement.Total);
        Assert.Equal(160_000m, d.Financement.Equipements);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2025")]
    public void Campagne2024_SmallOgEquipment_10000PerEssms(string campagne)
    {
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)) with { Campagne = campagne, DateDepot = new LocalDate(2024, 3, 1) };
        var d = dossier.Evaluate();

        Assert.Equal(campagne, d.Campagne);
        Assert.True(d.Recevable);
        d.AssertExplains("PETITOG-01", "8 × 10 000 € = 80 000 €");
        Assert.Equal(80_000m, d.Financement.Equipements);
        Assert.Equal(80_000m, d.Financement.ParOrganisme[0].Equipements);
        Assert.Equal(582_000m, d.Financement.Total);
        d.AssertOutcome("PROJET-07", Resultat.ReviewRequired);
    }

    [Fact]
    public void Campagne2024_ThroughOptions_10000PerEssmsAndProjet04Off()
    {
        var d = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 10)).Evaluate(Campagnes.Campagne2024);

        Assert.Equal(80_000m, d.Financement.Equipements);
        Assert.False(Campagnes.Campagne2024.NonSegurAutoriseAcquisition);
        Assert.False(SadSeulMedicoSocial("2022", new LocalDate(2024, 3, 1)).Evaluate(Campagnes.Campagne2024).Recevable);
    }

    [Fact]
    public void Campagnes_TryGet_KnownUnknownAndDefault()
    {
        Assert.True(Campagnes.TryGet(null, out var parDefaut));
        Assert.Same(Campagnes.Generalisation2022, parDefaut);
        Assert.True(Campagnes.TryGet("2024", out var b2024));
        Assert.Same(Campagnes.Campagne2024, b2024);
        Assert.False(Campagnes.TryGet("2030", out var inconnue));
        Assert.Same(Campagnes.Generalisation2022, inconnue);
        Assert.Equal(new[] { "2022", "2023", "2024", "2025" }, Campagnes.Connues.ToArray());
    }
}
