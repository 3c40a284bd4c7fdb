using System.CommandLine;

namespace EsmsRules.Cli.CommandLine;

/// <summary>What <see cref="FrenchHelp"/> writes after a command's options (exit codes, notes).</summary>
internal interface IHelpEpilogue
{
    /// <summary>The text, or null.</summary>
    string? Epilogue { get; }
}

/// <summary>A command of <c>esms-rules</c> (one class per command, in <c>Commands/</c>): System.CommandLine parses its
/// arguments and options; the French help and the French parse errors are written by <see cref="CommandLineRunner"/>.</summary>
internal abstract class CliCommand : Command, IHelpEpilogue
{
    protected CliCommand(string name, string description)
        : base(name, description)
    {
        // Unknown tokens are reported by CommandLineRunner, in French, rather than by System.CommandLine.
        TreatUnmatchedTokensAsErrors = false;
    }

    /// <inheritdoc />
    public virtual string? Epilogue => null;
}
