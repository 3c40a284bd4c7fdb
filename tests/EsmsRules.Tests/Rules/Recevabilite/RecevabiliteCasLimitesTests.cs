using System;
using System.Globalization;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules.Recevabilite;

/// <summary>PROJET-01…08 and their section at the edges the mutation run of 30/11/2026 found untested: the motifs of
/// rules that do not apply, the figures and blocking flag of each outcome, the filing window's ends, a barème with one
/// window only, and the guards of the two phases.</summary>
public class RecevabiliteCasLimitesTests
{
    /// <summary>15 PA ESSMS (medico-social majority), acquisition, filed on 01/06/2022.</summary>
    private static Dossier MedicoSocial => DossierBuilder.Grappe(15);

    [Fact]
    public void Projet01_SocialAcquisition_NotApplicableChampsSociaux()
    {
        var n = MedicoSocial.WithChamp(Champ.PDS).Evaluate().Arbre.Find("PROJET-01")!;

        Assert.Equal(Resultat.NotApplicable, n.Resultat);
        Assert.Equal("champsSociaux", n.Motif);
    }

    [Fact]
    public void Projet01_MiseEnConformite_NotApplicableConformite()
    {
        Assert.Equal("conformite", DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite).Evaluate().Arbre.Find("PROJET-01")!.Motif);
    }

    [Fact]
    public void Projet02_SocialMiseEnConformite_NotApplicableItIsProjet03s()
    {
        // A filed social grappe that is not an acquisition: PROJET-03 asks for the Ségur referencing, not PROJET-02.
        var d = (DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite).WithChamp(Champ.PDS) with { Editeur = MedicoSocial.Editeur with { ReferenceSegur = false } }).Evaluate();

        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-02"));
        Assert.Equal(SectionRecevabilite.MotifSansObjet, d.Arbre.Find("PROJET-02")!.Motif);
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-03"));
    }

    [Fact]
    public void Projet03_MiseEnConformiteWithoutEligibleEssms_NotApplicable()
    {
        var d = DossierBuilder.Grappe(2, TypeProjet.MiseEnConformite).MapEssms((e, _) => e with { RelevantL312_1 = false }).Evaluate();

        Assert.Equal(0, d.EssmsRetenus);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-03"));
        Assert.Equal(SectionRecevabilite.MotifSansObjet, d.Arbre.Find("PROJET-03")!.Motif);
    }

    [Fact]
    public void Projet04_SwitchOff_NonAdmiseBlocksWithTheCampaign()
    {
        var options = new EvaluationOptions { Bareme = Campagnes.Generalisation2022 with { NonSegurAutoriseAcquisition = false } };
        var d = (MedicoSocial with { Editeur = MedicoSocial.Editeur with { ReferenceSegur = false, ReferenceSad = true } }).Evaluate(options);
        var n = d.Arbre.Find("PROJET-04")!;

        Assert.Equal(Resultat.NotSatisfied, n.Resultat);
        Assert.Equal("nonAdmise", n.Motif);
        Assert.True(n.Bloquant);
        Assert.Equal("campagne=2022", ChiffresTexte.Figures(n));
    }

    [Fact]
    public void Projet05_TwoOgsWithoutSelfDiagnosis_OneChildEachAndTheirCount()
    {
        var d = MedicoSocial.WithOgs(
                DossierBuilder.Og(1, 8) with { AutodiagnosticFourni = false, Nom = "Association Les Cèdres" },
                DossierBuilder.Og(2, 8) with { AutodiagnosticFourni = null })
            .Evaluate();
        var n = d.Arbre.Find("PROJET-05")!;

        Assert.Equal(Resultat.NotSatisfied, n.Resultat);
        Assert.Equal("manquant", n.Motif);
        Assert.Equal("ogs=2 sansAutodiagnostic=2", ChiffresTexte.Figures(n));
        Assert.Equal("2 organismes gestionnaires sur 2 sans autodiagnostic ANAP.", n.Explication);
        Assert.Equal(2, n.Enfants.Count);
        Assert.Equal(new[] { "finess", "nom" }, n.Enfants[0].Chiffres.Select(c => c.Nom));
        Assert.Equal(new[] { "finess" }, n.Enfants[1].Chiffres.Select(c => c.Nom));
        Assert.Equal(new[] { "false", null }, n.Enfants.Select(e => Assert.Single(e.Entrees).Valeur));
        Assert.Equal("$.organismesGestionnaires[1].autodiagnosticFourni", Assert.Single(n.Enfants[1].Entrees).Chemin);
    }

    [Fact]
    public void Projet05_EveryOgProvided_CountsWithNoneMissing()
    {
        var n = MedicoSocial.Evaluate().Arbre.Find("PROJET-05")!;

        Assert.Equal("fourni", n.Motif);
        Assert.Equal("ogs=1 sansAutodiagnostic=0", ChiffresTexte.Figures(n));
    }

    [Theory]
    [InlineData(TypeProjet.Acquisition)]
    [InlineData(TypeProjet.MiseEnConformite)]
    public void Recevabilite_NoEligibleEssms_RulesOnTheFiledProjectSayNoEssms(TypeProjet type)
    {
        var d = DossierBuilder.Grappe(2, type).MapEssms((e, _) => e with { RelevantL312_1 = false }).Evaluate();

        Assert.Equal(SectionRecevabilite.MotifAucun, d.Arbre.Find("PROJET-05")!.Motif);
        Assert.Equal(SectionRecevabilite.MotifAucun, d.Arbre.Find("PROJET-06")!.Motif);
    }

    [Fact]
    public void Projet06_DurationNotTold_TheMaximumItWouldBeComparedTo()
    {
        var n = (MedicoSocial with { DureePrevueMois = null }).Evaluate().Arbre.Find("PROJET-06")!;

        Assert.Equal(Resultat.MissingInput, n.Resultat);
        Assert.Equal("dureeMax=" + Campagnes.Generalisation2022.DureeMaxAcquisition.Months.ToString(CultureInfo.InvariantCulture), ChiffresTexte.Figures(n));
    }

    [Theory]
    [InlineData(2022, 3, 13, "joursAvant=un jour")]
    [InlineData(2022, 3, 14, null)]
    [InlineData(2022, 9, 30, null)]
    [InlineData(2022, 10, 1, "joursApres=un jour")]
    public void Projet07_FiledOnAnEndOfTheWindow_NoDistanceFigure(int y, int m, int j, string? distance)
    {
        var depot = new LocalDate(y, m, j);
        var n = (MedicoSocial with { DateDepot = depot }).Evaluate().Arbre.Find("PROJET-07")!;

        var attendu = "campagne=2022 dateDepot=" + depot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " debut=2022-03-14 fin=2022-09-30";
        Assert.Equal(distance is null ? attendu : attendu + " " + distance, ChiffresTexte.Figures(n));
    }

    [Fact]
    public void Projet07_OrientationUndetermined_BothWindowsInItsFigures()
    {
        var n = (MedicoSocial with { RepresentativiteNationale = null, DateDepot = new LocalDate(2022, 6, 1) }).Evaluate().Arbre.Find("PROJET-07")!;

        Assert.Equal("campagne=2022 dateDepot=2022-06-01 debutNationale=2022-05-18 finNationale=2022-07-18 debutRegionale=2022-03-14 finRegionale=2022-09-30", ChiffresTexte.Figures(n));
    }

    [Fact]
    public void Projet07_OrientationUndeterminedDateInOneWindow_MissingInputThatBlocks()
    {
        var n = (MedicoSocial with { RepresentativiteNationale = null, DateDepot = new LocalDate(2022, 4, 1) }).Evaluate().Arbre.Find("PROJET-07")!;

        Assert.Equal(Resultat.MissingInput, n.Resultat);
        Assert.True(n.Bloquant);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Projet07_OrientationUndeterminedBaremeWithOneWindowOnly_ReviewRequiredSansCalendrier(bool sansNationale)
    {
        var b = Campagnes.Generalisation2022;
        b = sansNationale ? b with { FenetreNationale = null } : b with { FenetreRegionale = null, FenetreRegionaleAcquisitionMedicoSociale = null };
        var n = (MedicoSocial with { RepresentativiteNationale = null, DateDepot = new LocalDate(2022, 6, 1) })
            .Evaluate(new EvaluationOptions { Bareme = b }).Arbre.Find("PROJET-07")!;

        Assert.Equal(Resultat.ReviewRequired, n.Resultat);
        Assert.Equal("sansCalendrier", n.Motif);
        Assert.Equal("campagne=2022 dateDepot=2022-06-01", ChiffresTexte.Figures(n));
    }

    [Theory]
    [InlineData(true, true, new string[0])]
    [InlineData(null, true, new[] { "a" })]
    [InlineData(true, null, new[] { "b" })]
    [InlineData(null, null, new[] { "a", "b" })]
    public void Manquants_TwoFacts_TheAbsentOnesInOrder(bool? a, bool? b, string[] attendus)
    {
        Assert.Equal(attendus, SectionRecevabilite.Manquants(a, "a", b, "b"));
    }

    private static (SectionRecevabilite Section, Faits Faits, System.Collections.Generic.IReadOnlyList<DecisionNode> Avant) DeuxPhases()
    {
        var section = new SectionRecevabilite();
        var faits = FaitsAvant.Orientation(MedicoSocial) with { Verdict = new FaitsVerdict(true) };
        return (section, faits, section.EvaluerAvantVerdict(faits));
    }

    [Fact]
    public void Conclude_NodesOfTheFirstPhase_TheSectionsEightChildren()
    {
        var (section, faits, avant) = DeuxPhases();

        Assert.Equal(8, section.Conclude(faits, avant).Noeud.Enfants.Count);
    }

    [Fact]
    public void Conclude_OneNodeMissing_ArgumentExceptionNamingTheExpectedRule()
    {
        var (section, faits, avant) = DeuxPhases();
        var derniere = avant[avant.Count - 1].Regle;

        var e = Assert.Throws<ArgumentException>(() => section.Conclude(faits, avant.Take(avant.Count - 1).ToArray()));

        Assert.Equal("avant", e.ParamName);
        Assert.StartsWith($"Les nœuds donnés ne sont pas ceux de la première phase : « {derniere} » attendu en position {avant.Count - 1}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conclude_OneNodeTooMany_ArgumentExceptionCountingThem()
    {
        var (section, faits, avant) = DeuxPhases();

        var e = Assert.Throws<ArgumentException>(() => section.Conclude(faits, avant.Concat(new[] { avant[0] }).ToArray()));

        Assert.Equal("avant", e.ParamName);
        Assert.StartsWith("1 nœud(s) de trop pour la première phase.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conclude_NoNodes_ArgumentNullException()
    {
        var (section, faits, _) = DeuxPhases();

        Assert.Equal("avant", Assert.Throws<ArgumentNullException>(() => section.Conclude(faits, null!)).ParamName);
    }
}
