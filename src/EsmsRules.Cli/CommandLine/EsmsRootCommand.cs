using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using EsmsRules.Cli.Commands;
using EsmsRules.Engine;

namespace EsmsRules.Cli.CommandLine;

/// <summary><c>esms-rules</c> itself: its commands, <c>--help</c> and <c>--version</c>. A new command is one class in
/// <c>Commands/</c> and one line here.</summary>
internal sealed class EsmsRootCommand : RootCommand, IHelpEpilogue
{
    public EsmsRootCommand(CliContext context)
        : base("Règles du programme ESMS numérique et de la Prestation Ségur (SONS) : évalue des dossiers de financement et explique chaque décision.")
    {
        TreatUnmatchedTokensAsErrors = false;

        // System.CommandLine's own help and version options write English; ours write French.
        Options.Clear();
        Options.Add(new HelpOption("--help", "-h") { Description = "Affiche l'aide de la commande et de ses options.", Action = new FrenchHelpAction(context.Io) });
        Options.Add(new VersionOption("--version") { Description = "Affiche la version d'EsmsRules.", Action = new PrintVersionAction(context.Io) });

        Add(new EvaluateCommand(context));
        Add(new ReglesCommand(context));
        Add(new SchemaCommand(context));
        Add(new ModeleCommand(context));

        SetAction(_ =>
        {
            context.Io.Err.WriteLine("esms-rules : indiquez une commande.");
            context.Io.Err.WriteLine();
            FrenchHelp.Write(this, context.Io.Err);
            return Program.Failure;
        });
    }

    /// <inheritdoc />
    public string? Epilogue => """
        « esms-rules <commande> --help » décrit une commande et ses options.
        Format du dossier : « esms-rules schema » (JSON Schema) et « esms-rules modele » (dossier modèle) ;
        règles : « esms-rules regles ». Documentation des formats du dossier et de la décision, des barèmes
        et des règles : dossier docs/ du dépôt, https://github.com/esms-rules/esms-rules/tree/main/docs
        """;

    private sealed class FrenchHelpAction : SynchronousCommandLineAction
    {
        private readonly CliIo _io;

        public FrenchHelpAction(CliIo io) => _io = io;

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            FrenchHelp.Write(parseResult.CommandResult.Command, _io.Out);
            return Program.Evaluated;
        }
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        private readonly CliIo _io;

        public PrintVersionAction(CliIo io) => _io = io;

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            _io.Out.WriteLine(typeof(EsmsEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?");
            return Program.Evaluated;
        }
    }

    /// <summary>True for the actions that answer whatever else the command line holds (help, version).</summary>
    public static bool IsInformational(CommandLineAction? action) => action is FrenchHelpAction or PrintVersionAction;
}
