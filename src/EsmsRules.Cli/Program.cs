using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using EsmsRules.Baremes;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;

namespace EsmsRules.Cli;

/// <summary>
/// <c>esms-rules evaluate [FILE|-] [--json] [--ndjson] [--sans-arbre]</c> (CONTRACT.md "Command line").
/// Exit codes: 0 evaluated (whatever the verdict), 2 invalid input, 1 anything else.
/// </summary>
public static class Program
{
    /// <summary>Exit code: evaluated.</summary>
    public const int Evaluated = 0;

    /// <summary>Exit code: anything else (usage, unreadable file, unexpected failure).</summary>
    public const int Failure = 1;

    /// <summary>Exit code: invalid input.</summary>
    public const int InvalidInput = 2;

    private const string Usage = """
        Usage : esms-rules evaluate [FICHIER|-] [--json] [--ndjson] [--sans-arbre] [--bareme BAREME.json]

          FICHIER       dossier JSON (CONTRACT.md) ; « - » lit l'entrée standard ;
                        sans fichier, évalue le dossier d'exemple embarqué (exemple 7 du seed 004).
          --json        écrit la décision JSON du contrat au lieu de l'arbre lisible.
          --ndjson      lit un dossier par ligne sur l'entrée standard, écrit une décision par ligne.
          --sans-arbre  (avec --json / --ndjson) omet l'arbre expliqué et ne formate pas les explications.
          --bareme F    évalue avec le barème du document F (ex. le calendrier d'une ARS), posé sur la campagne
                        qu'il hérite (« herite ») ; un barème invalide est refusé (code 2) avec tous ses problèmes.

        Codes de sortie : 0 évalué (quel que soit le verdict), 2 entrée invalide, 1 autre erreur.
        """;

    /// <summary>Entry point.</summary>
    /// <param name="args">Arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Utf8;
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return Run(args, stdin, stdout, Console.Error);
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Runs the command line on byte streams, as <see cref="Main"/> does: <c>--ndjson</c> then reads and
    /// writes UTF-8 without decoding to text, and buffers its output between reads of the input.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdin">Standard input (UTF-8; a byte order mark is skipped).</param>
    /// <param name="stdout">Standard output (UTF-8 without byte order mark).</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        // The reader only reads when a command asks for text; --ndjson reads the stream itself.
        using var reader = new StreamReader(stdin, Utf8, detectEncodingFromByteOrderMarks: true, 64 * 1024, leaveOpen: true);
        using var writer = new StreamWriter(stdout, Utf8, 64 * 1024, leaveOpen: true);
        return Run(args, new Io(reader, writer, stdin, stdout), stderr);
    }

    /// <summary>Runs the command line with the given streams (used by the tests).</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new Io(stdin, stdout, null, null), stderr);

    private static int Run(string[] args, Io io, TextWriter stderr)
    {
        try
        {
            return RunCore(args, io, stderr);
        }
#pragma warning disable CA1031 // The command line reports any failure as exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine("esms-rules : erreur inattendue : " + ex.Message);
            return Failure;
        }
    }

    private static int RunCore(string[] args, Io io, TextWriter stderr)
    {
        var stdin = io.In;
        var stdout = io.Out;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? Failure : Evaluated;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(EsmsEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?");
            return Evaluated;
        }

        if (args[0] != "evaluate")
        {
            stderr.WriteLine($"Commande inconnue « {args[0]} ».");
            stderr.WriteLine(Usage);
            return Failure;
        }

        bool json = false, ndjson = false, sansArbre = false;
        string? file = null;
        string? baremeFile = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--ndjson":
                    ndjson = true;
                    break;
                case "--sans-arbre":
                    sansArbre = true;
                    break;
                case "--bareme" when i + 1 < args.Length:
                    baremeFile = args[++i];
                    break;
                case "-":
                    file = "-";
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        stderr.WriteLine($"Argument inattendu « {args[i]} ».");
                        stderr.WriteLine(Usage);
                        return Failure;
                    }

                    file = args[i];
                    break;
            }
        }

        Bareme? bareme = null;
        if (baremeFile is not null)
        {
            if (!File.Exists(baremeFile))
            {
                stderr.WriteLine($"Fichier de barème introuvable : {baremeFile}");
                return Failure;
            }

            var charge = BaremeLoader.Load(File.ReadAllText(baremeFile, Encoding.UTF8));
            if (charge.Bareme is null)
            {
                stderr.WriteLine(InputError.Describe("Barème invalide", charge.Errors));
                return InvalidInput;
            }

            bareme = charge.Bareme;
        }

        var evaluator = new EsmsEvaluator(new EvaluationOptions { Explications = !sansArbre, Bareme = bareme });
        if (ndjson)
        {
            return io.InBytes is not null && io.OutBytes is not null
                ? BatchUtf8(evaluator, io.InBytes, io.OutBytes, stderr, !sansArbre)
                : Batch(evaluator, stdin, stdout, stderr, !sansArbre);
        }

        string text;
        if (file is null)
        {
            text = Exemple();
        }
        else if (file == "-")
        {
            text = stdin.ReadToEnd();
        }
        else
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"Fichier introuvable : {file}");
                return Failure;
            }

            text = File.ReadAllText(file, Encoding.UTF8);
        }

        var result = evaluator.EvaluateJson(text);
        if (!result.IsValid)
        {
            WriteErrors(stderr, result.Errors, null);
            return InvalidInput;
        }

        if (json)
        {
            stdout.WriteLine(DecisionJsonWriter.Serialize(result.Decision!, indented: true, inclureArbre: !sansArbre));
        }
        else
        {
            TreePrinter.Print(stdout, result.Decision!);
        }

        return Evaluated;
    }

    /// <summary>NDJSON over text (the <see cref="TextReader"/> overload of <see cref="Run(string[], TextReader, TextWriter, TextWriter)"/>).</summary>
    private static int Batch(EsmsEvaluator evaluator, TextReader stdin, TextWriter stdout, TextWriter stderr, bool arbre)
    {
        var batch = new NdjsonWriter(stderr, arbre);
        char[] chars = Array.Empty<char>();
        var lineNumber = 0;
        string? line;
        while ((line = stdin.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            batch.Write(evaluator.EvaluateJson(line), lineNumber);
            var bytes = batch.Pending;
            if (chars.Length < Utf8.GetMaxCharCount(bytes.Length))
            {
                chars = new char[Utf8.GetMaxCharCount(bytes.Length)];
            }

            stdout.Write(chars, 0, Utf8.GetChars(bytes, chars));
            batch.Clear();
        }

        return batch.Invalid ? InvalidInput : Evaluated;
    }

    /// <summary>NDJSON over bytes: each line is parsed from its UTF-8 bytes and each decision written as UTF-8 by one
    /// <see cref="Utf8JsonWriter"/>; the output is written in blocks, and always before waiting for more input (a
    /// caller that writes one dossier and waits for its decision gets it).</summary>
    private static int BatchUtf8(EsmsEvaluator evaluator, Stream stdin, Stream stdout, TextWriter stderr, bool arbre)
    {
        var batch = new NdjsonWriter(stderr, arbre);
        void Flush()
        {
            stdout.Write(batch.Pending);
            stdout.Flush();
            batch.Clear();
        }

        var lines = new Utf8Lines(stdin, Flush);
        var lineNumber = 0;
        while (lines.TryRead(out var line))
        {
            lineNumber++;
            if (Utf8Lines.IsBlank(line.Span))
            {
                continue;
            }

            // Invalid UTF-8 is decoded with replacement characters, as the text path does, rather than rejected.
            batch.Write(System.Text.Unicode.Utf8.IsValid(line.Span) ? evaluator.EvaluateJson(line) : evaluator.EvaluateJson(Utf8.GetString(line.Span)), lineNumber);
            if (batch.Pending.Length >= 64 * 1024)
            {
                Flush();
            }
        }

        Flush();
        return batch.Invalid ? InvalidInput : Evaluated;
    }

    /// <summary>Writes one NDJSON line per result into a reused buffer with one reused writer.</summary>
    private sealed class NdjsonWriter
    {
        private static readonly byte[] NewLine = Utf8.GetBytes(Environment.NewLine);
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
        private readonly Utf8JsonWriter _json;
        private readonly TextWriter _stderr;
        private readonly bool _arbre;

        public NdjsonWriter(TextWriter stderr, bool arbre)
        {
            _json = new Utf8JsonWriter(_buffer, DecisionJsonWriter.Options(indented: false));
            _stderr = stderr;
            _arbre = arbre;
        }

        public bool Invalid { get; private set; }

        public ReadOnlySpan<byte> Pending => _buffer.WrittenSpan;

        public void Clear() => _buffer.ResetWrittenCount();

        public void Write(EvaluationResult result, int lineNumber)
        {
            _json.Reset();
            if (result.IsValid)
            {
                DecisionJsonWriter.Write(_json, result.Decision!, _arbre);
            }
            else
            {
                Invalid = true;
                DecisionJsonWriter.WriteErrors(_json, result.Errors);
                WriteErrors(_stderr, result.Errors, lineNumber);
            }

            _json.Flush();
            _buffer.Write(NewLine);
        }
    }

    /// <summary>The lines of a UTF-8 stream, split as <see cref="TextReader.ReadLine"/> splits them (\n, \r or \r\n;
    /// a last line without terminator counts; a leading byte order mark is skipped).</summary>
    private sealed class Utf8Lines
    {
        private readonly Stream _stream;
        private readonly Action _beforeRead;
        private byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;
        private bool _eof;
        private bool _first = true;
        private bool _skipLf;

        public Utf8Lines(Stream stream, Action beforeRead)
        {
            _stream = stream;
            _beforeRead = beforeRead;
        }

        public bool TryRead(out ReadOnlyMemory<byte> line)
        {
            var scanned = 0;
            while (true)
            {
                if (_skipLf && _start < _end)
                {
                    _skipLf = false;
                    if (_buffer[_start] == (byte)'\n')
                    {
                        _start++;
                    }
                }

                var span = _buffer.AsSpan(_start + scanned, _end - _start - scanned);
                var i = span.IndexOfAny((byte)'\n', (byte)'\r');
                if (i >= 0)
                {
                    var length = scanned + i;
                    line = _buffer.AsMemory(_start, length);
                    _skipLf = _buffer[_start + length] == (byte)'\r';
                    _start += length + 1;
                    return true;
                }

                scanned = _end - _start;
                if (_eof)
                {
                    line = _buffer.AsMemory(_start, scanned);
                    _start = _end;
                    return scanned > 0;
                }

                Fill();
            }
        }

        private void Fill()
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            _beforeRead();
            do
            {
                var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
                if (n == 0)
                {
                    _eof = true;
                    break;
                }

                _end += n;
            }
            while (_first && _end < 3);

            if (_first)
            {
                _first = false;
                if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
                {
                    _start = 3;
                }
            }
        }

        /// <summary>As <c>line.Trim().Length == 0</c> on the decoded text.</summary>
        public static bool IsBlank(ReadOnlySpan<byte> line)
        {
            foreach (var b in line)
            {
                if (b >= 0x80)
                {
                    return Utf8.GetString(line).Trim().Length == 0;
                }

                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The standard streams: as text, and as bytes when the caller has them.</summary>
    private sealed class Io
    {
        public Io(TextReader @in, TextWriter @out, Stream? inBytes, Stream? outBytes)
        {
            In = @in;
            Out = @out;
            InBytes = inBytes;
            OutBytes = outBytes;
        }

        public TextReader In { get; }

        public TextWriter Out { get; }

        public Stream? InBytes { get; }

        public Stream? OutBytes { get; }
    }

    private static void WriteErrors(TextWriter stderr, IReadOnlyList<InputError> errors, int? line) =>
        stderr.WriteLine(InputError.Describe(line is null ? "Dossier invalide" : $"Ligne {line} : dossier invalide", errors));

    /// <summary>The bundled example dossier.</summary>
    /// <returns>Its JSON.</returns>
    public static string Exemple()
    {
        using var s = typeof(Program).Assembly.GetManifestResourceStream("EsmsRules.Cli.exemple.json")
            ?? throw new InvalidOperationException("Exemple embarqué introuvable.");
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    }
}
