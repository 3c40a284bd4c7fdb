using System.IO;

namespace EsmsRules.Cli.CommandLine;

/// <summary>The standard streams of one run: as text, and as bytes when the caller has them (<see cref="Program.Main"/>
/// does; the tests may give text only). Files named on the command line are opened by the commands themselves.</summary>
internal sealed class CliIo
{
    public CliIo(TextReader @in, TextWriter @out, TextWriter err, Stream? inBytes, Stream? outBytes)
    {
        In = @in;
        Out = @out;
        Err = err;
        InBytes = inBytes;
        OutBytes = outBytes;
    }

    /// <summary>Standard input as text.</summary>
    public TextReader In { get; }

    /// <summary>Standard output as text.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Err { get; }

    /// <summary>Standard input as bytes, when available (then <see cref="In"/> is not read).</summary>
    public Stream? InBytes { get; }

    /// <summary>Standard output as bytes, when available (used by <c>--ndjson</c> only, <see cref="Out"/> otherwise).</summary>
    public Stream? OutBytes { get; }
}
