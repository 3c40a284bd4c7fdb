using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EsmsRules.Sources;

namespace EsmsRules.Baremes;

/// <summary>
/// <c>docs/baremes.md</c>, written from the barème itself: every parameter of <see cref="BaremeParametres"/> with its
/// type and bounds, its 2022 value and what later campaigns change, what it means, the rules that read it (their
/// <see cref="Rules.Regle.Parametres"/>), the options of the switches, and its 2022 source; then how a campaign or an
/// ARS's document overrides values. The meaning of each parameter is the one line of French below; a test checks that
/// every parameter has one and that the file is this text.
/// </summary>
internal static class DocumentationBaremes
{
    /// <summary>What kind of value a parameter holds: its JSON form and its bounds.</summary>
    internal enum Genre
    {
        Entier,
        Jours,
        Montant,
        TarifParRang,
        Taux,
        Pourcentage,
        RatioOuNull,
        Booleen,
        Option,
        Duree,
        Fenetre,
        Date,
        DateOuNull,
        Tranches,
        Calendriers,
        CalendriersOuNull,
        Categories,
        Agregats,
        AgregatsOuNull,
    }

    /// <summary>One parameter: its kind, its meaning, and for a switch the meaning of each of its values.</summary>
    internal sealed class Description
    {
        public Description(string nom, Genre genre, string sens, params (string Valeur, string Sens)[] options)
        {
            Nom = nom;
            Genre = genre;
            Sens = sens;
            Options = options;
        }

        public string Nom { get; }

        public Genre Genre { get; }

        public string Sens { get; }

        /// <summary>For a switch, each value and what choosing it means; empty otherwise.</summary>
        public IReadOnlyList<(string Valeur, string Sens)> Options { get; }

        public bool EstOption => Options.Count > 0;
    }

    /// <summary>Every parameter, in barème document order.</summary>
    internal static readonly Description[] Descriptions =
    {
        new("tailleMinimaleGrappe", Genre.Entier,
            "Nombre minimum d'ESSMS éligibles d'une grappe en métropole ; en dessous, GRAPPE-03 décide (maturité de la maîtrise d'ouvrage)."),
        new("tailleMinimaleGrappeCorseOutreMer", Genre.Entier,
            "Nombre minimum d'ESSMS éligibles d'une grappe en Corse et outre-mer."),
        new("seuilNational", Genre.Entier,
            "Nombre d'ESSMS retenus à partir duquel le projet relève de l'appel à projets national (CNSA) plutôt que régional (ARS)."),
        new("rangTarifReduit", Genre.Entier,
            "Rang (ESSMS par ESSMS, OG par OG dans l'ordre du dossier) à partir duquel le tarif réduit s'applique ; les rangs avant lui ont le tarif plein."),
        new("partEssmsAcquisition", Genre.TarifParRang,
            "Acquisition : part ESSMS (maîtrise d'ouvrage) par ESSMS retenu, au tarif plein puis réduit selon son rang."),
        new("partEditeurSad", Genre.TarifParRang,
            "Acquisition avec une solution référencée au SAD seulement : plafond de la part éditeur par ESSMS, selon son rang."),
        new("partEditeurSegur", Genre.TarifParRang,
            "Acquisition avec une solution référencée Ségur : plafond de la part éditeur par ESSMS, selon son rang (tarif réduit selon la lecture par défaut de `lectureFin03`)."),
        new("partEditeurSegurReduitLecturePageCnsa", Genre.Montant,
            "Plafond de la part éditeur Ségur par ESSMS à partir du rang réduit selon la lecture de la page CNSA (1 000 € + complément Ségur de 3 000 €) ; appliqué seulement avec `lectureFin03` = `quatreMille`."),
        new("lectureFin03", Genre.Option,
            "Quel tarif de la part éditeur Ségur s'applique à partir du rang réduit, où les textes divergent.",
            ("troisMille", "`partEditeurSegur.aPartirDuRangReduit` (3 000 € en 2022), comme le logigramme CNSA, l'appel à projets et le webinaire ARS Occitanie."),
            ("quatreMille", "`partEditeurSegurReduitLecturePageCnsa` (4 000 € en 2022), comme la page CNSA.")),
        new("partEssmsConformite", Genre.TarifParRang,
            "Mise en conformité : part ESSMS par ESSMS retenu, selon son rang (pas de part éditeur : la Prestation Ségur paie l'éditeur)."),
        new("seuilPetitOg", Genre.Entier,
            "Seuil du petit OG : un OG qui gère moins d'ESSMS que ce nombre au fichier FINESS est petit (équipements, AMOA)."),
        new("seuilPetitOgInclus", Genre.Booleen,
            "Si un OG qui gère exactement `seuilPetitOg` ESSMS est petit.",
            ("false", "« moins de 15 » : l'OG de 15 ESSMS n'est pas petit (logigramme CNSA, webinaire ARS Occitanie)."),
            ("true", "« < = 15 » : il l'est (synthèse du webinaire ARS Occitanie).")),
        new("equipementParEssms", Genre.Montant,
            "Équipements et infrastructures par ESSMS retenu d'un petit OG."),
        new("amoaMarcheParProjet", Genre.Montant,
            "AMOA pour la procédure de marché, une fois par projet régional d'acquisition qui compte un petit OG."),
        new("amoaProjetParProjet", Genre.Montant,
            "AMOA pour le pilotage du projet, une fois par projet régional qui compte un petit OG."),
        new("amoaMarcheChampsSociaux", Genre.Booleen,
            "Si l'AMOA marché est accordée aux acquisitions dans les champs sociaux (PDS, PDE, AHI, PJM).",
            ("true", "Oui, comme l'exemple du webinaire ARS Occitanie pour les petits OG des champs sociaux."),
            ("false", "Non : seulement aux acquisitions à majorité médico-sociale.")),
        new("grappeSousMinimumAdmise", Genre.Booleen,
            "Si une grappe sous le minimum peut être recevable pour l'ARS quand sa maîtrise d'ouvrage est mature.",
            ("true", "Oui, l'ARS apprécie le minimum au regard de la maturité (logigramme CNSA, appel à projets §D)."),
            ("false", "Non, le minimum est strict (page CNSA) : GRAPPE-03 refuse toute grappe en dessous.")),
        new("nonSegurAutoriseAcquisition", Genre.Booleen,
            "Si une acquisition à majorité médico-sociale peut choisir une solution référencée au SAD sans l'être Ségur.",
            ("true", "Oui (campagne 2022 : PROJET-04)."),
            ("false", "Non : une solution référencée Ségur est exigée (campagne 2023).")),
        new("lectureEssms03", Genre.Option,
            "Quelles commandes de Prestation Ségur excluent un ESSMS, où les textes divergent.",
            ("autreLogiciel", "Seule une commande SONS pour un autre logiciel DUI que celui du projet l'exclut (appel à projets §A)."),
            ("toutLogiciel", "Toute commande SONS pour un logiciel DUI l'exclut (logigramme CNSA).")),
        new("dureeMaxConformite", Genre.Duree,
            "Durée prévue maximale d'une mise en conformité, du lancement à la fin du déploiement."),
        new("dureeMaxAcquisition", Genre.Duree,
            "Durée prévue maximale d'une acquisition."),
        new("debutCiblesConformite", Genre.Duree,
            "Mise en conformité : délai à partir duquel les cibles d'usage sont attendues (jusqu'à `dureeMaxConformite`)."),
        new("debutCiblesAcquisition", Genre.Duree,
            "Acquisition : délai à partir duquel les cibles d'usage sont attendues (jusqu'à `dureeMaxAcquisition`)."),
        new("fenetreRegionale", Genre.Fenetre,
            "Fenêtre de dépôt des appels à projets régionaux, bornes incluses ; `null` : pas de calendrier, la date de dépôt est à apprécier."),
        new("fenetreNationale", Genre.Fenetre,
            "Fenêtre de dépôt de l'appel à projets national, bornes incluses ; `null` : pas de calendrier."),
        new("fenetreNationaleNonRetenu2021", Genre.Fenetre,
            "Fenêtre nationale d'un porteur qui a déposé en 2021 sans être retenu (`nonRetenu2021`) ; `null` : la fenêtre nationale de tous."),
        new("fenetreRegionaleAcquisitionMedicoSociale", Genre.Fenetre,
            "Fenêtre régionale propre aux acquisitions à majorité médico-sociale, quand une ARS en fixe une (calendrier Occitanie 2022) ; `null` : la fenêtre régionale de tous."),
        new("tauxPremierVersement", Genre.Taux,
            "Part du total versée à la signature de la convention ; le reste est le second versement."),
        new("cibleServicesSocles", Genre.Pourcentage,
            "Cible des indicateurs des services socles (MSS, DMP), en pour cent."),
        new("cibleDui", Genre.Pourcentage,
            "Cible des indicateurs du DUI (dossiers actifs, projet personnalisé, événement), en pour cent."),
        new("periodePremiereMesure", Genre.Duree,
            "Durée de la première période de mesure des indicateurs d'usage ; les suivantes couvrent chacune le mois écoulé."),
        new("seuilDepensesRealisees", Genre.RatioOuNull,
            "Rapport minimal dépenses réalisées ÷ subvention pour le second versement ; `null` : l'autorité d'instruction apprécie."),
        new("tranchesSons", Genre.Tranches,
            "Prestation Ségur : montant par ESSMS selon la tranche du nombre d'ESSMS de l'OG."),
        new("baseTrancheSons", Genre.Option,
            "Quel nombre d'ESSMS de l'OG choisit la tranche SONS, que le tableau des tranches ne précise pas.",
            ("essmsDuDossier", "Ses ESSMS retenus et éligibles au SONS dans le dossier, ceux que couvre la commande (exemple 7 du webinaire ARS Occitanie)."),
            ("essmsFiness", "Tous les ESSMS qu'il gère au fichier FINESS (`nombreEssmsFiness`, sinon le nombre du dossier).")),
        new("tauxAvanceSons", Genre.Taux,
            "Prestation Ségur : part du montant versée en avance à la commande."),
        new("dateJoArreteMs1", Genre.Date,
            "Date de publication au JO de l'arrêté du couloir MS1 : premier jour où une commande MS1 est valide."),
        new("dateOuvertureMs2", Genre.DateOuNull,
            "Premier jour où une commande du couloir MS2 (PDS, PDE) est valide ; `null` : ces commandes sont à apprécier."),
        new("dateOuvertureMs3", Genre.DateOuNull,
            "Premier jour où une commande du couloir MS3 (AHI, PJM) est valide ; `null` : ces commandes sont à apprécier."),
        new("calendriersSonsMs1", Genre.Calendriers,
            "Dates de clôture du SONS (couloir MS1) : chaque version publiée, avec sa date de publication ; la plus récente s'applique par défaut."),
        new("dateConnaissanceCalendrierSons", Genre.DateOuNull,
            "Évaluer avec les dates de clôture SONS telles que publiées à cette date ; `null` : la version la plus récente."),
        new("delaiReferencementSonsJours", Genre.Jours,
            "Jours calendaires entre une commande passée sous condition de référencement et la réception par l'ANS du dossier de référencement complet."),
        new("categoriesFiness", Genre.Categories,
            "Catégories FINESS connues (3 chiffres) et leur agrégat (4 chiffres) dans la nomenclature FINESS ; une ARS peut l'étendre."),
        new("agregatsMs1", Genre.Agregats,
            "Agrégats FINESS éligibles au couloir MS1 du SONS."),
        new("agregatsMs2", Genre.AgregatsOuNull,
            "Agrégats FINESS éligibles au couloir MS2 ; `null` : ceux du couloir MS1."),
        new("agregatsMs3", Genre.AgregatsOuNull,
            "Agrégats FINESS éligibles au couloir MS3 ; `null` : ceux du couloir MS1."),
        new("calendriersSonsMs2", Genre.CalendriersOuNull,
            "Dates de clôture du couloir MS2 ; `null` : celles du couloir MS1."),
        new("calendriersSonsMs3", Genre.CalendriersOuNull,
            "Dates de clôture du couloir MS3 ; `null` : celles du couloir MS1."),
    };

    /// <summary>The French description of a kind of value, with its bounds.</summary>
    internal static string Type(Genre genre) => genre switch
    {
        Genre.Entier => "entier, de 1 à " + Nombre(Bornes.NombreMaximum),
        Genre.Jours => "entier (jours), de 0 à " + Nombre(Bornes.JoursMaximum),
        Genre.Montant => "montant en euros, de 0 à " + Nombre(Bornes.MontantMaximum) + " €, au plus 2 décimales",
        Genre.TarifParRang => "`{ \"avantRangReduit\": montant, \"aPartirDuRangReduit\": montant }` : tarif avant le rang réduit, tarif à partir de lui",
        Genre.Taux => "nombre de 0 à 1 (1 = 100 %)",
        Genre.Pourcentage => "nombre de 0 à 100 (pour cent)",
        Genre.RatioOuNull => "nombre de 0 à 1, ou `null`",
        Genre.Booleen => "`true` ou `false`",
        Genre.Option => "chaîne, l'une des options ci-dessous",
        Genre.Duree => "durée ISO 8601 en mois ou années (`\"P9M\"`, `\"P1Y6M\"` = 18 mois), de 1 à " + Nombre(Bornes.MoisMaximum) + " mois",
        Genre.Fenetre => "`{ \"debut\": date, \"fin\": date }`, `fin` ≥ `debut`, ou `null`",
        Genre.Date => "date `AAAA-MM-JJ`",
        Genre.DateOuNull => "date `AAAA-MM-JJ` ou `null`",
        Genre.Tranches => "tableau de `{ \"code\", \"minimum\", \"maximum\", \"montantParEssms\" }`, contiguës à partir de 1, seule la dernière sans `maximum` (`null`)",
        Genre.Calendriers => "tableau non vide de `{ \"publie\", \"finCommandes\", \"finSoldes\", \"source\" }`, `finSoldes` ≥ `finCommandes`",
        Genre.CalendriersOuNull => "comme `calendriersSonsMs1`, ou `null`",
        Genre.Categories => "objet `{ \"catégorie à 3 chiffres\": \"agrégat à 4 chiffres\" }`",
        Genre.Agregats => "tableau non vide de chaînes de 4 chiffres",
        Genre.AgregatsOuNull => "comme `agregatsMs1`, ou `null`",
        _ => throw new ArgumentOutOfRangeException(nameof(genre), genre, null),
    };

    /// <summary>The documentation of the barème in Markdown (French).</summary>
    /// <returns>The text, lines ending with <c>\n</c>.</returns>
    public static string Markdown()
    {
        var b2022 = Campagnes.Generalisation2022;
        var campagnes = Campagnes.Connues.Select(c => Campagnes.TryGet(c, out var b) ? b : throw new InvalidOperationException(c)).ToList();
        var sb = new StringBuilder();
        sb.Append("# Barèmes d'EsmsRules\n\n")
          .Append("Chaque montant, seuil, tranche, taux, fenêtre de dépôt et chaque option de lecture des règles est un paramètre du ")
          .Append("barème : les règles n'ont aucun chiffre en dur. Ce document est écrit à partir des paramètres du barème, de leurs ")
          .Append("valeurs par campagne et des règles qui les lisent (un test vérifie qu'il est à jour). Les règles sont décrites dans ")
          .Append("[regles.md](regles.md) ; la décision dit, dans `bareme.valeurs`, chaque valeur lue avec sa source ")
          .Append("([format-decision.md](format-decision.md)).\n");

        sb.Append("\n## Campagnes\n\n")
          .Append("La bibliothèque embarque un document de barème par campagne. 2022 liste chaque paramètre ; chaque campagne suivante ")
          .Append("hérite de la précédente et ne liste que ce qu'elle change.\n\n")
          .Append("| Campagne | Hérite de | Publié | Source | Paramètres changés |\n|---|---|---|---|---|\n");
        for (var i = 0; i < campagnes.Count; i++)
        {
            var c = campagnes[i];
            var changes = i == 0 ? "tous (barème complet)" : Liste(BaremeParametres.Differences(campagnes[i - 1], c));
            sb.Append("| `").Append(c.Campagne).Append("` | ").Append(c.Herite is null ? "—" : "`" + c.Herite + "`")
              .Append(" | ").Append(Date(c.DatePublication)).Append(" | ").Append(Cellule(c.Source)).Append(" | ").Append(changes).Append(" |\n");
        }

        sb.Append("\n## Changer une valeur\n\n")
          .Append("**Par le dossier.** Son champ `campagne` choisit le barème de la campagne (2022 s'il est absent). Avec ")
          .Append("`EvaluationOptions.CampagneParDateDepot`, un dossier sans `campagne` prend la campagne dont la fenêtre de dépôt ")
          .Append("contient sa `dateDepot`.\n\n")
          .Append("**Par un document de barème** (le calendrier d'une ARS, une correction). Un fichier JSON posé sur une campagne, ")
          .Append("qui ne liste que ce qu'il change, avec la source et la date de publication de chaque valeur : ")
          .Append("`esms-rules evaluate --bareme FICHIER`, ou `BaremeLoader.Load(json, Campagnes.Generalisation2022)` puis ")
          .Append("`EvaluationOptions.Bareme`. Un document invalide est refusé avec tous ses problèmes. Le format complet d'un ")
          .Append("document est décrit dans [src/EsmsRules/Baremes/README.md](../src/EsmsRules/Baremes/README.md). Exemple : le ")
          .Append("calendrier de l'ARS Occitanie 2022, livré avec la bibliothèque (`CalendriersRegionaux.Occitanie2022`), qui change ")
          .Append(Liste(BaremeParametres.Differences(b2022, CalendriersRegionaux.Occitanie2022))).Append(" :\n\n")
          .Append("```json\n").Append(ExempleOccitanie()).Append("```\n\n")
          .Append("**Dans le code.** Le barème est un record immuable : `Campagnes.Generalisation2022 with { LectureFin03 = ")
          .Append("LectureFin03.QuatreMille }`, passé en `EvaluationOptions.Bareme`. Le nom d'un paramètre dans un document est le ")
          .Append("nom de la propriété de `Bareme` en camelCase.\n");

        sb.Append("\n## Options de lecture\n\n")
          .Append("Où les textes publics divergent, la bibliothèque suit une lecture par défaut et en fait une option du barème ; ")
          .Append("l'explication de chaque règle concernée nomme la lecture qu'elle applique.\n\n")
          .Append("| Option | Valeur 2022 | Valeurs possibles | Règles |\n|---|---|---|---|\n");
        foreach (var d in Descriptions.Where(d => d.EstOption))
        {
            sb.Append("| [`").Append(d.Nom).Append("`](#").Append(d.Nom.ToLowerInvariant()).Append(") | ").Append(Valeur(b2022, d.Nom))
              .Append(" | ").Append(string.Join(", ", d.Options.Select(o => "`" + o.Valeur + "`")))
              .Append(" | ").Append(Regles(d.Nom)).Append(" |\n");
        }

        sb.Append("\n## Paramètres\n\n")
          .Append("| Paramètre | Valeur 2022 | Règles |\n|---|---|---|\n");
        foreach (var d in Descriptions)
        {
            sb.Append("| [`").Append(d.Nom).Append("`](#").Append(d.Nom.ToLowerInvariant()).Append(") | ")
              .Append(Complexe(d.Genre) && BaremeParametres.Valeur(b2022, d.Nom) is not null ? "voir ci-dessous" : Valeur(b2022, d.Nom)).Append(" | ").Append(Regles(d.Nom)).Append(" |\n");
        }

        foreach (var d in Descriptions)
        {
            sb.Append("\n### ").Append(d.Nom).Append("\n\n")
              .Append(d.Sens).Append("\n\n")
              .Append("- Type : ").Append(Type(d.Genre)).Append('\n');
            if (BaremeParametres.Valeur(b2022, d.Nom) is IReadOnlyList<TrancheSons> tranches)
            {
                sb.Append("- Valeur 2022 :\n\n  | Tranche | ESSMS de l'OG | Montant par ESSMS |\n  |---|---|---|\n");
                foreach (var t in tranches)
                {
                    sb.Append("  | `").Append(t.Code).Append("` | ").Append(t.Maximum is { } max ? (max == t.Minimum ? Nombre(max) : Nombre(t.Minimum) + " à " + Nombre(max)) : Nombre(t.Minimum) + " et plus")
                      .Append(" | ").Append(Nombre(t.MontantParEssms)).Append(" € |\n");
                }

                sb.Append('\n');
            }
            else if (BaremeParametres.Valeur(b2022, d.Nom) is IReadOnlyList<CalendrierSons> calendriers)
            {
                sb.Append("- Valeur 2022 :\n\n  | Publié le | Fin des commandes | Fin des demandes de solde | Source |\n  |---|---|---|---|\n");
                foreach (var c in calendriers)
                {
                    sb.Append("  | ").Append(Date(c.DatePublication)).Append(" | ").Append(Date(c.FinCommandes)).Append(" | ")
                      .Append(Date(c.FinSoldes)).Append(" | ").Append(Cellule(c.Source)).Append(" |\n");
                }

                sb.Append('\n');
            }
            else if (Complexe(d.Genre) && BaremeParametres.Valeur(b2022, d.Nom) is not null)
            {
                sb.Append("- Valeur 2022 : ").Append(Valeur(b2022, d.Nom)).Append('\n');
            }
            else
            {
                sb.Append("- Valeur 2022 : ").Append(Valeur(b2022, d.Nom)).Append('\n');
            }

            for (var i = 1; i < campagnes.Count; i++)
            {
                if (BaremeParametres.Differences(campagnes[i - 1], campagnes[i]).Contains(d.Nom))
                {
                    sb.Append("- Campagne ").Append(campagnes[i].Campagne).Append(" : ").Append(Valeur(campagnes[i], d.Nom)).Append('\n');
                }
            }

            foreach (var (valeur, sens) in d.Options)
            {
                sb.Append("- `").Append(valeur).Append("` : ").Append(sens).Append('\n');
            }

            sb.Append("- Lu par : ").Append(Regles(d.Nom)).Append('\n');
            if (b2022.Provenance.TryGetValue(d.Nom, out var p))
            {
                sb.Append("- Source (2022, publiée le ").Append(Date(p.Publie)).Append(") : ").Append(p.Source).Append('\n');
            }
        }

        sb.Append("\n## Textes cités\n\n")
          .Append("| code | texte |\n|---|---|\n");
        foreach (var doc in Documents.Tous)
        {
            sb.Append("| `").Append(doc.Code).Append("` | ").Append(Cellule(doc.Titre)).Append(" |\n");
        }

        return sb.ToString();
    }

    private static bool Complexe(Genre g) => g is Genre.Tranches or Genre.Calendriers or Genre.CalendriersOuNull or Genre.Categories;

    private static string Regles(string nom)
    {
        var ids = BaremeParametres.Regles(nom);
        return ids.Count == 0 ? "aucune règle" : string.Join(", ", ids);
    }

    private static string Liste(IEnumerable<string> noms)
    {
        var l = noms.Select(n => "`" + n + "`").ToList();
        return l.Count == 0 ? "aucun" : string.Join(", ", l);
    }

    private static string Valeur(Bareme b, string nom) => "`" + Json(BaremeParametres.Valeur(b, nom), false) + "`";

    private static string Json(object? valeur, bool indente)
    {
        using var flux = new MemoryStream();
        using (var w = new Utf8JsonWriter(flux, new JsonWriterOptions { Indented = indente, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            BaremeJsonWriter.WriteValue(w, valeur);
        }

        return Encoding.UTF8.GetString(flux.ToArray()).Replace("\r\n", "\n");
    }

    private static string ExempleOccitanie()
    {
        using var flux = typeof(DocumentationBaremes).Assembly.GetManifestResourceStream("EsmsRules.Baremes.Calendriers.occitanie-2022.json")
            ?? throw new InvalidOperationException("Calendrier Occitanie embarqué introuvable.");
        using var lecteur = new StreamReader(flux, Encoding.UTF8);
        var texte = lecteur.ReadToEnd().Replace("\r\n", "\n");
        return texte.EndsWith("\n", StringComparison.Ordinal) ? texte : texte + "\n";
    }

    private static string Date(NodaTime.LocalDate d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Cellule(string texte) => texte.Replace("|", "\\|");

    private static string Nombre(decimal n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "\u202f");
}
