using System.Collections.Generic;

namespace EsmsRules.Baremes;

/// <summary>
/// The campaigns the library knows (2022, the default, then 2023, 2024 and 2025 after their instructions), read from
/// the barème documents embedded in the assembly (<c>Baremes/Campagnes/*.json</c>, see
/// <see cref="BaremeCatalogue.Embedded"/>). Each later campaign is the previous one with only what its instruction
/// changes.
/// </summary>
public static class Campagnes
{
    /// <summary>The default campaign: the 2022 généralisation barème, every value from the texts of 2022.</summary>
    public const string ParDefaut = "2022";

    /// <summary>2022: phase de généralisation (instruction DNS/CNSA/DGCS/2022/34 of 8 Feb 2022); <c>2022.json</c>.</summary>
    public static Bareme Generalisation2022 { get; } = Get("2022");

    /// <summary>2023 (instruction DGCS/DNS/CNSA/2023/13 of 16 Jan 2023): the SAD-only route is dropped (PROJET-04 off);
    /// call from January to 15 September 2023; <c>2023.json</c>.</summary>
    public static Bareme Campagne2023 { get; } = Get("2023");

    /// <summary>2024 (instruction DNS/DGCS/CNSA/2024/15 of 1 Feb 2024): equipment up to 10 000 € per ESSMS; no filing
    /// calendar in the library; <c>2024.json</c>.</summary>
    public static Bareme Campagne2024 { get; } = Get("2024");

    /// <summary>2025 (instruction 2025/40 of 16 Apr 2025, amended 2 Sep 2025): AHI becomes eligible to the SONS; no
    /// effect on the counts; <c>2025.json</c>.</summary>
    public static Bareme Campagne2025 { get; } = Get("2025");

    /// <summary>The campaign identifiers the library knows, oldest first.</summary>
    public static IReadOnlyList<string> Connues => BaremeCatalogue.Embedded.Connues;

    /// <summary>Finds a campaign's barème.</summary>
    /// <param name="campagne">Identifier (<c>2022</c>…); null → <see cref="ParDefaut"/>.</param>
    /// <param name="bareme">The barème when known.</param>
    /// <returns>True when the campaign is known.</returns>
    public static bool TryGet(string? campagne, out Bareme bareme) => BaremeCatalogue.Embedded.TryGet(campagne, out bareme);

    private static Bareme Get(string campagne)
    {
        BaremeCatalogue.Embedded.TryGet(campagne, out var b);
        return b;
    }
}
