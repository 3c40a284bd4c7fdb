using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>An acquisition (or renewal) of a DUI solution by <paramref name="porteur"/> with these OGs:
    /// <c>Dossier.Acquisition(porteur, editeur, og1, og2, og3) with { Campagne = "2022", DateDepot = … }</c>.</summary>
    /// <param name="porteur">The porteur.</param>
    /// <param name="editeur">The DUI solution and its editor.</param>
    /// <param name="organismesGestionnaires">The OGs of the grappe, in the order of the list of engaged structures.</param>
    /// <returns>The dossier.</returns>
    public static Dossier Acquisition(Porteur porteur, Editeur editeur, params OrganismeGestionnaire[] organismesGestionnaires) =>
        new(TypeProjet.Acquisition, porteur, editeur, organismesGestionnaires);

    /// <summary>A mise en conformité (an upgrade to a Ségur-referenced version of the solution in use) by
    /// <paramref name="porteur"/> with these OGs.</summary>
    /// <param name="porteur">The porteur.</param>
    /// <param name="editeur">The DUI solution and its editor.</param>
    /// <param name="organismesGestionnaires">The OGs of the grappe, in the order of the list of engaged structures.</param>
    /// <returns>The dossier.</returns>
    public static Dossier MiseEnConformite(Porteur porteur, Editeur editeur, params OrganismeGestionnaire[] organismesGestionnaires) =>
        new(TypeProjet.MiseEnConformite, porteur, editeur, organismesGestionnaires);

    /// <summary>A copy of this dossier with <paramref name="organismesGestionnaires"/> added after its OGs.</summary>
    /// <param name="organismesGestionnaires">The OGs added, in order.</param>
    /// <returns>The new dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organismesGestionnaires"/> is null.</exception>
    public Dossier AddOrganismes(params OrganismeGestionnaire[] organismesGestionnaires) =>
        this with { OrganismesGestionnaires = (OrganismesGestionnaires ?? Array.Empty<OrganismeGestionnaire>()).Concat(organismesGestionnaires ?? throw new ArgumentNullException(nameof(organismesGestionnaires))).ToArray() };

    /// <summary>A copy of this dossier with <paramref name="essms"/> added at the end of the ESSMS of the OG
    /// <paramref name="finessJuridique"/> (instead of three nested <c>with</c>).</summary>
    /// <param name="finessJuridique">The OG's FINESS juridique.</param>
    /// <param name="essms">The ESSMS added, in order.</param>
    /// <returns>The new dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="essms"/> is null.</exception>
    /// <exception cref="ArgumentException">No OG of the dossier has that FINESS juridique.</exception>
    public Dossier AddEssms(Finess finessJuridique, params Essms[] essms)
    {
        if (essms is null)
        {
            throw new ArgumentNullException(nameof(essms));
        }

        var ogs = OrganismesGestionnaires ?? Array.Empty<OrganismeGestionnaire>();
        var trouve = false;
        var nouveaux = ogs.Select(og =>
        {
            if (trouve || og.FinessJuridique != finessJuridique)
            {
                return og;
            }

            trouve = true;
            return og.AddEssms(essms);
        }).ToArray();
        return trouve
            ? this with { OrganismesGestionnaires = nouveaux }
            : throw new ArgumentException($"Aucun organisme gestionnaire {finessJuridique} dans le dossier.", nameof(finessJuridique));
    }

    /// <summary>A copy of this dossier where the ESSMS <paramref name="finessGeographique"/> is replaced by what
    /// <paramref name="remplacement"/> makes of it: <c>d.ReplaceEssms(f, e => e with { EquipeDui = true })</c>.</summary>
    /// <param name="finessGeographique">The ESSMS's FINESS géographique.</param>
    /// <param name="remplacement">Its replacement, from the ESSMS.</param>
    /// <returns>The new dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="remplacement"/> is null.</exception>
    /// <exception cref="ArgumentException">No ESSMS of the dossier has that FINESS géographique.</exception>
    public Dossier ReplaceEssms(Finess finessGeographique, Func<Essms, Essms> remplacement)
    {
        if (remplacement is null)
        {
            throw new ArgumentNullException(nameof(remplacement));
        }

        var trouve = false;
        var ogs = (OrganismesGestionnaires ?? Array.Empty<OrganismeGestionnaire>()).Select(og =>
        {
            if (trouve || og.Essms is null || !og.Essms.Any(e => e.FinessGeographique == finessGeographique))
            {
                return og;
            }

            trouve = true;
            return og with { Essms = og.Essms.Select(e => e.FinessGeographique == finessGeographique ? remplacement(e) : e).ToArray() };
        }).ToArray();
        return trouve
            ? this with { OrganismesGestionnaires = ogs }
            : throw new ArgumentException($"Aucun ESSMS {finessGeographique} dans le dossier.", nameof(finessGeographique));
    }
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

    /// <summary>An OG and its ESSMS: <c>new OrganismeGestionnaire(Finess.Complete("31010001"), essms1, essms2)</c>.</summary>
    /// <param name="finessJuridique">Its FINESS juridique.</param>
    /// <param name="essms">Its ESSMS engaged in the project, in list order (none: add them with
    /// <see cref="AddEssms(Model.Essms[])"/>).</param>
    public OrganismeGestionnaire(Finess finessJuridique, params Essms[] essms)
        : this(finessJuridique, (IReadOnlyList<Essms>)essms)
    {
    }

    /// <summary>A copy of this OG with <paramref name="essms"/> added after its ESSMS.</summary>
    /// <param name="essms">The ESSMS added, in order.</param>
    /// <returns>The new OG.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="essms"/> is null.</exception>
    public OrganismeGestionnaire AddEssms(params Essms[] essms) => AddEssms((IEnumerable<Essms>)essms);

    /// <summary>A copy of this OG with <paramref name="essms"/> added after its ESSMS.</summary>
    /// <param name="essms">The ESSMS added, in order.</param>
    /// <returns>The new OG.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="essms"/> is null.</exception>
    public OrganismeGestionnaire AddEssms(IEnumerable<Essms> essms) =>
        this with { Essms = (Essms ?? Array.Empty<Essms>()).Concat(essms ?? throw new ArgumentNullException(nameof(essms))).ToArray() };

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
