using System;
using System.Collections.Generic;
using EsmsRules.Identifiers;
using EsmsRules.Model;

namespace EsmsRules.Format;

/// <summary>
/// The one description of the dossier's JSON format: for each object its fields, with JSON name, type, whether it is
/// required, bounds, a line of French and an example, and how the model's record is built from them. The reader
/// (<see cref="Serialization.DossierJsonReader"/>) is driven by it (types, required fields, enumerations, bounds,
/// unknown fields), the validator of dossiers built in code takes its bounds from it, and the JSON Schema and the
/// Markdown documentation of the format are derived from it (<see cref="DossierFormatExport"/>).
/// </summary>
internal static class DossierFormat
{
    /// <summary>Greatest usage counter of one ESSMS (persons accompanied, MSSanté messages, DMP fed, active files…).</summary>
    public const long CompteurMax = 1_000_000_000;

    /// <summary>Greatest planned duration of a project, in months.</summary>
    public const long DureeMax = 120;

    /// <summary>Greatest number of ESSMS an OG manages in FINESS.</summary>
    public const long NombreEssmsMax = 100_000;

    /// <summary>Greatest amount of the dossier, in euros.</summary>
    public const decimal MontantMax = 1_000_000_000m;

    private const string RaisonCompteur = "10⁹ : plus que ce qu'un ESSMS peut compter ; la somme sur 100 000 ESSMS tient sans débordement";
    private const string RaisonMontant = "10⁹ € : au-delà de tout projet du programme";

    /// <summary>Project types.</summary>
    public static readonly IReadOnlyList<ValeurEnum> TypesProjet = new[]
    {
        new ValeurEnum("acquisition", (int)TypeProjet.Acquisition, "acquisition ou renouvellement d'une solution DUI"),
        new ValeurEnum("miseEnConformite", (int)TypeProjet.MiseEnConformite, "montée de version vers une version référencée Ségur de la solution déjà utilisée"),
    };

    /// <summary>Champs (sectors).</summary>
    public static readonly IReadOnlyList<ValeurEnum> Champs = new[]
    {
        new ValeurEnum("PA", (int)Champ.PA, "personnes âgées"),
        new ValeurEnum("PH", (int)Champ.PH, "personnes handicapées"),
        new ValeurEnum("DOM", (int)Champ.DOM, "aide et soin à domicile"),
        new ValeurEnum("PDS", (int)Champ.PDS, "personnes en difficultés spécifiques"),
        new ValeurEnum("PDE", (int)Champ.PDE, "protection de l'enfance"),
        new ValeurEnum("AHI", (int)Champ.AHI, "accueil, hébergement, insertion"),
        new ValeurEnum("PJM", (int)Champ.PJM, "protection juridique des majeurs"),
    };

    /// <summary>Territories.</summary>
    public static readonly IReadOnlyList<ValeurEnum> Territoires = new[]
    {
        new ValeurEnum("metropole", (int)Territoire.Metropole, "métropole hors Corse"),
        new ValeurEnum("corse", (int)Territoire.Corse, "Corse"),
        new ValeurEnum("outreMer", (int)Territoire.OutreMer, "outre-mer"),
    };

    /// <summary>SONS couloirs.</summary>
    public static readonly IReadOnlyList<ValeurEnum> Couloirs = new[]
    {
        new ValeurEnum("MS1", (int)Couloir.MS1, "médico-social : PA, PH, DOM"),
        new ValeurEnum("MS2", (int)Couloir.MS2, "PDS, PDE"),
        new ValeurEnum("MS3", (int)Couloir.MS3, "AHI, PJM"),
    };

    /// <summary>The porteur.</summary>
    public static readonly ObjetFormat<Porteur> ObjetPorteur = new(
        "porteur", "Porteur", "L'organisme gestionnaire (ou l'entité de regroupement) qui dépose le projet.",
        new[]
        {
            ProprieteFormat.Finess("finessJuridique", true, "Numéro FINESS juridique (EJ) du porteur.", "\"310000013\""),
            ProprieteFormat.Enumeration("champ", true, Champs, "Champ du porteur."),
            ProprieteFormat.Booleen("soumisCodeCommandePublique", "Le porteur est soumis au code de la commande publique (ACHAT-02)."),
            ProprieteFormat.Booleen("marcheEnCoursMemeObjet", "Le porteur a un marché en cours de même objet (ACHAT-02)."),
        },
        f =>
        {
            int finess = f.I("finessJuridique"), champ = f.I("champ"), soumis = f.I("soumisCodeCommandePublique"), marche = f.I("marcheEnCoursMemeObjet");
            return v => new Porteur(v[finess].Finess, (Champ)v[champ].Code(0))
            {
                SoumisCodeCommandePublique = v[soumis].Booleen,
                MarcheEnCoursMemeObjet = v[marche].Booleen,
            };
        });

    /// <summary>The editor and its solution.</summary>
    public static readonly ObjetFormat<Editeur> ObjetEditeur = new(
        "editeur", "Éditeur", "La solution DUI retenue et son éditeur.",
        new[]
        {
            ProprieteFormat.Texte("nom", "Nom de l'éditeur ou de la solution.", "\"Editeur X\""),
            ProprieteFormat.Booleen("referenceSegur", "La solution est référencée Ségur par l'ANS."),
            ProprieteFormat.Booleen("referenceSad", "La solution est référencée au SAD (système d'acquisition dynamique)."),
            ProprieteFormat.Montant("devis", MontantMax, RaisonMontant, "Devis de l'éditeur pour tout le projet, en euros : part éditeur = min(plafond, devis) (FIN-05).", "250000"),
        },
        f =>
        {
            int nom = f.I("nom"), segur = f.I("referenceSegur"), sad = f.I("referenceSad"), devis = f.I("devis");
            return v => new Editeur { Nom = v[nom].Texte, ReferenceSegur = v[segur].Booleen, ReferenceSad = v[sad].Booleen, Devis = v[devis].MontantOuNull };
        });

    /// <summary>An ESSMS.</summary>
    public static readonly ObjetFormat<Essms> ObjetEssms = new(
        "essms", "ESSMS", "Un établissement ou service social ou médico-social engagé dans le projet, identifié par son FINESS géographique.",
        new[]
        {
            ProprieteFormat.Finess("finessGeographique", true, "Numéro FINESS géographique (ET) de l'ESSMS.", "\"310000021\""),
            ProprieteFormat.Texte("nom", "Nom de l'ESSMS.", "\"EHPAD Les Tilleuls\""),
            ProprieteFormat.Enumeration("champ", true, Champs, "Champ de l'ESSMS."),
            ProprieteFormat.Enumeration("territoire", false, Territoires, "Territoire déclaré ; absent ou null : déduit du numéro FINESS."),
            ProprieteFormat.Booleen("relevantL312_1", "L'ESSMS relève de l'article L.312-1 du CASF (ESSMS-01)."),
            ProprieteFormat.Booleen("financementEsmsNumeriqueAnterieur", "L'ESSMS a déjà reçu un financement ESMS numérique pour un DUI (ESSMS-02)."),
            ProprieteFormat.Booleen("commandeSonsAutreLogiciel", "L'ESSMS a commandé une Prestation Ségur pour un autre logiciel DUI (ESSMS-03)."),
            ProprieteFormat.Booleen("activitesConfort", "L'ESSMS mêle aux services essentiels des activités de confort (ESSMS-04, MOD-01)."),
            ProprieteFormat.Booleen("rattacheEntiteNationale", "L'ESSMS est rattaché à une entité nationale (ESSMS-05)."),
            ProprieteFormat.Booleen("accordEntiteNationale", "Accord écrit de l'entité nationale (ESSMS-05) ; null se lit « non fourni »."),
            ProprieteFormat.Categorie("categorieFiness", "Catégorie FINESS à 3 chiffres, de 100 à 999, en chaîne ou en entier (SONS-01)."),
            ProprieteFormat.Booleen("equipeDui", "L'ESSMS est déjà équipé d'un DUI (SONS-01, FIN-04)."),
        },
        f =>
        {
            int finess = f.I("finessGeographique"), nom = f.I("nom"), champ = f.I("champ"), territoire = f.I("territoire"),
                l312 = f.I("relevantL312_1"), anterieur = f.I("financementEsmsNumeriqueAnterieur"), autre = f.I("commandeSonsAutreLogiciel"),
                confort = f.I("activitesConfort"), rattache = f.I("rattacheEntiteNationale"), accord = f.I("accordEntiteNationale"),
                categorie = f.I("categorieFiness"), dui = f.I("equipeDui");
            return v => new Essms(v[finess].Finess, (Champ)v[champ].Code(0))
            {
                Nom = v[nom].Texte,
                Territoire = (Territoire?)v[territoire].CodeOuNull,
                RelevantL312_1 = v[l312].Booleen,
                FinancementEsmsNumeriqueAnterieur = v[anterieur].Booleen,
                CommandeSonsAutreLogiciel = v[autre].Booleen,
                ActivitesConfort = v[confort].Booleen,
                RattacheEntiteNationale = v[rattache].Booleen,
                AccordEntiteNationale = v[accord].Booleen,
                CategorieFiness = v[categorie].Texte,
                EquipeDui = v[dui].Booleen,
            };
        });

    /// <summary>An organisme gestionnaire.</summary>
    public static readonly ObjetFormat<OrganismeGestionnaire> ObjetOrganisme = new(
        "organismeGestionnaire", "Organisme gestionnaire", "Un organisme gestionnaire (OG) de la grappe et ses ESSMS engagés dans le projet.",
        new[]
        {
            ProprieteFormat.Finess("finessJuridique", true, "Numéro FINESS juridique (EJ) de l'OG.", "\"310000013\""),
            ProprieteFormat.Texte("nom", "Nom de l'OG.", "\"OG A\""),
            ProprieteFormat.Entier("nombreEssmsFiness", 0, NombreEssmsMax, "100 000 : plus que tous les ESSMS du fichier FINESS",
                "Nombre total d'ESSMS que l'OG gère au fichier FINESS ; absent : le nombre listé dans le dossier.", "8"),
            ProprieteFormat.Booleen("autodiagnosticFourni", "Autodiagnostic ANAP fourni (PROJET-05) ; null se lit « non fourni »."),
            ProprieteFormat.Liste("essms", true, ObjetEssms, "Les ESSMS de l'OG engagés dans le projet ; leur ordre, OG par OG, est leur rang au barème à partir du 50e."),
        },
        f =>
        {
            int finess = f.I("finessJuridique"), nom = f.I("nom"), nombre = f.I("nombreEssmsFiness"), auto = f.I("autodiagnosticFourni"), essms = f.I("essms");
            return v => new OrganismeGestionnaire(v[finess].Finess, v[essms].De<IReadOnlyList<Essms>>() ?? Array.Empty<Essms>())
            {
                Nom = v[nom].Texte,
                NombreEssmsFiness = v[nombre].EntierOuNull,
                AutodiagnosticFourni = v[auto].Booleen,
            };
        });

    /// <summary>The usage measures of an ESSMS.</summary>
    public static readonly ObjetFormat<Mesure> ObjetMesure = new(
        "mesure", "Mesure d'usage", "Les compteurs d'usage d'un ESSMS, pour le second versement (VERS-02, CIBLE-01 à 05) ; tous obligatoires.",
        new[]
        {
            ProprieteFormat.Finess("finessGeographique", true, "Numéro FINESS géographique de l'ESSMS mesuré.", "\"310000021\""),
            ProprieteFormat.Entier("personnesAccompagnees", 0, CompteurMax, RaisonCompteur, "Personnes accompagnées (file active).", "80", obligatoire: true),
            ProprieteFormat.Entier("personnesEligiblesProjetAccueil", 0, CompteurMax, RaisonCompteur, "Personnes éligibles à un projet d'accueil et d'accompagnement.", "80", obligatoire: true),
            ProprieteFormat.Entier("messagesMss", 0, CompteurMax, RaisonCompteur, "Messages envoyés par MSSanté.", "60", obligatoire: true),
            ProprieteFormat.Entier("dmpAlimentes", 0, CompteurMax, RaisonCompteur, "DMP alimentés d'au moins un document.", "58", obligatoire: true),
            ProprieteFormat.Entier("dossiersActifs", 0, CompteurMax, RaisonCompteur, "Dossiers actifs.", "75", obligatoire: true),
            ProprieteFormat.Entier("dossiersActifsAvecProjetPersonnalise", 0, CompteurMax, RaisonCompteur, "Dossiers actifs avec un projet personnalisé.", "70", obligatoire: true),
            ProprieteFormat.Entier("dossiersActifsAvecEvenement", 0, CompteurMax, RaisonCompteur, "Dossiers actifs avec au moins un événement d'agenda.", "72", obligatoire: true),
        },
        f =>
        {
            int finess = f.I("finessGeographique"), c1 = f.I("personnesAccompagnees"), c2 = f.I("personnesEligiblesProjetAccueil"),
                c3 = f.I("messagesMss"), c4 = f.I("dmpAlimentes"), c5 = f.I("dossiersActifs"), c6 = f.I("dossiersActifsAvecProjetPersonnalise"),
                c7 = f.I("dossiersActifsAvecEvenement");
            return v => new Mesure(v[finess].Finess, v[c1].Compteur, v[c2].Compteur, v[c3].Compteur, v[c4].Compteur, v[c5].Compteur, v[c6].Compteur, v[c7].Compteur);
        });

    /// <summary>A Prestation Ségur order.</summary>
    public static readonly ObjetFormat<CommandeSons> ObjetCommande = new(
        "commandeSons", "Commande SONS", "Une commande de Prestation Ségur passée par un OG sur le SONS (SONS-03, SONS-05).",
        new[]
        {
            ProprieteFormat.Finess("finessJuridique", true, "Numéro FINESS juridique de l'OG qui a commandé.", "\"310000013\""),
            ProprieteFormat.Date("dateCommande", "Date de la commande ; absente ou null : SONS-05 la demande.", "\"2023-03-01\""),
            ProprieteFormat.Enumeration("couloir", true, Couloirs, "Couloir SONS de la commande."),
            ProprieteFormat.ListeFiness("finessGeographiques", true, "Numéros FINESS géographiques des ESSMS couverts par la commande.", "[\"310000021\"]"),
            ProprieteFormat.Date("dateDemandeSolde", "Date de la demande de solde (VA signée par l'OG), si elle est faite (SONS-05).", "\"2023-09-01\""),
            ProprieteFormat.Booleen("sousConditionReferencement", "Commande passée sous condition de référencement de la solution (SONS-02)."),
            ProprieteFormat.Date("dateDossierReferencement", "Date de réception par l'ANS d'un dossier de référencement complet, pour une commande sous condition (SONS-02).", "\"2023-02-15\""),
        },
        f =>
        {
            int finess = f.I("finessJuridique"), date = f.I("dateCommande"), couloir = f.I("couloir"), ets = f.I("finessGeographiques"),
                solde = f.I("dateDemandeSolde"), condition = f.I("sousConditionReferencement"), referencement = f.I("dateDossierReferencement");
            return v => new CommandeSons(v[finess].Finess, v[date].Date, (Couloir)v[couloir].Code(0), v[ets].De<IReadOnlyList<Finess>>() ?? Array.Empty<Finess>())
            {
                DateDemandeSolde = v[solde].Date,
                SousConditionReferencement = v[condition].Booleen,
                DateDossierReferencement = v[referencement].Date,
            };
        });

    /// <summary>The dossier, root of the document.</summary>
    public static readonly ObjetFormat<Dossier> ObjetDossier = new(
        "dossier", "Dossier", "Un projet déposé au programme ESMS numérique : la racine du document JSON.",
        new[]
        {
            ProprieteFormat.Campagne("campagne", "Campagne dont le barème s'applique (« 2022 » à « 2025 »), en chaîne ou en entier ; absente : 2022."),
            ProprieteFormat.Date("dateDepot", "Date de dépôt du dossier (PROJET-07).", "\"2022-06-01\""),
            ProprieteFormat.Enumeration("typeProjet", true, TypesProjet, "Type de projet."),
            ProprieteFormat.Booleen("representativiteNationale", "Le porteur a une représentativité nationale (ORIENT-02)."),
            ProprieteFormat.Booleen("maitriseOuvrageMature", "La maîtrise d'ouvrage est mature (GRAPPE-03)."),
            ProprieteFormat.Entier("dureePrevueMois", 0, DureeMax, "120 mois : dix ans, bien au-delà de la durée maximale d'un projet",
                "Durée prévue du projet en mois, du lancement à la fin du déploiement (PROJET-06).", "18"),
            ProprieteFormat.Booleen("nonRetenu2021", "Le porteur a déposé en 2021 sans être retenu : l'appel national de 2022 ferme plus tôt pour lui (PROJET-07)."),
            ProprieteFormat.SousObjet("porteur", true, ObjetPorteur, "Le porteur du projet."),
            ProprieteFormat.SousObjet("editeur", true, ObjetEditeur, "La solution DUI et son éditeur."),
            ProprieteFormat.Liste("organismesGestionnaires", true, ObjetOrganisme, "Les OG de la grappe et leurs ESSMS, dans l'ordre de la liste des structures engagées."),
            ProprieteFormat.Liste("mesures", false, ObjetMesure, "Mesures d'usage, pour le second versement."),
            ProprieteFormat.Montant("depensesRealisees", MontantMax, RaisonMontant, "Dépenses réalisées, en euros (VERS-05).", "900000"),
            ProprieteFormat.Liste("commandesSons", false, ObjetCommande, "Commandes de Prestation Ségur déjà passées."),
        },
        f =>
        {
            int campagne = f.I("campagne"), date = f.I("dateDepot"), type = f.I("typeProjet"), rep = f.I("representativiteNationale"),
                mature = f.I("maitriseOuvrageMature"), duree = f.I("dureePrevueMois"), nonRetenu = f.I("nonRetenu2021"), porteur = f.I("porteur"),
                editeur = f.I("editeur"), ogs = f.I("organismesGestionnaires"), mesures = f.I("mesures"), depenses = f.I("depensesRealisees"),
                commandes = f.I("commandesSons");
            return v => new Dossier(
                (TypeProjet)v[type].Code(0),
                v[porteur].De<Porteur>() ?? new Porteur(default, Champ.PA),
                v[editeur].De<Editeur>() ?? new Editeur(),
                v[ogs].De<IReadOnlyList<OrganismeGestionnaire>>() ?? Array.Empty<OrganismeGestionnaire>())
            {
                Campagne = v[campagne].Texte,
                DateDepot = v[date].Date,
                RepresentativiteNationale = v[rep].Booleen,
                MaitriseOuvrageMature = v[mature].Booleen,
                DureePrevueMois = v[duree].EntierOuNull,
                NonRetenu2021 = v[nonRetenu].Booleen,
                Mesures = v[mesures].De<IReadOnlyList<Mesure>>() ?? Array.Empty<Mesure>(),
                DepensesRealisees = v[depenses].MontantOuNull,
                CommandesSons = v[commandes].De<IReadOnlyList<CommandeSons>>() ?? Array.Empty<CommandeSons>(),
            };
        });

    /// <summary>Every object of the format, the dossier first, in the order of the documentation.</summary>
    public static IReadOnlyList<ObjetFormat> Objets { get; } = new ObjetFormat[] { ObjetDossier, ObjetPorteur, ObjetEditeur, ObjetOrganisme, ObjetEssms, ObjetMesure, ObjetCommande };

    /// <summary>Whether <paramref name="s"/> is a FINESS category as the format admits it: 3 digits, 100 to 999.</summary>
    public static bool EstCategorie(string s) =>
        s.Length == 3 && s[0] >= '1' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9';
}
