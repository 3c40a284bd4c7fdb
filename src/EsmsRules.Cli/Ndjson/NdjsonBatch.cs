using System;
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
internal sealed class NdjsonBatch
{
    private const int FlushThreshold = 64 * 1024;
    private readonly IDossierEvaluator _evaluator;
    private readonly NdjsonLineWriter _writer;
    private readonly TextWriter _stderr;

    public NdjsonBatch(IDossierEvaluator evaluator, bool arbre, TextWriter stderr)
    {
        _evaluator = evaluator;
        _writer = new NdjsonLineWriter(arbre);
        _stderr = stderr;
    }

    /// <summary>Evaluates every line of <paramref name="input"/> (byte stream or text) and writes the answers to
    /// <paramref name="output"/>, the answers held in memory always written before the input is read again.</summary>
    /// <returns><see cref="Program.Evaluated"/>, or <see cref="Program.InvalidInput"/> when some line had errors.</returns>
    public int Run(Func<Action, ILineSource> input, IAnswerSink output)
    {
        void Flush()
        {
            output.Write(_writer.Pending);
            output.Flush();
            _writer.Clear();
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

                invalid |= !Answer(line, number);
                if (_writer.Count >= FlushThreshold)
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

    /// <summary>Evaluates one line and writes its answer; false when the line had errors.</summary>
    private bool Answer(ReadOnlyMemory<byte> line, int number)
    {
        var start = _writer.Count;
        EvaluationResult result;
        try
        {
            result = System.Text.Unicode.Utf8.IsValid(line.Span)
                ? _evaluator.EvaluateJson(line)
                : EvaluationResult.Invalid(new[] { CliErrors.InvalidUtf8(line.Span, "de la ligne") });
            if (result.IsValid)
            {
                _writer.Write(number, result.Decision);
                return true;
            }
        }
#pragma warning disable CA1031 // A line the library throws on is that line's error; the batch goes on.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            _writer.Truncate(start);
            result = EvaluationResult.Invalid(new[] { CliErrors.Internal(ex) });
        }

        _writer.Write(number, result.Errors);
        CliErrors.Write(_stderr, result.Errors, number);
        return false;
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
