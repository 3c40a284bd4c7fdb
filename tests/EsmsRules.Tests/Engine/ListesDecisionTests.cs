using System;
using System.IO;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace EsmsRules.Tests.Engine;

/// <summary>The decision's three lists (<c>reglesNonSatisfaites</c>, <c>aApprecier</c>, <c>donneesManquantes</c>) are
/// read from the tree: each is the union over every rule's outcome node (not a detail), sorted by ordinal and without
/// duplicates, whatever order the walk meets the nodes in.</summary>
public class ListesDecisionTests
{
    private static Arbitrary<string> Dossiers => DossierMutations.ExemplesMutes;

    [Property(MaxTest = 300, QuietOnSuccess = true, Replay = "20261130,7")]
    public Property Decider_GeneratedDossier_ListsAreTheSortedDistinctUnionOverTheRulesNodes() =>
        Prop.ForAll(Dossiers, json =>
        {
            foreach (var explications in new[] { true, false })
            {
                var r = new EsmsEvaluator(new EvaluationOptions { Remedes = false, Explications = explications }).EvaluateJson(json);
                if (!r.IsValid)
                {
                    return;
                }

                var d = r.Decision!;
                var regles = d.Arbre.DescendantsAndSelf().Where(n => n.EstResultatDeRegle).ToList();
                Assert.Equal(Union(regles.Where(n => n.Resultat == Resultat.NotSatisfied).Select(n => n.Regle)), d.ReglesNonSatisfaites);
                Assert.Equal(Union(regles.Where(n => n.Resultat == Resultat.ReviewRequired).Select(n => n.Regle)), d.AApprecier);
                Assert.Equal(Union(regles.Where(n => n.Resultat == Resultat.MissingInput).SelectMany(n => n.DonneesManquantes)), d.DonneesManquantes);
            }
        });

    [Fact]
    public void Decider_FieldsAndIdsNamedSeveralTimesOutOfOrder_OnceEachSortedByOrdinal()
    {
        // Rules of one's own met in this order: "x" and "a" missing, then "x" again; ARS-03 then ARS-00 not satisfied
        // (none of them blocks). The lists are unions, sorted by ordinal.
        var jeu = JeuDeRegles.ParDefaut
            .Add("RECEVABILITE", new Fixe("ARS-01", Resultat.MissingInput, "x", "a"))
            .Add("RECEVABILITE", new Fixe("ARS-02", Resultat.MissingInput, "x"))
            .Add("RECEVABILITE", new Fixe("ARS-03", Resultat.NotSatisfied))
            .Add("RECEVABILITE", new Fixe("ARS-00", Resultat.NotSatisfied))
            .Add("RECEVABILITE", new Fixe("ARS-05", Resultat.ReviewRequired))
            .Add("RECEVABILITE", new Fixe("ARS-04", Resultat.ReviewRequired));
        var d = new EsmsEvaluator(new EvaluationOptions { Regles = jeu, Remedes = false }).EvaluateJson(File.ReadAllText(DossierMutations.Exemples[0])).GetDecisionOrThrow();

        Assert.Equal(new[] { "a", "x" }, d.DonneesManquantes);
        Assert.Equal(new[] { "ARS-00", "ARS-03" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "ARS-04", "ARS-05" }, d.AApprecier.Where(id => id.StartsWith("ARS-", StringComparison.Ordinal)));
        Assert.Equal(d.AApprecier.OrderBy(x => x, StringComparer.Ordinal), d.AApprecier);
    }

    [Fact]
    public void Decider_RuleNestingRuleOutcomesInAReadOnlyCollection_TheirFieldsAreListed()
    {
        // Children given as another list than an array or a List<T> (a rule of one's own may): still walked.
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new Englobante());
        var d = new EsmsEvaluator(new EvaluationOptions { Regles = jeu, Remedes = false }).EvaluateJson(File.ReadAllText(DossierMutations.Exemples[0])).GetDecisionOrThrow();

        Assert.Equal(new[] { "a", "x" }, d.DonneesManquantes);
        Assert.IsType<System.Collections.ObjectModel.ReadOnlyCollection<DecisionNode>>(d.Arbre.Find("ARS-10")!.Enfants);
    }

    /// <summary>A rule whose node holds two rules' outcomes missing "x" then "a", in a read-only collection.</summary>
    private sealed class Englobante : Regle
    {
        private readonly Fixe _x = new("ARS-11", Resultat.MissingInput, "x");
        private readonly Fixe _a = new("ARS-12", Resultat.MissingInput, "a");

        public Englobante()
            : base("ARS-10", "Règle englobante", new[] { Documents.AppelAProjets.Section() }, new[] { new Modele("groupe", Resultat.NotApplicable, "Groupe.") })
        {
        }

        public override DecisionNode Evaluate(Faits faits) =>
            Conclude(faits, Resultat.NotApplicable, "groupe", enfants: Array.AsReadOnly(new[] { _x.Evaluate(faits), _a.Evaluate(faits) }));
    }

    /// <summary>A rule of one's own with a fixed outcome (not blocking), naming the fields it misses.</summary>
    private sealed class Fixe : Regle
    {
        private readonly Resultat _resultat;
        private readonly string[] _manquantes;

        public Fixe(string id, Resultat resultat, params string[] manquantes)
            : base(id, "Règle fixe " + id, new[] { Documents.AppelAProjets.Section("calendrier régional") },
                new[] { new Modele("fixe", resultat, "Issue fixe.") })
        {
            _resultat = resultat;
            _manquantes = manquantes;
        }

        public override DecisionNode Evaluate(Faits faits) =>
            Conclude(faits, _resultat, "fixe", manquantes: _manquantes.Length == 0 ? null : _manquantes);
    }

    private static string[] Union(System.Collections.Generic.IEnumerable<string> ids) =>
        ids.Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
}
