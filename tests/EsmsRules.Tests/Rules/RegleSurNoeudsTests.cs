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

    [Fact]
    public void EvaluerDansLOrdre_RulesWaitingOnACycle_TheMessageNamesExactlyThoseThatWait()
    {
        // A and B read each other; C reads A and E reads Z and A: both wait on the cycle. D reads Z and a rule of no
        // section, F reads G listed after it: both can be evaluated.
        var regles = new Regle[]
        {
            new Source("Z", 1m), new Lectrice("A", "B"), new Lectrice("B", "A"), new Lectrice("C", "A"),
            new Multi("D", "Z", "HORS"), new Multi("E", "Z", "A"), new Lectrice("F", "G"), new Source("G", 2m),
        };

        var e = Assert.Throws<InvalidOperationException>(() => RegleSurNoeuds.EvaluerDansLOrdre(regles, F));
        var v = Assert.Throws<ArgumentException>(() => RegleSurNoeuds.VerifierLectures(regles, "FINANCEMENT"));

        Assert.Equal("Des règles lisent le nœud l'une de l'autre : A, B, C, E.", e.Message);
        Assert.StartsWith("La section FINANCEMENT contient des règles qui lisent le nœud l'une de l'autre : A, B, C, E.", v.Message, StringComparison.Ordinal);
        Assert.Equal("regles", v.ParamName);
    }

    [Fact]
    public void VerifierLectures_NullOrReadable_ThrowsOnlyOnNull()
    {
        Assert.Equal("regles", Assert.Throws<ArgumentNullException>(() => RegleSurNoeuds.VerifierLectures(null!, "X")).ParamName);
        RegleSurNoeuds.VerifierLectures(new Regle[] { new Lectrice("B", "A"), new Source("A", 1m) }, "X");
    }

    [Fact]
    public void EvaluerDansLOrdre_ReadersAndOthers_EachRuleAsSoonAsWhatItReadsIsDoneOtherwiseInListOrder()
    {
        var journal = new List<string>();
        var regles = new Regle[] { new Multi("C", journal, "A"), new Source("A", 1m, journal), new Source("D", 1m, journal), new Source("E", 1m, journal) };

        var noeuds = RegleSurNoeuds.EvaluerDansLOrdre(regles, F);

        Assert.Equal(new[] { "A", "C", "D", "E" }, journal);
        Assert.Equal(new[] { "C", "A", "D", "E" }, noeuds.Select(n => n.Regle));
    }

    [Fact]
    public void EvaluerDansLOrdre_MaskOfPositions_SkipsTheRulesAtThosePositionsAsTheFunctionWould()
    {
        var regles = new Regle[] { new Source("A", 1m), new Lectrice("B", "C"), new Source("C", 3m), new Source("D", 4m) };

        var parMasque = RegleSurNoeuds.EvaluerDansLOrdre(regles, F, 0b1100UL);
        var parFonction = RegleSurNoeuds.EvaluerDansLOrdre(regles, F, r => r.Id is "C" or "D");

        Assert.Equal(new[] { "A", "B" }, parMasque.Select(n => n.Regle));
        Assert.Equal(parFonction, parMasque);
        Assert.Equal(0b1100UL, RegleSurNoeuds.Masque(regles, r => r.Id is "C" or "D"));
        Assert.Null(RegleSurNoeuds.Masque(Enumerable.Range(0, 65).Select(i => (Regle)new Source("R" + i, i)).ToArray(), r => false));
    }

    [Fact]
    public void EvaluerDansLOrdre_MaskOverExactlySixtyFourRules_SkipsTheLastOne()
    {
        var regles = Enumerable.Range(0, 64).Select(i => (Regle)new Source("R" + i, i)).ToArray();

        var noeuds = RegleSurNoeuds.EvaluerDansLOrdre(regles, F, 1UL << 63);

        Assert.Equal(63, noeuds.Count);
        Assert.DoesNotContain(noeuds, n => n.Regle == "R63");
        Assert.Equal(1UL << 63, RegleSurNoeuds.Masque(regles, r => r.Id == "R63"));
    }

    [Fact]
    public void EvaluerDansLOrdre_NullRulesOrFacts_ArgumentNullNamingThem()
    {
        var regles = new Regle[] { new Source("A", 1m) };

        Assert.Equal("regles", Assert.Throws<ArgumentNullException>(() => RegleSurNoeuds.EvaluerDansLOrdre(null!, F)).ParamName);
        Assert.Equal("faits", Assert.Throws<ArgumentNullException>(() => RegleSurNoeuds.EvaluerDansLOrdre(regles, null!)).ParamName);
        Assert.Equal("regles", Assert.Throws<ArgumentNullException>(() => RegleSurNoeuds.EvaluerDansLOrdre(null!, F, 0UL)).ParamName);
        Assert.Equal("faits", Assert.Throws<ArgumentNullException>(() => RegleSurNoeuds.EvaluerDansLOrdre(regles, null!, 0UL)).ParamName);
    }

    [Fact]
    public void EvaluerDansLOrdre_MaskOverMoreThanSixtyFourRules_ArgumentException()
    {
        var regles = Enumerable.Range(0, 65).Select(i => (Regle)new Source("R" + i, i)).ToArray();

        Assert.Throws<ArgumentException>(() => RegleSurNoeuds.EvaluerDansLOrdre(regles, F, 0UL));
    }

    [Fact]
    public void EvaluerDansLOrdre_MoreThanSixtyFourRules_EachExclusionSkipsOnlyItsRule()
    {
        // Past 64 rules the order is not kept (the rules skipped no longer fit in one 64-bit mask).
        var regles = Enumerable.Range(0, 66).Select(i => (Regle)new Source("R" + i, i)).ToArray();

        var toutes = RegleSurNoeuds.EvaluerDansLOrdre(regles, F);
        var sans64 = RegleSurNoeuds.EvaluerDansLOrdre(regles, F, r => r.Id == "R64");

        Assert.Equal(regles.Select(r => r.Id), toutes.Select(n => n.Regle));
        Assert.Equal(regles.Select(r => r.Id).Where(id => id != "R64"), sans64.Select(n => n.Regle));
    }

    [Fact]
    public void NoeudsLus_UnknownKey_KeyNotFoundNamingIt()
    {
        IReadOnlyDictionary<string, DecisionNode>? vu = null;
        RegleSurNoeuds.EvaluerDansLOrdre(new Regle[] { new Source("A", 1m), new Observatrice(new[] { "A" }, lus => vu = lus) }, F);

        Assert.Equal("Aucun nœud lu « Z ».", Assert.Throws<KeyNotFoundException>(() => vu!["Z"]).Message);
    }

    [Fact]
    public void Constructeur_ReadsItself_MessageNamesIt()
    {
        var e = Assert.Throws<ArgumentException>(() => new Lectrice("A", "A"));

        Assert.StartsWith("« A » ne peut pas lire son propre nœud.", e.Message, StringComparison.Ordinal);
        Assert.Equal("lit", e.ParamName);
    }

    private sealed class Source : Regle
    {
        private readonly decimal _montant;
        private readonly List<string>? _journal;

        public Source(string id, decimal montant, List<string>? journal = null)
            : base(id, "Source", new[] { Documents.Logigramme.Section() }, new[] { new Modele("montant", Resultat.Satisfied, "{montant}.") })
        {
            _montant = montant;
            _journal = journal;
        }

        public override DecisionNode Evaluate(Faits faits)
        {
            _journal?.Add(Id);
            return Conclude(faits, Resultat.Satisfied, "montant", new[] { Chiffre.Euros("montant", _montant) }, _montant);
        }
    }

    /// <summary>A reader of several rules, which may write down when it is evaluated.</summary>
    private sealed class Multi : RegleSurNoeuds
    {
        private readonly List<string>? _journal;

        public Multi(string id, params string[] lit)
            : this(id, null, lit)
        {
        }

        public Multi(string id, List<string>? journal, params string[] lit)
            : base(id, "Multi", new[] { Documents.Logigramme.Section() }, new[] { new Modele("lu", Resultat.Satisfied, "Lu.") }, lit) => _journal = journal;

        public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
        {
            _journal?.Add(Id);
            return Conclude(faits, Resultat.Satisfied, "lu");
        }
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
