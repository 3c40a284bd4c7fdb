using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using EsmsRules.Cli.Ndjson;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Serialization;

namespace EsmsRules.Benchmarks;

/// <summary>The NDJSON batch path of the command line over 10 000 varied dossiers of 15 ESSMS, on byte streams as
/// <c>esms-rules evaluate --ndjson</c> runs it (the output is discarded), one line after the other (<c>--parallele 1</c>)
/// and on every core.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    // As evaluate --ndjson evaluates without --remedes: no sousReserve, no remedies.
    private static readonly EsmsEvaluator Explained = new(new EvaluationOptions { Remedes = false });
    private static readonly EsmsEvaluator Silent = new(new EvaluationOptions { Explications = false, Remedes = false });
    private byte[] _input = System.Array.Empty<byte>();
    private readonly NdjsonLineWriter _writerArbre = new(arbre: true);
    private readonly NdjsonLineWriter _writerSansArbre = new(arbre: false);
    private Dossier[] _dossiers = System.Array.Empty<Dossier>();

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
    }

    [Benchmark(Description = "ndjson 10 000 × 15 ESSMS, with tree")]
    public int Ndjson() => Cli.Program.Run(new[] { "evaluate", "--ndjson", "--parallele", "1" }, new MemoryStream(_input, writable: false), Stream.Null, TextWriter.Null);

    [Benchmark(Description = "ndjson 10 000 × 15 ESSMS, --sans-arbre")]
    public int NdjsonSansArbre() => Cli.Program.Run(new[] { "evaluate", "--ndjson", "--sans-arbre", "--parallele", "1" }, new MemoryStream(_input, writable: false), Stream.Null, TextWriter.Null);

    /// <summary>The same batch on every core (the default of <c>--parallele</c>).</summary>
    [Benchmark(Description = "ndjson 10 000 × 15 ESSMS, with tree, every core")]
    public int NdjsonParallele() => Cli.Program.Run(new[] { "evaluate", "--ndjson" }, new MemoryStream(_input, writable: false), Stream.Null, TextWriter.Null);

    /// <summary>The batch with its reading taken out: the same 10 000 dossiers, read and validated beforehand, are
    /// evaluated and written as <c>--ndjson</c> writes them (the tool's own line writer, reused: <c>"ligne": N</c>
    /// first, a line each, the buffer emptied every 64 KB). No reader, however fast, can take the batch below this.</summary>
    [Benchmark(Description = "already read: evaluate + write, with tree")]
    public long EvaluateAndWrite() => EvaluateAndWrite(Explained, _writerArbre);

    /// <summary>As <see cref="EvaluateAndWrite()"/>, without the tree and its text (<c>--sans-arbre</c>).</summary>
    [Benchmark(Description = "already read: evaluate + write, --sans-arbre")]
    public long EvaluateAndWriteSansArbre() => EvaluateAndWrite(Silent, _writerSansArbre);

    private long EvaluateAndWrite(EsmsEvaluator evaluator, NdjsonLineWriter writer)
    {
        long total = 0;
        writer.Clear();
        for (var i = 0; i < _dossiers.Length; i++)
        {
            writer.Write(i + 1, evaluator.EvaluateValid(_dossiers[i]));
            if (writer.Count >= 64 * 1024)
            {
                total += writer.Count;
                writer.Clear();
            }
        }

        return total + writer.Count;
    }
}
