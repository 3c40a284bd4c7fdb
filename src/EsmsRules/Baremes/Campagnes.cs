using System;
using System.Collections.Generic;
using NodaTime;

namespace EsmsRules.Baremes;

/// <summary>
/// The campaigns the library knows (RULES.md §8b, §10.14). Each later campaign is the previous one with only what its
/// instruction changes.
/// </summary>
public static class Campagnes
{
    /// <summary>The default campaign: the 2022 généralisation barème, fully sourced by the seeds.</summary>
    public const string ParDefaut = "2022";

    /// <summary>2022: phase de généralisation (instruction DNS/CNSA/DGCS/2022/34 of 8 Feb 2022).</summary>
    public static Bareme Generalisation2022 { get; } = new();

    /// <summary>2023 (instruction DGCS/DNS/CNSA/2023/13 of 16 Jan 2023): the SAD-only route is dropped (PROJET-04 off);
    /// call from January to 15 September 2023.</summary>
    public static Bareme Campagne2023 { get; } = Generalisation2022 with
    {
        Campagne = "2023",
        Libelle = "ESMS numérique, campagne 2023",
        DatePublication = new LocalDate(2023, 1, 16),
        Source = "Instruction n°DGCS/DNS/CNSA/2023/13 du 16 janvier 2023 (RULES.md §8b)",
        NonSegurAutoriseAcquisition = false,
        FenetreRegionale = new FenetreDepot(new LocalDate(2023, 1, 1), new LocalDate(2023, 9, 15)),
        FenetreNationale = new FenetreDepot(new LocalDate(2023, 1, 1), new LocalDate(2023, 9, 15)),
    };

    /// <summary>2024 (instruction DNS/DGCS/CNSA/2024/15 of 1 Feb 2024): equipment up to 10 000 € per ESSMS; no filing
    /// calendar in the library.</summary>
    public static Bareme Campagne2024 { get; } = Campagne2023 with
    {
        Campagne = "2024",
        Libelle = "ESMS numérique, campagne 2024",
        DatePublication = new LocalDate(2024, 2, 1),
        Source = "Instruction n°DNS/DGCS/CNSA/2024/15 du 1er février 2024 (RULES.md §8b)",
        EquipementParEssms = 10_000m,
        FenetreRegionale = null,
        FenetreNationale = null,
    };

    /// <summary>2025 (instruction 2025/40 of 16 Apr 2025, amended 2 Sep 2025): AHI becomes eligible to the SONS; no
    /// effect on the counts.</summary>
    public static Bareme Campagne2025 { get; } = Campagne2024 with
    {
        Campagne = "2025",
        Libelle = "ESMS numérique, campagne 2025",
        DatePublication = new LocalDate(2025, 4, 16),
        Source = "Instruction n°2025/40 du 16 avril 2025, modifiée le 2 septembre 2025 (RULES.md §8b)",
    };

    private static readonly Dictionary<string, Bareme> ParCampagne = new(StringComparer.Ordinal)
    {
        ["2022"] = Generalisation2022,
        ["2023"] = Campagne2023,
        ["2024"] = Campagne2024,
        ["2025"] = Campagne2025,
    };

    /// <summary>The campaign identifiers the library knows, oldest first.</summary>
    public static IReadOnlyList<string> Connues { get; } = new[] { "2022", "2023", "2024", "2025" };

    /// <summary>Finds a campaign's barème.</summary>
    /// <param name="campagne">Identifier (<c>2022</c>…); null → <see cref="ParDefaut"/>.</param>
    /// <param name="bareme">The barème when known.</param>
    /// <returns>True when the campaign is known.</returns>
    public static bool TryGet(string? campagne, out Bareme bareme)
    {
        if (ParCampagne.TryGetValue(campagne ?? ParDefaut, out var found))
        {
            bareme = found;
            return true;
        }

        bareme = Generalisation2022;
        return false;
    }
}
