using System.Collections.Generic;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Model;

namespace EsmsRules.Rules;

/// <summary>An ESSMS kept in the project, with its position in the dossier and its rank (retained ESSMS only, OG by OG
/// in list order).</summary>
/// <param name="Essms">The ESSMS.</param>
/// <param name="Og">Index of its OG in the dossier.</param>
/// <param name="Index">Index in its OG's list.</param>
/// <param name="Rang">Rank in the project (1-based, retained ESSMS only, OG by OG in list order).</param>
public readonly record struct EssmsRetenu(Essms Essms, int Og, int Index, int Rang);

/// <summary>One OG of the dossier as the eligibility section leaves it.</summary>
/// <param name="Og">The OG.</param>
/// <param name="Index">Its index in the dossier.</param>
/// <param name="Retenus">Its retained ESSMS.</param>
/// <param name="RetenusTarifPlein">Its retained ESSMS ranked before the reduced-rate rank.</param>
public sealed record FaitsOg(OrganismeGestionnaire Og, int Index, int Retenus, int RetenusTarifPlein)
{
    /// <summary>Its ESSMS in FINESS: <c>nombreEssmsFiness</c>, else the number listed in the dossier, excluded ones
    /// included.</summary>
    public int NombreEssmsFiness => Og.NombreEssmsFiness ?? Og.Essms.Count;

    /// <summary>Its retained ESSMS ranked from the reduced-rate rank on.</summary>
    public int RetenusTarifReduit => Retenus - RetenusTarifPlein;
}

/// <summary>What the eligibility section establishes: the retained ESSMS with their ranks, the excluded ones.</summary>
/// <param name="Retenus">The retained ESSMS, in rank order.</param>
/// <param name="Exclus">The excluded ESSMS with their first failing rule.</param>
/// <param name="Ogs">Every OG of the dossier, in list order.</param>
/// <param name="Total">Every ESSMS listed.</param>
public sealed record FaitsEligibilite(IReadOnlyList<EssmsRetenu> Retenus, IReadOnlyList<EssmsExclu> Exclus, IReadOnlyList<FaitsOg> Ogs, int Total)
{
    private readonly ValueList<EssmsRetenu> _retenus = ValueList.From(Retenus);
    private readonly ValueList<EssmsExclu> _exclus = ValueList.From(Exclus);
    private readonly ValueList<FaitsOg> _ogs = ValueList.From(Ogs);

    /// <summary>The retained ESSMS, in rank order.</summary>
    public IReadOnlyList<EssmsRetenu> Retenus { get => _retenus; init => _retenus = ValueList.From(value); }

    /// <summary>The excluded ESSMS with their first failing rule.</summary>
    public IReadOnlyList<EssmsExclu> Exclus { get => _exclus; init => _exclus = ValueList.From(value); }

    /// <summary>Every OG of the dossier, in list order.</summary>
    public IReadOnlyList<FaitsOg> Ogs { get => _ogs; init => _ogs = ValueList.From(value); }

    /// <summary>n: the number of retained (eligible) ESSMS.</summary>
    public int N => Retenus.Count;

    /// <summary>The OGs with at least one retained ESSMS.</summary>
    public int OgsAvecRetenus
    {
        get
        {
            var n = 0;
            var listeOg = Ogs;
            for (var iOg = 0; iOg < listeOg.Count; iOg++)
            {
                var og = listeOg[iOg];
                if (og.Retenus > 0)
                {
                    n++;
                }
            }

            return n;
        }
    }
}
