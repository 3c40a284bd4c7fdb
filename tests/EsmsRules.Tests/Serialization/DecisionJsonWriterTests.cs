using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>The amounts of the contract (rounded to 2 decimals, trailing zeros removed) and the shared barème block.</summary>
public class DecisionJsonWriterTests
{
    /// <summary>The former definition, a division by 1.000… (exact but slow).</summary>
    private static decimal ParDivision(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;

    [Fact]
    public void Normalize_AnyDecimal_SameBitsAsTheDivision()
    {
        var rnd = new Random(7);
        var values = new List<decimal>
        {
            0m, -0m, 0.00m, -0.00m, -0.001m, 0.004m, 0.005m, -0.005m, 1m, 1.0m, 1.10m, 1.01m, 1.001m, 494500m, 494500.00m, 26611.20m,
            decimal.MaxValue, decimal.MinValue, 42949672.95m, 42949672.96m, -42949672.950m, 0.0000000000000000000000000001m, 99.995m,
        };
        for (var i = 0; i < 200_000; i++)
        {
            var d = new decimal(rnd.Next(), rnd.Next(4) == 0 ? rnd.Next() : 0, rnd.Next(8) == 0 ? rnd.Next() : 0, rnd.Next(2) == 0, (byte)rnd.Next(29));
            values.Add(d);
            values.Add(Math.Round(d, rnd.Next(4)));
            values.Add(decimal.Truncate(d) * 1.00m);
        }

        foreach (var v in values)
        {
            Assert.Equal(decimal.GetBits(ParDivision(v)), decimal.GetBits(DecisionJsonWriter.Normalize(v)));
        }
    }

    [Fact]
    public void TryFormatAmount_AnyDecimal_SameBytesAsTheDecimalFormatter()
    {
        var rnd = new Random(11);
        var values = new List<decimal>
        {
            0m, -0m, 0.00m, -0.00m, -0.004m, 1m, -1m, 1.00m, 10m, 100.0m, 494500m, -494500.00m, 4294967295m, 4294967296m,
            -4294967295m, 42949672.95m, long.MaxValue, long.MinValue, decimal.MaxValue, decimal.MinValue, 0.005m, -0.005m,
        };
        for (var i = 0; i < 100_000; i++)
        {
            var d = new decimal(rnd.Next(), rnd.Next(8) == 0 ? rnd.Next() : 0, rnd.Next(16) == 0 ? rnd.Next() : 0, rnd.Next(2) == 0, (byte)rnd.Next(6));
            values.Add(d);
            values.Add(decimal.Truncate(d));
            values.Add(decimal.Truncate(d) * 1.00m);
        }

        Span<byte> attendu = stackalloc byte[64];
        Span<byte> obtenu = stackalloc byte[64];
        foreach (var v in values)
        {
            Assert.True(System.Buffers.Text.Utf8Formatter.TryFormat(DecisionJsonWriter.Normalize(v), attendu, out var n));
            Assert.True(DecisionJsonWriter.TryFormatAmount(v, obtenu, out var m));
            Assert.Equal(Encoding.ASCII.GetString(attendu[..n]), Encoding.ASCII.GetString(obtenu[..m]));
        }
    }

    [Theory]
    [InlineData("01-acquisition-46-segur")]
    [InlineData("07-conformite-petit-og")]
    public void Write_SharedBaremeValues_SameJsonAsAPlainList(string example)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".json"));
        var decision = new EsmsEvaluator().EvaluateJson(json).Decision!;
        var copie = decision with { Bareme = decision.Bareme! with { Valeurs = decision.Bareme!.Valeurs.ToArray() } };

        var premier = DecisionJsonWriter.Serialize(decision, indented: false);
        var second = DecisionJsonWriter.Serialize(decision, indented: false);
        var attendu = DecisionJsonWriter.Serialize(copie, indented: false);

        Assert.Equal(attendu, premier);
        Assert.Equal(attendu, second);
        Assert.NotEmpty(decision.Bareme.Valeurs);
        Assert.Contains("\"valeurs\":{\"", premier, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SharedBaremeValuesWithAnotherEncoder_EncodedByThatWriter()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "01-acquisition-46-segur.json"));
        var decision = new EsmsEvaluator().EvaluateJson(json).Decision!;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            DecisionJsonWriter.Write(w, decision);
        }

        var escaped = Encoding.UTF8.GetString(buffer.ToArray());

        // The default encoder escapes non-ASCII text, in the barème values as elsewhere.
        var debut = escaped.IndexOf("\"valeurs\"", StringComparison.Ordinal);
        var valeurs = escaped[debut..escaped.IndexOf("\"recevable\"", debut, StringComparison.Ordinal)];
        Assert.DoesNotContain("é", valeurs, StringComparison.Ordinal);
        Assert.Contains("\\u00E9", valeurs, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_LargeDecisionToStream_SameBytesAsText()
    {
        // 3 000 ESSMS, some excluded: far more than the 16 KB after which the writer hands its bytes to the stream.
        var dossier = DossierBuilder.Grappe(3_000).MapEssms((e, i) => i % 7 == 0 ? e with { RelevantL312_1 = false } : e);
        var decision = new EsmsEvaluator().Evaluate(dossier).Decision!;
        using var stream = new MemoryStream();

        DecisionJsonWriter.Serialize(stream, decision);

        var text = DecisionJsonWriter.Serialize(decision, indented: false);
        Assert.True(stream.Length > 64 * 1024, stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text, Encoding.UTF8.GetString(stream.ToArray()));
    }
    [Fact]
    public void Serialize_LargeDecisionToStream_HandedOverInBoundedPieces()
    {
        var dossier = DossierBuilder.Grappe(3_000).MapEssms((e, i) => i % 7 == 0 ? e with { RelevantL312_1 = false } : e);
        var decision = new EsmsEvaluator().Evaluate(dossier).Decision!;
        using var stream = new EcrituresEnregistrees();

        DecisionJsonWriter.Serialize(stream, decision);

        // Pieces of about 16 KB (the writer's buffer never grows with the decision), all before the end.
        Assert.True(stream.Length > 64 * 1024, stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(stream.Ecritures.Count >= stream.Length / (32 * 1024), stream.Ecritures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(stream.Ecritures, n => Assert.InRange(n, 1, 64 * 1024));
        Assert.Equal(1, stream.Vidages);
    }

    [Fact]
    public void Serialize_SmallDecisionToStream_AllocatesNoBufferOfItsOwn()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "01-acquisition-46-segur.json"));
        var decision = new EsmsEvaluator().EvaluateJson(json).Decision!;
        using var stream = new MemoryStream(256 * 1024);
        DecisionJsonWriter.Serialize(stream, decision);
        var length = stream.Length;

        // The least of three calls: a pool trimmed by a collection between two calls would make one of them rent anew.
        var alloue = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            stream.Position = 0;
            var avant = GC.GetAllocatedBytesForCurrentThread();
            DecisionJsonWriter.Serialize(stream, decision);
            alloue = Math.Min(alloue, GC.GetAllocatedBytesForCurrentThread() - avant);
        }

        // The JSON is tens of KB; the writer object and the text that is not pre-encoded cost a few hundred bytes.
        Assert.True(length > 16 * 1024, length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(alloue < 4 * 1024, alloue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(length, stream.Position);
    }

    [Fact]
    public void TamponOctets_HintBeyondTheBuffer_KeepsWhatWasWritten()
    {
        using var tampon = new TamponOctets(null);
        var debut = tampon.GetSpan(3);
        "abc"u8.CopyTo(debut);
        tampon.Advance(3);

        var grand = tampon.GetSpan(100_000);
        Assert.True(grand.Length >= 100_000);
        grand[0] = (byte)'d';
        tampon.Advance(1);

        Assert.Equal("abcd", Encoding.ASCII.GetString(tampon.Tableau, 0, tampon.Longueur));
        Assert.Throws<ArgumentOutOfRangeException>(() => tampon.Advance(tampon.Tableau.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => tampon.Advance(-1));
    }

    /// <summary>A memory stream that records the size of every write and counts flushes.</summary>
    private sealed class EcrituresEnregistrees : MemoryStream
    {
        public List<int> Ecritures { get; } = new();

        public int Vidages { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Ecritures.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Ecritures.Add(buffer.Length);
            base.Write(buffer);
        }

        public override void Flush()
        {
            Vidages++;
            base.Flush();
        }
    }
}
