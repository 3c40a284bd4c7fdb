using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Decisions;

namespace EsmsRules.Cli.Ndjson;

/// <summary>
/// <c>evaluate --ndjson</c>: one dossier per input line, one answer per non-blank line, in input order, each starting
/// with <c>"ligne": N</c> (1-based input line number, blank lines counted). A line that cannot be evaluated, whatever
/// it holds (malformed JSON, bytes that are not UTF-8, a dossier the library throws on), is answered with its
/// <c>erreurs</c> and the batch goes on.
/// </summary>
/// <remarks>With one worker (<c>--parallele 1</c>) the lines are evaluated one after the other on the calling thread
/// (<see cref="Run"/>); with more, by <see cref="ParallelBatch"/>, whose output is the same bytes in the same order.</remarks>
internal sealed class NdjsonBatch
{
    private const int FlushThreshold = 64 * 1024;
    private readonly IDossierEvaluator _evaluator;
    private readonly bool _arbre;
    private readonly TextWriter _stderr;
    private readonly int _workers;

    /// <param name="evaluator">Evaluates the lines; with more than one worker it is called from several threads at once.</param>
    /// <param name="arbre">Write the explained tree of each decision.</param>
    /// <param name="stderr">Where each invalid line's problems are described.</param>
    /// <param name="workers">Threads evaluating lines: 1 evaluates on the calling thread, one line after the other.</param>
    public NdjsonBatch(IDossierEvaluator evaluator, bool arbre, TextWriter stderr, int workers = 1)
    {
        if (workers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(workers), workers, "At least one worker.");
        }

        _evaluator = evaluator;
        _arbre = arbre;
        _stderr = stderr;
        _workers = workers;
    }

    /// <summary>Evaluates every line of <paramref name="input"/> (byte stream or text) and writes the answers to
    /// <paramref name="output"/>; before the input is read again, every answer already computed is written (with
    /// several workers, answers are also written as soon as they are computed, while the input is being read).</summary>
    /// <returns><see cref="Program.Evaluated"/>, or <see cref="Program.InvalidInput"/> when some line had errors.</returns>
    public int Run(Func<Action, ILineSource> input, IAnswerSink output) =>
        _workers == 1 ? RunSequential(input, output) : new ParallelBatch(_evaluator, _arbre, _stderr, _workers).Run(input, output);

    private int RunSequential(Func<Action, ILineSource> input, IAnswerSink output)
    {
        var writer = new NdjsonLineWriter(_arbre);
        void Flush()
        {
            output.Write(writer.Pending);
            output.Flush();
            writer.Clear();
        }

        var lines = input(Flush);
        var invalid = false;
        var number = 0;
        try
        {
            while (lines.TryRead(out var line))
            {
                number++;
                if (CliErrors.IsBlank(line.Span))
                {
                    continue;
                }

                var errors = Answer(_evaluator, writer, line, number);
                if (errors is not null)
                {
                    invalid = true;
                    CliErrors.Write(_stderr, errors, number);
                }

                if (writer.Count >= FlushThreshold)
                {
                    Flush();
                }
            }
        }
        finally
        {
            // Whatever stops the batch (an unreadable input), the answers already computed are written.
            Flush();
        }

        return invalid ? Program.InvalidInput : Program.Evaluated;
    }

    /// <summary>Evaluates one line and writes its answer to <paramref name="writer"/>.</summary>
    /// <returns>Null when the line was evaluated; otherwise its problems (already written as its answer), for the
    /// standard error.</returns>
    internal static IReadOnlyList<InputError>? Answer(IDossierEvaluator evaluator, NdjsonLineWriter writer, ReadOnlyMemory<byte> line, int number)
    {
        var start = writer.Count;
        EvaluationResult result;
        try
        {
            result = System.Text.Unicode.Utf8.IsValid(line.Span)
                ? evaluator.EvaluateJson(line)
                : EvaluationResult.Invalid(new[] { CliErrors.InvalidUtf8(line.Span, "de la ligne") });
            if (result.IsValid)
            {
                writer.Write(number, result.Decision);
                return null;
            }
        }
#pragma warning disable CA1031 // A line the library throws on is that line's error; the batch goes on.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            writer.Truncate(start);
            result = EvaluationResult.Invalid(new[] { CliErrors.Internal(ex) });
        }

        writer.Write(number, result.Errors);
        return result.Errors;
    }
}

/// <summary>Where the answers go: standard output's bytes, or a text writer.</summary>
internal interface IAnswerSink
{
    void Write(ReadOnlySpan<byte> utf8);

    void Flush();
}

/// <summary>Answers written as they are, to a byte stream.</summary>
internal sealed class StreamSink : IAnswerSink
{
    private readonly Stream _stream;

    public StreamSink(Stream stream) => _stream = stream;

    public void Write(ReadOnlySpan<byte> utf8) => _stream.Write(utf8);

    public void Flush() => _stream.Flush();
}

/// <summary>Answers decoded to a text writer.</summary>
internal sealed class TextSink : IAnswerSink
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly TextWriter _writer;
    private char[] _chars = Array.Empty<char>();

    public TextSink(TextWriter writer) => _writer = writer;

    public void Write(ReadOnlySpan<byte> utf8)
    {
        var max = Utf8.GetMaxCharCount(utf8.Length);
        if (_chars.Length < max)
        {
            _chars = new char[max];
        }

        _writer.Write(_chars, 0, Utf8.GetChars(utf8, _chars));
    }

    public void Flush() => _writer.Flush();
}
