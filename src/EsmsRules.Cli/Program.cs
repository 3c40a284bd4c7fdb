using System;
using System.IO;
using System.Text;
using EsmsRules.Cli.CommandLine;

namespace EsmsRules.Cli;

/// <summary>
/// The <c>esms-rules</c> tool: <c>esms-rules evaluate [FICHIER|-] [--json] [--ndjson] [--sans-arbre] [--bareme FICHIER]
/// [--strict] [--parallele N]</c>; <c>esms-rules --help</c> and <c>esms-rules evaluate --help</c> describe every command and option.
/// Exit codes: 0 evaluated (whatever the verdict), 2 invalid input, 1 anything else.
/// </summary>
internal static class Program
{
    /// <summary>Exit code: evaluated (whatever the verdict), or help and version shown.</summary>
    public const int Evaluated = 0;

    /// <summary>Exit code: anything else (usage, unreadable file, unexpected failure).</summary>
    public const int Failure = 1;

    /// <summary>Exit code: invalid input (with <c>--ndjson</c>: some line was invalid, every other line was written).</summary>
    public const int InvalidInput = 2;

    private static readonly UTF8Encoding Utf8 = new(false);

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

    /// <summary>Runs the command line on byte streams, as <see cref="Main"/> does: <c>--ndjson</c> then reads and
    /// writes UTF-8 without decoding to text, and writes its output before each read of the input.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdin">Standard input (UTF-8; a byte order mark is skipped).</param>
    /// <param name="stdout">Standard output (UTF-8 without byte order mark).</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        // The reader only reads when a command asks for text; --ndjson and "evaluate -" read the stream itself.
        using var reader = new StreamReader(stdin, Utf8, detectEncodingFromByteOrderMarks: true, 64 * 1024, leaveOpen: true);
        using var writer = new StreamWriter(stdout, Utf8, 64 * 1024, leaveOpen: true);
        return CommandLineRunner.Run(args, new CliIo(reader, writer, stderr, stdin, stdout), CliContext.DefaultEvaluator);
    }

    /// <summary>Runs the command line with text streams (used by the tests); files named on the command line are still
    /// read as bytes.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        CommandLineRunner.Run(args, new CliIo(stdin, stdout, stderr, null, null), CliContext.DefaultEvaluator);

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
