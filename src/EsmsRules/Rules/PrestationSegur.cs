using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Formatting;
using EsmsRules.Identifiers;
using EsmsRules.Model;

namespace EsmsRules.Rules;

/// <summary>
/// The Prestation Ségur bought by the State through the SONS (RULES.md §7, §10.11): computed for every mise en
/// conformité (and SONS-only) dossier whose solution is Ségur-referenced, whatever the ESMS numérique verdict; one
/// entry per OG with at least one SONS-eligible retained ESSMS; amount by tranche of that count (a grille, not marginal).
/// </summary>
internal static class PrestationSegur
{
    public const string Sons01 = "SONS-01";
    public const string Sons02 = "SONS-02";
    public const string Sons03 = "SONS-03";
    public const string Sons04 = "SONS-04";
    public const string Sons05 = "SONS-05";
    public const string Sons06 = "SONS-06";
    public const string Sons07 = "SONS-07";
    public const string Sons08 = "SONS-08";
    public const string Sons09 = "SONS-09";

    /// <summary>Whether the Prestation is computed for this dossier: every mise en conformité with a Ségur-referenced
    /// solution, whatever the ESMS numérique verdict (RULES.md §10.11), n = 0 included (it then has no entry, and its
    /// flags SONS-09, SONS-01 and SONS-05 are raised as for any other such dossier, §10.10).</summary>
    public static bool Applicable(Contexte ctx) =>
        ctx.Dossier.TypeProjet == TypeProjet.MiseEnConformite && ctx.Dossier.Editeur.ReferenceSegur == true;

    /// <summary>SONS-01 for one ESSMS: already equipped with a DUI and of a FINESS category of the MS1 aggregates;
    /// an unknown category → reviewRequired (kept); nothing given → presumed eligible.</summary>
    public static Resultat Eligible(Essms e, Bareme b)
    {
        if (e.EquipeDui == false)
        {
            return Resultat.NotSatisfied;
        }

        if (e.CategorieFiness is null)
        {
            return Resultat.Satisfied;
        }

        if (!b.CategoriesFiness.TryGetValue(e.CategorieFiness, out var agregat))
        {
            return Resultat.ReviewRequired;
        }

        foreach (var a in b.AgregatsMs1)
        {
            if (a == agregat)
            {
                return Resultat.Satisfied;
            }
        }

        return Resultat.NotSatisfied;
    }

    /// <summary>Advance = round(total × 30 %, 2); balance = total − advance (SONS-07).</summary>
    public static (decimal Avance, decimal Solde) AvanceSolde(decimal total, Bareme b)
    {
        var avance = Financements.Arrondi(total * b.TauxAvanceSons);
        return (avance, total - avance);
    }

    public static DecisionNode Evaluer(Contexte ctx, out IReadOnlyList<PrestationSegurOrganisme> prestations)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var d = ctx.Dossier;
        if (!Applicable(ctx))
        {
            prestations = ValueList<PrestationSegurOrganisme>.Empty;
            return t.Section(Regles.SectionSons, System.Array.Empty<DecisionNode>(), !t.Explain ? null
                : ctx.Acquisition ? "Sans objet : projet d'acquisition (la Prestation Ségur finance la mise à niveau d'un DUI existant)."
                : "Sans objet : la solution n'est pas référencée Ségur (referenceSegur).", resultat: Resultat.NotApplicable);
        }

        var list = new List<DecisionNode>(10);

        // SONS-01 per retained ESSMS, counted per OG.
        var eligibles = new int[ctx.Ogs.Length];
        List<DecisionNode>? sons01 = null;
        int ok = 0, exclus = 0, aApprecier = 0;
        foreach (var r in ctx.Retenus)
        {
            var res = Eligible(r.Essms, b);
            if (res != Resultat.NotSatisfied)
            {
                eligibles[r.Og]++;
            }

            if (res == Resultat.Satisfied)
            {
                ok++;
                continue;
            }

            if (res == Resultat.NotSatisfied)
            {
                exclus++;
            }
            else
            {
                aApprecier++;
            }

            sons01 ??= new List<DecisionNode>();
            sons01.Add(t.Rule(Sons01, res, !t.Explain ? null : r.Essms.EquipeDui == false
                    ? $"{r.Essms.FinessGeographique.Value} n'est pas encore équipé d'un DUI : non éligible à la Prestation Ségur."
                    : res == Resultat.NotSatisfied
                        ? $"{r.Essms.FinessGeographique.Value} : catégorie FINESS {r.Essms.CategorieFiness} (agrégat {b.CategoriesFiness[r.Essms.CategorieFiness!]}) hors des agrégats du couloir MS1 ({string.Join(", ", b.AgregatsMs1)})."
                        : $"{r.Essms.FinessGeographique.Value} : catégorie FINESS {r.Essms.CategorieFiness} inconnue de la table du barème : éligibilité à apprécier.",
                entrees: t.Explain ? new[] { new EntreeLue(Contexte.CheminEssms(r.Og, r.Index, "categorieFiness"), r.Essms.CategorieFiness) } : null));
        }

        list.Add(sons01 is null
            ? t.Rule(Sons01, Resultat.Satisfied, !t.Explain ? null : $"{ok} ESSMS retenu(s) éligible(s) à la Prestation Ségur (CASF L.312-1, DUI en place, catégories FINESS des agrégats {string.Join(", ", b.AgregatsMs1)} ou non renseignées).")
            : t.Rule(Sons01, Trace.Aggregate(sons01), !t.Explain ? null : $"{ok} ESSMS éligible(s), {exclus} non éligible(s) (retiré(s) du décompte), {aApprecier} à apprécier (conservé(s)).", enfants: sons01));

        list.Add(Referencement(ctx));

        list.Add(UneSeuleFois(ctx));
        list.Add(t.Rule(Sons04, Resultat.Satisfied, !t.Explain ? null
            : "Aucun ESSMS retenu n'a été financé par ESMS numérique pour l'acquisition d'un DUI (ESSMS-02) : pas d'exclusion de la vague 1."));
        list.Add(Dates(ctx));

        // SONS-06 / SONS-07 per OG.
        var entrees = new List<PrestationSegurOrganisme>();
        var montants = new List<DecisionNode>();
        var paiements = new List<DecisionNode>();
        for (var i = 0; i < ctx.Ogs.Length; i++)
        {
            if (eligibles[i] == 0)
            {
                continue;
            }

            var f = ctx.Ogs[i];
            var baseTranche = b.BaseTrancheSons == BaseTrancheSons.EssmsDuDossier ? eligibles[i] : f.NombreEssmsFiness;
            var tranche = b.TranchePour(baseTranche < 1 ? 1 : baseTranche);
            var total = eligibles[i] * tranche.MontantParEssms;
            var (avance, solde) = AvanceSolde(total, b);
            entrees.Add(new PrestationSegurOrganisme(f.Og.FinessJuridique, eligibles[i], tranche.Code, tranche.MontantParEssms, total, avance, solde));
            var baseTexte = !t.Explain ? null : b.BaseTrancheSons == BaseTrancheSons.EssmsDuDossier
                ? $"{eligibles[i]} ESSMS de l'OG dans la commande"
                : $"{baseTranche} ESSMS de l'OG en FINESS (option BaseTrancheSons = EssmsFiness)";
            montants.Add(t.Rule(Sons06, Resultat.Satisfied, !t.Explain ? null
                : $"OG {f.Og.FinessJuridique.Value} : {baseTexte} → tranche {tranche.Code} ({Bornes(tranche)}) ; {eligibles[i]} × {Fr.Euros(tranche.MontantParEssms)} = {Fr.Euros(total)} (tranche {tranche.Code}).", total));
            paiements.Add(t.Rule(Sons07, Resultat.Satisfied, !t.Explain ? null
                : $"OG {f.Og.FinessJuridique.Value} : avance {Fr.Pourcent(b.TauxAvanceSons)} = {Fr.Euros2(avance)} sur le bon de commande signé ; solde {Fr.Euros(total)} − {Fr.Euros2(avance)} = {Fr.Euros2(solde)} sur facture et attestation de VA.", total));
        }

        decimal somme = 0;
        foreach (var e in entrees)
        {
            somme += e.Total;
        }

        list.Add(t.Rule(Sons06, entrees.Count > 0 ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null
            : entrees.Count > 0 ? $"Montant par ESSMS selon la tranche du nombre d'ESSMS de l'OG (grille, non marginale) ; total {Fr.Euros(somme)} TTC." : "Aucun ESSMS éligible à la Prestation Ségur.",
            somme, enfants: montants));
        list.Add(t.Rule(Sons07, entrees.Count > 0 ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null
            : $"Versement à l'éditeur par l'ASP : avance {Fr.Pourcent(b.TauxAvanceSons)} à la commande, solde à la vérification d'aptitude.", somme, enfants: paiements));
        list.Add(t.Rule(Sons08, Resultat.NotApplicable, !t.Explain ? null
            : "La VA atteste pour chaque ESSMS : DUI déployé, tableau de bord TBB.1 aux indicateurs non nuls, indicateurs CIBLE-03 à CIBLE-05 fournis ; aucune donnée d'entrée ne la porte."));
        list.Add(t.Rule(Sons09, Resultat.ReviewRequired, !t.Explain ? null
            : "La Prestation Ségur ne peut être conditionnée à un réengagement contractuel ni à une nouvelle option : point de contrôle."));

        prestations = entrees;
        return t.Section(Regles.SectionSons, list, !t.Explain ? null : $"Prestation Ségur (achat pour compte par l'État, versée à l'éditeur) : {Fr.Euros(somme)} TTC.", somme);
    }

    /// <summary>" du 01/03/2023", or nothing when the order date is not given.</summary>
    private static string Du(NodaTime.LocalDate? d) => d is { } date ? " du " + Fr.Date(date) : string.Empty;

    private static string Iso(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SONS-02: the version is Ségur-referenced (the Prestation is computed only then); an order placed under
    /// condition of referencing is valid if a complete referencing file reached the ANS within the barème's delay
    /// (120 calendar days) of the order.</summary>
    private static DecisionNode Referencement(Contexte ctx)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var commandes = ctx.Dossier.CommandesSons;
        List<DecisionNode>? enfants = null;
        for (var c = 0; c < commandes.Count; c++)
        {
            var cmd = commandes[c];
            if (cmd.SousConditionReferencement != true)
            {
                continue;
            }

            enfants ??= new List<DecisionNode>();
            if (cmd.DateDossierReferencement is not { } depot)
            {
                enfants.Add(t.Rule(Sons02, Resultat.MissingInput, !t.Explain ? null
                    : $"Commande n°{c + 1}{Du(cmd.DateCommande)} passée sous condition de référencement : date du dossier de référencement (dateDossierReferencement) non renseignée.",
                    manquantes: new[] { "dateDossierReferencement" }));
                continue;
            }

            if (cmd.DateCommande is not { } dateCommande)
            {
                enfants.Add(t.Rule(Sons02, Resultat.MissingInput, !t.Explain ? null
                    : $"Commande n°{c + 1} passée sous condition de référencement : sans date de commande (dateCommande), le délai de {b.DelaiReferencementSonsJours} jours ne peut être vérifié.",
                    manquantes: new[] { "dateCommande" }));
                continue;
            }

            var jours = NodaTime.Period.Between(dateCommande, depot, NodaTime.PeriodUnits.Days).Days;
            var r = jours <= b.DelaiReferencementSonsJours ? Resultat.Satisfied : Resultat.NotSatisfied;
            enfants.Add(t.Rule(Sons02, r, !t.Explain ? null
                : $"Commande n°{c + 1} du {Fr.Date(dateCommande)} sous condition de référencement ; dossier complet reçu par l'ANS le {Fr.Date(depot)}, soit {jours} jour(s) calendaire(s) "
                  + (r == Resultat.Satisfied ? $"≤ {b.DelaiReferencementSonsJours} : commande valable." : $"> {b.DelaiReferencementSonsJours} : commande non valable."),
                entrees: t.Explain ? new[] { new EntreeLue($"$.commandesSons[{c}].dateDossierReferencement", Iso(depot)) } : null));
        }

        var texte = !t.Explain ? null
            : $"Version du logiciel référencée Ségur par l'ANS. Une commande passée sous condition de référencement n'est valable que si le dossier complet parvient à l'ANS sous {b.DelaiReferencementSonsJours} jours calendaires ; rien n'est payé avant le référencement.";
        return enfants is null
            ? t.Rule(Sons02, Resultat.Satisfied, texte)
            : t.Rule(Sons02, Trace.Worst(Resultat.Satisfied, Trace.Aggregate(enfants)), texte, enfants: enfants);
    }

    private static string Bornes(TrancheSons t) => t.Maximum is null ? $"{t.Minimum} ESSMS et plus"
        : t.Maximum == t.Minimum ? $"{t.Minimum} ESSMS" : $"{t.Minimum} à {t.Maximum} ESSMS";

    /// <summary>SONS-03: each ESSMS benefits once; an ESSMS in two orders is not satisfied.</summary>
    private static DecisionNode UneSeuleFois(Contexte ctx)
    {
        var t = ctx.Trace;
        var commandes = ctx.Dossier.CommandesSons;
        if (commandes.Count == 0)
        {
            return t.Rule(Sons03, Resultat.NotApplicable, !t.Explain ? null : "Aucune commande SONS fournie : chaque ESSMS ne bénéficie qu'une fois du financement de la vague 1 (une commande unique par OG est recommandée).");
        }

        var vus = new HashSet<Finess>();
        List<DecisionNode>? doublons = null;
        for (var c = 0; c < commandes.Count; c++)
        {
            foreach (var f in commandes[c].FinessGeographiques)
            {
                if (!vus.Add(f))
                {
                    doublons ??= new List<DecisionNode>();
                    doublons.Add(t.Rule(Sons03, Resultat.NotSatisfied, !t.Explain ? null : $"{f.Value} figure dans plusieurs commandes SONS (commande n°{c + 1}) : un ESSMS ne bénéficie qu'une fois de la vague 1."));
                }
            }
        }

        return doublons is null
            ? t.Rule(Sons03, Resultat.Satisfied, !t.Explain ? null : $"{commandes.Count} commande(s) SONS pour des ESSMS distincts.")
            : t.Rule(Sons03, Resultat.NotSatisfied, !t.Explain ? null : $"{doublons.Count} ESSMS commandé(s) plusieurs fois.", enfants: doublons);
    }

    /// <summary>SONS-05: MS1 orders strictly after the arrêté's JO date and no later than the closing date in force;
    /// other couloirs → reviewRequired (their dates are not in the seeds).</summary>
    private static DecisionNode Dates(Contexte ctx)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var commandes = ctx.Dossier.CommandesSons;
        var cal = b.CalendrierSonsEnVigueur;
        if (commandes.Count == 0)
        {
            return t.Rule(Sons05, Resultat.NotApplicable, !t.Explain ? null
                : $"Aucune commande SONS fournie. Couloir MS1 : commande après le {Fr.Date(b.DateJoArreteMs1)} (JO de l'arrêté) et au plus tard le {Fr.Date(cal.FinCommandes)} ; demande de solde au plus tard le {Fr.Date(cal.FinSoldes)} (calendrier publié le {Fr.Date(cal.DatePublication)} : {cal.Source}).");
        }

        var enfants = new List<DecisionNode>(commandes.Count);
        for (var c = 0; c < commandes.Count; c++)
        {
            var cmd = commandes[c];
            if (cmd.DateCommande is not { } dateCommande)
            {
                enfants.Add(t.Rule(Sons05, Resultat.MissingInput, !t.Explain ? null
                    : $"Commande n°{c + 1}, couloir {cmd.Couloir} : date de commande (dateCommande) non renseignée.",
                    manquantes: new[] { "dateCommande" },
                    entrees: t.Explain ? new[] { new EntreeLue($"$.commandesSons[{c}].dateCommande", null) } : null));
                continue;
            }

            Resultat r;
            if (cmd.Couloir != Couloir.MS1)
            {
                r = Resultat.ReviewRequired;
            }
            else
            {
                r = dateCommande > b.DateJoArreteMs1 && dateCommande <= cal.FinCommandes ? Resultat.Satisfied : Resultat.NotSatisfied;
            }

            enfants.Add(t.Rule(Sons05, r, !t.Explain ? null : r == Resultat.ReviewRequired
                    ? $"Commande n°{c + 1} du {Fr.Date(dateCommande)}, couloir {cmd.Couloir} : dates de l'arrêté non fournies par les textes ; à apprécier."
                    : $"Commande n°{c + 1} du {Fr.Date(dateCommande)} : doit suivre le {Fr.Date(b.DateJoArreteMs1)} (JO de l'arrêté MS1) et précéder le {Fr.Date(cal.FinCommandes)} inclus : "
                      + (r == Resultat.Satisfied ? "dans les délais." : "hors délais."),
                entrees: t.Explain ? new[] { new EntreeLue($"$.commandesSons[{c}].dateCommande", Iso(dateCommande)) } : null));

            // Balance request (VA signed) no later than the balance closing date, else the editor refunds the advance.
            if (cmd.Couloir == Couloir.MS1 && cmd.DateDemandeSolde is { } solde)
            {
                var rs = solde <= cal.FinSoldes ? Resultat.Satisfied : Resultat.NotSatisfied;
                enfants.Add(t.Rule(Sons05, rs, !t.Explain ? null
                    : $"Commande n°{c + 1} : demande de solde (VA signée) le {Fr.Date(solde)}, au plus tard le {Fr.Date(cal.FinSoldes)} : "
                      + (rs == Resultat.Satisfied ? "dans les délais." : "hors délais ; l'éditeur rembourse l'avance."),
                    entrees: t.Explain ? new[] { new EntreeLue($"$.commandesSons[{c}].dateDemandeSolde", Iso(solde)) } : null));
            }
        }

        return t.Rule(Sons05, Trace.Aggregate(enfants), !t.Explain ? null
            : $"Calendrier MS1 en vigueur (publié le {Fr.Date(cal.DatePublication)}) : commandes jusqu'au {Fr.Date(cal.FinCommandes)}, soldes jusqu'au {Fr.Date(cal.FinSoldes)}.", enfants: enfants);
    }
}
