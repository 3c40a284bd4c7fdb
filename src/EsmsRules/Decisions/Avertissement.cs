namespace EsmsRules.Decisions;

/// <summary>
/// Something in the input that was accepted but deserves a look (JSON <c>avertissements</c>): an unknown field that was
/// ignored, a measure or an order naming an ESSMS that is not in the dossier. A warning never changes a figure.
/// </summary>
/// <param name="Code">Stable code, see <see cref="AvertissementCodes"/>.</param>
/// <param name="Chemin">JSON path of what is reported (<c>$.editeur.devi</c>).</param>
/// <param name="Message">French message (for an unknown field, the nearest known name when one is close).</param>
public sealed record Avertissement(string Code, string Chemin, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Chemin} : {Message} [{Code}]";
}

/// <summary>The stable codes of <see cref="Avertissement"/>.</summary>
public static class AvertissementCodes
{
    /// <summary>A field the dossier format does not know: ignored (refused in strict mode).</summary>
    public const string ChampInconnu = "champInconnu";

    /// <summary>A <c>mesures</c> entry or a <c>commandesSons</c> FINESS géographique naming no ESSMS of the dossier:
    /// ignored for the figures.</summary>
    public const string FinessInconnu = "finessInconnu";
}
