using System;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>RULES.md §1 and §10.4: ESSMS-01…05, exclusion with the first failing rule, missing facts keep the ESSMS.</summary>
public class EligibiliteEssmsTests
{
    /// <summary>16 eligible PA ESSMS in Occitanie: one can be excluded and the grappe still reaches 15.</summary>
    private static Dossier Base => DossierBuilder.Grappe(16);

    private static Decision EvaluateWithFirst(Func<Essms, Essms> map, EvaluationOptions? options = null) =>
        Base.MapEssmsAt(0, map).Evaluate(options);

    private static void AssertExcludedFirst(Decision d, string regle)
    {
        Assert.Equal(new[] { new EssmsExclu(Base.EssmsAt(0), regle) }, d.EssmsExclus);
        Assert.Equal(15, d.EssmsRetenus);
        Assert.True(d.Recevable);
        Assert.Equal(new[] { regle }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "MOD-02", "PROJET-08" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    private static void AssertKeptWithMissing(Decision d, string regle, string champ)
    {
        Assert.Empty(d.EssmsExclus);
        Assert.Equal(16, d.EssmsRetenus);
        Assert.True(d.Recevable);
        Assert.Equal(Resultat.MissingInput, d.Outcome(regle));
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { champ }, d.DonneesManquantes);
        Assert.Equal(16 * 7_000m + 16 * 14_500m, d.Financement.Total);
    }

    [Fact]
    public void Evaluer_AllEssmsEligible_EveryExclusionRuleSatisfied()
    {
        var d = Base.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ESSMS-01"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ESSMS-02"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ESSMS-03"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ESSMS-04"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ESSMS-05"));
        Assert.Empty(d.EssmsExclus);
        Assert.Equal(16, d.EssmsRetenus);
    }

    [Fact]
    public void Essms01_NotUnderL312_1_ExcludedWithEssms01()
    {
        var d = EvaluateWithFirst(e => e with { RelevantL312_1 = false });
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ESSMS-01"));
        AssertExcludedFirst(d, "ESSMS-01");
    }

    [Fact]
    public void Essms01_RelevantL312_1Null_KeptAndListedMissing() =>
        AssertKeptWithMissing(EvaluateWithFirst(e => e with { RelevantL312_1 = null }), "ESSMS-01", "relevantL312_1");

    [Fact]
    public void Essms02_AlreadyFunded_ExcludedWithEssms02()
    {
        var d = EvaluateWithFirst(e => e with { FinancementEsmsNumeriqueAnterieur = true });
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ESSMS-02"));
        AssertExcludedFirst(d, "ESSMS-02");
    }

    [Fact]
    public void Essms02_FinancementAnterieurNull_KeptAndListedMissing() =>
        AssertKeptWithMissing(EvaluateWithFirst(e => e with { FinancementEsmsNumeriqueAnterieur = null }), "ESSMS-02", "financementEsmsNumeriqueAnterieur");

    [Fact]
    public void Essms03_SonsOrderedForAnotherSoftware_ExcludedWithEssms03()
    {
        var d = EvaluateWithFirst(e => e with { CommandeSonsAutreLogiciel = true });
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ESSMS-03"));
        AssertExcludedFirst(d, "ESSMS-03");
    }

    [Fact]
    public void Essms03_CommandeSonsAutreLogicielNull_KeptAndListedMissing() =>
        AssertKeptWithMissing(EvaluateWithFirst(e => e with { CommandeSonsAutreLogiciel = null }), "ESSMS-03", "commandeSonsAutreLogiciel");

    private static Dossier WithSonsOrderForFirst()
    {
        var d = Base;
        var order = new CommandeSons(d.OrganismesGestionnaires[0].FinessJuridique, new LocalDate(2022, 4, 1), Couloir.MS1, new[] { d.EssmsAt(0) });
        return d with { CommandesSons = new[] { order } };
    }

    [Fact]
    public void Essms03_SonsOrderForSameSoftwareDefaultReading_Kept()
    {
        var d = WithSonsOrderForFirst().Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ESSMS-03"));
        Assert.Empty(d.EssmsExclus);
        Assert.Equal(16, d.EssmsRetenus);
        Assert.Empty(d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Essms03_SonsOrderExplicitAutreLogicielReading_Kept()
    {
        var options = new EvaluationOptions { Bareme = Campagnes.Generalisation2022 with { LectureEssms03 = LectureEssms03.AutreLogiciel } };
        var d = WithSonsOrderForFirst().Evaluate(options);
        Assert.Equal(Resultat.Satisfied, d.Outcome("ESSMS-03"));
        Assert.Empty(d.EssmsExclus);
    }

    [Fact]
    public void Essms03_SonsOrderStrictToutLogicielReading_ExcludedWithEssms03()
    {
        var options = new EvaluationOptions { Bareme = Campagnes.Generalisation2022 with { LectureEssms03 = LectureEssms03.ToutLogiciel } };
        var d = WithSonsOrderForFirst().Evaluate(options);
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ESSMS-03"));
        AssertExcludedFirst(d, "ESSMS-03");
    }

    [Fact]
    public void Essms03_StrictReadingWithoutOrder_Kept()
    {
        var options = new EvaluationOptions { Bareme = Campagnes.Generalisation2022 with { LectureEssms03 = LectureEssms03.ToutLogiciel } };
        var d = Base.Evaluate(options);
        Assert.Equal(Resultat.Satisfied, d.Outcome("ESSMS-03"));
        Assert.Empty(d.EssmsExclus);
        Assert.Equal(16, d.EssmsRetenus);
    }

    [Fact]
    public void Essms04_ActivitesConfort_KeptAndReviewRequired()
    {
        var d = EvaluateWithFirst(e => e with { ActivitesConfort = true });
        Assert.Equal(Resultat.ReviewRequired, d.Outcome("ESSMS-04"));
        Assert.Empty(d.EssmsExclus);
        Assert.Equal(16, d.EssmsRetenus);
        Assert.True(d.Recevable);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "ESSMS-04", "MOD-01", "MOD-02", "PROJET-08" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Essms04_ActivitesConfortNull_ListedMissingVerdictUnchanged()
    {
        var d = EvaluateWithFirst(e => e with { ActivitesConfort = null });
        Assert.Equal(Resultat.MissingInput, d.Outcome("ESSMS-04"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(new[] { "activitesConfort" }, d.DonneesManquantes);
        Assert.Equal(new[] { "MOD-02", "PROJET-08" }, d.AApprecier);
    }

    [Fact]
    public void Essms04_ExcludedEssmsWithConfort_NotFlagged()
    {
        var d = EvaluateWithFirst(e => e with { ActivitesConfort = true, RelevantL312_1 = false });
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ESSMS-04"));
        AssertExcludedFirst(d, "ESSMS-01");
    }

    [Fact]
    public void Essms05_AttachedWithAgreement_SatisfiedAndKept()
    {
        var d = EvaluateWithFirst(e => e with { RattacheEntiteNationale = true, AccordEntiteNationale = true });
        Assert.Equal(Resultat.Satisfied, d.Outcome("ESSMS-05"));
        Assert.Empty(d.EssmsExclus);
        Assert.Equal(16, d.EssmsRetenus);
    }

    [Fact]
    public void Essms05_AttachedAgreementRefused_ExcludedWithEssms05()
    {
        var d = EvaluateWithFirst(e => e with { RattacheEntiteNationale = true, AccordEntiteNationale = false });
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ESSMS-05"));
        AssertExcludedFirst(d, "ESSMS-05");
    }

    [Fact]
    public void Essms05_AttachedAgreementNull_ReadsNotProvidedAndExcludes()
    {
        var d = EvaluateWithFirst(e => e with { RattacheEntiteNationale = true, AccordEntiteNationale = null });
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ESSMS-05"));
        AssertExcludedFirst(d, "ESSMS-05");
    }

    [Fact]
    public void Essms05_RattacheNull_KeptAndListedMissing() =>
        AssertKeptWithMissing(EvaluateWithFirst(e => e with { RattacheEntiteNationale = null }), "ESSMS-05", "rattacheEntiteNationale");

    [Fact]
    public void Essms05_NotAttached_NotApplicable()
    {
        var d = EvaluateWithFirst(e => e with { RattacheEntiteNationale = false, AccordEntiteNationale = false });
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ESSMS-05"));
        Assert.Empty(d.EssmsExclus);
    }

    [Fact]
    public void Evaluer_SeveralFailingRules_ListedOnceWithFirstFailingRuleAndEveryIdNotSatisfied()
    {
        var dossier = DossierBuilder.Grappe(17)
            .MapEssmsAt(0, e => e with { RelevantL312_1 = false, FinancementEsmsNumeriqueAnterieur = true, RattacheEntiteNationale = true })
            .MapEssmsAt(1, e => e with { CommandeSonsAutreLogiciel = true });
        var d = dossier.Evaluate();
        Assert.Equal(new[] { new EssmsExclu(dossier.EssmsAt(0), "ESSMS-01"), new EssmsExclu(dossier.EssmsAt(1), "ESSMS-03") }, d.EssmsExclus);
        Assert.Equal(15, d.EssmsRetenus);
        Assert.True(d.Recevable);
        Assert.Equal(new[] { "ESSMS-01", "ESSMS-02", "ESSMS-03", "ESSMS-05" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Evaluer_Essms02AndEssms05Fail_FirstFailingIsEssms02()
    {
        var d = EvaluateWithFirst(e => e with { FinancementEsmsNumeriqueAnterieur = true, RattacheEntiteNationale = true, AccordEntiteNationale = false });
        Assert.Equal(new[] { new EssmsExclu(Base.EssmsAt(0), "ESSMS-02") }, d.EssmsExclus);
        Assert.Equal(new[] { "ESSMS-02", "ESSMS-05" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Evaluer_Essms03And05FailWithMissing01_FirstFailingIsEssms03AndFieldListed()
    {
        var d = EvaluateWithFirst(e => e with { RelevantL312_1 = null, CommandeSonsAutreLogiciel = true, RattacheEntiteNationale = true });
        Assert.Equal(new[] { new EssmsExclu(Base.EssmsAt(0), "ESSMS-03") }, d.EssmsExclus);
        Assert.Equal(new[] { "ESSMS-03", "ESSMS-05" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "relevantL312_1" }, d.DonneesManquantes);
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Evaluer_ExcludedEssms_CountsNeitherForGrappeNorAmounts()
    {
        var dossier = DossierBuilder.Grappe(15).MapEssmsAt(14, e => e with { FinancementEsmsNumeriqueAnterieur = true });
        var d = dossier.Evaluate();
        Assert.Equal(14, d.EssmsRetenus);
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "ESSMS-02" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, d.DonneesManquantes);

        var mature = (dossier with { MaitriseOuvrageMature = true }).Evaluate();
        Assert.True(mature.Recevable);
        Assert.Equal(14, mature.EssmsRetenus);
        Assert.Equal(14 * 7_000m + 14 * 14_500m, mature.Financement.Total);
    }

    [Fact]
    public void Evaluer_ExclusionInRecevableProject_StillListedNotSatisfied()
    {
        var d = EvaluateWithFirst(e => e with { RelevantL312_1 = false });
        Assert.True(d.Recevable);
        Assert.Contains("ESSMS-01", d.ReglesNonSatisfaites);
        Assert.Equal(15 * 7_000m + 15 * 14_500m, d.Financement.Total);
    }
}
