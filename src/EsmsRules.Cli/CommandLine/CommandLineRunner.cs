using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using EsmsRules.Engine;

namespace EsmsRules.Cli.CommandLine;

/// <summary>Parses the command line with System.CommandLine and runs the command it names; parse errors are written in
/// French where the tool can tell what they are (unknown option, command or argument; option without its value).</summary>
internal static class CommandLineRunner
{
    public static int Run(string[] args, CliIo io, Func<EvaluationOptions, IDossierEvaluator> evaluators)
    {
        try
        {
            var root = new EsmsRootCommand(new CliContext(io, evaluators));

            // No response files: an argument starting with '@' is a file name like any other.
            var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (!EsmsRootCommand.IsInformational(result.Action) && (result.Errors.Count > 0 || result.UnmatchedTokens.Count > 0))
            {
                return ReportParseErrors(result, io);
            }

            return result.Invoke(new InvocationConfiguration
            {
                Output = io.Out,
                Error = io.Err,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
#pragma warning disable CA1031 // The command line reports any failure as exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            io.Err.WriteLine("esms-rules : erreur inattendue : " + ex.Message);
            return Program.Failure;
        }
    }

    /// <summary>Every problem of the command line, one line each, then where to find the usage; exit code 1.</summary>
    private static int ReportParseErrors(ParseResult result, CliIo io)
    {
        var command = result.CommandResult.Command;
        var messages = new List<string>();
        foreach (var token in result.UnmatchedTokens)
        {
            messages.Add(UnknownToken(token, command is RootCommand));
        }

        foreach (var error in result.Errors)
        {
            messages.Add(error.SymbolResult is OptionResult { Tokens.Count: 0 } option && option.Option.Arity.MinimumNumberOfValues > 0
                ? $"l'option {option.Option.Name} attend une valeur ({option.Option.HelpName ?? "VALEUR"})."
                : error.Message);
        }

        foreach (var message in messages)
        {
            io.Err.WriteLine("esms-rules : " + message);
        }

        io.Err.WriteLine($"Voir « {FrenchHelp.Path(command)} --help ».");
        return Program.Failure;
    }

    /// <summary>The message for a token no command, option or argument takes.</summary>
    public static string UnknownToken(string token, bool atRoot) =>
        token.Length > 1 && token[0] == '-' ? $"option inconnue « {token} »."
        : atRoot ? $"commande inconnue « {token} »."
        : $"argument inattendu « {token} ».";
}
