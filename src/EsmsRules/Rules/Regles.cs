using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Collections;

namespace EsmsRules.Rules;

/// <summary>
/// The rule catalogue: every rule of the default rule set (<see cref="JeuDeRegles.ParDefaut"/>), with its public id,
/// title, references, barème parameters and sentences, in the catalogue's order (ESSMS, GRAPPE, ORIENT, PROJET, ACHAT,
/// FIN, PETITOG, MOD, VERS, CIBLE, SONS); and the ids of the tree's root and sections. <c>docs/regles.md</c> is this
/// catalogue written out (<see cref="CatalogueRegles"/>).
/// </summary>
public static class Regles
{
    /// <summary>Root node of a decision tree (not a rule of the catalogue).</summary>
    public const string Dossier = SyntheseDossier.Identifiant;

    /// <summary>Section node: eligibility of the ESSMS.</summary>
    public const string SectionEligibilite = Rules.SectionEligibilite.Identifiant;

    /// <summary>Section node: grappe.</summary>
    public const string SectionGrappe = Rules.SectionGrappe.Identifiant;

    /// <summary>Section node: orientation.</summary>
    public const string SectionOrientation = Rules.SectionOrientation.Identifiant;

    /// <summary>Section node: recevabilité of the project.</summary>
    public const string SectionRecevabilite = Rules.SectionRecevabilite.Identifiant;

    /// <summary>Section node: procurement.</summary>
    public const string SectionAchat = Rules.SectionAchat.Identifiant;

    /// <summary>Section node: allowable funding.</summary>
    public const string SectionFinancement = Rules.SectionFinancement.Identifiant;

    /// <summary>Section node: payments.</summary>
    public const string SectionVersements = Rules.SectionVersements.Identifiant;

    /// <summary>Section node: Prestation Ségur.</summary>
    public const string SectionSons = SectionPrestationSegur.Identifiant;

    /// <summary>Every rule of the catalogue, in the catalogue's order.</summary>
    public static IReadOnlyList<Regle> Toutes { get; } = ValueList.Wrap(JeuDeRegles.ParDefaut.Regles
        .OrderBy(r => r.Id, Comparer<string>.Create(Engine.Moteur.OrdreDuCatalogue.Comparer))
        .ToArray());

    /// <summary>The rule of the catalogue of id <paramref name="id"/>.</summary>
    /// <param name="id">A rule id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static Regle Get(string id) =>
        JeuDeRegles.ParDefaut.Regle(id ?? throw new ArgumentNullException(nameof(id))) ?? throw new KeyNotFoundException($"Règle inconnue : « {id} ».");
}
