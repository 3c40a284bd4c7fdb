using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>
/// A worked example of the second payment (RULES.md §5, §6, §10.12), computed by hand.
/// </summary>
/// <remarks>
/// Regional acquisition, one OG (not small) of 16 PA ESSMS, editor Ségur: part ESSMS 16 × 7 000 € = 112 000 €, part
/// éditeur 16 × 14 500 € = 232 000 €, total 344 000 €; first payment 50 % = 172 000,00 €, second 172 000,00 €.
///
/// Measures for three of them (persons, eligible, MSS, DMP, active, with project, with event):
///   E1: 80, 80, 60, 58, 75, 70, 72     E2: 50, 40, 25, 30, 46, 45, 44     E3: 30, 30, 24, 20, 27, 24, 27
/// Aggregate: persons 160, eligible 150, MSS 109, DMP 108, active 148, project 139, event 143.
///   CIBLE-01  109 / 150 = 72,67 % ≥ 70 % (10 900 ≥ 10 500)       CIBLE-02  108 / 150 = 72 % ≥ 70 %
///   CIBLE-03  148 / 160 = 92,5 % ≥ 90 % (14 800 ≥ 14 400)        CIBLE-04  139 / 148 = 93,92 % ≥ 90 % (13 900 ≥ 13 320)
///   CIBLE-05  143 / 148 = 96,62 % ≥ 90 % (14 300 ≥ 13 320)
/// so VERS-03 and VERS-04 hold. Below target, ESSMS by ESSMS:
///   E2 CIBLE-01: 25 / 40 = 62,5 % < 70 %;  E3 CIBLE-02: 20 / 30 = 66,67 % < 70 %;  E3 CIBLE-04: 24 / 27 = 88,89 % < 90 %
///   (E3 CIBLE-03 is exactly 27 / 30 = 90 %: met).
/// VERS-05: expenses 400 000 € ÷ 344 000 € = 116,28 %; without a barème threshold the ARS appreciates (reviewRequired),
/// so the second payment is pending. With a threshold of 80 %: 300 000 € (87,21 %) releases it; 250 000 € (72,67 %)
/// does not.
/// </remarks>
public class SecondVersementExempleTests
{
    private static Dossier Exemple(decimal? depenses)
    {
        var d = Acquisition(16);
        var essms = d.ToutesEssms();
        var mesures = new[]
        {
            new Mesure(essms[0].FinessGeographique, 80, 80, 60, 58, 75, 70, 72),
            new Mesure(essms[1].FinessGeographique, 50, 40, 25, 30, 46, 45, 44),
            new Mesure(essms[2].FinessGeographique, 30, 30, 24, 20, 27, 24, 27),
        };
        return d with { Mesures = mesures, DepensesRealisees = depenses };
    }

    [Fact]
    public void Evaluate_WorkedExampleWithoutThreshold_TargetsMetExpensesToAppreciate()
    {
        var dossier = Exemple(400_000m);
        var d = dossier.Evaluate();
        var e = dossier.ToutesEssms();

        Assert.Equal(344_000m, d.Financement.Total);
        Assert.Equal(new[] { 172_000m, 172_000m }, d.Versements.Select(v => v.Montant));
        var s = d.SecondVersement!;
        Assert.Equal(172_000m, s.Montant);
        Assert.Equal(Resultat.ReviewRequired, s.Resultat);
        Assert.Null(s.Libere);
        Assert.Empty(s.ConditionsNonRemplies);
        Assert.Equal(new[] { "VERS-05" }, s.ConditionsEnAttente);
        Assert.Equal(
            new[] { ("CIBLE-01", 109L, 150L), ("CIBLE-02", 108L, 150L), ("CIBLE-03", 148L, 160L), ("CIBLE-04", 139L, 148L), ("CIBLE-05", 143L, 148L) },
            s.Indicateurs.Select(i => (i.Regle, i.Numerateur, i.Denominateur)));
        Assert.All(s.Indicateurs, i => Assert.True(i.Atteint));
        Assert.Equal(new[] { (e[1].FinessGeographique, "CIBLE-01"), (e[2].FinessGeographique, "CIBLE-02,CIBLE-04") },
            s.EssmsSousCible.Select(x => (x.FinessGeographique, string.Join(",", x.Regles))));
        d.AssertExplains("CIBLE-01", "taux d'usage de la MSS = 109 messages MSS / 150 personnes éligibles au projet d'accueil = 72,67 % ≥ 70 %.");
        d.AssertExplains("CIBLE-03", "= 92,5 % ≥ 90 %.");
        d.AssertExplains("VERS-05", "Dépenses réalisées 400 000 € ÷ subvention 344 000 € = 116,28 %");
        d.AssertExplains("VERS-02", "Second versement : 344 000 € − 172 000,00 € = 172 000,00 €");
        Assert.Contains("VERS-02", d.AApprecier);
        Assert.Contains("VERS-05", d.AApprecier);
        Assert.DoesNotContain(d.ReglesNonSatisfaites, id => id.StartsWith("CIBLE", System.StringComparison.Ordinal) || id.StartsWith("VERS", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(300_000, Resultat.Satisfied, true)]
    [InlineData(275_200, Resultat.Satisfied, true)]   // exactly 80 %
    [InlineData(250_000, Resultat.NotSatisfied, false)]
    public void Evaluate_WorkedExampleWithThreshold_ReleasedOrNot(int depenses, Resultat expected, bool libere)
    {
        var d = Exemple(depenses).Evaluate(Campagnes.Generalisation2022 with { SeuilDepensesRealisees = 0.8m });

        var s = d.SecondVersement!;
        Assert.Equal(expected, s.Resultat);
        Assert.Equal(libere, s.Libere);
        Assert.Equal(libere ? System.Array.Empty<string>() : new[] { "VERS-05" }, s.ConditionsNonRemplies);
        Assert.Equal(libere, !d.ReglesNonSatisfaites.Contains("VERS-02"));
    }

    [Fact]
    public void Evaluate_WorkedExampleWithoutExpenses_PendingOnTheMissingInput()
    {
        var d = Exemple(null).Evaluate();

        Assert.Equal(Resultat.MissingInput, d.SecondVersement!.Resultat);
        Assert.Equal(new[] { "VERS-05" }, d.SecondVersement.ConditionsEnAttente);
        Assert.Equal(new[] { "depensesRealisees" }, d.DonneesManquantes);
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Evaluate_WithoutMeasures_SecondPaymentNotEvaluated()
    {
        var d = Acquisition(16).Evaluate();

        Assert.Equal(Resultat.NotApplicable, d.SecondVersement!.Resultat);
        Assert.Null(d.SecondVersement.Libere);
        Assert.Empty(d.SecondVersement.Indicateurs);
    }

    [Fact]
    public void Serialize_WorkedExample_WritesSecondVersement()
    {
        var json = DecisionJsonWriter.Serialize(Exemple(400_000m).Evaluate());
        var s = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("secondVersement");

        Assert.Equal("reviewRequired", s.GetProperty("resultat").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, s.GetProperty("libere").ValueKind);
        Assert.Equal(72.67m, s.GetProperty("indicateurs")[0].GetProperty("taux").GetDecimal());
        Assert.Equal(2, s.GetProperty("essmsSousCible").GetArrayLength());
    }

    [Fact]
    public void Evaluate_NotRecevable_NoSecondVersement()
    {
        var d = (Acquisition(16) with { MaitriseOuvrageMature = false }).MapEssms((e, i) => i < 2 ? e with { FinancementEsmsNumeriqueAnterieur = true } : e).Evaluate();

        Assert.False(d.Recevable);
        Assert.Null(d.SecondVersement);
    }
}
