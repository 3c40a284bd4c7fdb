using System;
using EsmsRules.Baremes;

namespace EsmsRules.Decisions;

/// <summary>
/// The French labels of the values a decision shows, for a page or a report read by people ("régional (ARS)", "SAD
/// obligatoire", "sans objet") where the JSON has its wire values (<c>regional</c>, <c>sad</c>, <c>sansObjet</c>).
/// </summary>
public static class Libelles
{
    /// <summary>The orientation: « régional (ARS) », « national (CNSA) », « SONS uniquement (Prestation Ségur) », « non
    /// recevable ».</summary>
    /// <param name="orientation">The orientation.</param>
    /// <returns>Its label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value the enum does not declare.</exception>
    public static string Orientation(Orientation orientation) => orientation switch
    {
        Decisions.Orientation.Regional => "régional (ARS)",
        Decisions.Orientation.National => "national (CNSA)",
        Decisions.Orientation.SonsUniquement => "SONS uniquement (Prestation Ségur)",
        Decisions.Orientation.NonRecevable => "non recevable",
        _ => throw new ArgumentOutOfRangeException(nameof(orientation), orientation, null),
    };

    /// <summary>The instructing authority: « ARS », « CNSA (avec la DNS) ».</summary>
    /// <param name="instructeur">The authority.</param>
    /// <returns>Its label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value the enum does not declare.</exception>
    public static string Instructeur(Instructeur instructeur) => instructeur switch
    {
        Decisions.Instructeur.ARS => "ARS",
        Decisions.Instructeur.CNSA => "CNSA (avec la DNS)",
        _ => throw new ArgumentOutOfRangeException(nameof(instructeur), instructeur, null),
    };

    /// <summary>The procurement procedure: « SAD obligatoire », « marché en cours », « libre (SAD non obligatoire) »,
    /// « sans objet ».</summary>
    /// <param name="procedure">The procedure.</param>
    /// <returns>Its label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value the enum does not declare.</exception>
    public static string ProcedureAchat(ProcedureAchat procedure) => procedure switch
    {
        Decisions.ProcedureAchat.Sad => "SAD obligatoire",
        Decisions.ProcedureAchat.MarcheEnCours => "marché en cours",
        Decisions.ProcedureAchat.Libre => "libre (SAD non obligatoire)",
        Decisions.ProcedureAchat.SansObjet => "sans objet",
        _ => throw new ArgumentOutOfRangeException(nameof(procedure), procedure, null),
    };

    /// <summary>A referencing of the solution: « référencée Ségur », « référencée au SAD ».</summary>
    /// <param name="referencement">The referencing.</param>
    /// <returns>Its label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value the enum does not declare.</exception>
    public static string Referencement(Referencement referencement) => referencement switch
    {
        Decisions.Referencement.Segur => "référencée Ségur",
        Decisions.Referencement.Sad => "référencée au SAD",
        _ => throw new ArgumentOutOfRangeException(nameof(referencement), referencement, null),
    };

    /// <summary>A rule's outcome: « satisfaite », « non satisfaite », « sans objet », « à apprécier », « donnée
    /// manquante ».</summary>
    /// <param name="resultat">The outcome.</param>
    /// <returns>Its label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value the enum does not declare.</exception>
    public static string Resultat(Resultat resultat) => resultat switch
    {
        Decisions.Resultat.Satisfied => "satisfaite",
        Decisions.Resultat.NotSatisfied => "non satisfaite",
        Decisions.Resultat.NotApplicable => "sans objet",
        Decisions.Resultat.ReviewRequired => "à apprécier",
        Decisions.Resultat.MissingInput => "donnée manquante",
        _ => throw new ArgumentOutOfRangeException(nameof(resultat), resultat, null),
    };

    /// <summary>Why the barème was chosen: « campagne du dossier », « date de dépôt », « barème par défaut », « choisi
    /// par l'appelant ».</summary>
    /// <param name="motif">The reason.</param>
    /// <returns>Its label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value the enum does not declare.</exception>
    public static string MotifSelection(MotifSelection motif) => motif switch
    {
        Baremes.MotifSelection.Campagne => "campagne du dossier",
        Baremes.MotifSelection.DateDepot => "date de dépôt",
        Baremes.MotifSelection.ParDefaut => "barème par défaut",
        Baremes.MotifSelection.Options => "choisi par l'appelant",
        _ => throw new ArgumentOutOfRangeException(nameof(motif), motif, null),
    };

    /// <summary>The verdict: « oui », « non », « indéterminé (données manquantes) ».</summary>
    /// <param name="recevable">The decision's <see cref="Decision.Recevable"/>.</param>
    /// <returns>Its label.</returns>
    public static string Recevable(bool? recevable) => recevable switch
    {
        true => "oui",
        false => "non",
        null => "indéterminé (données manquantes)",
    };
}
