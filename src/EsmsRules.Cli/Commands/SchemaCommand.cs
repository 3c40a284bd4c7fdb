using System.CommandLine;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Format;

namespace EsmsRules.Cli.Commands;

/// <summary><c>esms-rules schema [--strict]</c>: the JSON Schema (draft 2020-12) of the dossier, derived from the one
/// description of the format the reader follows (<see cref="FormatDossier.JsonSchema"/>).</summary>
internal sealed class SchemaCommand : CliCommand
{
    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Refuse aussi les champs inconnus du format (additionalProperties: false), comme\u00a0«\u00a0evaluate --strict\u00a0» ; "
            + "sans --strict, ils sont admis, comme le lecteur les admet en les signalant.",
    };

    public SchemaCommand(CliContext context)
        : base("schema", "Écrit le JSON Schema (draft 2020-12) du dossier : chaque objet, chaque champ avec son type, s'il est "
            + "obligatoire, ses valeurs admises, ses bornes et un exemple.")
    {
        Add(_strict);
        SetAction(parseResult =>
        {
            context.Io.Out.WriteLine(FormatDossier.JsonSchema(parseResult.GetValue(_strict)));
            return Program.Evaluated;
        });
    }

    /// <inheritdoc />
    public override string Epilogue => """
        Le lecteur vérifie en plus ce qu'un schéma ne peut pas dire : clé des numéros FINESS, dates réelles,
        ESSMS en double, campagne connue, limites sur l'ensemble du dossier.
        Code de sortie : 0.
        """;
}
