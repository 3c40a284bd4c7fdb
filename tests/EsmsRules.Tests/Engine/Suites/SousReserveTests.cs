using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using EsmsRules.Sources;
using Xunit;
using static EsmsRules.Tests.Engine.Suites.SuitesVerification;

namespace EsmsRules.Tests.Engine.Suites;

/// <summary><c>sousReserve</c>: the most favourable completion of the blocking yes/no inputs, evaluated on changed
/// copies of the dossier with the same rules and barème.</summary>
public class SousReserveTests
{
    [Fact]
    public void SousReserve_Example11_MatureMaitriseOuvrageGives613000Regional()
    {
        var json = Exemple("11-grappe-12-maturite-inconnue");
        var d = Evaluer(json);

        var s = Assert.IsType<SousReserve>(d.SousReserve);
        Assert.Equal(new[] { new Hypothese("$.maitriseOuvrageMature", true) }, s.Hypotheses);
        Assert.True(s.Recevable);
        Assert.Equal(Orientation.Regional, s.Orientation);
        Assert.Equal(613_000m, s.Total);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Theory]
    [InlineData("01-acquisition-46-segur")]
    [InlineData("10-grappe-12-non-mature")]
    public void SousReserve_VerdictKnown_Null(string exemple)
    {
        var d = Evaluer(Exemple(exemple));

        Assert.Null(d.SousReserve);
        Assert.NotNull(d.Remedes);
    }

    [Fact]
    public void SousReserve_EqualTotals_FewestTrueWins()
    {
        // 46 ESSMS of a large OG, representativeness unknown: national (true) and regional (false) give the same
        // total (no small OG, so no regional AMOA): the completion with no true value wins.
        var json = Exemple("01-acquisition-46-segur");
        json["representativiteNationale"] = null;

        var d = Evaluer(json);

        Assert.Null(d.Recevable);
        var s = Assert.IsType<SousReserve>(d.SousReserve);
        Assert.Equal(new[] { new Hypothese("$.representativiteNationale", false) }, s.Hypotheses);
        Assert.Equal(Orientation.Regional, s.Orientation);
        Assert.Equal(989_000m, s.Total);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void SousReserve_EqualTotalsAndTrueCounts_TrueForTheEarlierQuestionWins()
    {
        // 12 ESSMS of a large OG (not small: no AMOA, no equipment), representativeness and maturity unknown: national
        // (rep true, maturity false) and regional with a mature maîtrise d'ouvrage (rep false, maturity true) give the
        // same total with one true each; representativiteNationale comes first in the questions (two rules named it).
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json["representativiteNationale"] = null;
        json["organismesGestionnaires"]![0]!["nombreEssmsFiness"] = 1000;

        var d = Evaluer(json);

        Assert.Equal(new[] { "representativiteNationale", "maitriseOuvrageMature" }, d.Questions.Select(q => q.Champ));
        var s = Assert.IsType<SousReserve>(d.SousReserve);
        Assert.Equal(new[] { new Hypothese("$.representativiteNationale", true), new Hypothese("$.maitriseOuvrageMature", false) }, s.Hypotheses);
        Assert.Equal(Orientation.National, s.Orientation);
        Assert.Equal(12 * (7_000m + 14_500m), s.Total);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void SousReserve_SmallOgRepresentativenessUnknown_RegionalWithMaturityBeatsNational()
    {
        // The same with the small OG of example 11: the regional AMOA makes rep false + maturity true the best.
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json["representativiteNationale"] = null;

        var d = Evaluer(json);

        var s = Assert.IsType<SousReserve>(d.SousReserve);
        Assert.Equal(new[] { new Hypothese("$.representativiteNationale", false), new Hypothese("$.maitriseOuvrageMature", true) }, s.Hypotheses);
        Assert.Equal(613_000m, s.Total);
        VerifierChangements(json.ToJsonString(), d);
    }

    [Fact]
    public void SousReserve_NoCompletionRecevable_Null()
    {
        // 12 ESSMS under the strict minimum (barème switch off), representativeness unknown, filed on 01/09/2022 (in the
        // regional window only): regional (rep false) is refused by GRAPPE-03, national (rep true) by PROJET-07.
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json["representativiteNationale"] = null;
        json["dateDepot"] = "2022-09-01";
        var options = new EvaluationOptions { Bareme = global::EsmsRules.Baremes.Campagnes.Generalisation2022 with { GrappeSousMinimumAdmise = false } };

        var d = Evaluer(json, options);

        Assert.Null(d.Recevable);
        Assert.Equal("representativiteNationale", d.Questions[0].Champ);
        Assert.Null(d.SousReserve);
        Assert.Empty(d.Remedes!);
    }

    [Fact]
    public void SousReserve_BlockingInputNotYesNo_LeftMissing()
    {
        // A rule of one's own that waits for the filing date (not a yes/no fact): it cannot be supposed, so the
        // verdict stays undetermined under every completion of the maturity.
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json.Remove("dateDepot");
        var options = new EvaluationOptions { Regles = JeuDeRegles.ParDefaut.Add(SectionRecevabilite.Identifiant, new DateExigee()) };

        var d = Evaluer(json, options);

        Assert.Equal(new[] { "dateDepot", "maitriseOuvrageMature" }, d.Questions.Select(q => q.Champ));
        Assert.All(d.Questions, q => Assert.True(q.Bloquant));
        Assert.Null(d.SousReserve);
    }

    [Fact]
    public void SousReserve_MoreThanFourBlockingInputs_FirstFourCompleted()
    {
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json["representativiteNationale"] = null;
        json["porteur"]!["soumisCodeCommandePublique"] = null;
        json["porteur"]!["marcheEnCoursMemeObjet"] = null;
        json["editeur"]!["referenceSad"] = null;
        json["editeur"]!["referenceSegur"] = null;
        var suites = new global::EsmsRules.Engine.Suites(JeuDeRegles.ParDefaut, global::EsmsRules.Baremes.Campagnes.Generalisation2022);
        var decision = Evaluer(json, new EvaluationOptions { Remedes = false });

        var d = suites.Completer(decision, Lire(json.ToJsonString()));

        var bloquantes = d.Questions.Where(q => q.Bloquant).ToList();
        Assert.True(bloquantes.Count > 4, string.Join(", ", bloquantes.Select(q => q.Champ)));
        Assert.Equal(16, suites.Evaluations);
        if (d.SousReserve is { } s)
        {
            Assert.Equal(bloquantes.Take(4).SelectMany(q => q.Chemins), s.Hypotheses.Select(h => h.Chemin));
        }
    }

    [Fact]
    public void SousReserve_Budget_StopsEvaluatingWhenSpent()
    {
        var json = Exemple("11-grappe-12-maturite-inconnue");
        json["representativiteNationale"] = null;
        var decision = Evaluer(json, new EvaluationOptions { Remedes = false });
        var suites = new global::EsmsRules.Engine.Suites(JeuDeRegles.ParDefaut, global::EsmsRules.Baremes.Campagnes.Generalisation2022, budget: 2);

        var d = suites.Completer(decision, Lire(json.ToJsonString()));

        Assert.Equal(2, suites.Evaluations);

        // Masks 0 (rep false, maturity false: refused) and 1 (rep true: national, 498 000 €) only.
        Assert.Equal(498_000m, d.SousReserve!.Total);
    }

    [Theory]
    [InlineData(100, 0b01, 100, 0b10, 2, true)]
    [InlineData(100, 0b10, 100, 0b01, 2, false)]
    [InlineData(100, 0b11, 100, 0b01, 2, false)]
    [InlineData(100, 0b00, 100, 0b01, 2, true)]
    [InlineData(99, 0b00, 100, 0b11, 2, false)]
    [InlineData(101, 0b11, 100, 0b00, 2, true)]
    [InlineData(100, 0b0101, 100, 0b0110, 4, true)]
    public void Prefere_TieBreaks_TotalThenFewestTrueThenEarlierQuestionTrue(int totalA, int a, int totalB, int b, int k, bool attendu)
    {
        Assert.Equal(attendu, global::EsmsRules.Engine.Suites.Prefere(totalA, a, totalB, b, k));
    }

    [Fact]
    public void Serialize_SousReserve_WritesTheContractShape()
    {
        var d = Evaluer(Exemple("11-grappe-12-maturite-inconnue"));

        var texte = DecisionJsonWriter.Serialize(d, indented: false, inclureArbre: false);

        Assert.Contains("\"sousReserve\":{\"hypotheses\":[{\"chemin\":\"$.maitriseOuvrageMature\",\"valeur\":true}],\"recevable\":true,\"orientation\":\"regional\",\"total\":613000}", texte, System.StringComparison.Ordinal);
        using var refuse = JsonDocument.Parse(DecisionJsonWriter.Serialize(Evaluer(Exemple("10-grappe-12-non-mature")), inclureArbre: false));
        Assert.Equal(JsonValueKind.Null, refuse.RootElement.GetProperty("sousReserve").ValueKind);
    }

    private static EsmsRules.Model.Dossier Lire(string json)
    {
        Assert.True(DossierJsonReader.TryRead(json, out var dossier, out _));
        return dossier!;
    }

    /// <summary>A rule of one's own that waits for the filing date, blocking.</summary>
    private sealed class DateExigee : Regle
    {
        public DateExigee()
            : base("TEST-01", "Date de dépôt exigée", new[] { Documents.Logigramme.Section() }, new[]
            {
                new Modele("sansDate", Resultat.MissingInput, "Date de dépôt non renseignée."),
                new Modele("date", Resultat.Satisfied, "Date de dépôt renseignée."),
            })
        {
        }

        public override bool PeutBloquer => true;

        public override DecisionNode Evaluate(Faits faits) => faits.Dossier.DateDepot is null
            ? Conclude(faits, Resultat.MissingInput, "sansDate", manquantes: new[] { "dateDepot" }, bloquant: true)
            : Conclude(faits, Resultat.Satisfied, "date");
    }
}
