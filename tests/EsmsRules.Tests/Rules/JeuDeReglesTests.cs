using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>The rule set as a composition a user can change: a rule replaced, removed or added, one section evaluated
/// alone.</summary>
public class JeuDeReglesTests
{
    /// <summary>A rule of one's own: refuses every project filed after a date (blocking).</summary>
    private sealed class DateLimite : Regle
    {
        public DateLimite(string id = "ARS-01")
            : base(id, "Dépôt avant le 1er juin 2022", new[] { Documents.AppelAProjets.Section("calendrier régional") },
                new[]
                {
                    new Modele("ok", Resultat.Satisfied, "Dépôt le {depot}."),
                    new Modele("tard", Resultat.NotSatisfied, "Dépôt le {depot}, après le 31/05/2022."),
                    new Modele("sansDate", Resultat.NotApplicable, "Pas de date."),
                })
        {
        }

        public override bool PeutBloquer => true;

        public override DecisionNode Evaluate(Faits faits) => faits.Dossier.DateDepot is not { } d
            ? Conclude(faits, Resultat.NotApplicable, "sansDate")
            : d <= new NodaTime.LocalDate(2022, 5, 31)
                ? Conclude(faits, Resultat.Satisfied, "ok", new[] { Chiffre.LeJour("depot", d) })
                : Conclude(faits, Resultat.NotSatisfied, "tard", new[] { Chiffre.LeJour("depot", d) }, bloquant: true);
    }

    [Fact]
    public void ParDefaut_Sections_InTheOrderOfTheDecisionChart()
    {
        Assert.Equal(new[] { "ELIGIBILITE", "GRAPPE", "ORIENTATION", "RECEVABILITE", "ACHAT", "FINANCEMENT", "VERSEMENTS", "SONS" },
            JeuDeRegles.ParDefaut.Sections.Select(s => s.Id));
        Assert.Equal(58, JeuDeRegles.ParDefaut.Regles.Count);
        Assert.Equal(JeuDeRegles.ParDefaut.Regles.Count, JeuDeRegles.ParDefaut.Regles.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Ajouter_RegionalRuleAfterProjet07_AppearsInTheTreeAndRefusesALateProject()
    {
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new DateLimite(), apres: "PROJET-07");
        var d = DossierBuilder.Grappe(15).Evaluate(new EvaluationOptions { Regles = jeu });

        var recevabilite = d.Arbre.Enfants.Single(n => n.Regle == "RECEVABILITE");
        Assert.Equal(new[] { "PROJET-01", "PROJET-02", "PROJET-03", "PROJET-04", "PROJET-05", "PROJET-06", "PROJET-07", "ARS-01", "PROJET-08" },
            recevabilite.Enfants.Select(n => n.Regle));
        Assert.False(d.Recevable);
        Assert.Equal(new[] { "ARS-01" }, d.ReglesNonSatisfaites);
        Assert.Equal("Dépôt le 01/06/2022, après le 31/05/2022.", d.Arbre.Find("ARS-01")!.Explication);
        Assert.Equal("appel à projets ESMS numérique – généralisation (ARS, 2022) calendrier régional", d.Arbre.Find("ARS-01")!.Source);
        Assert.True(DossierBuilder.Grappe(15).Evaluate().Recevable);
    }

    [Fact]
    public void Retirer_Projet05_AMissingSelfDiagnosisNoLongerRefuses()
    {
        var dossier = DossierBuilder.Grappe(15).WithOgs(DossierBuilder.Og(1, 15) with { AutodiagnosticFourni = null });

        Assert.False(dossier.Evaluate().Recevable);
        var d = dossier.Evaluate(new EvaluationOptions { Regles = JeuDeRegles.ParDefaut.Remove("PROJET-05") });
        Assert.True(d.Recevable);
        Assert.Null(d.Arbre.Find("PROJET-05"));
    }

    [Fact]
    public void Remplacer_Projet07ByARegionalDeadline_ReplacesItInPlace()
    {
        var jeu = JeuDeRegles.ParDefaut.Replace("PROJET-07", new DateLimite());
        var d = DossierBuilder.Grappe(15).Evaluate(new EvaluationOptions { Regles = jeu });

        Assert.Null(d.Arbre.Find("PROJET-07"));
        Assert.Equal(6, d.Arbre.Enfants.Single(n => n.Regle == "RECEVABILITE").Enfants.ToList().FindIndex(n => n.Regle == "ARS-01"));
        Assert.False(d.Recevable);
    }

    [Fact]
    public void Changes_UnknownIdsOrClashingIds_AreRefusedWithTheirId()
    {
        var jeu = JeuDeRegles.ParDefaut;

        Assert.Contains("PROJET-99", Assert.Throws<KeyNotFoundException>(() => jeu.Remove("PROJET-99")).Message, StringComparison.Ordinal);
        Assert.Contains("PROJET-99", Assert.Throws<KeyNotFoundException>(() => jeu.Replace("PROJET-99", new DateLimite())).Message, StringComparison.Ordinal);
        Assert.Contains("NULLE-PART", Assert.Throws<KeyNotFoundException>(() => jeu.Add("NULLE-PART", new DateLimite())).Message, StringComparison.Ordinal);
        Assert.Contains("FIN-03", Assert.Throws<ArgumentException>(() => jeu.Add("RECEVABILITE", new DateLimite("FIN-03"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => jeu.Add("ELIGIBILITE", new DateLimite()));
        Assert.Same(jeu, JeuDeRegles.ParDefaut);
    }

    [Fact]
    public void EvaluateSection_FundingOfAGrappeKnownToBeRecevable_GivesTheAmounts()
    {
        // 12 ESSMS of a small OG, maturity unknown: the verdict waits; a quoting screen that knows the ARS retained the
        // project asks for the funding alone: 12 × 7 000 + 12 × 14 500 + 12 × 20 000 + 100 000 + 15 000.
        var dossier = DossierBuilder.Grappe(12, nombreEssmsFiness: 12);
        Assert.Null(dossier.Evaluate().Recevable);

        var resultat = EsmsEvaluator.Default.EvaluateSection(dossier, SectionFinancement.Identifiant, new FaitsVerdict(true));

        Assert.Equal("FINANCEMENT", resultat.Noeud.Regle);
        Assert.Equal(12 * 7_000m + 12 * 14_500m + 12 * 20_000m + 100_000m + 15_000m, resultat.Faits.Financement!.Total);
        Assert.Equal(resultat.Faits.Financement.Total, resultat.Noeud.Montant);
    }

    [Fact]
    public void EvaluateSection_WithoutSupposedVerdict_TheRulesVerdict()
    {
        var resultat = EsmsEvaluator.Default.EvaluateSection(DossierBuilder.Grappe(12), SectionFinancement.Identifiant);

        Assert.Null(resultat.Faits.Verdict!.Recevable);
        Assert.Equal(0m, resultat.Faits.Financement!.Total);
    }

    [Fact]
    public void EvaluateSection_Grappe_StopsThereWithItsFacts()
    {
        var resultat = EsmsEvaluator.Default.EvaluateSection(DossierBuilder.Grappe(14), SectionGrappe.Identifiant);

        Assert.Equal(14, resultat.Faits.Grappe!.N);
        Assert.Null(resultat.Faits.Orientation);
        Assert.Throws<KeyNotFoundException>(() => EsmsEvaluator.Default.EvaluateSection(DossierBuilder.Grappe(14), "INCONNUE"));
    }

    [Fact]
    public void EvaluateSection_InvalidDossier_ThrowsListingItsProblems()
    {
        var invalide = DossierBuilder.Grappe(2).WithOgs();

        Assert.NotEmpty(Assert.Throws<InvalidDossierException>(() => EsmsEvaluator.Default.EvaluateSection(invalide, "GRAPPE")).Errors);
    }

    [Theory]
    [InlineData("ESSMS-02")]
    [InlineData("GRAPPE-04")]
    [InlineData("ORIENT-02")]
    [InlineData("PROJET-06")]
    [InlineData("ACHAT-04")]
    [InlineData("MOD-02")]
    [InlineData("CIBLE-07")]
    [InlineData("SONS-08")]
    public void Remove_ARuleOfEachSection_GoneFromItsSectionAndTheSetOnly(string id)
    {
        var avant = JeuDeRegles.ParDefaut;
        var section = avant.SectionDe(id)!;

        var apres = avant.Remove(id);

        Assert.Null(apres.Regle(id));
        Assert.Null(apres.Section(section.Id)!.Regle(id));
        Assert.Equal(avant.Regles.Count - 1, apres.Regles.Count);
        Assert.Equal(avant.Sections.Select(s => s.Id), apres.Sections.Select(s => s.Id));
        Assert.All(avant.Sections.Where(s => s.Id != section.Id), s => Assert.Same(s, apres.Section(s.Id)));
        Assert.NotNull(avant.Regle(id));
    }

    [Fact]
    public void Changes_NullRule_ArgumentNull()
    {
        Assert.Equal("regle", Assert.Throws<ArgumentNullException>(() => JeuDeRegles.ParDefaut.Replace("PROJET-07", null!)).ParamName);
        Assert.Equal("regle", Assert.Throws<ArgumentNullException>(() => JeuDeRegles.ParDefaut.Add("RECEVABILITE", null!)).ParamName);
    }

    [Fact]
    public void Add_AfterARuleTheSectionDoesNotHave_KeyNotFoundNamingItAndTheSection()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => JeuDeRegles.ParDefaut.Add("RECEVABILITE", new DateLimite(), apres: "FIN-03"));

        Assert.Equal("Aucune règle « FIN-03 » dans la section RECEVABILITE.", e.Message);
    }

    [Fact]
    public void Add_WithoutAPlace_LastOfItsSection()
    {
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new DateLimite());

        Assert.Equal("ARS-01", jeu.Section("RECEVABILITE")!.Regles[^1].Id);
    }

    [Fact]
    public void Position_ARuleOfTheSetOrNot_ItsIndexOrMinusOne()
    {
        var jeu = JeuDeRegles.ParDefaut;

        Assert.Equal(-1, jeu.Position(new DateLimite()));
        Assert.Equal(0, jeu.Position(jeu.Regles[0]));
        Assert.Equal(jeu.Regles.Count - 1, jeu.Position(jeu.Regles[^1]));
    }

    [Fact]
    public void Position_ARuleSharedBySetsAtOtherPositions_EachSetItsOwnIndexWhicheverAskedLast()
    {
        // A rule keeps the position of the set that asked last: asking the sets in turn must not mix them up.
        var defaut = JeuDeRegles.ParDefaut;
        var sansEssms01 = defaut.Remove("ESSMS-01");
        var vers06 = defaut.Regles.Single(r => r.Id == "VERS-06");
        var ailleurs = new DateLimite();
        var expected = defaut.Regles.ToList().IndexOf(vers06);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, defaut.Position(vers06));
            Assert.Equal(expected - 1, sansEssms01.Position(vers06));
            Assert.Equal(-1, defaut.Position(ailleurs));
            Assert.Equal(-1, sansEssms01.Position(defaut.Regles[0]));
        }
    }

    [Fact]
    public void Evaluate_TwoBaremesInTurn_EachDecisionNamesTheValuesOfItsOwnBareme()
    {
        // The set keeps the table of values read for the barème it last served: switching barèmes must not reuse it.
        var dossier = DossierBuilder.Grappe(20);
        Assert.True(BaremeCatalogue.Embedded.TryGet("2022", out var b2022));
        Assert.True(BaremeCatalogue.Embedded.TryGet("2025", out var b2025));
        var seul2022 = new EsmsEvaluator(new EvaluationOptions { Bareme = b2022 }).Evaluate(dossier).GetDecisionOrThrow().Bareme!;
        var seul2025 = new EsmsEvaluator(new EvaluationOptions { Bareme = b2025 }).Evaluate(dossier).GetDecisionOrThrow().Bareme!;
        Assert.NotEqual(seul2022.Valeurs, seul2025.Valeurs);

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(seul2022, new EsmsEvaluator(new EvaluationOptions { Bareme = b2022 }).Evaluate(dossier).GetDecisionOrThrow().Bareme);
            Assert.Equal(seul2025, new EsmsEvaluator(new EvaluationOptions { Bareme = b2025 }).Evaluate(dossier).GetDecisionOrThrow().Bareme);
        }
    }

    [Fact]
    public void Evaluate_TwoSetsSharingRulesInTurn_EachDecisionAsIfEvaluatedAlone()
    {
        // The decision's barème values are found from the positions of the rules evaluated: a set with a rule removed
        // shifts every position after it, and evaluating with both sets in turn gives each its own decision.
        var dossier = DossierBuilder.Grappe(20);
        var autre = JeuDeRegles.ParDefaut.Remove("ESSMS-01");
        var seulDefaut = new EsmsEvaluator().Evaluate(dossier).GetDecisionOrThrow();
        var seulAutre = new EsmsEvaluator(new EvaluationOptions { Regles = autre }).Evaluate(dossier).GetDecisionOrThrow();

        for (var i = 0; i < 2; i++)
        {
            var d1 = new EsmsEvaluator().Evaluate(dossier).GetDecisionOrThrow();
            var d2 = new EsmsEvaluator(new EvaluationOptions { Regles = autre }).Evaluate(dossier).GetDecisionOrThrow();
            Assert.Equal(seulDefaut.Bareme, d1.Bareme);
            Assert.Equal(seulAutre.Bareme, d2.Bareme);
            Assert.DoesNotContain(d2.Bareme!.Valeurs, v => v.Regles.Contains("ESSMS-01"));
        }
    }

    [Theory]
    [InlineData("ELIGIBILITE")]
    [InlineData("GRAPPE")]
    [InlineData("ORIENTATION")]
    [InlineData("RECEVABILITE")]
    [InlineData("ACHAT")]
    [InlineData("FINANCEMENT")]
    [InlineData("VERSEMENTS")]
    [InlineData("SONS")]
    public void EvaluateSection_EachSection_ItsNodeAndTheFactsUpToIt(string id)
    {
        var ordre = new[] { "ELIGIBILITE", "GRAPPE", "ORIENTATION", "RECEVABILITE", "ACHAT", "FINANCEMENT", "VERSEMENTS", "SONS" };
        var rang = Array.IndexOf(ordre, id);

        var r = EsmsEvaluator.Default.EvaluateSection(DossierBuilder.Grappe(15), id, new FaitsVerdict(true));

        Assert.Equal(id, r.Noeud.Regle);
        // A section may leave rules out (the payments' targets without indicators, SONS without an order): never another's.
        Assert.All(r.Noeud.Enfants, n => Assert.NotNull(JeuDeRegles.ParDefaut.Section(id)!.Regle(n.Regle)));
        Assert.Equal(rang >= 1, r.Faits.Grappe is not null);
        Assert.Equal(rang >= 2, r.Faits.Orientation is not null);
        Assert.Equal(rang >= 3, r.Faits.Achat is not null);
        Assert.Equal(rang >= 3, r.Faits.Verdict is not null);
        Assert.Equal(rang >= 5, r.Faits.Financement is not null);
        Assert.Equal(rang >= 6, r.Faits.Versements is not null);
        Assert.Equal(rang >= 7, r.Faits.PrestationSegur is not null);
    }

    [Fact]
    public void EvaluateSection_UnknownSection_KeyNotFoundNamingIt()
    {
        var faits = new Faits(DossierBuilder.Grappe(14), EsmsRules.Baremes.Campagnes.Generalisation2022);

        Assert.Equal("Aucune section « INCONNUE » dans le jeu.", Assert.Throws<KeyNotFoundException>(() => JeuDeRegles.ParDefaut.EvaluateSection("INCONNUE", faits)).Message);
    }
}
