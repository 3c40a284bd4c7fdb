using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>Rules that read the nodes of other rules of their section: evaluated after them, placed where they stand.</summary>
public class RegleSurNoeudsTests
{
    private static readonly Faits F = new(FundingBuilders.Acquisition(15), Campagnes.Generalisation2022);

    [Fact]
    public void EvaluerDansLOrdre_ReaderListedBeforeWhatItReads_EvaluatedAfterAndPlacedFirst()
    {
        var noeuds = RegleSurNoeuds.EvaluerDansLOrdre(new Regle[] { new Lectrice("B", "A"), new Source("A", 42m), new Source("C", 1m) }, F);

        Assert.Equal(new[] { "B", "A", "C" }, noeuds.Select(n => n.Regle));
        Assert.Equal(42m, noeuds[0].Montant);
    }

    [Fact]
    public void EvaluerDansLOrdre_ChainOfReaders_EachReadsTheOneBefore()
    {
        var noeuds = RegleSurNoeuds.EvaluerDansLOrdre(new Regle[] { new Lectrice("C", "B"), new Lectrice("B", "A"), new Source("A", 7m) }, F);

        Assert.Equal(new decimal?[] { 7m, 7m, 7m }, noeuds.Select(n => n.Montant));
    }

    [Fact]
    public void EvaluerDansLOrdre_ReadRuleExcluded_ReaderReadsNothing()
    {
        var noeuds = RegleSurNoeuds.EvaluerDansLOrdre(new Regle[] { new Lectrice("B", "A"), new Source("A", 42m) }, F, r => r.Id == "A");

        Assert.Equal(new[] { "B" }, noeuds.Select(n => n.Regle));
        Assert.Null(noeuds[0].Montant);
    }

    [Fact]
    public void EvaluerDansLOrdre_SameRulesWithAndWithoutExclusion_EachCallReadsWhatItsExclusionLeaves()
    {
        // The order is computed once per rule list and set of rules skipped: alternating must not mix them up.
        var regles = new Regle[] { new Lectrice("B", "A"), new Source("A", 42m) };

        var montants = new[] { true, false, true, false }
            .Select(exclure => RegleSurNoeuds.EvaluerDansLOrdre(regles, F, exclure ? r => r.Id == "A" : null)[0].Montant);

        Assert.Equal(new decimal?[] { null, 42m, null, 42m }, montants);
    }

    [Fact]
    public void EvaluerDansLOrdre_ReaderOfSeveralRules_ReadsThoseEvaluatedByIdInItsOrder()
    {
        IReadOnlyDictionary<string, DecisionNode>? vu = null;
        var regles = new Regle[] { new Source("A", 1m), new Observatrice(new[] { "C", "Z", "A" }, lus => vu = lus), new Source("C", 3m), new Source("D", 4m) };

        RegleSurNoeuds.EvaluerDansLOrdre(regles, F, r => r.Id == "D");

        Assert.NotNull(vu);
        Assert.Equal(2, vu!.Count);
        Assert.Equal(new[] { "C", "A" }, vu.Keys);
        Assert.Equal(new decimal?[] { 3m, 1m }, vu.Values.Select(n => n.Montant));
        Assert.Equal(new[] { "C", "A" }, vu.Select(kv => kv.Key));
        Assert.True(vu.ContainsKey("A"));
        Assert.False(vu.ContainsKey("Z"));
        Assert.False(vu.ContainsKey("D"));
        Assert.True(vu.TryGetValue("C", out var c));
        Assert.Equal(3m, c!.Montant);
        Assert.False(vu.TryGetValue("Z", out _));
        Assert.Equal(1m, vu["A"].Montant);
        Assert.Throws<KeyNotFoundException>(() => vu["Z"]);
    }

    [Fact]
    public void Conclude_MotifEqualToATemplatesButAnotherString_ThatTemplate()
    {
        // Motifs are compared by reference first (the rule's constants), then by value.
        var motif = new string("montant".ToCharArray());

        var n = new Motif(motif).Evaluate(F);

        Assert.Equal("montant", n.Motif);
        Assert.Equal("Montant.", n.Explication);
    }

    [Fact]
    public void Conclude_MotifOfNoTemplate_KeyNotFoundExceptionNamingIt()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => new Motif("absent").Evaluate(F));

        Assert.Contains("« absent »", e.Message, StringComparison.Ordinal);
        Assert.Contains("montant", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluer_Alone_ReadsNothing()
    {
        Assert.Null(new Lectrice("B", "A").Evaluate(F).Montant);
    }

    [Fact]
    public void EvaluerDansLOrdre_RulesReadingEachOther_InvalidOperationException()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            RegleSurNoeuds.EvaluerDansLOrdre(new Regle[] { new Source("Z", 1m), new Lectrice("A", "B"), new Lectrice("B", "A") }, F));

        Assert.Contains("A, B", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Z", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructeur_ReadsItself_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new Lectrice("A", "A"));
    }

    [Fact]
    public void ChiffreDe_AbsentFigure_Null()
    {
        var n = new Source("A", 1m).Evaluate(F);

        Assert.Equal(1m, RegleSurNoeuds.ChiffreDe(n, "montant")!.Value.Nombre);
        Assert.Null(RegleSurNoeuds.ChiffreDe(n, "autre"));
    }

    private sealed class Source : Regle
    {
        private readonly decimal _montant;

        public Source(string id, decimal montant)
            : base(id, "Source", new[] { Documents.Logigramme.Section() }, new[] { new Modele("montant", Resultat.Satisfied, "{montant}.") }) => _montant = montant;

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.Satisfied, "montant", new[] { Chiffre.Euros("montant", _montant) }, _montant);
    }

    private sealed class Motif : Regle
    {
        private readonly string _motif;

        public Motif(string motif)
            : base("M", "Motif", new[] { Documents.Logigramme.Section() }, new[] { new Modele("montant", Resultat.Satisfied, "Montant.") }) => _motif = motif;

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.Satisfied, _motif);
    }

    private sealed class Observatrice : RegleSurNoeuds
    {
        private readonly Action<IReadOnlyDictionary<string, DecisionNode>> _voir;

        public Observatrice(string[] lit, Action<IReadOnlyDictionary<string, DecisionNode>> voir)
            : base("O", "Observatrice", new[] { Documents.Logigramme.Section() }, new[] { new Modele("lu", Resultat.Satisfied, "Lu.") }, lit) => _voir = voir;

        public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
        {
            _voir(lus);
            return Conclude(faits, Resultat.Satisfied, "lu");
        }
    }

    private sealed class Lectrice : RegleSurNoeuds
    {
        public Lectrice(string id, string lit)
            : base(id, "Lectrice", new[] { Documents.Logigramme.Section() }, new[] { new Modele("lu", Resultat.Satisfied, "Lu.") }, new[] { lit })
        {
        }

        public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus) =>
            Conclude(faits, Resultat.Satisfied, "lu", montant: lus.Values.SingleOrDefault()?.Montant);
    }
}
