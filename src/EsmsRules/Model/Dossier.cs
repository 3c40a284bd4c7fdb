using System.Collections.Generic;
using EsmsRules.Collections;
using EsmsRules.Identifiers;
using NodaTime;

namespace EsmsRules.Model;

/// <summary>
/// A project filed under ESMS numérique (a dossier, as the dossier format describes it in JSON). Immutable; optional
/// facts left null mean "not given": a rule that needs one answers <c>missingInput</c> and names it.
/// </summary>
/// <param name="TypeProjet">Acquisition or mise en conformité.</param>
/// <param name="Porteur">The OG (or grouping entity) that files the project.</param>
/// <param name="Editeur">The DUI solution and its editor.</param>
/// <param name="OrganismesGestionnaires">The OGs of the grappe and their ESSMS, in the order of the list of engaged
/// structures (that order is the rank of the barème from the 50th ESSMS).</param>
/// <remarks>Equality is record equality, lists compared element by element: the lists are immutable copies of what the
/// constructor and <c>init</c> accessors were given.</remarks>
public sealed record Dossier(
    TypeProjet TypeProjet,
    Porteur Porteur,
    Editeur Editeur,
    IReadOnlyList<OrganismeGestionnaire> OrganismesGestionnaires)
{
    private readonly ValueList<OrganismeGestionnaire> _organismesGestionnaires = ValueList.From(OrganismesGestionnaires);
    private readonly ValueList<Mesure> _mesures = ValueList<Mesure>.Empty;
    private readonly ValueList<CommandeSons> _commandesSons = ValueList<CommandeSons>.Empty;

    /// <summary>The OGs of the grappe and their ESSMS, in the order of the list of engaged structures (that order is the
    /// rank of the barème from the 50th ESSMS). An immutable copy of the list given.</summary>
    public IReadOnlyList<OrganismeGestionnaire> OrganismesGestionnaires
    {
        get => _organismesGestionnaires;
        init => _organismesGestionnaires = ValueList.From(value);
    }

    /// <summary>Campaign whose barème applies (<c>2022</c> … <c>2025</c>); null → the default (2022).</summary>
    public string? Campagne { get; init; }

    /// <summary>Filing date (PROJET-07).</summary>
    public LocalDate? DateDepot { get; init; }

    /// <summary>Whether the porteur has national representativeness (ORIENT-02).</summary>
    public bool? RepresentativiteNationale { get; init; }

    /// <summary>Whether the maîtrise d'ouvrage is mature (GRAPPE-03).</summary>
    public bool? MaitriseOuvrageMature { get; init; }

    /// <summary>Planned duration in months from project start to end of deployment (PROJET-06).</summary>
    public int? DureePrevueMois { get; init; }

    /// <summary>Usage measures, for the second payment (VERS-02, CIBLE-*). An immutable copy of the list given.</summary>
    public IReadOnlyList<Mesure> Mesures { get => _mesures; init => _mesures = ValueList.From(value); }

    /// <summary>Expenses actually incurred, in euros (VERS-05).</summary>
    public decimal? DepensesRealisees { get; init; }

    /// <summary>Prestation Ségur orders already placed (SONS-03, SONS-05, strict ESSMS-03). An immutable copy of the list
    /// given.</summary>
    public IReadOnlyList<CommandeSons> CommandesSons { get => _commandesSons; init => _commandesSons = ValueList.From(value); }

    /// <summary>The porteur filed a project in 2021 and was not retained: in campaign 2022 its national call closes
    /// earlier (PROJET-07). Null or false → the normal window: the fact can only narrow it, so its absence is not a
    /// missing input.</summary>
    public bool? NonRetenu2021 { get; init; }
}

/// <summary>The porteur of the project.</summary>
/// <param name="FinessJuridique">Its FINESS juridique.</param>
/// <param name="Champ">Its champ.</param>
public sealed record Porteur(Finess FinessJuridique, Champ Champ)
{
    /// <summary>Subject to the Code de la commande publique (ACHAT-02).</summary>
    public bool? SoumisCodeCommandePublique { get; init; }

    /// <summary>Has a current public contract with the same object (ACHAT-02).</summary>
    public bool? MarcheEnCoursMemeObjet { get; init; }
}

/// <summary>The DUI solution and its editor.</summary>
public sealed record Editeur
{
    /// <summary>Editor or solution name.</summary>
    public string? Nom { get; init; }

    /// <summary>Solution referenced Ségur by the ANS.</summary>
    public bool? ReferenceSegur { get; init; }

    /// <summary>Solution referenced in the SAD (système d'acquisition dynamique).</summary>
    public bool? ReferenceSad { get; init; }

    /// <summary>The editor's quote for the whole project, in euros (FIN-05).</summary>
    public decimal? Devis { get; init; }
}

/// <summary>An organisme gestionnaire (OG) and its ESSMS engaged in the project.</summary>
/// <param name="FinessJuridique">Its FINESS juridique.</param>
/// <param name="Essms">Its ESSMS engaged in the project, in list order.</param>
public sealed record OrganismeGestionnaire(Finess FinessJuridique, IReadOnlyList<Essms> Essms)
{
    private readonly ValueList<Essms> _essms = ValueList.From(Essms);

    /// <summary>Its ESSMS engaged in the project, in list order. An immutable copy of the list given.</summary>
    public IReadOnlyList<Essms> Essms { get => _essms; init => _essms = ValueList.From(value); }

    /// <summary>Name.</summary>
    public string? Nom { get; init; }

    /// <summary>All ESSMS the OG manages in the FINESS base; null → the number listed in the dossier.</summary>
    public int? NombreEssmsFiness { get; init; }

    /// <summary>ANAP self-diagnosis provided (PROJET-05); null reads "not provided".</summary>
    public bool? AutodiagnosticFourni { get; init; }
}

/// <summary>One ESSMS (établissement ou service social ou médico-social), identified by its FINESS géographique.</summary>
/// <param name="FinessGeographique">Its FINESS géographique (ET).</param>
/// <param name="Champ">Its champ.</param>
public sealed record Essms(Finess FinessGeographique, Champ Champ)
{
    /// <summary>Name.</summary>
    public string? Nom { get; init; }

    /// <summary>Declared territory; null → derived from the FINESS prefix.</summary>
    public Territoire? Territoire { get; init; }

    /// <summary>Falls under article L.312-1 of the CASF (ESSMS-01).</summary>
    public bool? RelevantL312_1 { get; init; }

    /// <summary>Already received ESMS numérique funding for a DUI (ESSMS-02).</summary>
    public bool? FinancementEsmsNumeriqueAnterieur { get; init; }

    /// <summary>Ordered a Prestation Ségur for another DUI software (ESSMS-03).</summary>
    public bool? CommandeSonsAutreLogiciel { get; init; }

    /// <summary>Combines essential-life support with "confort" home services (ESSMS-04, MOD-01).</summary>
    public bool? ActivitesConfort { get; init; }

    /// <summary>Attached to a national entity (ESSMS-05).</summary>
    public bool? RattacheEntiteNationale { get; init; }

    /// <summary>Written agreement of the national entity (ESSMS-05); null reads "not provided".</summary>
    public bool? AccordEntiteNationale { get; init; }

    /// <summary>3-digit FINESS category code (SONS-01).</summary>
    public string? CategorieFiness { get; init; }

    /// <summary>Already equipped with a DUI (SONS-01).</summary>
    public bool? EquipeDui { get; init; }

    /// <summary>The territory used by the rules: the declared one, else the one of the FINESS prefix.</summary>
    public Territoire TerritoireEffectif => Territoire ?? FinessGeographique.Territoire;
}

/// <summary>Raw usage counts of one ESSMS (CIBLE-01…05).</summary>
/// <param name="FinessGeographique">The ESSMS measured.</param>
/// <param name="PersonnesAccompagnees">Persons accompanied (file active).</param>
/// <param name="PersonnesEligiblesProjetAccueil">Persons eligible for a projet d'accueil et d'accompagnement.</param>
/// <param name="MessagesMss">Messages sent through MS Santé.</param>
/// <param name="DmpAlimentes">DMP fed with at least one document.</param>
/// <param name="DossiersActifs">Active files.</param>
/// <param name="DossiersActifsAvecProjetPersonnalise">Active files with a projet personnalisé.</param>
/// <param name="DossiersActifsAvecEvenement">Active files with at least one agenda event.</param>
public sealed record Mesure(
    Finess FinessGeographique,
    long PersonnesAccompagnees,
    long PersonnesEligiblesProjetAccueil,
    long MessagesMss,
    long DmpAlimentes,
    long DossiersActifs,
    long DossiersActifsAvecProjetPersonnalise,
    long DossiersActifsAvecEvenement);

/// <summary>A Prestation Ségur order placed by an OG through the SONS.</summary>
/// <param name="FinessJuridique">The OG that ordered.</param>
/// <param name="DateCommande">Order date; null when not given (SONS-05 then asks for it).</param>
/// <param name="Couloir">SONS couloir.</param>
/// <param name="FinessGeographiques">The ESSMS the order covers.</param>
public sealed record CommandeSons(
    Finess FinessJuridique,
    LocalDate? DateCommande,
    Couloir Couloir,
    IReadOnlyList<Finess> FinessGeographiques)
{
    private readonly ValueList<Finess> _finessGeographiques = ValueList.From(FinessGeographiques);

    /// <summary>The ESSMS the order covers. An immutable copy of the list given.</summary>
    public IReadOnlyList<Finess> FinessGeographiques { get => _finessGeographiques; init => _finessGeographiques = ValueList.From(value); }

    /// <summary>Date of the balance request (VA signed by the OG), when made (SONS-05).</summary>
    public LocalDate? DateDemandeSolde { get; init; }

    /// <summary>The order was placed under condition of referencing of the solution (SONS-02).</summary>
    public bool? SousConditionReferencement { get; init; }

    /// <summary>Date a complete referencing file reached the ANS, for an order under condition (SONS-02).</summary>
    public LocalDate? DateDossierReferencement { get; init; }
}
