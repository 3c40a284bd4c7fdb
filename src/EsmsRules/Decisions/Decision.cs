using System.Collections.Generic;
using EsmsRules.Identifiers;

namespace EsmsRules.Decisions;

/// <summary>
/// The decision on a dossier (CONTRACT.md "Decision"): verdict, orientation, procurement, funding, payments,
/// Prestation Ségur, the three lists of rule ids and fields, and the explained tree.
/// </summary>
/// <param name="Recevable">True, false, or null when the verdict hangs on missing inputs.</param>
/// <param name="Orientation">Orientation; null when undetermined.</param>
/// <param name="Instructeur">Instructing authority; null when none.</param>
/// <param name="ProcedureAchat">Procurement; null when not recevable.</param>
/// <param name="ReferencementsAcceptes">Referencings PROJET-01/02/03 accept.</param>
/// <param name="EssmsRetenus">Number of eligible ESSMS (n).</param>
/// <param name="EssmsExclus">Excluded ESSMS with their first failing rule.</param>
/// <param name="Financement">ESMS numérique funding.</param>
/// <param name="Versements">Payment schedule.</param>
/// <param name="PrestationSegur">Prestation Ségur per OG.</param>
/// <param name="ReglesNonSatisfaites">Ids with a notSatisfied outcome, sorted.</param>
/// <param name="AApprecier">Ids with a reviewRequired outcome, sorted.</param>
/// <param name="DonneesManquantes">Contract field names whose absence decided a missingInput, sorted.</param>
/// <param name="Arbre">The explained decision tree.</param>
/// <param name="Campagne">The campaign whose barème was used.</param>
public sealed record Decision(
    bool? Recevable,
    Orientation? Orientation,
    Instructeur? Instructeur,
    ProcedureAchat? ProcedureAchat,
    IReadOnlyList<Referencement> ReferencementsAcceptes,
    int EssmsRetenus,
    IReadOnlyList<EssmsExclu> EssmsExclus,
    Financement Financement,
    IReadOnlyList<Versement> Versements,
    IReadOnlyList<PrestationSegurOrganisme> PrestationSegur,
    IReadOnlyList<string> ReglesNonSatisfaites,
    IReadOnlyList<string> AApprecier,
    IReadOnlyList<string> DonneesManquantes,
    DecisionNode Arbre,
    string Campagne);

/// <summary>An ESSMS removed from the project.</summary>
/// <param name="FinessGeographique">Its FINESS géographique.</param>
/// <param name="Regle">Its first failing rule, in id order.</param>
public sealed record EssmsExclu(Finess FinessGeographique, string Regle);

/// <summary>ESMS numérique funding of the project, in euros.</summary>
/// <param name="PartEssms">FIN-01 / FIN-04.</param>
/// <param name="PartEditeur">FIN-02 / FIN-03 after FIN-05.</param>
/// <param name="Equipements">PETITOG-01.</param>
/// <param name="AmoaMarche">PETITOG-02.</param>
/// <param name="AmoaProjet">PETITOG-03.</param>
/// <param name="Total">Sum of the five.</param>
/// <param name="ParOrganisme">Per-OG shares (every OG of the input).</param>
public sealed record Financement(
    decimal PartEssms,
    decimal PartEditeur,
    decimal Equipements,
    decimal AmoaMarche,
    decimal AmoaProjet,
    decimal Total,
    IReadOnlyList<FinancementOrganisme> ParOrganisme);

/// <summary>One OG's share of the funding (project-level amounts excluded).</summary>
/// <param name="FinessJuridique">The OG.</param>
/// <param name="PartEssms">Part ESSMS over its ESSMS at their ranks.</param>
/// <param name="PartEditeur">Its part éditeur.</param>
/// <param name="Equipements">Its equipment.</param>
/// <param name="Total">Sum of the three.</param>
public sealed record FinancementOrganisme(Finess FinessJuridique, decimal PartEssms, decimal PartEditeur, decimal Equipements, decimal Total);

/// <summary>One payment of the ESMS numérique credits.</summary>
/// <param name="Ordre">1 or 2.</param>
/// <param name="Taux">Rate of the total.</param>
/// <param name="Montant">Amount in euros.</param>
public sealed record Versement(int Ordre, decimal Taux, decimal Montant);

/// <summary>The Prestation Ségur of one OG (SONS-06, SONS-07).</summary>
/// <param name="FinessJuridique">The OG (client of the order).</param>
/// <param name="NombreEssms">Its SONS-eligible ESSMS counted.</param>
/// <param name="Tranche">Tranche A…F.</param>
/// <param name="MontantParEssms">€ TTC per ESSMS.</param>
/// <param name="Total">Number × amount.</param>
/// <param name="Avance">30 % advance.</param>
/// <param name="Solde">Balance.</param>
public sealed record PrestationSegurOrganisme(
    Finess FinessJuridique,
    int NombreEssms,
    string Tranche,
    decimal MontantParEssms,
    decimal Total,
    decimal Avance,
    decimal Solde);
