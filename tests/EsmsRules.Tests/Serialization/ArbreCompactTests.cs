using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>The tree written directly as bytes is exactly the tree written node by node through the writer.</summary>
public class ArbreCompactTests
{
    /// <summary>The decision as compact JSON through a reused writer over a buffer (the batch path), with the tree
    /// written directly or node by node.</summary>
    private static string Compact(Decision d, bool direct)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, DecisionJsonWriter.Options(indented: false)))
        {
            DecisionJsonWriter.WriteCore(w, d, inclureArbre: true, direct);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan.ToArray());
    }

    private static Decision Decision(DecisionNode arbre) =>
        new EsmsEvaluator().Evaluate(DossierBuilder.Grappe(8)).Decision! with { Arbre = arbre };

    [Fact]
    public void Preparer_EveryExample_SameBytesAsNodeByNode()
    {
        var evaluated = 0;
        foreach (var file in DossierMutations.Exemples)
        {
            var result = new EsmsEvaluator().EvaluateJson(File.ReadAllText(file));
            if (!result.IsValid)
            {
                continue;
            }

            evaluated++;
            var d = result.Decision!;
            Assert.NotNull(ArbreCompact.Bytes(d.Arbre));
            Assert.Equal(Compact(d, direct: false), Compact(d, direct: true));
        }

        Assert.Equal(23, evaluated);
    }

    /// <summary>The examples, parsed once for this class's properties (each mutation works on a copy).</summary>
    private static readonly Lazy<JsonNode[]> Bases = new(() => DossierMutations.Exemples.Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToArray());

    /// <summary>Every example with boolean, enum and date facts flipped, nulled or removed: trees with missing inputs,
    /// inputs read, refusals, Prestation Ségur and second-payment nodes.</summary>
    [Property(MaxTest = 300, QuietOnSuccess = true, Arbitrary = new[] { typeof(DossierMutations.Arbitraires) })]
    public void Preparer_RandomDossiers_SameBytesAsNodeByNode((int Base, IList<(int, int)> Mutations) t)
    {
        var json = DossierMutations.Muter(Bases.Value[t.Base], t.Mutations);
        var result = new EsmsEvaluator().EvaluateJson(json);
        if (!result.IsValid)
        {
            return;
        }

        var d = result.Decision!;
        Assert.Equal(Compact(d, direct: false), Compact(d, direct: true));
    }

    /// <summary>The property above compares the two writers on trees the direct writer takes: of 300 mutated dossiers
    /// (a fixed seed, as many as the property runs), more than 150 are written directly.</summary>
    [Fact]
    public void Preparer_MutatedDossiers_MostWrittenDirectly()
    {
        var direct = 0;
        var valides = 0;
        foreach (var (b, mutations) in DossierMutations.Arbitraires.ExempleMute().Generator.Sample(numberOfSamples: 300, seed: new Rnd(20261129), size: 50))
        {
            var result = new EsmsEvaluator().EvaluateJson(DossierMutations.Muter(Bases.Value[b], mutations));
            if (!result.IsValid)
            {
                continue;
            }

            valides++;
            if (ArbreCompact.Bytes(result.Decision!.Arbre) is not null)
            {
                direct++;
            }
        }

        Assert.True(direct > 150, $"{direct} written directly, {valides} valid");
    }

    [Fact]
    public void EstSur_EveryUtf16CodeUnit_AsTheWritersEncoder()
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using var w = new Utf8JsonWriter(buffer, DecisionJsonWriter.Options(indented: false));
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                Assert.False(ArbreCompact.EstSur(c));
                continue;
            }

            buffer.ResetWrittenCount();
            w.Reset();
            w.WriteStringValue(c.ToString());
            w.Flush();
            var tel = buffer.WrittenSpan.SequenceEqual(Encoding.UTF8.GetBytes("\"" + c + "\""));
            Assert.True(tel == ArbreCompact.EstSur(c), $"U+{i:X4}: written as is {tel}, EstSur {ArbreCompact.EstSur(c)}");
        }
    }

    [Theory]
    [InlineData("« 12 500 € » à répartir")]
    [InlineData("guillemets \" et \\ barre")]
    [InlineData("ligne\nsuivante\t")]
    [InlineData("séparateur\u2028de ligne")]
    [InlineData("emoji 😀 hors BMP")]
    [InlineData("trait d'union\u00ADconditionnel")]
    [InlineData("<html> & 'apostrophes' +")]
    [InlineData("")]
    public void Preparer_AnyText_SameBytesAsNodeByNode(string texte)
    {
        var feuille = DecisionNode.Create("ESSMS-01", "titre « " + texte + " »", Resultat.MissingInput, texte, texte, 1234.565m,
            new[] { new EntreeLue("$.porteur." + texte, texte), new EntreeLue("$.x", null) }, new[] { texte, "porteur" });
        var catalogue = DecisionNode.Create("GRAPPE-01", EsmsRules.Rules.Regles.Get("GRAPPE-01").Titre, Resultat.Satisfied, texte,
            EsmsRules.Rules.Regles.Get("GRAPPE-01").Source, -0.004m);
        var racine = DecisionNode.Create("PERSONNALISE-" + texte, texte, Resultat.NotSatisfied, texte, "source", null, null, null,
            new[] { feuille, catalogue });

        var d = Decision(racine);

        Assert.Equal(Compact(d, direct: false), Compact(d, direct: true));
        var attendu = texte.All(ArbreCompact.EstSur);
        Assert.Equal(attendu, ArbreCompact.Bytes(racine) is not null);
    }

    [Fact]
    public void Preparer_DeepOrLargeTree_LeftToTheWriterWithTheSameBytes()
    {
        var profond = DecisionNode.Create("ESSMS-01", "t", Resultat.Satisfied, "e", "s");
        for (var i = 0; i < ArbreCompact.ProfondeurMax + 5; i++)
        {
            profond = DecisionNode.Create("GRAPPE", "t", Resultat.Satisfied, "niveau " + i, "s", i, enfants: new[] { profond });
        }

        var texte = new string('x', 1000);
        var large = DecisionNode.Create("DOSSIER", "t", Resultat.Satisfied, "e", "s", enfants:
            Enumerable.Range(0, 60).Select(i => DecisionNode.Create("FIN-01", "t", Resultat.Satisfied, texte, "s", i)).ToArray());

        Assert.Null(ArbreCompact.Bytes(profond));
        Assert.Null(ArbreCompact.Bytes(large));
        Assert.Equal(Compact(Decision(profond), direct: false), Compact(Decision(profond), direct: true));
        Assert.Equal(Compact(Decision(large), direct: false), Compact(Decision(large), direct: true));
    }

    [Fact]
    public void Preparer_IndentedOrOtherEncoder_NothingPreparedNothingWritten()
    {
        var d = new EsmsEvaluator().Evaluate(DossierBuilder.Grappe(8)).Decision!;
        var indented = new ArrayBufferWriter<byte>();
        var escaped = new ArrayBufferWriter<byte>();
        using var w1 = new Utf8JsonWriter(indented, DecisionJsonWriter.Options(indented: true));
        using var w2 = new Utf8JsonWriter(escaped, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });

        Assert.Null(ArbreCompact.Preparer(w1, d.Arbre));
        Assert.Null(ArbreCompact.Preparer(w2, d.Arbre));
        w1.Flush();
        w2.Flush();
        Assert.Equal(0, indented.WrittenCount);
        Assert.Equal(0, escaped.WrittenCount);
    }
}
