namespace EsmsRules.Format;

/// <summary>
/// The dossier's JSON format as the library reads it, for users: its JSON Schema, its documentation and a template
/// dossier, all derived from the one description the reader follows (so they cannot drift from what is accepted).
/// <c>esms-rules schema</c>, <c>esms-rules modele</c> and <c>docs/format-dossier.md</c> are these texts.
/// </summary>
public static class FormatDossier
{
    /// <summary>The JSON Schema (draft 2020-12) of a dossier: each object, each field with its type, whether it is
    /// required, its values, bounds and an example. A document the schema refuses is refused by the reader; the reader
    /// also checks what a schema cannot say (FINESS check keys, real dates, duplicates, the campaign, the limits over
    /// the whole dossier).</summary>
    /// <param name="strict">Refuse the fields the format does not know (<c>additionalProperties: false</c>), as
    /// <c>EvaluationOptions.Strict</c> does; otherwise they are allowed, as the reader accepts them with a warning.</param>
    /// <returns>The schema, indented JSON.</returns>
    public static string JsonSchema(bool strict = false) => DossierFormatExport.Schema(strict);

    /// <summary>The documentation of the format in Markdown (French): one table per object (field, type and bounds,
    /// required, description, example), the limits, and the template dossier of <see cref="Modele"/>.</summary>
    /// <returns>The Markdown text, lines ending with <c>\n</c>.</returns>
    public static string ToMarkdown() => DossierFormatExport.Documentation();

    /// <summary>A template dossier that fills in every field of the format with a plausible value (an acquisition by a
    /// small OG of two ESSMS, with usage measures and a SONS order) and evaluates as it is.</summary>
    /// <returns>The dossier's JSON, indented, lines ending with <c>\n</c>.</returns>
    public static string Modele() => DossierFormatExport.Modele();
}
