using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Serialization;

namespace EsmsRules.Benchmarks;

/// <summary>(a) deserialising, (b) evaluating with the explained tree, (c) evaluating without explanations,
/// (d) serialising the decision, for dossiers of 1 to 10 000 ESSMS; (e) a refused dossier with its remedies and (f)
/// without, (g) an undetermined one with its sousReserve and (h) without.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly EsmsEvaluator Explained = new();
    private static readonly EsmsEvaluator Silent = new(new EvaluationOptions { Explications = false });
    private static readonly EsmsEvaluator SansSuites = new(new EvaluationOptions { Remedes = false });
    private string _json = string.Empty;
    private byte[] _utf8 = System.Array.Empty<byte>();
    private Dossier _dossier = null!;
    private Decision _decision = null!;
    private Dossier _refuse = null!;
    private Dossier _indetermine = null!;

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

        // Refused by PROJET-01, ACHAT-01 (a solution neither Ségur nor SAD) and PROJET-07 (filed after the window): the
        // two single changes are evaluated and fail, their combination is evaluated and works (3 evaluations).
        DossierJsonReader.TryRead(Encoding.UTF8.GetBytes(_json
            .Replace("\"dateDepot\":\"2022-06-01\"", "\"dateDepot\":\"2022-10-01\"", System.StringComparison.Ordinal)
            .Replace("\"referenceSegur\":true,\"referenceSad\":true", "\"referenceSegur\":false,\"referenceSad\":false", System.StringComparison.Ordinal)), out var refuse, out _);
        _refuse = refuse!;

        // Undetermined: representativeness unknown (ORIENT-02), both completions evaluated (2 evaluations).
        DossierJsonReader.TryRead(Encoding.UTF8.GetBytes(_json
            .Replace("\"representativiteNationale\":false", "\"representativiteNationale\":null", System.StringComparison.Ordinal)), out var indetermine, out _);
        _indetermine = indetermine!;
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

    [Benchmark(Description = "e: refused + remedes")]
    public Decision? RefusedWithRemedies() => Explained.Evaluate(_refuse).Decision;

    [Benchmark(Description = "f: refused, no remedes")]
    public Decision? RefusedWithoutRemedies() => SansSuites.Evaluate(_refuse).Decision;

    [Benchmark(Description = "g: undetermined + sousReserve")]
    public Decision? UndeterminedWithSousReserve() => Explained.Evaluate(_indetermine).Decision;

    [Benchmark(Description = "h: undetermined, no sousReserve")]
    public Decision? UndeterminedWithoutSousReserve() => SansSuites.Evaluate(_indetermine).Decision;

    [Benchmark(Description = "d: serialise")]
    public long Serialise()
    {
        using var s = new MemoryStream();
        DecisionJsonWriter.Serialize(s, _decision);
        return s.Length;
    }
}
