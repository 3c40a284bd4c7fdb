using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>SONS-01…09: the Prestation Ségur (RULES.md §7, §10.10, §10.11, §10.13).</summary>
public class PrestationSegurTests
{
    private static Dossier PetitOgEtGrandOg() => Grappe(TypeProjet.MiseEnConformite, Og(1, 8, petit: true), Og(2, 10));

    private static string Explications(Decision d, string regle) => string.Join("\n", d.Nodes(regle).Select(n => n.Explication));

    // ----- SONS-06: amount by tranche

    [Fact]
    public void Sons06_SeedExample7SmallOgOf8_TrancheC17520()
    {
        var d = PetitOgEtGrandOg().Evaluate();

        var p = d.PrestationSegur;
        Assert.Equal(2, p.Count);
        Assert.Equal((8, "C", 2_190m, 17_520m), (p[0].NombreEssms, p[0].Tranche, p[0].MontantParEssms, p[0].Total));
        Assert.Equal((10, "C", 2_190m, 21_900m), (p[1].NombreEssms, p[1].Tranche, p[1].MontantParEssms, p[1].Total));
        Assert.Equal(18, p.Sum(x => x.NombreEssms));
        Assert.Contains("8 × 2 190 € = 17 520 € (tranche C)", Explications(d, "SONS-06"), System.StringComparison.Ordinal);
        d.AssertOutcome("SONS-06", Resultat.Satisfied);
        Assert.Equal(39_420m, d.Node("SONS-06").Montant);
    }

    [Fact]
    public void Sons06_SeedExample3Conformite35_TrancheE43120()
    {
        var d = Conformite(35).Evaluate();

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((35, "E", 1_232m, 43_120m), (p.NombreEssms, p.Tranche, p.MontantParEssms, p.Total));
        Assert.Contains("35 × 1 232 € = 43 120 € (tranche E)", Explications(d, "SONS-06"), System.StringComparison.Ordinal);
        Assert.Contains("tranche E (20 à 99 ESSMS)", Explications(d, "SONS-06"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons06_SeedExample4National72_TrancheE88704()
    {
        var d = Conformite(72).Evaluate();

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((72, "E", 88_704m), (p.NombreEssms, p.Tranche, p.Total));
        Assert.Contains("72 × 1 232 € = 88 704 € (tranche E)", Explications(d, "SONS-06"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons06_SingleEssmsSonsUniquement_TrancheA4000()
    {
        var d = Conformite(1).Evaluate();

        Assert.Equal(Orientation.SonsUniquement, d.Orientation);
        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((1, "A", 4_000m, 4_000m, 1_200m, 2_800m), (p.NombreEssms, p.Tranche, p.MontantParEssms, p.Total, p.Avance, p.Solde));
        Assert.Equal(0m, d.Financement.Total);
    }

    [Theory]
    [InlineData(4, "B", 2_920)]
    [InlineData(5, "C", 2_190)]
    [InlineData(11, "D", 1_643)]
    [InlineData(19, "D", 1_643)]
    [InlineData(20, "E", 1_232)]
    [InlineData(100, "F", 1_133)]
    public void Sons06_OgSize_PicksTheTrancheGrilleNotMarginal(int n, string tranche, int parEssms)
    {
        var d = Conformite(n).Evaluate();

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((tranche, (decimal)parEssms, n * (decimal)parEssms), (p.Tranche, p.MontantParEssms, p.Total));
    }

    [Fact]
    public void Sons06_Acquisition_NoPrestation()
    {
        var d = Acquisition(20).Evaluate();

        Assert.Empty(d.PrestationSegur);
        Assert.Equal(Resultat.NotApplicable, d.Node("SONS").Resultat);
        Assert.Null(d.Arbre.Find("SONS-06"));
        Assert.DoesNotContain("SONS-09", d.AApprecier);
    }

    [Fact]
    public void Sons06_EditorNotSegur_NoPrestationSons02SaysWhy()
    {
        var d = Conformite(20).SadSeulement().Evaluate();

        Assert.False(d.Recevable);
        Assert.Empty(d.PrestationSegur);
        d.AssertOutcome("SONS-02", Resultat.NotSatisfied);
        Assert.Contains("SONS-02", d.ReglesNonSatisfaites);
        Assert.Contains("n'est pas référencée Ségur", d.Node("SONS").Explication, System.StringComparison.Ordinal);
        Assert.Equal(Resultat.NotApplicable, Assert.Single(d.Nodes("SONS-09")).Resultat);
        Assert.DoesNotContain("SONS-09", d.AApprecier);
    }

    [Fact]
    public void Sons02_EditorSegurUnknown_MissingInputNoPrestation()
    {
        var d = Conformite(20).WithEditeur(segur: null, sad: true).Evaluate();

        Assert.Null(d.Recevable);
        Assert.Empty(d.PrestationSegur);
        d.AssertOutcome("SONS-02", Resultat.MissingInput);
        Assert.Equal(new[] { "referenceSegur" }, d.Node("SONS-02").DonneesManquantes);
        Assert.DoesNotContain("SONS-09", d.AApprecier);
    }

    [Fact]
    public void Sons02_EditorSegur_SatisfiedAndPrestationExplainedAsOptional()
    {
        var d = Conformite(20).Evaluate();

        d.AssertOutcome("SONS-02", Resultat.Satisfied);
        Assert.Single(d.PrestationSegur);
        Assert.Contains("si l'OG signe un bon de commande", d.Node("SONS").Explication, System.StringComparison.Ordinal);
        Assert.Contains("facultatif", d.Node("SONS").Explication, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons_NoSegurUnknownCategoryAndMs3Order_NoReviewFlagRaised()
    {
        // §10.10: without a Prestation, the section's reviewRequired flags are not raised; its notSatisfied are listed.
        var dossier = Conformite(8).SadSeulement().MapEssmsAt(0, e => e with { CategorieFiness = "999" }).MapEssmsAt(1, e => e with { EquipeDui = false });
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(2023, 3, 1), Couloir.MS3)).Evaluate();

        Assert.Empty(d.PrestationSegur);
        Assert.DoesNotContain(d.AApprecier, id => id.StartsWith("SONS-", System.StringComparison.Ordinal));
        Assert.Contains("SONS-01", d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Sons06_ConformiteNotRecevable_PrestationStillComputed()
    {
        // §10.11: the Prestation is a separate State purchase, computed whatever the ESMS numérique verdict.
        var d = Grappe(TypeProjet.MiseEnConformite, Og(1, 20) with { AutodiagnosticFourni = null }).Evaluate();

        Assert.False(d.Recevable);
        Assert.Equal(0m, d.Financement.Total);
        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal(20 * 1_232m, p.Total);
    }

    [Fact]
    public void Sons06_SocialChampsEssms_CountedLikeTheOthers()
    {
        var d = Grappe(TypeProjet.MiseEnConformite, Og(1, 3, champ: Champ.PDS), Og(2, 12, champ: Champ.AHI)).Evaluate();

        Assert.Equal(new[] { (3, "B"), (12, "D") }, d.PrestationSegur.Select(p => (p.NombreEssms, p.Tranche)));
    }

    [Fact]
    public void Sons06_OrdersCoverSomeEssms_CountIsStillEveryRetainedEssms()
    {
        // §10.11: commandesSons serve SONS-03/05 only, not the counts.
        var dossier = Conformite(8);
        var partial = new CommandeSons(dossier.OrganismesGestionnaires[0].FinessJuridique, new LocalDate(2023, 3, 1), Couloir.MS1,
            dossier.ToutesEssms().Take(3).Select(e => e.FinessGeographique).ToArray());
        var d = dossier.Commandes(partial).Evaluate();

        Assert.Equal(8, Assert.Single(d.PrestationSegur).NombreEssms);
    }

    [Fact]
    public void Sons06_ExcludedEssms_NotCounted()
    {
        var d = Conformite(11).Exclure(0).Evaluate();

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((10, "C", 21_900m), (p.NombreEssms, p.Tranche, p.Total));
    }

    [Fact]
    public void Evaluer_NoRetainedEssms_SectionEvaluatedSons09NotRaised()
    {
        // §10.11 (revision 2): the section is evaluated whatever the verdict, n = 0 (GRAPPE-01 notSatisfied) included;
        // SONS-09 only when a prestationSegur entry exists; an MS3 order (opening date unknown) is to appreciate when the
        // Prestation is computed (solution Ségur-referenced).
        var dossier = Conformite(2).Exclure(0).Exclure(1);
        var ms3 = new CommandeSons(dossier.OrganismesGestionnaires[0].FinessJuridique, new LocalDate(2022, 10, 1), Couloir.MS3,
            dossier.ToutesEssms().Select(e => e.FinessGeographique).ToArray());
        var d = dossier.Commandes(ms3).Evaluate();

        Assert.Equal(0, d.EssmsRetenus);
        Assert.False(d.Recevable);
        Assert.Empty(d.PrestationSegur);
        Assert.DoesNotContain("SONS-09", d.AApprecier);
        Assert.Contains("SONS-05", d.AApprecier);
        Assert.Equal(Resultat.NotApplicable, Assert.Single(d.Nodes("SONS-09")).Resultat);
    }

    // ----- SONS-07: advance and balance

    [Fact]
    public void Sons07_Total17520_Advance5256Balance12264()
    {
        var d = PetitOgEtGrandOg().Evaluate();

        var p = d.PrestationSegur[0];
        Assert.Equal((5_256m, 12_264m), (p.Avance, p.Solde));
        var texte = Explications(d, "SONS-07");
        Assert.Contains("avance 30 % = 5 256,00 €", texte, System.StringComparison.Ordinal);
        Assert.Contains("solde 17 520 € − 5 256,00 € = 12 264,00 €", texte, System.StringComparison.Ordinal);
        d.AssertOutcome("SONS-07", Resultat.Satisfied);
    }

    [Fact]
    public void Sons07_Total18073_AdvanceWithCents()
    {
        // 11 × 1 643 = 18 073 €; 30 % = 5 421,90 €; balance 12 651,10 €.
        var d = Conformite(11).Evaluate();

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((18_073m, 5_421.90m, 12_651.10m), (p.Total, p.Avance, p.Solde));
        Assert.Contains("avance 30 % = 5 421,90 €", Explications(d, "SONS-07"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons07_HalfCentAdvance_RoundsAwayFromZero()
    {
        // Whole-euro totals × 30 % never hit a half cent; a barème at 1 € per ESSMS and 0,5 % does:
        // 3 × 1 € × 0,5 % = 0,015 € → 0,02 € (half away from zero, not 0,01 € to even), balance 2,98 €.
        var bareme = Campagnes.Generalisation2022 with
        {
            TauxAvanceSons = 0.005m,
            TranchesSons = new[] { new TrancheSons("A", 1, null, 1m) },
        };
        var d = Conformite(3).Evaluate(bareme);

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((3m, 0.02m, 2.98m), (p.Total, p.Avance, p.Solde));
    }

    // ----- SONS-01: eligibility to the Prestation

    [Fact]
    public void Sons01_NoCategoryGiven_PresumedEligibleSatisfied()
    {
        var d = Conformite(20).Evaluate();

        d.AssertOutcome("SONS-01", Resultat.Satisfied);
        d.AssertExplains("SONS-01", "20 ESSMS retenus éligibles");
    }

    [Fact]
    public void Sons01_KnownMs1Category_Satisfied()
    {
        var d = Conformite(6).MapEssms((e, i) => e with { CategorieFiness = i % 2 == 0 ? "500" : "354", EquipeDui = true }).Evaluate();

        d.AssertOutcome("SONS-01", Resultat.Satisfied);
        Assert.Equal(6, Assert.Single(d.PrestationSegur).NombreEssms);
    }

    [Fact]
    public void Sons01_NotEquippedWithDui_NotSatisfiedAndRemovedFromCount()
    {
        var d = Conformite(8).MapEssms((e, i) => i < 3 ? e with { EquipeDui = false } : e).Evaluate();

        d.AssertOutcome("SONS-01", Resultat.NotSatisfied);
        d.AssertExplains("SONS-01", "5 ESSMS éligibles, 3 non éligibles");
        Assert.Contains("SONS-01", d.ReglesNonSatisfaites);
        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal((5, "C", 10_950m), (p.NombreEssms, p.Tranche, p.Total));
        Assert.Equal(8 * 5_000m, d.Financement.PartEssms);
    }

    [Fact]
    public void Sons01_UnknownCategory_ReviewRequiredAndKept()
    {
        var d = Conformite(4).MapEssms((e, i) => i == 0 ? e with { CategorieFiness = "999" } : e).Evaluate();

        d.AssertOutcome("SONS-01", Resultat.ReviewRequired);
        Assert.Contains("SONS-01", d.AApprecier);
        Assert.Contains("catégorie FINESS 999 inconnue", Explications(d, "SONS-01"), System.StringComparison.Ordinal);
        Assert.Equal(4, Assert.Single(d.PrestationSegur).NombreEssms);
    }

    [Fact]
    public void Sons01_CategoryOutsideMs1Aggregates_NotSatisfied()
    {
        var categories = new Dictionary<string, string>(Campagnes.Generalisation2022.CategoriesFiness) { ["177"] = "4500" };
        var bareme = Campagnes.Generalisation2022 with { CategoriesFiness = categories };
        var d = Conformite(5).MapEssms((e, i) => i == 0 ? e with { CategorieFiness = "177" } : e).Evaluate(bareme);

        d.AssertOutcome("SONS-01", Resultat.NotSatisfied);
        Assert.Contains("catégorie FINESS 177 (agrégat 4500) hors des agrégats du couloir MS1", Explications(d, "SONS-01"), System.StringComparison.Ordinal);
        Assert.Equal((4, "B"), (d.PrestationSegur[0].NombreEssms, d.PrestationSegur[0].Tranche));
    }

    /// <summary>RULES.md §10.21 (revision 2): the readings of SONS-01.</summary>
    [Theory]
    [InlineData("500", false, "notSatisfied")] // no DUI: not eligible whatever the category
    [InlineData("999", false, "notSatisfied")]
    [InlineData(null, false, "notSatisfied")]
    [InlineData("500", true, "satisfied")]
    [InlineData("500", null, "satisfied")]
    [InlineData("999", true, "reviewRequired")]
    [InlineData("999", null, "reviewRequired")]
    [InlineData(null, true, "satisfied")]
    [InlineData(null, null, "satisfied")]
    public void Sons01_CategoryTimesDui_Readings(string? categorie, bool? equipeDui, string attendu)
    {
        var d = Conformite(4).MapEssmsAt(0, e => e with { CategorieFiness = categorie, EquipeDui = equipeDui }).Evaluate();

        var r = d.Node("SONS-01").Resultat;
        Assert.Equal(attendu, char.ToLowerInvariant(r.ToString()[0]) + r.ToString()[1..]);
        Assert.Equal(attendu == "notSatisfied" ? 3 : 4, Assert.Single(d.PrestationSegur).NombreEssms);
    }

    [Fact]
    public void Sons01_KnownCategorySocialChamp_DecidesWhateverTheChamp()
    {
        // A PDE ESSMS (couloir MS2) of category 500 (aggregate 4400): the 2022 barème uses MS1's aggregates for MS2.
        var d = Grappe(TypeProjet.MiseEnConformite, Og(1, 4, champ: Champ.PDE)).MapEssmsAt(0, e => e with { CategorieFiness = "500" }).Evaluate();

        d.AssertOutcome("SONS-01", Resultat.Satisfied);
        Assert.Equal(4, Assert.Single(d.PrestationSegur).NombreEssms);
    }

    [Fact]
    public void Sons01_CouloirWithItsOwnAggregates_UsesThem()
    {
        // An ARS barème giving MS2 the aggregate 4500 only: a PDE ESSMS of category 500 (4400) is then not eligible,
        // while a PA ESSMS of the same category still is (MS1).
        var bareme = Campagnes.Generalisation2022 with { AgregatsMs2 = new[] { "4500" } };
        var pde = Grappe(TypeProjet.MiseEnConformite, Og(1, 4, champ: Champ.PDE)).MapEssmsAt(0, e => e with { CategorieFiness = "500" }).Evaluate(bareme);
        var pa = Conformite(4).MapEssmsAt(0, e => e with { CategorieFiness = "500" }).Evaluate(bareme);

        pde.AssertOutcome("SONS-01", Resultat.NotSatisfied);
        Assert.Contains("hors des agrégats du couloir MS2 (4500)", Explications(pde, "SONS-01"), System.StringComparison.Ordinal);
        pa.AssertOutcome("SONS-01", Resultat.Satisfied);
    }

    [Fact]
    public void Sons01_CategoryAddedToTheBaremeTable_Known()
    {
        var categories = new Dictionary<string, string>(Campagnes.Generalisation2022.CategoriesFiness) { ["209"] = "4300" };
        var bareme = Campagnes.Generalisation2022 with { CategoriesFiness = categories };
        var d = Conformite(4).MapEssmsAt(0, e => e with { CategorieFiness = "209" }).Evaluate(bareme);

        d.AssertOutcome("SONS-01", Resultat.Satisfied);
    }

    [Fact]
    public void Sons04_Explanation_KeepsTheTextsQualifier()
    {
        var d = Conformite(8).Evaluate();

        d.AssertExplains("SONS-04", "acquisition d'une solution référencée Ségur");
    }

    [Fact]
    public void Sons03_OrderNamingAnEssmsOutsideTheDossier_IgnoredForDuplicates()
    {
        var dossier = Conformite(8);
        var dehors = DossierBuilder.Finess("31", 777);
        var c1 = new CommandeSons(dossier.OrganismesGestionnaires[0].FinessJuridique, new LocalDate(2023, 3, 1), Couloir.MS1, new[] { dehors });
        var c2 = c1 with { DateCommande = new LocalDate(2023, 4, 1) };
        var d = dossier.Commandes(c1, c2).Evaluate();

        d.AssertOutcome("SONS-03", Resultat.Satisfied);
        Assert.Equal(2, d.Avertissements.Count(a => a.Code == AvertissementCodes.FinessInconnu));
    }

    [Fact]
    public void Sons01_OgWithNoEligibleEssms_NoEntry()
    {
        var d = Grappe(TypeProjet.MiseEnConformite, Og(1, 10), Og(2, 5))
            .MapEssms((e, i) => i >= 10 ? e with { EquipeDui = false } : e).Evaluate();

        var p = Assert.Single(d.PrestationSegur);
        Assert.Equal(d.Financement.ParOrganisme[0].FinessJuridique, p.FinessJuridique);
    }

    // ----- SONS-02: Ségur referencing

    [Fact]
    public void Sons02_SegurReferencedSolution_SatisfiedWith120DaysRule()
    {
        var d = Conformite(20).Evaluate();

        d.AssertOutcome("SONS-02", Resultat.Satisfied);
        d.AssertExplains("SONS-02", "sous 120 jours calendaires");
    }

    // ----- SONS-03: once per ESSMS

    [Fact]
    public void Sons03_NoOrders_NotApplicable()
    {
        var d = Conformite(20).Evaluate();

        d.AssertOutcome("SONS-03", Resultat.NotApplicable);
        d.AssertExplains("SONS-03", "une commande unique par OG est recommandée");
    }

    [Fact]
    public void Sons03_DistinctOrders_Satisfied()
    {
        var dossier = Grappe(TypeProjet.MiseEnConformite, Og(1, 10), Og(2, 5));
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(2023, 3, 1)), dossier.Commande(1, new LocalDate(2023, 4, 1))).Evaluate();

        d.AssertOutcome("SONS-03", Resultat.Satisfied);
        d.AssertExplains("SONS-03", "2 commandes SONS pour des ESSMS distincts.");
    }

    [Fact]
    public void Sons03_EssmsInTwoOrders_NotSatisfied()
    {
        var dossier = Conformite(6);
        var c = dossier.Commande(0, new LocalDate(2023, 3, 1));
        var d = dossier.Commandes(c, c with { DateCommande = new LocalDate(2023, 5, 1), FinessGeographiques = new[] { c.FinessGeographiques[2] } }).Evaluate();

        d.AssertOutcome("SONS-03", Resultat.NotSatisfied);
        d.AssertExplains("SONS-03", "1 ESSMS commandé plusieurs fois.");
        Assert.Contains("SONS-03", d.ReglesNonSatisfaites);
        Assert.Contains(c.FinessGeographiques[2].Value + " figure dans plusieurs commandes SONS (commande n°2)", Explications(d, "SONS-03"), System.StringComparison.Ordinal);
    }

    // ----- SONS-04: no vague 1 after an ESMS numérique acquisition

    [Fact]
    public void Sons04_RetainedEssms_SatisfiedViaEssms02()
    {
        var d = Conformite(20).Evaluate();

        d.AssertOutcome("SONS-04", Resultat.Satisfied);
        d.AssertExplains("SONS-04", "ESSMS-02");
    }

    [Fact]
    public void Sons04_EssmsFundedBefore_ExcludedAndNotInPrestation()
    {
        var d = Conformite(8).Exclure(0).Evaluate();

        Assert.Contains(d.EssmsExclus, x => x.Regle == "ESSMS-02");
        Assert.Equal(7, Assert.Single(d.PrestationSegur).NombreEssms);
    }

    // ----- SONS-05: order dates

    [Theory]
    [InlineData(2022, 2, 11, Resultat.NotSatisfied, "avant l'ouverture du couloir le 12/02/2022")]
    [InlineData(2022, 2, 12, Resultat.Satisfied, "dans les délais")] // the JO date itself: « éligibles à compter de cette date »
    [InlineData(2022, 2, 13, Resultat.Satisfied, "dans les délais")]
    [InlineData(2024, 2, 27, Resultat.Satisfied, "dans les délais")]
    [InlineData(2024, 2, 28, Resultat.Satisfied, "dans les délais")] // closing date in force, inclusive
    [InlineData(2024, 2, 29, Resultat.NotSatisfied, "après la clôture des commandes du 28/02/2024")]
    public void Sons05_Ms1OrderDate_LatestCalendar(int y, int m, int day, Resultat expected, string borne)
    {
        var dossier = Conformite(8);
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(y, m, day))).Evaluate();

        d.AssertOutcome("SONS-05", expected);
        d.AssertExplains("SONS-05", "commandes du 12/02/2022 au 28/02/2024, soldes jusqu'au 19/12/2024");
        Assert.Contains(borne, Explications(d, "SONS-05"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("précéder", Explications(d, "SONS-05"), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, 12, 31, Resultat.Satisfied)]
    [InlineData(2024, 1, 1, Resultat.NotSatisfied)]
    public void Sons05_Ms1OrderDate_First2022CalendarWhenOnlyOnePublished(int y, int m, int day, Resultat expected)
    {
        var b = Campagnes.Generalisation2022;
        var bareme = b with { CalendriersSonsMs1 = new[] { b.CalendriersSonsMs1[0] } };
        var dossier = Conformite(8);
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(y, m, day))).Evaluate(bareme);

        d.AssertOutcome("SONS-05", expected);
        d.AssertExplains("SONS-05", "commandes du 12/02/2022 au 31/12/2023, soldes jusqu'au 31/03/2024");
    }

    [Theory]
    [InlineData(2022, 5, 16, Resultat.NotSatisfied, "avant l'ouverture du couloir le 17/05/2022")]
    [InlineData(2022, 5, 17, Resultat.Satisfied, "dans les délais")]
    [InlineData(2022, 5, 18, Resultat.Satisfied, "dans les délais")]
    [InlineData(2024, 2, 28, Resultat.Satisfied, "dans les délais")]
    [InlineData(2024, 2, 29, Resultat.NotSatisfied, "après la clôture des commandes du 28/02/2024")]
    public void Sons05_Ms2OrderDate_OpensOn17May2022ClosesWithMs1(int y, int m, int day, Resultat expected, string borne)
    {
        var dossier = Grappe(TypeProjet.MiseEnConformite, Og(1, 8, champ: Champ.PDE));
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(y, m, day), Couloir.MS2)).Evaluate();

        d.AssertOutcome("SONS-05", expected);
        Assert.Contains("couloir MS2", Explications(d, "SONS-05"), System.StringComparison.Ordinal);
        Assert.Contains(borne, Explications(d, "SONS-05"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons05_Ms3Order_ReviewRequiredOpeningNotInTheTexts()
    {
        var dossier = Grappe(TypeProjet.MiseEnConformite, Og(1, 8, champ: Champ.AHI));
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(2023, 3, 1), Couloir.MS3)).Evaluate();

        d.AssertOutcome("SONS-05", Resultat.ReviewRequired);
        Assert.Contains("SONS-05", d.AApprecier);
        Assert.Contains("les textes ne datent pas l'ouverture du couloir MS3", Explications(d, "SONS-05"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons05_Ms3OrderAfterTheClosingDate_NotSatisfied()
    {
        var dossier = Grappe(TypeProjet.MiseEnConformite, Og(1, 8, champ: Champ.AHI));
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(2024, 3, 1), Couloir.MS3)).Evaluate();

        d.AssertOutcome("SONS-05", Resultat.NotSatisfied);
    }

    [Fact]
    public void Sons05_Ms2OpeningUnsetInBareme_ReviewRequired()
    {
        var bareme = Campagnes.Generalisation2022 with { DateOuvertureMs2 = null };
        var dossier = Grappe(TypeProjet.MiseEnConformite, Og(1, 8, champ: Champ.PDS));
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(2023, 3, 1), Couloir.MS2)).Evaluate(bareme);

        d.AssertOutcome("SONS-05", Resultat.ReviewRequired);
    }

    [Fact]
    public void Sons05_OrderWithoutDate_MissingInputDateCommande()
    {
        var dossier = Conformite(8);
        var sansDate = dossier.Commande(0, new LocalDate(2023, 3, 1)) with { DateCommande = null };
        var d = dossier.Commandes(sansDate).Evaluate();

        d.AssertOutcome("SONS-05", Resultat.MissingInput);
        Assert.Contains("dateCommande", d.DonneesManquantes);
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Sons05_Ms2OwnCalendar_UsedInsteadOfMs1s()
    {
        var b = Campagnes.Generalisation2022;
        var bareme = b with { CalendriersSonsMs2 = new[] { new CalendrierSons(new LocalDate(2022, 6, 1), new LocalDate(2022, 12, 31), new LocalDate(2023, 6, 30), "test") } };
        var dossier = Grappe(TypeProjet.MiseEnConformite, Og(1, 8, champ: Champ.PDE));
        var d = dossier.Commandes(dossier.Commande(0, new LocalDate(2023, 1, 2), Couloir.MS2)).Evaluate(bareme);

        d.AssertOutcome("SONS-05", Resultat.NotSatisfied);
        Assert.Contains("après la clôture des commandes du 31/12/2022", Explications(d, "SONS-05"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sons05_NoOrders_NotApplicable()
    {
        var d = Conformite(8).Evaluate();

        d.AssertOutcome("SONS-05", Resultat.NotApplicable);
        d.AssertExplains("SONS-05", "Aucune commande SONS fournie.");
    }

    // ----- SONS-08 / SONS-09

    [Fact]
    public void Sons08_NoInputCarriesTheVa_NotApplicable()
    {
        var d = Conformite(8).Evaluate();

        d.AssertOutcome("SONS-08", Resultat.NotApplicable);
        d.AssertExplains("SONS-08", "CIBLE-03 à CIBLE-05");
    }

    [Fact]
    public void Sons09_PrestationComputed_AlwaysReviewRequired()
    {
        var d = Conformite(8).Evaluate();

        d.AssertOutcome("SONS-09", Resultat.ReviewRequired);
        Assert.Contains("SONS-09", d.AApprecier);
        d.AssertExplains("SONS-09", "réengagement contractuel");
    }
}
