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
