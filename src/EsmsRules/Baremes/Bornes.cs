namespace EsmsRules.Baremes;

/// <summary>
/// The bounds of a barème's values: what the texts can mean, with a wide margin, and small enough that no evaluation
/// can overflow (the largest product the rules form, a number of ESSMS times a rate, or a share of the quote times a
/// ceiling, stays far below the range of <see cref="decimal"/>). A document beyond them is refused (code
/// <c>outOfRange</c>); <c>Baremes/README.md</c> lists them.
/// </summary>
internal static class Bornes
{
    /// <summary>Largest amount, in euros (one billion): the texts' largest is 100 000 € per project.</summary>
    public const decimal MontantMaximum = 1_000_000_000m;

    /// <summary>Largest size, threshold, rank or tranche bound, in ESSMS (one million: France has about 40 000 ESSMS).</summary>
    public const int NombreMaximum = 1_000_000;

    /// <summary>Largest delay in days (ten years).</summary>
    public const int JoursMaximum = 3_650;

    /// <summary>Largest duration in months (ten years): the texts' longest is 18 months.</summary>
    public const int MoisMaximum = 120;

    /// <summary>Largest rate and ratio (1 = 100 %).</summary>
    public const decimal TauxMaximum = 1m;

    /// <summary>Largest percentage.</summary>
    public const decimal PourcentageMaximum = 100m;
}
