using System;
using System.Collections.Generic;
using EsmsRules.Decisions;

namespace EsmsRules.Rules;

/// <summary>An amount a funding rule allocated, as the section FINANCEMENT records it.</summary>
/// <param name="Regle">The rule's id.</param>
/// <param name="Ligne">The line of the funding it goes to.</param>
/// <param name="Montant">The amount.</param>
/// <param name="ParOrganisme">Each OG's share (every OG of the dossier, in list order); null at project level.</param>
public sealed record LigneAllouee(string Regle, LigneFinancement Ligne, decimal Montant, IReadOnlyList<decimal>? ParOrganisme);

/// <summary>
/// What the section FINANCEMENT establishes for its rules: which OGs are small — an OG with
/// retained ESSMS whose ESSMS in FINESS are below the barème's threshold — and the amounts its rules have allocated so
/// far, line by line. The section hands its rules these facts growing as they conclude (<see cref="Faits.Allocations"/>),
/// and sums them into the decision's funding (<see cref="Totaliser"/>).
/// </summary>
/// <remarks>Immutable: <see cref="Avec"/> gives a copy with one more amount.</remarks>
public sealed record FaitsFinancement
{
    private readonly LigneAllouee[] _lignes;

    /// <summary>The facts before any funding rule concludes.</summary>
    /// <param name="ogs">Every OG of the dossier, in list order (as the eligibility section leaves them).</param>
    /// <param name="petitsOg">For each OG, whether it is a small OG with retained ESSMS.</param>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public FaitsFinancement(IReadOnlyList<FaitsOg> ogs, IReadOnlyList<bool> petitsOg)
    {
        Ogs = ogs ?? throw new ArgumentNullException(nameof(ogs));
        PetitsOg = petitsOg ?? throw new ArgumentNullException(nameof(petitsOg));
        if (petitsOg.Count != ogs.Count)
        {
            throw new ArgumentException($"{petitsOg.Count} indications de petit OG pour {ogs.Count} OG.", nameof(petitsOg));
        }

        var essms = 0;
        for (var i = 0; i < ogs.Count; i++)
        {
            if (petitsOg[i])
            {
                essms += ogs[i].Retenus;
            }
        }

        EssmsPetitsOg = essms;
        _lignes = Array.Empty<LigneAllouee>();
    }

    /// <summary>Every OG of the dossier, in list order.</summary>
    public IReadOnlyList<FaitsOg> Ogs { get; }

    /// <summary>For each OG of <see cref="Ogs"/>, whether it is a small OG (« organisme gestionnaire de petite taille », appel à projets, « Modalités de financement ») with retained
    /// ESSMS.</summary>
    public IReadOnlyList<bool> PetitsOg { get; }

    /// <summary>The retained ESSMS of the small OGs.</summary>
    public int EssmsPetitsOg { get; }

    /// <summary>The grappe has a small OG (with retained ESSMS).</summary>
    public bool APetitOg => EssmsPetitsOg > 0;

    /// <summary>The amounts allocated so far, in the order the rules concluded.</summary>
    public IReadOnlyList<LigneAllouee> Lignes => _lignes;

    /// <summary>The ceiling of the part éditeur (<see cref="LigneFinancement.PlafondEditeur"/>); null when no rule has
    /// set one.</summary>
    public decimal? Plafond => Montant(LigneFinancement.PlafondEditeur);

    /// <summary>A copy with one more amount.</summary>
    /// <param name="ligne">The amount.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">Its shares are not one per OG.</exception>
    internal FaitsFinancement Avec(LigneAllouee ligne)
    {
        if (ligne is null)
        {
            throw new ArgumentNullException(nameof(ligne));
        }

        if (ligne.ParOrganisme is { } parts && parts.Count != Ogs.Count)
        {
            throw new ArgumentException($"{ligne.Regle} répartit son montant entre {parts.Count} OG ; le dossier en compte {Ogs.Count}.", nameof(ligne));
        }

        var lignes = new LigneAllouee[_lignes.Length + 1];
        Array.Copy(_lignes, lignes, _lignes.Length);
        lignes[_lignes.Length] = ligne;
        return new FaitsFinancement(this, lignes);
    }

    private FaitsFinancement(FaitsFinancement origine, LigneAllouee[] lignes)
    {
        Ogs = origine.Ogs;
        PetitsOg = origine.PetitsOg;
        EssmsPetitsOg = origine.EssmsPetitsOg;
        _lignes = lignes;
    }

    /// <summary>The sum of the amounts allocated on <paramref name="ligne"/>; null when none is.</summary>
    /// <param name="ligne">The line.</param>
    /// <returns>The sum or null.</returns>
    public decimal? Montant(LigneFinancement ligne)
    {
        decimal? somme = null;
        foreach (var l in _lignes)
        {
            if (l.Ligne == ligne)
            {
                somme = (somme ?? 0m) + l.Montant;
            }
        }

        return somme;
    }

    /// <summary>Each OG's share of <paramref name="ligne"/>: the sum of the shares its rules gave (amounts at project
    /// level are not shared).</summary>
    /// <param name="ligne">The line.</param>
    /// <returns>One share per OG of <see cref="Ogs"/>.</returns>
    public decimal[] ParOrganisme(LigneFinancement ligne)
    {
        var parts = new decimal[Ogs.Count];
        foreach (var l in _lignes)
        {
            if (l.Ligne == ligne && l.ParOrganisme is { } p)
            {
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] += p[i];
                }
            }
        }

        return parts;
    }

    /// <summary>
    /// The funding these amounts make: each line is the sum of its amounts; the part
    /// éditeur is that of <see cref="LigneFinancement.PartEditeur"/>, or the ceiling when no rule gave one (FIN-05
    /// removed); the total is the sum of the five lines. Each OG gets the shares the rules gave it of the part ESSMS,
    /// part éditeur and equipment; the AMOA lines stay at project level.
    /// </summary>
    /// <returns>The funding, every OG of the dossier listed.</returns>
    internal Financement Totaliser()
    {
        var partEssms = Montant(LigneFinancement.PartEssms) ?? 0m;
        var ligneEditeur = Montant(LigneFinancement.PartEditeur) is null ? LigneFinancement.PlafondEditeur : LigneFinancement.PartEditeur;
        var partEditeur = Montant(ligneEditeur) ?? 0m;
        var equipements = Montant(LigneFinancement.Equipements) ?? 0m;
        var amoaMarche = Montant(LigneFinancement.AmoaMarche) ?? 0m;
        var amoaProjet = Montant(LigneFinancement.AmoaProjet) ?? 0m;
        var essmsOg = ParOrganisme(LigneFinancement.PartEssms);
        var editeurOg = ParOrganisme(ligneEditeur);
        var equipementOg = ParOrganisme(LigneFinancement.Equipements);
        var parOg = new FinancementOrganisme[Ogs.Count];
        for (var i = 0; i < parOg.Length; i++)
        {
            parOg[i] = new FinancementOrganisme(Ogs[i].Og.FinessJuridique, essmsOg[i], editeurOg[i], equipementOg[i], essmsOg[i] + editeurOg[i] + equipementOg[i]);
        }

        return new Financement(partEssms, partEditeur, equipements, amoaMarche, amoaProjet,
            partEssms + partEditeur + equipements + amoaMarche + amoaProjet, EsmsRules.Collections.ValueList.Wrap(parOg));
    }
}
