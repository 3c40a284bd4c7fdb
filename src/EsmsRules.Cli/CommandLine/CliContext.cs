using System;
using EsmsRules.Decisions;
using EsmsRules.Engine;

namespace EsmsRules.Cli.CommandLine;

/// <summary>Evaluates one dossier given as UTF-8 JSON: the library's <see cref="EsmsEvaluator"/>, or a stand-in in the
/// tests (one that throws, one that records its options). <c>--ndjson --parallele N</c> calls one evaluator from N
/// threads at once: an implementation must allow it (the library's evaluator holds no mutable state).</summary>
internal interface IDossierEvaluator
{
    /// <summary>Reads and evaluates the dossier.</summary>
    /// <param name="utf8Json">The dossier (valid UTF-8).</param>
    /// <returns>The decision, or every input problem.</returns>
    EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json);
}

/// <summary>What the commands of one run share: the streams, and how to get an evaluator for the options the command
/// line asked for.</summary>
internal sealed class CliContext
{
    /// <summary>The library's evaluator.</summary>
    public static readonly Func<EvaluationOptions, IDossierEvaluator> DefaultEvaluator = options => new LibraryEvaluator(new EsmsEvaluator(options));

    public CliContext(CliIo io, Func<EvaluationOptions, IDossierEvaluator> evaluators)
    {
        Io = io;
        Evaluators = evaluators;
    }

    public CliIo Io { get; }

    /// <summary>Builds the evaluator for the options mapped from the command line.</summary>
    public Func<EvaluationOptions, IDossierEvaluator> Evaluators { get; }

    private sealed class LibraryEvaluator : IDossierEvaluator
    {
        private readonly EsmsEvaluator _evaluator;

        public LibraryEvaluator(EsmsEvaluator evaluator) => _evaluator = evaluator;

        public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json) => _evaluator.EvaluateJson(utf8Json);
    }
}
