using EsmsRules.Cli.CommandLine;
using EsmsRules.Format;

namespace EsmsRules.Cli.Commands;

/// <summary><c>esms-rules modele</c>: a template dossier that fills in every field of the format and evaluates as it
/// is (<see cref="FormatDossier.Modele"/>).</summary>
internal sealed class ModeleCommand : CliCommand
{
    public ModeleCommand(CliContext context)
        : base("modele", "Écrit un dossier modèle (JSON) qui renseigne chaque champ du format et s'évalue tel quel (une "
            + "acquisition par un petit OG de deux ESSMS, avec ses mesures d'usage et une commande SONS).")
    {
        SetAction(_ =>
        {
            context.Io.Out.Write(FormatDossier.Modele());
            return Program.Evaluated;
        });
    }

    /// <inheritdoc />
    public override string Epilogue => """
        Exemple : esms-rules modele > dossier.json, puis esms-rules evaluate dossier.json.
        Code de sortie : 0.
        """;
}
