using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EsmsRules.Baremes;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using EsmsRules.Tests.Engine.Suites;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace EsmsRules.Tests.Properties;

/// <summary>Questions, sousReserve and remedies on generated dossiers (the worked examples with facts flipped, nulled,
/// removed or changed): the questions name exactly the missing inputs; every remedy and the sousReserve, applied to the
/// dossier's JSON and evaluated, give what they announce; the remedies are ordered; at most 32 evaluations.</summary>
public class SuitesPropertyTests
{
    private static Arbitrary<string> Dossiers => DossierMutations.ExemplesMutes;

    [Property(MaxTest = 400, QuietOnSuccess = true, Replay = "20261201,1")]
    public Property Questions_GeneratedDossier_FieldsAreExactlyTheMissingInputs() =>
        Prop.ForAll(Dossiers, json =>
        {
            var r = new EsmsEvaluator(new EvaluationOptions { Remedes = false }).EvaluateJson(json);
            if (!r.IsValid)
            {
                return;
            }

            var d = r.Decision!;
            Assert.Equal(d.DonneesManquantes, d.Questions.Select(q => q.Champ).OrderBy(c => c, StringComparer.Ordinal));
            Assert.All(d.Questions, q => Assert.NotEmpty(q.Chemins));
            Assert.All(d.Questions, q => Assert.NotEmpty(q.Regles));
            Assert.Equal(d.Questions.OrderBy(q => q, Comparer.Instance), d.Questions);
            Assert.Equal(d.Recevable is null, d.Questions.Any(q => q.Bloquant) && !d.ReglesNonSatisfaites.Any(Bloquante(d)));
        });

    [Property(MaxTest = 300, QuietOnSuccess = true, Replay = "20261201,3")]
    public Property Remedes_GeneratedDossier_ApplyingEachChangeGivesItsVerdictAndTotal() =>
        Prop.ForAll(Dossiers, json =>
        {
            var r = EsmsEvaluator.Default.EvaluateJson(json);
            if (!r.IsValid)
            {
                return;
            }

            var d = r.Decision!;
            Assert.NotNull(d.Remedes);
            SuitesVerification.VerifierChangements(json, d);
            Assert.True(d.SousReserve is null || d.Recevable is null);
            Assert.All(d.Remedes!, x => Assert.True(x.Recevable));
            for (var i = 1; i < d.Remedes!.Count; i++)
            {
                var (a, b) = (d.Remedes[i - 1], d.Remedes[i]);
                Assert.True(a.Modifications.Count < b.Modifications.Count || (a.Modifications.Count == b.Modifications.Count && a.Total >= b.Total),
                    string.Join(" | ", d.Remedes.Select(x => $"{x.Modifications.Count} {x.Total}")));
            }
        });

    [Property(MaxTest = 300, QuietOnSuccess = true, Replay = "20261201,5")]
    public Property Suites_GeneratedDossier_AtMost32Evaluations() =>
        Prop.ForAll(Dossiers, json =>
        {
            var r = new EsmsEvaluator(new EvaluationOptions { Explications = false, Remedes = false }).EvaluateJson(json);
            if (!r.IsValid)
            {
                return;
            }

            Assert.True(DossierJsonReader.TryRead(json, out var dossier, out _));
            BaremeCatalogue.Embedded.TrySelect(dossier!.Campagne, null, out var selection);
            var suites = new global::EsmsRules.Engine.Suites(JeuDeRegles.ParDefaut, selection.Bareme);
            var d = suites.Completer(r.Decision!, dossier);
            Assert.InRange(suites.Evaluations, 0, global::EsmsRules.Engine.Suites.EvaluationsMax);
            Assert.Equal(EsmsEvaluator.Default.EvaluateJson(json).Decision!.Remedes, d.Remedes);
        });

    /// <summary>Whether a rule id of the decision's refusals is a blocking one (its node holds the verdict).</summary>
    private static Func<string, bool> Bloquante(EsmsRules.Decisions.Decision d) =>
        id => d.Arbre.DescendantsAndSelf().Any(n => n.Regle == id && n.Bloquant && n.Resultat == EsmsRules.Decisions.Resultat.NotSatisfied);

    private sealed class Comparer : System.Collections.Generic.IComparer<EsmsRules.Decisions.Question>
    {
        public static readonly Comparer Instance = new();

        public int Compare(EsmsRules.Decisions.Question? x, EsmsRules.Decisions.Question? y) =>
            x!.Bloquant != y!.Bloquant ? (x.Bloquant ? -1 : 1)
            : x.Regles.Count != y.Regles.Count ? y.Regles.Count - x.Regles.Count
            : string.CompareOrdinal(x.Champ, y.Champ);
    }
}
