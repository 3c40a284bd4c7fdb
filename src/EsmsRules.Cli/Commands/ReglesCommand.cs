using EsmsRules.Cli.CommandLine;
using EsmsRules.Rules;

namespace EsmsRules.Cli.Commands;

/// <summary><c>esms-rules regles</c>: the rule catalogue written from the rule objects (<see cref="CatalogueRegles"/>),
/// the same text as <c>docs/regles.md</c>.</summary>
internal sealed class ReglesCommand : CliCommand
{
    private readonly CliContext _context;

    public ReglesCommand(CliContext context)
        : base("regles", "Écrit le catalogue des règles (Markdown) : pour chaque section et chaque règle, son identifiant, son titre, "
            + "les textes publics qu'elle suit, les paramètres du barème qu'elle lit, ses issues et ses phrases.")
    {
        _context = context;
        SetAction(_ =>
        {
            _context.Io.Out.Write(CatalogueRegles.ToMarkdown());
            return Program.Evaluated;
        });
    }

    /// <inheritdoc />
    public override string Epilogue => "Code de sortie : 0.";
}
