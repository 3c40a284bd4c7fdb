namespace EsmsRules.Cli.Rendu;

/// <summary>The output formats of a single dossier's decision (<c>--format</c>).</summary>
internal enum FormatSortie
{
    /// <summary>The readable tree, for a terminal.</summary>
    Texte,

    /// <summary>The decision's JSON (<c>--json</c>).</summary>
    Json,

    /// <summary>One self-contained HTML page, to print or file.</summary>
    Html,

    /// <summary>GitHub Markdown, for a ticket.</summary>
    Markdown,
}
