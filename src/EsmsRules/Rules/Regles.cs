using System;
using System.Collections.Generic;
using EsmsRules.Collections;

namespace EsmsRules.Rules;

/// <summary>A rule of the catalogue (RULES.md): its stable public id, a French title and the source text.</summary>
/// <param name="Id">Public id (<c>ESSMS-01</c>…), stable across versions.</param>
/// <param name="Titre">French title.</param>
/// <param name="Source">Seed file(s) and section.</param>
public sealed record RegleInfo(string Id, string Titre, string Source);

/// <summary>
/// The rule catalogue: every rule id of RULES.md with its title and source. Seeds: <c>000</c> decision chart
/// (000_1d907fd6a382ba1f), <c>001</c> AAP ARS Normandie 2022 (001_f748ee7cbdf4bf4f), <c>002</c> CNSA page
/// (002_dfe9e9829bef4ca7), <c>003</c> webinar deck 2022-2023 (003_af3d3ef7e123ed4b), <c>004</c> ARS Occitanie
/// webinar April 2022 (004_9525dd615faf40a2).
/// </summary>
public static class Regles
{

    /// <summary>The citation of an entry's public texts (its node's <c>source</c>).</summary>
    private static string Src(string id) => Sources.Reference.Citer(Sources.Citations.ParId[id]);

    /// <summary>Root node of a decision tree (not a rule of the catalogue).</summary>
    public const string Dossier = "DOSSIER";

    /// <summary>Section node: eligibility of the ESSMS.</summary>
    public const string SectionEligibilite = "ELIGIBILITE";

    /// <summary>Section node: grappe.</summary>
    public const string SectionGrappe = "GRAPPE";

    /// <summary>Section node: orientation.</summary>
    public const string SectionOrientation = "ORIENTATION";

    /// <summary>Section node: recevabilité of the project.</summary>
    public const string SectionRecevabilite = "RECEVABILITE";

    /// <summary>Section node: procurement.</summary>
    public const string SectionAchat = "ACHAT";

    /// <summary>Section node: allowable funding.</summary>
    public const string SectionFinancement = "FINANCEMENT";

    /// <summary>Section node: payments.</summary>
    public const string SectionVersements = "VERSEMENTS";

    /// <summary>Section node: Prestation Ségur.</summary>
    public const string SectionSons = "SONS";

    /// <summary>Every rule of the catalogue, in RULES.md order.</summary>
    public static IReadOnlyList<RegleInfo> Toutes { get; } = ValueList.Wrap(new[]
    {
        new RegleInfo("ESSMS-01", "ESSMS relevant de l'article L.312-1 du CASF", Src("ESSMS-01")),
        new RegleInfo("ESSMS-02", "Aucun financement ESMS numérique antérieur pour un DUI", Src("ESSMS-02")),
        new RegleInfo("ESSMS-03", "Aucune commande de Prestation Ségur pour un autre logiciel de DUI", Src("ESSMS-03")),
        new RegleInfo("ESSMS-04", "Activités de confort : financement de la seule part essentielle", Src("ESSMS-04")),
        new RegleInfo("ESSMS-05", "Accord écrit de l'entité nationale de rattachement", Src("ESSMS-05")),
        new RegleInfo("GRAPPE-01", "Taille minimale de la grappe", Src("GRAPPE-01")),
        new RegleInfo("GRAPPE-02", "ESSMS seul en mise en conformité : Prestation Ségur uniquement", Src("GRAPPE-02")),
        new RegleInfo("GRAPPE-03", "Grappe sous le minimum : maturité de la maîtrise d'ouvrage", Src("GRAPPE-03")),
        new RegleInfo("GRAPPE-04", "Mutualisation des moyens (convention de partenariat / de groupement de commandes)", Src("GRAPPE-04")),
        new RegleInfo("ORIENT-01", "50 ESSMS ou plus : appel à projets national (CNSA)", Src("ORIENT-01")),
        new RegleInfo("ORIENT-02", "Représentativité nationale du porteur : appel à projets national", Src("ORIENT-02")),
        new RegleInfo("ORIENT-03", "Sinon : appel à projets régional de l'ARS", Src("ORIENT-03")),
        new RegleInfo("PROJET-01", "Acquisition, majorité médico-sociale : éditeur référencé Ségur ou SAD", Src("PROJET-01")),
        new RegleInfo("PROJET-02", "Acquisition, champs sociaux : éditeur référencé Ségur", Src("PROJET-02")),
        new RegleInfo("PROJET-03", "Mise en conformité : éditeur référencé Ségur, payé par la Prestation Ségur", Src("PROJET-03")),
        new RegleInfo("PROJET-04", "Campagne 2022 : solution non référencée Ségur admise (SAD seul)", Src("PROJET-04")),
        new RegleInfo("PROJET-05", "Autodiagnostic ANAP de maturité et de sécurité du SI de chaque OG", Src("PROJET-05")),
        new RegleInfo("PROJET-06", "Durée prévue jusqu'à la fin du déploiement (9 / 18 mois)", Src("PROJET-06")),
        new RegleInfo("PROJET-07", "Dépôt dans la fenêtre de la campagne", Src("PROJET-07")),
        new RegleInfo("PROJET-08", "Avis final de l'autorité d'instruction", Src("PROJET-08")),
        new RegleInfo("ACHAT-01", "Acquisition médico-sociale : passage obligatoire par le SAD", Src("ACHAT-01")),
        new RegleInfo("ACHAT-02", "Porteur soumis au CCP avec un marché en cours de même objet", Src("ACHAT-02")),
        new RegleInfo("ACHAT-03", "Acquisition dans les champs sociaux : SAD non obligatoire", Src("ACHAT-03")),
        new RegleInfo("ACHAT-04", "Mise en conformité : pas de SAD", Src("ACHAT-04")),
        new RegleInfo("FIN-01", "Acquisition, part ESSMS (maîtrise d'ouvrage)", Src("FIN-01")),
        new RegleInfo("FIN-02", "Acquisition, part éditeur référencé SAD (plafond)", Src("FIN-02")),
        new RegleInfo("FIN-03", "Acquisition, part éditeur référencé Ségur (plafond)", Src("FIN-03")),
        new RegleInfo("FIN-04", "Mise en conformité, part ESSMS seule", Src("FIN-04")),
        new RegleInfo("FIN-05", "Part éditeur = min(plafond, devis)", Src("FIN-05")),
        new RegleInfo("FIN-06", "Barème à partir du 50e ESSMS", Src("FIN-06")),
        new RegleInfo("PETITOG-01", "Petit OG : équipements et infrastructures par ESSMS", Src("PETITOG-01")),
        new RegleInfo("PETITOG-02", "Petit OG : AMOA pour la procédure de marché", Src("PETITOG-02")),
        new RegleInfo("PETITOG-03", "Petit OG : AMOA pour le pilotage du projet", Src("PETITOG-03")),
        new RegleInfo("PETITOG-04", "Financements spécifiques versés aux mêmes conditions", Src("PETITOG-04")),
        new RegleInfo("MOD-01", "Modulation : activités de confort", Src("MOD-01")),
        new RegleInfo("MOD-02", "Modulation : composition FINESS multipliant artificiellement les forfaits", Src("MOD-02")),
        new RegleInfo("VERS-01", "Premier versement : 50 % à la signature de la convention", Src("VERS-01")),
        new RegleInfo("VERS-02", "Second versement : 50 % sur atteinte des cibles", Src("VERS-02")),
        new RegleInfo("VERS-03", "Services socles : MSS et DMP ≥ 70 %", Src("VERS-03")),
        new RegleInfo("VERS-04", "DUI : dossiers actifs, projet personnalisé, événement ≥ 90 %", Src("VERS-04")),
        new RegleInfo("VERS-05", "Dépenses réalisées non notablement inférieures à la subvention", Src("VERS-05")),
        new RegleInfo("VERS-06", "Délai d'atteinte des cibles d'usage", Src("VERS-06")),
        new RegleInfo("CIBLE-01", "Taux d'usage de la MSS", Src("CIBLE-01")),
        new RegleInfo("CIBLE-02", "Taux d'usage du DMP", Src("CIBLE-02")),
        new RegleInfo("CIBLE-03", "Taux de dossiers actifs", Src("CIBLE-03")),
        new RegleInfo("CIBLE-04", "Dossiers actifs avec projet personnalisé", Src("CIBLE-04")),
        new RegleInfo("CIBLE-05", "Dossiers actifs avec au moins un événement", Src("CIBLE-05")),
        new RegleInfo("CIBLE-06", "Échanges e-Prescription", Src("CIBLE-06")),
        new RegleInfo("CIBLE-07", "Échanges e-Parcours", Src("CIBLE-07")),
        new RegleInfo("SONS-01", "ESSMS éligible au couloir SONS (catégories FINESS, DUI déjà en place)", Src("SONS-01")),
        new RegleInfo("SONS-02", "Version du logiciel référencée Ségur par l'ANS", Src("SONS-02")),
        new RegleInfo("SONS-03", "Un seul financement vague 1 par ESSMS", Src("SONS-03")),
        new RegleInfo("SONS-04", "ESSMS financé en acquisition Ségur : pas de Prestation Ségur vague 1", Src("SONS-04")),
        new RegleInfo("SONS-05", "Dates de commande et de solde", Src("SONS-05")),
        new RegleInfo("SONS-06", "Montant par ESSMS selon la tranche de l'OG", Src("SONS-06")),
        new RegleInfo("SONS-07", "Avance 30 %, solde 70 %", Src("SONS-07")),
        new RegleInfo("SONS-08", "Vérification d'aptitude (VA)", Src("SONS-08")),
        new RegleInfo("SONS-09", "Prestation autonome, sans réengagement contractuel", Src("SONS-09")),
    });

    private static readonly EntreeCatalogue[] ParRang = Construire();

    /// <summary>Open-addressing table of the entries by id (<see cref="Chercher"/>): engine rules look their entry up
    /// for every node, and a <see cref="Dictionary{TKey, TValue}"/> hashed the whole id each time.</summary>
    private static readonly EntreeCatalogue?[] ParId = IndexerParId();

    /// <summary>The ids of <see cref="ParId"/>, slot by slot: a probe reads one array.</summary>
    private static readonly string?[] IdsParId = Array.ConvertAll(ParId, e => e?.Info.Id);

    private const int MasqueParId = 255;

    private static EntreeCatalogue[] Construire()
    {
        var infos = new List<RegleInfo>(Toutes)
        {
            new RegleInfo(Dossier, "Décision sur le dossier", Src(Dossier)),
            new RegleInfo(SectionEligibilite, "Éligibilité des ESSMS", Src(SectionEligibilite)),
            new RegleInfo(SectionGrappe, "Éligibilité et recevabilité de la grappe", Src(SectionGrappe)),
            new RegleInfo(SectionOrientation, "Orientation du projet : régional ou national", Src(SectionOrientation)),
            new RegleInfo(SectionRecevabilite, "Recevabilité du projet", Src(SectionRecevabilite)),
            new RegleInfo(SectionAchat, "Procédure d'achat", Src(SectionAchat)),
            new RegleInfo(SectionFinancement, "Financements ESMS numérique allouables", Src(SectionFinancement)),
            new RegleInfo(SectionVersements, "Versement des crédits", Src(SectionVersements)),
            new RegleInfo(SectionSons, "Prestation Ségur (SONS)", Src(SectionSons)),
        };
        var entrees = new EntreeCatalogue[infos.Count];
        for (var i = 0; i < entrees.Length; i++)
        {
            entrees[i] = new EntreeCatalogue(infos[i], i < Toutes.Count ? i : -1, i);
        }

        return entrees;
    }

    private static EntreeCatalogue?[] IndexerParId()
    {
        var table = new EntreeCatalogue?[MasqueParId + 1];
        if (2 * ParRang.Length > table.Length)
        {
            // Probing needs free slots to end; a half-full table keeps the probes short.
            throw new InvalidOperationException("Le catalogue dépasse la moitié de la table des identifiants : l'agrandir.");
        }

        foreach (var e in ParRang)
        {
            var i = Hache(e.Info.Id);
            while (table[i] is { } occupee)
            {
                if (string.Equals(occupee.Info.Id, e.Info.Id, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Identifiant de règle en double : « {e.Info.Id} ».");
                }

                i = (i + 1) & MasqueParId;
            }

            table[i] = e;
        }

        return table;
    }

    /// <summary>A cheap hash of an id (its length and three of its characters): ids differ by their prefix or their
    /// last digits; collisions are resolved by probing.</summary>
    private static int Hache(string id)
    {
        var n = id.Length;
        return n == 0 ? 0 : (int)((uint)((n * 37) + (id[0] * 7) + (id[n - 1] * 11) + (id[n > 1 ? n - 2 : 0] * 61)) & MasqueParId);
    }

    /// <summary>The entry of <paramref name="id"/>, or null: probes from its hash, comparing references first (engine
    /// ids are the catalogue's constants).</summary>
    private static EntreeCatalogue? Chercher(string id)
    {
        var ids = IdsParId;
        for (var i = Hache(id); ; i = (i + 1) & MasqueParId)
        {
            var candidat = ids[i];
            if (candidat is null)
            {
                return null;
            }

            if (ReferenceEquals(candidat, id) || string.Equals(candidat, id, StringComparison.Ordinal))
            {
                return ParId[i];
            }
        }
    }

    /// <summary>Every entry, sections included, by <see cref="EntreeCatalogue.Rang"/>.</summary>
    internal static IReadOnlyList<EntreeCatalogue> Entrees => ParRang;

    /// <summary>The catalogue entry of <paramref name="id"/>.</summary>
    /// <param name="id">A rule or section id.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static RegleInfo Get(string id) => Entree(id).Info;

    /// <summary>The catalogue entry of <paramref name="id"/>, with its positions.</summary>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    internal static EntreeCatalogue Entree(string id) =>
        Chercher(id ?? throw new ArgumentNullException(nameof(id))) ?? throw new KeyNotFoundException($"Règle inconnue : « {id} ».");

    /// <summary>The catalogue entry of <paramref name="id"/>, or null.</summary>
    internal static EntreeCatalogue? Trouver(string? id) => id is null ? null : Chercher(id);

    /// <summary>Position of rule <paramref name="id"/> in <see cref="Toutes"/>; -1 for a section id.</summary>
    internal static int Index(string? id) => id is null ? -1 : Chercher(id)?.Position ?? -1;
}

/// <summary>A catalogue entry and its positions, looked up once per node: the node keeps it, so that recording the
/// outcome and writing the node need no further look-up by id.</summary>
internal sealed class EntreeCatalogue
{
    public EntreeCatalogue(RegleInfo info, int position, int rang)
    {
        Info = info;
        Position = position;
        Rang = rang;
    }

    /// <summary>Id, title and source.</summary>
    public RegleInfo Info { get; }

    /// <summary>Position in <see cref="Regles.Toutes"/> (the bit of <see cref="Engine.Trace.Evaluees"/>); -1 for a
    /// section.</summary>
    public int Position { get; }

    /// <summary>Position among all entries, sections included (<see cref="Regles.Entrees"/>).</summary>
    public int Rang { get; }
}
