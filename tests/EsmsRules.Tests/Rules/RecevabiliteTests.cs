using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>RULES.md §3 and §10.13/§10.15/§10.18: PROJET-01…08.</summary>
public class RecevabiliteTests
{
    private static Dossier MedicoSocial => DossierBuilder.Grappe(15);

    private static Dossier Social => DossierBuilder.Grappe(15).WithChamp(Champ.PDS);

    private static Dossier Conformite => DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite);

    private static Dossier Campagne2023(Dossier d) => d with { Campagne = "2023", DateDepot = new LocalDate(2023, 3, 1) };

    // ----- PROJET-01

    [Fact]
    public void Projet01_MedicoSocialSegurEditor_Satisfied()
    {
        var d = MedicoSocial.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-03"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-04"));
        Assert.Equal(new[] { Referencement.Segur, Referencement.Sad }, d.ReferencementsAcceptes);
    }

    [Fact]
    public void Projet01_MedicoSocialSadOnly2022_SatisfiedThroughProjet04()
    {
        var d = MedicoSocial.WithEditeur(segur: false, sad: true).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-04"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-01"));
        Assert.True(d.Recevable);
        Assert.Equal(new[] { Referencement.Segur, Referencement.Sad }, d.ReferencementsAcceptes);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Projet01_MedicoSocialNeitherSegurNorSad_NotSatisfied()
    {
        var d = MedicoSocial.WithEditeur(segur: false, sad: false).Evaluate();
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-04"));
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Equal(new[] { "ACHAT-01", "PROJET-01" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Projet01_MedicoSocialReferencingUnknown_MissingInputNamingBoth()
    {
        var d = MedicoSocial.WithEditeur(segur: null, sad: null).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-01"));
        Assert.Equal(new[] { "referenceSegur", "referenceSad" }, d.Arbre.Find("PROJET-01")!.DonneesManquantes);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-04"));
        Assert.Null(d.Recevable);
        Assert.Null(d.Orientation);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "referenceSad", "referenceSegur" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet01_MedicoSocialNotSegurSadUnknown_MissingInputReferenceSad()
    {
        var d = MedicoSocial.WithEditeur(segur: false, sad: null).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-01"));
        Assert.Equal(new[] { "referenceSad" }, d.Arbre.Find("PROJET-01")!.DonneesManquantes);
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "referenceSad" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet01_MedicoSocialSegurUnknownSadTrue_SatisfiedWithSadCeilingAndSegurListedMissing()
    {
        var d = MedicoSocial.WithEditeur(segur: null, sad: true).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-01"));
        Assert.True(d.Recevable);
        Assert.Equal(15 * 7_000m + 15 * 12_000m, d.Financement.Total);
        Assert.Equal(new[] { "referenceSegur" }, d.DonneesManquantes);
    }

    // ----- PROJET-04 (barème switch nonSegurAutoriseAcquisition)

    [Fact]
    public void Projet04_Campaign2023SadOnly_NotSatisfiedAndNonRecevable()
    {
        var d = Campagne2023(MedicoSocial.WithEditeur(segur: false, sad: true)).Evaluate();
        Assert.Equal("2023", d.Campagne);
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-04"));
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-01"));
        Assert.False(d.Recevable);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
        Assert.Equal(new[] { "PROJET-01", "PROJET-04" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Projet04_Campaign2023Segur_NotApplicableAndRecevable()
    {
        var d = Campagne2023(MedicoSocial).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-04"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-01"));
        Assert.True(d.Recevable);
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
    }

    [Fact]
    public void Projet04_Campaign2023SegurUnknownSadTrue_MissingReferenceSegur()
    {
        var d = Campagne2023(MedicoSocial.WithEditeur(segur: null, sad: true)).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-04"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "referenceSegur" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet04_SwitchOffThroughBareme_NotSatisfied()
    {
        var options = new EvaluationOptions { Bareme = Campagnes.Generalisation2022 with { NonSegurAutoriseAcquisition = false } };
        var d = MedicoSocial.WithEditeur(segur: false, sad: true).Evaluate(options);
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-04"));
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-01"));
        Assert.False(d.Recevable);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
        Assert.Equal(new[] { "PROJET-01", "PROJET-04" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Projet04_SocialAcquisitionNotSegur_NotApplicable()
    {
        var d = Social.WithEditeur(segur: false, sad: true).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-04"));
    }

    [Fact]
    public void Projet04_MiseEnConformiteNotSegur_NotApplicable()
    {
        var d = Conformite.WithEditeur(segur: false, sad: true).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-04"));
    }

    // ----- PROJET-02

    [Fact]
    public void Projet02_SocialSegurEditor_SatisfiedLibre()
    {
        var d = Social.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-01"));
        Assert.True(d.Recevable);
        Assert.Equal(ProcedureAchat.Libre, d.ProcedureAchat);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
    }

    [Fact]
    public void Projet02_SocialSadOnlyEditor_NotSatisfied()
    {
        var d = Social.WithEditeur(segur: false, sad: true).Evaluate();
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-02"));
        Assert.False(d.Recevable);
        Assert.Equal(new[] { "PROJET-02" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Projet02_SocialSegurUnknown_MissingInput()
    {
        var d = Social.WithEditeur(segur: null, sad: true).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-02"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "referenceSegur" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet02_SocialPorteurWithMedicoSocialEssms_NoMajority()
    {
        var d = (MedicoSocial with { Porteur = MedicoSocial.Porteur with { Champ = Champ.PJM } }).WithEditeur(segur: false, sad: true).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-02"));
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
    }

    [Fact]
    public void Projet02_TieBetweenMedicoSocialAndSocialEssms_NotAMajority()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 8, champ: Champ.PA), DossierBuilder.Og(2, 8, champ: Champ.PDE));
        var d = dossier.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-01"));
        Assert.Equal(ProcedureAchat.Libre, d.ProcedureAchat);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
    }

    [Fact]
    public void Projet01_OneMoreMedicoSocialThanSocial_Majority()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 9, champ: Champ.DOM), DossierBuilder.Og(2, 8, champ: Champ.AHI));
        var d = dossier.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-02"));
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
        Assert.Equal(new[] { Referencement.Segur, Referencement.Sad }, d.ReferencementsAcceptes);
    }

    [Fact]
    public void Projet02_MajorityCountsRetainedEssmsOnly()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 9, champ: Champ.PH), DossierBuilder.Og(2, 8, champ: Champ.PDS))
            .MapEssms((e, i) => i < 2 ? e with { RelevantL312_1 = false } : e);
        var d = (dossier with { MaitriseOuvrageMature = true }).Evaluate();
        Assert.Equal(15, d.EssmsRetenus);
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-02"));
        Assert.Equal(ProcedureAchat.Libre, d.ProcedureAchat);
    }

    // ----- PROJET-03

    [Fact]
    public void Projet03_MiseEnConformiteSegur_Satisfied()
    {
        var d = Conformite.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-03"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-02"));
        Assert.True(d.Recevable);
        Assert.Equal(ProcedureAchat.SansObjet, d.ProcedureAchat);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
        Assert.Equal(0m, d.Financement.PartEditeur);
    }

    [Fact]
    public void Projet03_MiseEnConformiteNotSegur_NotSatisfied()
    {
        var d = Conformite.WithEditeur(segur: false, sad: true).Evaluate();
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-03"));
        Assert.False(d.Recevable);

        // §10.11 (revision 2): SONS-02 says why there is no Prestation Ségur.
        Assert.Equal(new[] { "PROJET-03", "SONS-02" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Projet03_MiseEnConformiteSegurUnknown_MissingInput()
    {
        var d = Conformite.WithEditeur(segur: null, sad: null).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-03"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "referenceSegur" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet03_SonsUniquementNotSegur_NonRecevable()
    {
        var d = DossierBuilder.Grappe(1, TypeProjet.MiseEnConformite).WithEditeur(segur: false, sad: false).Evaluate();
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-03"));
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Null(d.ProcedureAchat);
        Assert.Equal(new[] { "PROJET-03", "SONS-02" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
    }

    // ----- PROJET-05

    [Fact]
    public void Projet05_EveryOgProvidedSelfDiagnosis_Satisfied() =>
        Assert.Equal(Resultat.Satisfied, MedicoSocial.Evaluate().Outcome("PROJET-05"));

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void Projet05_SelfDiagnosisMissingOrNull_NotSatisfied(bool? fourni)
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 10), DossierBuilder.Og(2, 5) with { AutodiagnosticFourni = fourni });
        var d = dossier.Evaluate();
        var node = d.Arbre.Find("PROJET-05")!;
        Assert.Equal(Resultat.NotSatisfied, node.Resultat);
        Assert.Single(node.Enfants);
        Assert.Contains(dossier.OrganismesGestionnaires[1].FinessJuridique.Value, node.Enfants[0].Explication, System.StringComparison.Ordinal);
        Assert.False(d.Recevable);
        Assert.Equal(new[] { "PROJET-05" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Projet05_OgWithOnlyExcludedEssms_NotCounted()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 15), DossierBuilder.Og(2, 1) with { AutodiagnosticFourni = false })
            .MapEssmsAt(15, e => e with { FinancementEsmsNumeriqueAnterieur = true });
        var d = dossier.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-05"));
        Assert.True(d.Recevable);
        Assert.Equal(new[] { "ESSMS-02" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Projet05_SonsUniquementWithoutSelfDiagnosis_NotApplicable()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.MiseEnConformite, DossierBuilder.Og(1, 1) with { AutodiagnosticFourni = null });
        var d = dossier.Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-05"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-06"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-07"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-08"));
        Assert.True(d.Recevable);
    }

    // ----- PROJET-06

    [Theory]
    [InlineData(TypeProjet.Acquisition, 18, Resultat.Satisfied)]
    [InlineData(TypeProjet.Acquisition, 19, Resultat.ReviewRequired)]
    [InlineData(TypeProjet.MiseEnConformite, 9, Resultat.Satisfied)]
    [InlineData(TypeProjet.MiseEnConformite, 10, Resultat.ReviewRequired)]
    [InlineData(TypeProjet.MiseEnConformite, 0, Resultat.Satisfied)]
    public void Projet06_Duration_ComparedToMaximumOfTheType(TypeProjet type, int mois, Resultat expected)
    {
        var d = (DossierBuilder.Grappe(15, type) with { DureePrevueMois = mois }).Evaluate();
        Assert.Equal(expected, d.Outcome("PROJET-06"));
        Assert.True(d.Recevable);
        Assert.Equal(expected == Resultat.ReviewRequired, d.AApprecier.Contains("PROJET-06"));
    }

    [Fact]
    public void Projet06_DurationUnknown_ListedMissingVerdictUnchanged()
    {
        var d = (MedicoSocial with { DureePrevueMois = null }).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-06"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(new[] { "dureePrevueMois" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet06_TooLongOnNonRecevableDossier_StillReviewRequired()
    {
        var d = (MedicoSocial.WithEditeur(segur: false, sad: false) with { DureePrevueMois = 24 }).Evaluate();
        Assert.False(d.Recevable);
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("PROJET-06"));
        Assert.Equal(new[] { "PROJET-06" }, d.AApprecier);
    }

    // ----- PROJET-07

    [Theory]
    [InlineData(2022, 3, 13, Resultat.NotSatisfied)]
    [InlineData(2022, 3, 14, Resultat.Satisfied)]
    [InlineData(2022, 9, 30, Resultat.Satisfied)]
    [InlineData(2022, 10, 1, Resultat.NotSatisfied)]
    public void Projet07_Regional2022Window_BothEndsInclusive(int y, int m, int day, Resultat expected)
    {
        var d = (MedicoSocial with { DateDepot = new LocalDate(y, m, day) }).Evaluate();
        Assert.Equal(expected == Resultat.Satisfied ? Orientation.Regional : Orientation.NonRecevable, d.Orientation);
        Assert.Equal(expected, d.Outcome("PROJET-07"));
        Assert.Equal(expected == Resultat.Satisfied, d.Recevable);
        Assert.Equal(expected == Resultat.Satisfied ? System.Array.Empty<string>() : new[] { "PROJET-07" }, d.ReglesNonSatisfaites);
    }

    [Theory]
    [InlineData(2022, 5, 17, Resultat.NotSatisfied)]
    [InlineData(2022, 5, 18, Resultat.Satisfied)]
    [InlineData(2022, 7, 18, Resultat.Satisfied)]
    [InlineData(2022, 7, 19, Resultat.NotSatisfied)]
    public void Projet07_National2022Window_BothEndsInclusive(int y, int m, int day, Resultat expected)
    {
        var d = (DossierBuilder.Grappe(50) with { DateDepot = new LocalDate(y, m, day) }).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ORIENT-01"));
        Assert.Equal(expected, d.Outcome("PROJET-07"));
        Assert.Equal(expected == Resultat.Satisfied, d.Recevable);
        Assert.Equal(expected == Resultat.Satisfied ? Orientation.National : Orientation.NonRecevable, d.Orientation);
    }

    [Theory]
    [InlineData(2023, 1, 1, Resultat.Satisfied)]
    [InlineData(2023, 9, 15, Resultat.Satisfied)]
    [InlineData(2023, 9, 16, Resultat.NotSatisfied)]
    [InlineData(2022, 12, 31, Resultat.NotSatisfied)]
    public void Projet07_Campaign2023Window_SameForBothOrientations(int y, int m, int day, Resultat expected)
    {
        var date = new LocalDate(y, m, day);
        var regional = (MedicoSocial with { Campagne = "2023", DateDepot = date }).Evaluate();
        var national = (DossierBuilder.Grappe(50) with { Campagne = "2023", DateDepot = date }).Evaluate();
        Assert.Equal(expected, regional.Outcome("PROJET-07"));
        Assert.Equal(expected, national.Outcome("PROJET-07"));
    }

    [Fact]
    public void Projet07_NoFilingDate_NotApplicable()
    {
        var d = (MedicoSocial with { DateDepot = null }).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-07"));
        Assert.True(d.Recevable);
        Assert.Empty(d.DonneesManquantes);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2025")]
    public void Projet07_CampaignWithoutCalendar_ReviewRequired(string campagne)
    {
        var d = (MedicoSocial with { Campagne = campagne, DateDepot = new LocalDate(2024, 6, 1) }).Evaluate();
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("PROJET-07"));
        Assert.True(d.Recevable);
        Assert.Equal(new[] { "MOD-02", "PROJET-07", "PROJET-08" }, d.AApprecier);
    }

    [Fact]
    public void Projet07_OrientationUndeterminedDateInBothWindows_Satisfied()
    {
        var d = (MedicoSocial with { RepresentativiteNationale = null, DateDepot = new LocalDate(2022, 6, 1) }).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-07"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "representativiteNationale" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet07_OrientationUndeterminedDateInOneWindow_MissingInput()
    {
        var d = (MedicoSocial with { RepresentativiteNationale = null, DateDepot = new LocalDate(2022, 4, 1) }).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-07"));
        Assert.Equal(new[] { "representativiteNationale" }, d.Arbre.Find("PROJET-07")!.DonneesManquantes);
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "representativiteNationale" }, d.DonneesManquantes);
    }

    [Fact]
    public void Projet07_OrientationUndeterminedDateInNeitherWindow_NotSatisfiedWins()
    {
        var d = (MedicoSocial with { RepresentativiteNationale = null, DateDepot = new LocalDate(2022, 10, 15) }).Evaluate();
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-07"));
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Equal(new[] { "PROJET-07" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "representativiteNationale" }, d.DonneesManquantes);
    }

    /// <summary>RULES.md §8, §10.13 (revision 2): a porteur not retained in 2021 files the national call before 6 June
    /// 2022 (window 18/05/2022–05/06/2022); absent or false → the normal window.</summary>
    [Theory]
    [InlineData(true, 2022, 5, 17, Resultat.NotSatisfied)]
    [InlineData(true, 2022, 5, 18, Resultat.Satisfied)]
    [InlineData(true, 2022, 6, 4, Resultat.Satisfied)]
    [InlineData(true, 2022, 6, 5, Resultat.Satisfied)]
    [InlineData(true, 2022, 6, 6, Resultat.NotSatisfied)]
    [InlineData(false, 2022, 6, 6, Resultat.Satisfied)]
    [InlineData(null, 2022, 6, 6, Resultat.Satisfied)]
    [InlineData(null, 2022, 7, 18, Resultat.Satisfied)]
    public void Projet07_NationalNonRetenu2021_EarlierDeadline(bool? nonRetenu, int y, int m, int day, Resultat expected)
    {
        var d = (DossierBuilder.Grappe(50) with { DateDepot = new LocalDate(y, m, day), NonRetenu2021 = nonRetenu }).Evaluate();

        Assert.Equal(expected, d.Outcome("PROJET-07"));
        Assert.Equal(expected == Resultat.Satisfied, d.Recevable);
        Assert.DoesNotContain("nonRetenu2021", d.DonneesManquantes);
        if (nonRetenu == true)
        {
            Assert.Contains("porteurs non retenus en 2021 (« avant le 6 juin 2022 »), du 18/05/2022 au 05/06/2022", d.Arbre.Find("PROJET-07")!.Explication, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Projet07_RegionalNonRetenu2021_RegionalWindowUnchanged()
    {
        var d = (MedicoSocial with { DateDepot = new LocalDate(2022, 9, 1), NonRetenu2021 = true }).Evaluate();

        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-07"));
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Projet07_Campaign2023NonRetenu2021_NormalWindow()
    {
        var d = (DossierBuilder.Grappe(50) with { Campagne = "2023", DateDepot = new LocalDate(2023, 9, 1), NonRetenu2021 = true }).Evaluate();

        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-07"));
    }

    [Fact]
    public void Projet07_OrientationUndeterminedNonRetenu2021_NarrowedNationalWindowDecides()
    {
        // 10/06/2022 is in the regional window and, for a porteur not retained in 2021, outside the national one: the
        // verdict waits for the orientation.
        var d = (MedicoSocial with { RepresentativiteNationale = null, DateDepot = new LocalDate(2022, 6, 10), NonRetenu2021 = true }).Evaluate();

        Assert.Equal(Resultat.MissingInput, d.Outcome("PROJET-07"));
    }

    // ----- PROJET-08

    [Fact]
    public void Projet08_RecevableFiledDossier_ReviewRequired()
    {
        var d = MedicoSocial.Evaluate();
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("PROJET-08"));
        Assert.Equal(new[] { "MOD-02", "PROJET-08" }, d.AApprecier);
    }

    [Fact]
    public void Projet08_NonRecevable_NotApplicable()
    {
        var d = MedicoSocial.WithEditeur(segur: false, sad: false).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-08"));
        Assert.DoesNotContain("PROJET-08", d.AApprecier);
    }

    [Fact]
    public void Projet08_VerdictUndetermined_NotApplicable()
    {
        var d = DossierBuilder.Grappe(14).Evaluate();
        Assert.Null(d.Recevable);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-08"));
    }

    [Fact]
    public void Projet08_SonsUniquement_NotApplicable()
    {
        var d = DossierBuilder.Grappe(1, TypeProjet.MiseEnConformite).Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-08"));
        Assert.Equal(new[] { "SONS-09" }, d.AApprecier);
    }
}
