using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Serialization;

namespace EsmsRules.Benchmarks;

/// <summary>(a) deserialising, (b) evaluating with the explained tree, (c) evaluating without explanations,
/// (d) serialising the decision, for dossiers of 1 to 10 000 ESSMS.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly EsmsEvaluator Explained = new();
    private static readonly EsmsEvaluator Silent = new(new EvaluationOptions { Explications = false });
    private string _json = string.Empty;
    private byte[] _utf8 = System.Array.Empty<byte>();
    private Dossier _dossier = null!;
    private Decision _decision = null!;

    [Params(1, 15, 50, 500, 10_000)]
    public int Essms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = Dossiers.Json(Essms);
        _utf8 = Encoding.UTF8.GetBytes(_json);
        DossierJsonReader.TryRead(_utf8, out var d, out _);
        _dossier = d!;
        _decision = Explained.Evaluate(_dossier).GetDecisionOrThrow();
    }

    [Benchmark(Baseline = true, Description = "a: deserialise")]
    public Dossier? Deserialise()
    {
        DossierJsonReader.TryRead(_utf8, out var d, out _);
        return d;
    }

    [Benchmark(Description = "b: evaluate + tree")]
    public Decision? EvaluateExplained() => Explained.Evaluate(_dossier).Decision;

    [Benchmark(Description = "c: evaluate, no text")]
    public Decision? EvaluateSilent() => Silent.Evaluate(_dossier).Decision;

    /// <summary>What <c>EvaluateJson</c> costs end to end: (a) + (b) with the dossier validated once, by the reader
    /// ((b) validates the dossier it is given, as it must for one built in code).</summary>
    [Benchmark(Description = "a+b: EvaluateJson(utf8)")]
    public Decision? ReadAndEvaluate() => Explained.EvaluateJson(_utf8).Decision;

    [Benchmark(Description = "d: serialise")]
    public long Serialise()
    {
        using var s = new MemoryStream();
        DecisionJsonWriter.Serialize(s, _decision);
        return s.Length;
    }
}

/// <summary>The NDJSON batch path of the command line over 10 000 varied dossiers of 15 ESSMS, on byte streams as
/// <c>esms-rules evaluate --ndjson</c> runs it (the output is discarded).</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(System.Environment.NewLine);
    private static readonly EsmsEvaluator Explained = new();
    private static readonly EsmsEvaluator Silent = new(new EvaluationOptions { Explications = false });
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private byte[] _input = System.Array.Empty<byte>();
    private Dossier[] _dossiers = System.Array.Empty<Dossier>();
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append(Dossiers.Json(15, i % 6)).Append('\n');
        }

        _input = Encoding.UTF8.GetBytes(sb.ToString());
        var lines = sb.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        _dossiers = new Dossier[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (!DossierJsonReader.TryRead(Encoding.UTF8.GetBytes(lines[i]), out var d, out _))
            {
                throw new System.InvalidOperationException($"Dossier {i} of the batch is invalid.");
            }

            _dossiers[i] = d!;
        }

        _writer = new Utf8JsonWriter(_output, DecisionJsonWriter.Options(indented: false));
    }

    [Benchmark(Description = "ndjson 10 000 × 15 ESSMS, with tree")]
    public int Ndjson() => Cli.Program.Run(new[] { "evaluate", "--ndjson" }, new MemoryStream(_input, writable: false), Stream.Null, TextWriter.Null);

    [Benchmark(Description = "ndjson 10 000 × 15 ESSMS, --sans-arbre")]
    public int NdjsonSansArbre() => Cli.Program.Run(new[] { "evaluate", "--ndjson", "--sans-arbre" }, new MemoryStream(_input, writable: false), Stream.Null, TextWriter.Null);

    /// <summary>The batch with its reading taken out: the same 10 000 dossiers, read and validated beforehand, are
    /// evaluated and written as <c>--ndjson</c> writes them (one reused writer, a line each, the buffer emptied every
    /// 64 KB). No reader, however fast, can take the batch below this.</summary>
    [Benchmark(Description = "already read: evaluate + write, with tree")]
    public long EvaluateAndWrite() => EvaluateAndWrite(Explained, arbre: true);

    /// <summary>As <see cref="EvaluateAndWrite()"/>, without the tree and its text (<c>--sans-arbre</c>).</summary>
    [Benchmark(Description = "already read: evaluate + write, --sans-arbre")]
    public long EvaluateAndWriteSansArbre() => EvaluateAndWrite(Silent, arbre: false);

    private long EvaluateAndWrite(EsmsEvaluator evaluator, bool arbre)
    {
        long total = 0;
        _output.ResetWrittenCount();
        foreach (var dossier in _dossiers)
        {
            _writer.Reset();
            DecisionJsonWriter.Write(_writer, evaluator.EvaluateValid(dossier), arbre);
            _writer.Flush();
            _output.Write(NewLine);
            if (_output.WrittenCount >= 64 * 1024)
            {
                total += _output.WrittenCount;
                _output.ResetWrittenCount();
            }
        }

        return total + _output.WrittenCount;
    }
}
