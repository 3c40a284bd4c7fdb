using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Cli.Ndjson;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace EsmsRules.Tests.Cli.Ndjson;

/// <summary>
/// <c>evaluate --ndjson --parallele N</c>: the same bytes as the sequential run (<c>--parallele 1</c>) on standard output
/// and standard error, and the same exit code, whatever N and whatever the lines hold (valid and invalid dossiers,
/// malformed JSON, bytes that are not UTF-8, blank lines, a line the evaluator throws on, a line longer than the read
/// buffer); the answers of lines read so far written without waiting for more input; a bounded read-ahead.
/// </summary>
public class NdjsonBatchTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json");

    private static string Line(string name) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Example(name))).RootElement);

    /// <summary>The text that makes <see cref="FailingOn"/> throw.</summary>
    private const string Panne = "PANNE-SIMULEE";

    /// <summary>The library's evaluator, except that it throws on any line holding <see cref="Panne"/>: which line
    /// throws depends on its content, not on the order of the calls, so a parallel run can be compared with the
    /// sequential one.</summary>
    private sealed class FailingOn : IDossierEvaluator
    {
        private static readonly byte[] Marker = Encoding.UTF8.GetBytes(Panne);
        private readonly IDossierEvaluator _inner;

        public FailingOn(EvaluationOptions options) => _inner = CliContext.DefaultEvaluator(options);

        public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json) =>
            utf8Json.Span.IndexOf(Marker) >= 0 ? throw new InvalidOperationException("panne simulée.") : _inner.EvaluateJson(utf8Json);
    }

    /// <summary>The kinds of lines of a generated batch, as bytes.</summary>
    private static readonly byte[][] Kinds = BuildKinds();

    private static byte[][] BuildKinds()
    {
        var nonUtf8 = Encoding.UTF8.GetBytes(Line("03-conformite-35").Replace("\"nom\":\"", "\"nom\":\"#", StringComparison.Ordinal));
        nonUtf8[Array.IndexOf(nonUtf8, (byte)'#')] = 0xFF;
        return new[]
        {
            Encoding.UTF8.GetBytes(Line("01-acquisition-46-segur")),
            Encoding.UTF8.GetBytes(Line("03-conformite-35")),
            Encoding.UTF8.GetBytes(Line("13-essms-seul-conformite")),
            Encoding.UTF8.GetBytes(Line("18-devis-trois-og-au-centime")),
            Encoding.UTF8.GetBytes(Line("24-conformite-refusee-prestation-segur")),
            Encoding.UTF8.GetBytes(Line("16-invalide")),
            Array.Empty<byte>(),
            Encoding.UTF8.GetBytes(" \t "),
            Encoding.UTF8.GetBytes("{ \"typeProjet\": "),
            nonUtf8,
            Encoding.UTF8.GetBytes(Line("03-conformite-35").Replace("\"nom\":\"", "\"nom\":\"" + Panne, StringComparison.Ordinal)),
            Encoding.UTF8.GetBytes(Line("03-conformite-35").Replace("\"nom\":\"", "\"nom\":\"\\ud800", StringComparison.Ordinal)),
            Encoding.UTF8.GetBytes(Grand(6)),
        };
    }

    /// <summary>Example 01 with its OG repeated <paramref name="ogs"/> times under new FINESS numbers: a valid dossier
    /// longer than the 64 KB the reader reads at once.</summary>
    private static string Grand(int ogs)
    {
        var dossier = JsonNode.Parse(File.ReadAllText(Example("01-acquisition-46-segur")))!;
        var modele = dossier["organismesGestionnaires"]![0]!;
        var liste = new JsonArray();
        var serie = 0;
        for (var i = 0; i < ogs; i++)
        {
            var og = modele.DeepClone();
            og["finessJuridique"] = DossierBuilder.Finess("31", 700000 + i).Value;
            foreach (var essms in og["essms"]!.AsArray())
            {
                essms!["finessGeographique"] = DossierBuilder.Finess("31", 800000 + serie++).Value;
            }

            liste.Add(og);
        }

        dossier["organismesGestionnaires"] = liste;
        return dossier.ToJsonString();
    }

    private static readonly string[] Separators = { "\n", "\r\n", "\r" };

    /// <summary>The lines <paramref name="kinds"/> joined by the separators <paramref name="separators"/> in turn.</summary>
    private static byte[] Batch(IReadOnlyList<int> kinds, IReadOnlyList<int> separators, bool lastEnds)
    {
        using var s = new MemoryStream();
        for (var i = 0; i < kinds.Count; i++)
        {
            s.Write(Kinds[kinds[i] % Kinds.Length]);
            if (i < kinds.Count - 1 || lastEnds)
            {
                s.Write(Encoding.ASCII.GetBytes(Separators[separators.Count == 0 ? 0 : separators[i % separators.Count] % Separators.Length]));
            }
        }

        return s.ToArray();
    }

    /// <summary>Every kind of line, each several times, in a fixed order with blank lines among them.</summary>
    private static readonly int[] Fixed = Enumerable.Range(0, 60).Select(i => (i * 7) % Kinds.Length).ToArray();

    private static (int Exit, byte[] Out, string Err) RunBytes(byte[] input, int chunk, params string[] args)
    {
        using var o = new MemoryStream();
        var e = new StringWriter();
        var exit = CommandLineRunner.Run(args, new CliIo(TextReader.Null, TextWriter.Null, e, new ChunkedStream(input, chunk), o), options => new FailingOn(options));
        return (exit, o.ToArray(), e.ToString());
    }

    private static (int Exit, string Out, string Err) RunText(string input, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CommandLineRunner.Run(args, new CliIo(new StringReader(input), o, e, null, null), options => new FailingOn(options));
        return (exit, o.ToString(), e.ToString());
    }

    private static string[] Args(int parallele, bool arbre) =>
        arbre ? new[] { "evaluate", "--ndjson", "--parallele", parallele.ToString(System.Globalization.CultureInfo.InvariantCulture) }
              : new[] { "evaluate", "--ndjson", "--sans-arbre", "--parallele", parallele.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Theory]
    [InlineData(true, int.MaxValue)]
    [InlineData(false, int.MaxValue)]
    [InlineData(true, 7)]
    [InlineData(true, 20_000)]
    public void Run_ParalleleOneTwoFourEight_WritesTheSameBytesInTheSameOrder(bool arbre, int chunk)
    {
        var input = Batch(Fixed, new[] { 0, 0, 1, 0, 2 }, lastEnds: true);
        var sequential = RunBytes(input, chunk, Args(1, arbre));

        // The batch holds what it should: every kind of answer, in input order, the run going on after each bad line.
        Assert.Equal(2, sequential.Exit);
        var answers = Encoding.UTF8.GetString(sequential.Out).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(Fixed.Count(k => Kinds[k].Length > 0 && Kinds[k][0] != (byte)' '), answers.Length);
        Assert.Equal(answers.Select(a => a.GetProperty("ligne").GetInt32()).Order(), answers.Select(a => a.GetProperty("ligne").GetInt32()));
        Assert.Contains(answers, a => a.TryGetProperty("erreurs", out var e) && e[0].GetProperty("code").GetString() == CliErrors.InternalError);
        Assert.Contains(answers, a => a.TryGetProperty("erreurs", out var e) && e[0].GetProperty("message").GetString()!.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.TryGetProperty("recevable", out _) && a.GetProperty("essmsRetenus").GetInt32() == 6 * 46);
        Assert.Contains("Ligne ", sequential.Err, StringComparison.Ordinal);

        foreach (var n in new[] { 2, 4, 8 })
        {
            var parallel = RunBytes(input, chunk, Args(n, arbre));
            Assert.Equal(sequential.Exit, parallel.Exit);
            Assert.Equal(sequential.Err, parallel.Err);
            Assert.True(sequential.Out.AsSpan().SequenceEqual(parallel.Out), $"--parallele {n}: the output differs from the sequential run's.");
        }
    }

    [Fact]
    public void Run_TextStreams_ParallelWritesWhatTheSequentialRunWrites()
    {
        var input = Encoding.UTF8.GetString(Batch(Fixed.Where(k => k != 9).ToArray(), new[] { 0, 1 }, lastEnds: false));
        var sequential = RunText(input, Args(1, arbre: true));
        Assert.Equal(2, sequential.Exit);
        foreach (var n in new[] { 2, 4, 8 })
        {
            Assert.Equal(sequential, RunText(input, Args(n, arbre: true)));
        }
    }

    /// <summary>A random mix of lines, separators, read sizes and N: the parallel run writes the sequential run's bytes.</summary>
    [Property(MaxTest = 40, QuietOnSuccess = true)]
    public Property Run_AnyMixOfLines_ParallelWritesTheSequentialBytes() =>
        Prop.ForAll(Melanges.ToArbitrary(), m =>
        {
            var input = Batch(m.Kinds, m.Separators, m.LastEnds);
            var sequential = RunBytes(input, m.Chunk, Args(1, m.Arbre));
            var parallel = RunBytes(input, m.Chunk, Args(m.Parallele, m.Arbre));
            Assert.Equal(sequential.Exit, parallel.Exit);
            Assert.Equal(sequential.Err, parallel.Err);
            Assert.True(sequential.Out.AsSpan().SequenceEqual(parallel.Out), m.ToString());
        });

    /// <summary>One generated batch for the property.</summary>
    public sealed record Melange(int[] Kinds, int[] Separators, bool LastEnds, int Chunk, int Parallele, bool Arbre)
    {
        public override string ToString() =>
            $"lignes [{string.Join(",", Kinds)}], séparateurs [{string.Join(",", Separators)}], fin {LastEnds}, lectures de {Chunk}, --parallele {Parallele}, arbre {Arbre}";
    }

    private static Gen<Melange> Melanges { get; } =
        from count in Gen.Choose(0, 40)
        from kinds in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(Kinds.Length - 1)), (12, Gen.Choose(0, Kinds.Length - 2))), count)
        from separators in Gen.ArrayOf(Gen.Choose(0, 2), 3)
        from lastEnds in Gen.Elements(true, false)
        from chunk in Gen.Elements(1, 5, 64, 4096, 65_536, int.MaxValue)
        from parallele in Gen.Elements(2, 3, 4, 8)
        from arbre in Gen.Elements(true, false)
        select new Melange(kinds, separators, lastEnds, chunk, parallele, arbre);

    [Fact]
    public void Run_ManyLines_ReadsAheadOfTheWrittenAnswersNoMoreThanTheWindow()
    {
        // 300 000 lines of 100 bytes (30 MB): a reader that ran ahead of the answers would read it all at once.
        const int lines = 300_000;
        const int length = 100;
        var output = new CountingOutput();
        var input = new GeneratedInput(lines, length, output);
        var error = new[] { new InputError(InputErrorCodes.MalformedJson, "$", "refusé.") };
        const int workers = 4;
        var exit = CommandLineRunner.Run(
            new[] { "evaluate", "--ndjson", "--parallele", workers.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new CliIo(TextReader.Null, TextWriter.Null, TextWriter.Null, input, output),
            _ => new Constant(EvaluationResult.Invalid(error)));

        Assert.Equal(2, exit);
        Assert.Equal(lines, output.Lines);

        // Read but not yet answered, at any read: at most the window's lots, plus what the 64 KB read buffer holds.
        var bound = (long)ParallelBatch.Window(workers) * (ParallelBatch.LotBytes + length) + (64 * 1024) + length;
        Assert.True(input.MaxAhead <= bound, $"{input.MaxAhead} bytes read ahead of the answers, more than {bound}.");
        Assert.True(input.MaxAhead > 0);
    }

    [Fact]
    public void Run_InputFailsMidway_WritesTheAnswersToTheLinesReadAndExitsOneAsTheSequentialRunDoes()
    {
        var good = Batch(Enumerable.Repeat(1, 30).ToArray(), Array.Empty<int>(), lastEnds: true);
        (int, byte[], string) Run(int n)
        {
            using var o = new MemoryStream();
            var e = new StringWriter();
            var exit = CommandLineRunner.Run(Args(n, arbre: true), new CliIo(TextReader.Null, TextWriter.Null, e, new FailingStream(good, 40_000), o), options => new FailingOn(options));
            return (exit, o.ToArray(), e.ToString());
        }

        var (exit, output, err) = Run(1);
        Assert.Equal(1, exit);
        Assert.Contains("lecture impossible", err, StringComparison.Ordinal);
        Assert.True(output.Length > 0);
        foreach (var n in new[] { 2, 4 })
        {
            var (exitN, outputN, errN) = Run(n);
            Assert.Equal(exit, exitN);
            Assert.Equal(err, errN);
            Assert.True(output.AsSpan().SequenceEqual(outputN));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_OutputFails_ExitsOneWithTheMessage(int n)
    {
        var input = Batch(Enumerable.Repeat(1, 40).ToArray(), Array.Empty<int>(), lastEnds: true);
        var e = new StringWriter();
        var exit = CommandLineRunner.Run(Args(n, arbre: true), new CliIo(TextReader.Null, TextWriter.Null, e, new MemoryStream(input), new BrokenOutput()), options => new FailingOn(options));
        Assert.Equal(1, exit);
        Assert.Contains("erreur inattendue : sortie fermée", e.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_AnswersEveryLineReadWithoutWaitingForMoreInput(int n)
    {
        // The input gives one line, then waits until that line's answer has been written and flushed before giving the
        // next, as a caller that writes a dossier and waits for its decision does: the batch must answer without more
        // input.
        var line = Kinds[1];
        var output = new CountingOutput(buffered: true);
        var input = new ConversationInput(line, 5, output);
        var exit = CommandLineRunner.Run(Args(n, arbre: true), new CliIo(TextReader.Null, TextWriter.Null, TextWriter.Null, input, output), options => new FailingOn(options));
        Assert.Equal(0, exit);
        Assert.Equal(5, output.Lines);
        Assert.False(input.TimedOut, "a line's answer was not written while the input waited for it.");
    }

    [Fact]
    public void Run_ParalleleOne_EvaluatesOnTheCallingThread()
    {
        var threads = new ThreadRecording();
        var input = Batch(Enumerable.Repeat(1, 12).ToArray(), Array.Empty<int>(), lastEnds: true);
        Assert.Equal(0, CommandLineRunner.Run(Args(1, arbre: false), new CliIo(TextReader.Null, TextWriter.Null, TextWriter.Null, new MemoryStream(input), new MemoryStream()), threads.Create));
        Assert.Equal(new[] { Environment.CurrentManagedThreadId }, threads.Ids.Distinct());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_ParalleleN_EvaluatesOnAtMostNOtherThreads(int n)
    {
        var threads = new ThreadRecording();
        var input = Batch(Enumerable.Repeat(1, 12).ToArray(), Array.Empty<int>(), lastEnds: true);
        Assert.Equal(0, CommandLineRunner.Run(Args(n, arbre: false), new CliIo(TextReader.Null, TextWriter.Null, TextWriter.Null, new MemoryStream(input), new MemoryStream()), threads.Create));
        Assert.Equal(12, threads.Ids.Count);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads.Ids);
        Assert.InRange(threads.Ids.Distinct().Count(), 1, n);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("deux")]
    [InlineData("1.5")]
    [InlineData("257")]
    public void Parallele_NotAWholeNumberFromOneTo256_ExitsOneInFrench(string value)
    {
        var (exit, output, err) = RunText(Line("03-conformite-35") + "\n", "evaluate", "--ndjson", "--parallele", value);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"l'option --parallele attend un nombre entier de 1 à 256 (reçu « {value} »).", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallele_WithoutValue_ExitsOneInFrench()
    {
        var (exit, _, err) = RunText(string.Empty, "evaluate", "--ndjson", "--parallele");
        Assert.Equal(1, exit);
        Assert.Contains("l'option --parallele attend une valeur (N).", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Evaluate_DescribesParallele()
    {
        var (exit, output, _) = RunText(string.Empty, "evaluate", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--parallele N", output, StringComparison.Ordinal);
        Assert.Contains("(par défaut, un par cœur du processeur ; 1 : une ligne après l'autre)", System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " "), StringComparison.Ordinal);
    }

    /// <summary>Always the same result, from any thread.</summary>
    private sealed class Constant : IDossierEvaluator
    {
        private readonly EvaluationResult _result;

        public Constant(EvaluationResult result) => _result = result;

        public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json) => _result;
    }

    /// <summary>The library's evaluator, recording the thread of each call.</summary>
    private sealed class ThreadRecording
    {
        private readonly ConcurrentQueue<int> _ids = new();

        public IReadOnlyCollection<int> Ids => _ids;

        public IDossierEvaluator Create(EvaluationOptions options) => new Recorder(CliContext.DefaultEvaluator(options), _ids);

        private sealed class Recorder : IDossierEvaluator
        {
            private readonly IDossierEvaluator _inner;
            private readonly ConcurrentQueue<int> _ids;

            public Recorder(IDossierEvaluator inner, ConcurrentQueue<int> ids) => (_inner, _ids) = (inner, ids);

            public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json)
            {
                _ids.Enqueue(Environment.CurrentManagedThreadId);
                return _inner.EvaluateJson(utf8Json);
            }
        }
    }

    /// <summary>A write-only stream that counts the answer lines written to it; with <c>buffered</c>, only those
    /// flushed, as a buffered standard output would deliver them.</summary>
    private sealed class CountingOutput : Stream
    {
        private readonly bool _buffered;
        private long _lines;
        private long _pending;

        public CountingOutput(bool buffered = false) => _buffered = buffered;

        public long Lines => Interlocked.Read(ref _lines);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => Interlocked.Add(ref _buffered ? ref _pending : ref _lines, buffer.Count((byte)'\n'));

        public override void Flush() => Interlocked.Add(ref _lines, Interlocked.Exchange(ref _pending, 0));

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A read-only stream base.</summary>
    private abstract class InputStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>At most <c>chunk</c> bytes of <c>data</c> per read.</summary>
    private sealed class ChunkedStream : InputStream
    {
        private readonly byte[] _data;
        private readonly int _chunk;
        private int _position;

        public ChunkedStream(byte[] data, int chunk) => (_data, _chunk) = (data, chunk);

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, _chunk), _data.Length - _position);
            Array.Copy(_data, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }

    /// <summary><c>lines</c> lines of <c>length</c> bytes (digits, then a line break), generated as they are read; at each
    /// read, how far the bytes given are ahead of the answers written to <c>output</c>.</summary>
    private sealed class GeneratedInput : InputStream
    {
        private readonly long _total;
        private readonly int _length;
        private readonly CountingOutput _output;
        private long _position;

        public GeneratedInput(int lines, int length, CountingOutput output) => (_total, _length, _output) = ((long)lines * length, length, output);

        public long MaxAhead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            MaxAhead = Math.Max(MaxAhead, _position - (_output.Lines * _length));
            var n = (int)Math.Min(count, _total - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = (_position + i + 1) % _length == 0 ? (byte)'\n' : (byte)'7';
            }

            _position += n;
            return n;
        }
    }

    /// <summary>Gives <c>data</c> in reads of at most <c>chunk</c> bytes, then fails.</summary>
    private sealed class FailingStream : InputStream
    {
        private readonly byte[] _data;
        private readonly int _chunk;
        private int _position;

        public FailingStream(byte[] data, int chunk) => (_data, _chunk) = (data, chunk);

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= _data.Length / 2)
            {
                throw new IOException("lecture impossible.");
            }

            var n = Math.Min(Math.Min(count, _chunk), _data.Length - _position);
            Array.Copy(_data, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }

    /// <summary>A standard output that refuses every write.</summary>
    private sealed class BrokenOutput : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("sortie fermée.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("sortie fermée.");

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Gives <c>count</c> copies of <c>line</c>, one per read, each only once the answer to the previous one
    /// has been written to <c>output</c> (waiting at most 30 s for it: past that, <see cref="TimedOut"/>).</summary>
    private sealed class ConversationInput : InputStream
    {
        private readonly byte[] _line;
        private readonly int _count;
        private readonly CountingOutput _output;
        private int _given;

        public ConversationInput(byte[] line, int count, CountingOutput output) => (_line, _count, _output) = (line.Concat(new[] { (byte)'\n' }).ToArray(), count, output);

        public bool TimedOut { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!SpinWait.SpinUntil(() => _output.Lines >= _given, TimeSpan.FromSeconds(30)))
            {
                TimedOut = true;
            }

            if (_given == _count || TimedOut)
            {
                return 0;
            }

            // The buffer of the reader is far larger than a line.
            Array.Copy(_line, 0, buffer, offset, _line.Length);
            _given++;
            return _line.Length;
        }
    }
}
