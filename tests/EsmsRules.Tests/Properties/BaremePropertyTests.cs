using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using FsCheck.Xunit;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Properties;

/// <summary>
/// Properties of the barème over generated grappes (FsCheck 3, ≤ 200 runs, ≤ 200 ESSMS): totals are sums of per-rank
/// rates, the n → n + 1 increment, Ségur ≥ SAD, the quote cap, the SONS grid, the payment splits, and the effect of
/// excluding an ESSMS.
/// </summary>
public class BaremePropertyTests
{
    private static readonly Bareme B = Campagnes.Generalisation2022;

    private static Decision Eval(GrappeSpec g) => g.Build().Evaluate(FundingGenerators.SansExplications);

    private static TarifParRang TarifEssms(TypeProjet t) => t == TypeProjet.Acquisition ? B.PartEssmsAcquisition : B.PartEssmsConformite;

    private static TarifParRang TarifEditeur(bool segur) => segur ? B.PartEditeurSegur : B.PartEditeurSad;

    [Property(MaxTest = 200, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.Grappes) })]
    public void Financement_AnyGrappe_TotalsEqualSumOfPerRankAmounts(GrappeSpec g)
    {
        var d = Eval(g);
        var f = d.Financement;
        Assert.True(d.Recevable == true || g.Type == TypeProjet.MiseEnConformite && g.N == 1, $"not recevable: {g}");

        if (d.Orientation == Orientation.SonsUniquement)
        {
            Assert.Equal(0m, f.Total);
            return;
        }

        var acquisition = g.Type == TypeProjet.Acquisition;
        var plafond = acquisition ? SommeRangs(TarifEditeur(g.Segur), 1, g.N) : 0m;
        Assert.Equal(SommeRangs(TarifEssms(g.Type), 1, g.N), f.PartEssms);
        Assert.Equal(g.Devis is null ? plafond : Math.Min(plafond, acquisition ? g.Devis.Value : plafond), f.PartEditeur);
        Assert.Equal(f.PartEssms + f.PartEditeur + f.Equipements + f.AmoaMarche + f.AmoaProjet, f.Total);

        // Per OG: its own ESSMS at their ranks; shares + project-level amounts = total.
        var rang = 1;
        for (var i = 0; i < g.Ogs.Count; i++)
        {
            var og = f.ParOrganisme[i];
            Assert.Equal(SommeRangs(TarifEssms(g.Type), rang, g.Ogs[i].Taille), og.PartEssms);
            if (acquisition && (g.Devis is null || g.Devis.Value >= plafond))
            {
                Assert.Equal(SommeRangs(TarifEditeur(g.Segur), rang, g.Ogs[i].Taille), og.PartEditeur);
            }

            Assert.Equal(og.PartEssms + og.PartEditeur + og.Equipements, og.Total);
            rang += g.Ogs[i].Taille;
        }

        Assert.Equal(f.PartEssms, f.ParOrganisme.Sum(o => o.PartEssms));
        Assert.Equal(f.PartEditeur, f.ParOrganisme.Sum(o => o.PartEditeur));
        Assert.Equal(f.Equipements, f.ParOrganisme.Sum(o => o.Equipements));
        Assert.Equal(f.Total, f.ParOrganisme.Sum(o => o.Total) + f.AmoaMarche + f.AmoaProjet);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.SansDevis) })]
    public void Financement_NToNPlusOne_AddsExactlyTheRateOfRankNPlusOne(GrappeSpec g)
    {
        var avant = Eval(g);
        var apres = Eval(g.PlusUn());
        if (avant.Orientation == Orientation.SonsUniquement)
        {
            return; // n = 1 mise en conformité: no ESMS numérique funding (GRAPPE-02).
        }

        var rang = g.N + 1;
        Assert.Equal(Taux(TarifEssms(g.Type), rang), apres.Financement.PartEssms - avant.Financement.PartEssms);
        var editeur = g.Type == TypeProjet.Acquisition ? Taux(TarifEditeur(g.Segur), rang) : 0m;
        Assert.Equal(editeur, apres.Financement.PartEditeur - avant.Financement.PartEditeur);
    }

    [Fact]
    public void Financement_NToNPlusOne_RateDropsOnlyAtThe50thRank()
    {
        // Deterministic companion: the increment is 7 000 / 14 500 € up to rank 49 and 2 000 / 3 000 € from rank 50.
        for (var n = 47; n <= 52; n++)
        {
            var avant = Acquisition(n).Evaluate(FundingGenerators.SansExplications).Financement;
            var apres = Acquisition(n + 1).Evaluate(FundingGenerators.SansExplications).Financement;
            var plein = n + 1 < 50;
            Assert.Equal(plein ? 7_000m : 2_000m, apres.PartEssms - avant.PartEssms);
            Assert.Equal(plein ? 14_500m : 3_000m, apres.PartEditeur - avant.PartEditeur);
        }
    }

    [Property(MaxTest = 200, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.Acquisitions) })]
    public void PartEditeur_SegurEditor_NeverLessThanSadOnly(GrappeSpec g)
    {
        var segur = Eval(g with { Segur = true }).Financement;
        var sad = Eval(g with { Segur = false }).Financement;

        Assert.True(segur.PartEditeur >= sad.PartEditeur, $"{segur.PartEditeur} < {sad.PartEditeur}");
        Assert.True(segur.Total >= sad.Total, $"{segur.Total} < {sad.Total}");
        Assert.Equal(sad.PartEssms + sad.Equipements + sad.AmoaMarche + sad.AmoaProjet,
            segur.PartEssms + segur.Equipements + segur.AmoaMarche + segur.AmoaProjet);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.Acquisitions) })]
    public void PartEditeur_AnyQuote_NeverExceedsQuoteOrCeiling(GrappeSpec g)
    {
        var f = Eval(g).Financement;
        var plafond = SommeRangs(TarifEditeur(g.Segur), 1, g.N);

        Assert.True(f.PartEditeur <= plafond, $"{f.PartEditeur} > ceiling {plafond}");
        if (g.Devis is not null)
        {
            Assert.True(f.PartEditeur <= g.Devis.Value, $"{f.PartEditeur} > quote {g.Devis}");
        }

        Assert.All(f.ParOrganisme, o =>
        {
            Assert.True(o.PartEditeur >= 0m);
            Assert.Equal(o.PartEditeur, Math.Round(o.PartEditeur, 2));
        });
        Assert.Equal(f.PartEditeur, f.ParOrganisme.Sum(o => o.PartEditeur));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.TaillesSons) })]
    public void Sons_PerEssmsAmount_NonIncreasingAndJumpsOnlyAtTrancheBounds(int k)
    {
        int[] sauts = { 2, 5, 11, 20, 100 };
        var a = Assert.Single(Conformite(k).Evaluate(FundingGenerators.SansExplications).PrestationSegur);
        var b = Assert.Single(Conformite(k + 1).Evaluate(FundingGenerators.SansExplications).PrestationSegur);

        Assert.True(b.MontantParEssms <= a.MontantParEssms, $"{k}: {a.MontantParEssms} → {b.MontantParEssms}");
        Assert.Equal(sauts.Contains(k + 1), b.MontantParEssms != a.MontantParEssms);
        Assert.Equal(k * a.MontantParEssms, a.Total);
    }

    [Fact]
    public void Sons_TranchePour_NonIncreasingOverOneToThousand()
    {
        int[] sauts = { 2, 5, 11, 20, 100 };
        for (var k = 1; k < 1_000; k++)
        {
            var a = B.TranchePour(k).MontantParEssms;
            var b = B.TranchePour(k + 1).MontantParEssms;
            Assert.True(b <= a);
            Assert.Equal(sauts.Contains(k + 1), a != b);
        }
    }

    [Property(MaxTest = 200, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.Grappes) })]
    public void Versements_AnyGrappe_FirstPlusSecondEqualsTotalToTheCent(GrappeSpec g)
    {
        var d = Eval(g);
        var total = d.Financement.Total;
        if (total == 0m)
        {
            Assert.Empty(d.Versements);
            return;
        }

        Assert.Equal(2, d.Versements.Count);
        var (premier, second) = (d.Versements[0].Montant, d.Versements[1].Montant);
        Assert.Equal(total, premier + second);
        Assert.Equal(Math.Round(total / 2m, 2, MidpointRounding.AwayFromZero), premier);
        Assert.Equal(premier, Math.Round(premier, 2));
        Assert.True(premier - second is 0m or 0.01m, $"{premier} / {second}");
    }

    [Property(MaxTest = 100, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.Conformites) })]
    public void Sons_AnyConformite_AdvancePlusBalanceEqualsTotalAndCountsAddUp(GrappeSpec g)
    {
        var d = Eval(g);
        var p = d.PrestationSegur;

        Assert.Equal(g.Ogs.Count, p.Count);
        Assert.Equal(g.N, p.Sum(x => x.NombreEssms));
        Assert.All(p, x =>
        {
            Assert.Equal(x.Total, x.Avance + x.Solde);
            Assert.Equal(x.NombreEssms * B.TranchePour(x.NombreEssms).MontantParEssms, x.Total);
            Assert.Equal(Math.Round(x.Total * 0.3m, 2, MidpointRounding.AwayFromZero), x.Avance);
        });
    }

    [Property(MaxTest = 200, QuietOnSuccess = true, Arbitrary = new[] { typeof(FundingArbitraries.GrappeEtEssms) })]
    public void Exclusion_IneligibleEssms_NeverRaisesProjectAmountsOrEquipment((GrappeSpec Grappe, int Index) x)
    {
        var avant = Eval(x.Grappe);
        var apres = x.Grappe.Build().Exclure(x.Index).Evaluate(FundingGenerators.SansExplications);
        var (fa, fb) = (avant.Financement, apres.Financement);

        Assert.Equal(avant.EssmsRetenus - 1, apres.EssmsRetenus);
        Assert.True(fb.PartEssms <= fa.PartEssms, $"part ESSMS {fa.PartEssms} → {fb.PartEssms}");
        Assert.True(fb.PartEditeur <= fa.PartEditeur, $"part éditeur {fa.PartEditeur} → {fb.PartEditeur}");
        Assert.True(fb.Equipements <= fa.Equipements, $"équipements {fa.Equipements} → {fb.Equipements}");
        for (var i = 0; i < fa.ParOrganisme.Count; i++)
        {
            Assert.True(fb.ParOrganisme[i].Equipements <= fa.ParOrganisme[i].Equipements);
        }

        // AMOA (PETITOG-02/03) is regional only: it can appear when n drops from 50 to 49 (see the Fact below).
        if (avant.Orientation == apres.Orientation)
        {
            Assert.True(fb.AmoaMarche <= fa.AmoaMarche);
            Assert.True(fb.AmoaProjet <= fa.AmoaProjet);
            Assert.True(fb.Total <= fa.Total, $"total {fa.Total} → {fb.Total}");
        }

        // SONS: the count of each OG never rises (its amount may: the grid is not marginal, see below).
        foreach (var pb in apres.PrestationSegur)
        {
            var pa = avant.PrestationSegur.Single(p => p.FinessJuridique == pb.FinessJuridique);
            Assert.True(pb.NombreEssms <= pa.NombreEssms);
        }
    }

    // Where "excluding an ineligible ESSMS never raises any amount" does not hold, by RULES.md itself.

    [Fact]
    public void Exclusion_From50To49WithSmallOg_RegionalAmoaRaisesTotal()
    {
        // n = 50 → national (ORIENT-01), no PETITOG-02/03 ("Regional projects"); n = 49 → regional, 115 000 € of AMOA.
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 8, petit: true), Og(2, 42));
        var avant = dossier.Evaluate();
        var apres = dossier.Exclure(8).Evaluate();

        Assert.Equal((Orientation.National, 1_218_500m), (avant.Orientation!.Value, avant.Financement.Total));
        Assert.Equal((Orientation.Regional, 1_328_500m), (apres.Orientation!.Value, apres.Financement.Total));
        Assert.Equal(115_000m, apres.Financement.AmoaMarche + apres.Financement.AmoaProjet);
    }

    [Fact]
    public void Exclusion_SonsOgFrom5To4_TrancheBRaisesTheOgsTotal()
    {
        // SONS-06 is a grid: 5 × 2 190 = 10 950 € (C) but 4 × 2 920 = 11 680 € (B).
        var avant = Assert.Single(Conformite(5).Evaluate().PrestationSegur);
        var apres = Assert.Single(Conformite(5).Exclure(0).Evaluate().PrestationSegur);

        Assert.Equal((10_950m, 11_680m), (avant.Total, apres.Total));
    }

    [Fact]
    public void Exclusion_InAnEarlierOg_ShiftsRanksAndRaisesALaterOgsShare()
    {
        // §10.5: OG 2 holds ranks 31–60 (19 full, 11 reduced); excluding one ESSMS of OG 1 moves it to 30–59 (20, 10).
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 30), Og(2, 30));
        var avant = dossier.Evaluate().Financement.ParOrganisme[1];
        var apres = dossier.Exclure(0).Evaluate().Financement.ParOrganisme[1];

        Assert.Equal((155_000m, 308_500m), (avant.PartEssms, avant.PartEditeur));
        Assert.Equal((160_000m, 320_000m), (apres.PartEssms, apres.PartEditeur));
    }

    [Fact]
    public void Exclusion_UnderACappingQuote_RaisesTheOtherOgsShare()
    {
        // §10.6: the quote is split by ceilings; OG 2 losing an ESSMS gives OG 1 a larger share of the same quote:
        // 145 000 × 100 000 ÷ 290 000 = 50 000 € → 145 000 × 100 000 ÷ 275 500 = 52 631,578… → 52 631,58 €.
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 10), Og(2, 10)).Devis(100_000m);

        Assert.Equal(50_000m, dossier.Evaluate().Financement.ParOrganisme[0].PartEditeur);
        Assert.Equal(52_631.58m, dossier.Exclure(19).Evaluate().Financement.ParOrganisme[0].PartEditeur);
    }
}
