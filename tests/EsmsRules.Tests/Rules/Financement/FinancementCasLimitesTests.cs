using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>
/// Edges of the funding rules that the mutation run of 30/11/2026 found unasserted (docs/mutation.md): which OG is the
/// smallest, who shares the quote, the cents of the split, the order of a mise en conformité with rules removed, the
/// texts of the small OGs, the figures a quoting screen reads.
/// </summary>
public class FinancementCasLimitesTests
{
    private static readonly SectionFinancement Section = new();

    private static Faits Avant(Dossier dossier, Bareme? bareme = null) => SectionFinancementTests.Avant(dossier, bareme);

    private static FaitsOg Og(int index, int retenus) => new(FundingBuilders.Og(index + 1, Math.Max(retenus, 1)), index, retenus, Math.Min(retenus, 49));

    /// <summary>OG 1: 20 ESSMS; OG 2: 10, 40 in FINESS; OG 3: 5 ESSMS all excluded, 30 in FINESS.</summary>
    private static Dossier TroisOgDontUnSansRetenu()
    {
        var d = Grappe(TypeProjet.Acquisition,
            DossierBuilder.Og(1, 20, nombreEssmsFiness: 60),
            DossierBuilder.Og(2, 10, nombreEssmsFiness: 40, firstSerial: 100),
            DossierBuilder.Og(3, 5, nombreEssmsFiness: 30, firstSerial: 200));
        return d.MapEssms((e, i) => i >= 30 ? e with { FinancementEsmsNumeriqueAnterieur = true } : e);
    }

    [Fact]
    public void PetitOg01_NoSmallOg_SmallestOgWithRetainedEssmsNamed()
    {
        // OG 3 is smaller in FINESS (30) but has no retained ESSMS: the distance is counted from OG 2 (40).
        var noeud = Section.Evaluate(Avant(TroisOgDontUnSansRetenu())).Noeud.Find(PetitOg01.Identifiant)!;

        Assert.Equal(Resultat.NotApplicable, noeud.Resultat);
        Assert.Equal(40m, noeud.Chiffre("plusPetit").Nombre);
    }

    [Fact]
    public void Etablir_OgWithoutRetainedEssms_NeverSmall()
    {
        // An OG small in FINESS whose ESSMS are all excluded takes no small-OG money.
        var d = Grappe(TypeProjet.Acquisition, DossierBuilder.Og(1, 20), DossierBuilder.Og(2, 3, nombreEssmsFiness: 3, firstSerial: 100))
            .MapEssms((e, i) => i >= 20 ? e with { FinancementEsmsNumeriqueAnterieur = true } : e);

        Assert.Equal(new[] { false, false }, SectionFinancement.Etablir(Avant(d)).PetitsOg);
    }

    [Fact]
    public void PetitOg01_SmallOgsAtAndBelowTheThreshold_EachWithItsCountAndDistance()
    {
        // Threshold 15 counted inclusively: OG 2 is at it with 2 retained, OG 3 five below with 1 retained.
        var d = Grappe(TypeProjet.Acquisition,
            DossierBuilder.Og(1, 20, nombreEssmsFiness: 60),
            DossierBuilder.Og(2, 2, nombreEssmsFiness: 15, firstSerial: 100),
            DossierBuilder.Og(3, 1, nombreEssmsFiness: 10, firstSerial: 200));

        var noeud = Section.Evaluate(Avant(d, Campagnes.Generalisation2022 with { SeuilPetitOgInclus = true })).Noeud.Find(PetitOg01.Identifiant)!;

        Assert.Contains("(15 ESSMS en FINESS, 2 retenus ; au seuil)", noeud.Explication, StringComparison.Ordinal);
        Assert.Contains("(10 ESSMS en FINESS, 1 retenu ; 5 sous le seuil)", noeud.Explication, StringComparison.Ordinal);
    }

    [Fact]
    public void Fin05_QuoteBelowCeilingWithAnOgWithoutRetainedEssms_OnlyTheOgsWithEssmsShare()
    {
        var noeud = Section.Evaluate(Avant(TroisOgDontUnSansRetenu().Devis(100_000m))).Noeud.Find(Fin05.Identifiant)!;

        Assert.Equal("devis.repartition", noeud.Motif);
        Assert.Equal(2m, noeud.Chiffre("ogs").Nombre);
        Assert.Equal(2, noeud.Chiffre("parts").Elements.Count);
    }

    [Fact]
    public void Fin05_QuoteEqualToTheCeiling_TheCeilingNotASplit()
    {
        // 20 ESSMS, Ségur: ceiling 20 × 14 500 = 290 000 €; a quote of exactly that is the ceiling case.
        var noeud = Section.Evaluate(Avant(Acquisition(20).Segur().Devis(290_000m))).Noeud.Find(Fin05.Identifiant)!;

        Assert.Equal("plafond", noeud.Motif);
        Assert.Equal(290_000m, noeud.Montant);
    }

    [Fact]
    public void Fin05_NoQuote_PartEditeurFigureIsTheCeiling()
    {
        var noeud = Section.Evaluate(Avant(Acquisition(20).Segur())).Noeud.Find(Fin05.Identifiant)!;

        Assert.Equal("sansDevis", noeud.Motif);
        Assert.Equal(290_000m, noeud.Chiffre("partEditeur").Nombre);
        Assert.Equal(290_000m, noeud.Chiffre("plafond").Nombre);
    }

    [Fact]
    public void Fin01_SixtyEssms_FigureNCountsBothRates()
    {
        var noeud = Section.Evaluate(Avant(Acquisition(60))).Noeud.Find(Fin01.Identifiant)!;

        Assert.Equal(60m, noeud.Chiffre("n").Nombre);
        Assert.Equal(49m, noeud.Chiffre("plein").Nombre);
        Assert.Equal(11m, noeud.Chiffre("reduit").Nombre);
    }

    [Fact]
    public void Fin06_OneEssms_ItsOwnSentence()
    {
        var noeud = Section.Evaluate(Avant(Grappe(TypeProjet.Acquisition, FundingBuilders.Og(1, 1)))).Noeud.Find(Fin06.Identifiant)!;

        Assert.Equal("unSeul", noeud.Motif);
    }

    [Fact]
    public void Fin03_FourThousandReading_ItsOwnSentence()
    {
        var bareme = Campagnes.Generalisation2022 with { LectureFin03 = LectureFin03.QuatreMille };

        var noeud = Section.Evaluate(Avant(Acquisition(20).Segur(), bareme)).Noeud.Find(Fin03.Identifiant)!;

        Assert.Equal("quatreMille.tarifPlein", noeud.Motif);
    }

    [Fact]
    public void Fin04_SeveralEssmsWithoutDui_EachNamed()
    {
        var d = Conformite(20).MapEssms((e, i) => i is 0 or 3 ? e with { EquipeDui = false } : e);
        var attendus = new[] { d.ToutesEssms()[0].FinessGeographique.Value, d.ToutesEssms()[3].FinessGeographique.Value };

        var noeud = Section.Evaluate(Avant(d)).Noeud.Find(Fin04.Identifiant)!;

        Assert.Equal(2m, noeud.Chiffre("sansDui").Nombre);
        Assert.All(attendus, f => Assert.Contains(f, noeud.Explication, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SonsOnlyGrappeRefused_NotRecevableSentence()
    {
        var faits = Avant(Acquisition(20));
        faits = faits with { Grappe = faits.GrappeEtablie with { SonsUniquement = true }, Verdict = new FaitsVerdict(false) };

        Assert.Equal("nonRecevable", Section.Evaluate(faits).Noeud.Motif);
    }

    [Theory]
    [InlineData("FIN-01")]
    [InlineData("FIN-04")]
    public void Evaluate_ConformiteWithFin01OrFin04Removed_OtherRulesInCatalogueOrder(string retiree)
    {
        var section = new SectionFinancement(Section.Regles.Where(r => r.Id != retiree));

        var ids = section.Evaluate(Avant(Conformite(20))).Noeud.Enfants.Select(n => n.Regle);

        Assert.Equal(section.Regles.Select(r => r.Id), ids);
    }

    [Fact]
    public void Evaluate_ConformiteWithoutFin01AndFin04Last_OrderAsGiven()
    {
        // Without FIN-01 there is nothing to move FIN-04 before, wherever FIN-04 stands.
        var regles = Section.Regles.Where(r => r.Id != Fin01.Identifiant && r.Id != Fin04.Identifiant).Append(Section.Regles.Single(r => r.Id == Fin04.Identifiant)).ToList();
        var section = new SectionFinancement(regles);

        var ids = section.Evaluate(Avant(Conformite(20))).Noeud.Enfants.Select(n => n.Regle);

        Assert.Equal(regles.Select(r => r.Id), ids);
    }

    [Fact]
    public void Evaluate_TwoRulesOnOneLine_TheirAmountsAddUp()
    {
        // A regional ceiling added after FIN-03 on the same line: the part éditeur is the sum of both ceilings.
        var regles = Section.Regles.ToList();
        regles.Insert(regles.FindIndex(r => r.Id == Fin03.Identifiant) + 1, new PlafondFixe());
        var section = new SectionFinancement(regles);

        var noeud = section.Evaluate(Avant(Acquisition(20).Segur())).Noeud;

        Assert.Equal(290_000m + 1_000m, noeud.Find(Fin05.Identifiant)!.Montant);
    }

    [Fact]
    public void Repartir_CeilingsAddUpToZero_NothingAndNoDivision()
    {
        Assert.Equal(new[] { 0m, 0m }, Fin05.Repartir(new[] { Og(0, 3), Og(1, 2) }, new[] { 0m, 0m }, 0m));
    }

    [Fact]
    public void Repartir_LeftCentTiedWithAnOgWithoutEssms_GoesToTheFirstOgWithEssms()
    {
        // One cent for two OGs of 0,01 € each: both remainders 1, the first listed OG with ESSMS gets it, never OG 0.
        Assert.Equal(new[] { 0m, 0.01m, 0m }, Fin05.Repartir(new[] { Og(0, 0), Og(1, 1), Og(2, 1) }, new[] { 0m, 0.01m, 0.01m }, 0.01m));
    }

    [Fact]
    public void Repartir_BadArguments_ArgumentExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => Fin05.Repartir(null!, new[] { 1m }, 1m));
        Assert.Throws<ArgumentNullException>(() => Fin05.Repartir(new[] { Og(0, 1) }, null!, 1m));
        Assert.Contains("1 plafonds pour 2 OG", Assert.Throws<ArgumentException>(() => Fin05.Repartir(new[] { Og(0, 1), Og(1, 1) }, new[] { 1m }, 1m)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FaitsFinancement_BadArguments_ArgumentExceptions()
    {
        var ogs = new[] { Og(0, 1) };

        Assert.Contains("2 indications de petit OG pour 1 OG", Assert.Throws<ArgumentException>(() => new FaitsFinancement(ogs, new[] { true, false })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new FaitsFinancement(ogs, new[] { false }).Avec(null!));
    }

    [Fact]
    public void ParRang_NoTariff_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => PlafondFixe.ParRangSansTarif(Avant(Acquisition(20))));
    }

    /// <summary>An ARS's flat 1 000 € added to the ceiling of the part éditeur.</summary>
    private sealed class PlafondFixe : RegleFinancement
    {
        public PlafondFixe()
            : base("OCC-09", "Complément régional du plafond", new[] { EsmsRules.Sources.Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("plafond", Resultat.Satisfied, "{plafond}.") }, LigneFinancement.PlafondEditeur)
        {
        }

        public static void ParRangSansTarif(Faits faits) => ParRang(faits, null!);

        public override Allocation Allocate(Faits faits) =>
            new(Conclude(faits, Resultat.Satisfied, "plafond", new[] { Chiffre.Euros("plafond", 1_000m) }, 1_000m), new[] { 1_000m });
    }
}
