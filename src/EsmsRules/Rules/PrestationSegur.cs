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
/// The Prestation Ségur bought by the State through the SONS (RULES.md §7, §10.10, §10.11). The section is evaluated
/// for every mise en conformité (and SONS-only) dossier, whatever the ESMS numérique verdict (a separate State
/// purchase): SONS-02 says whether the solution is Ségur-referenced, and the Prestation (SONS-06/07) is computed only
/// then — one entry per OG with at least one SONS-eligible retained ESSMS, amount by tranche of that count (a grille,
/// not marginal). Without a Prestation, the section's notSatisfied and missingInput outcomes are still given, its
/// reviewRequired flags are not raised.
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

    /// <summary>Whether the SONS section is evaluated: every mise en conformité, whatever its verdict and its n.</summary>
    public static bool Applicable(Contexte ctx) => ctx.Dossier.TypeProjet == TypeProjet.MiseEnConformite;

    /// <summary>Whether the Prestation is computed (SONS-02 satisfied: the solution is Ségur-referenced).</summary>
    public static bool AvecPrestation(Contexte ctx) => Applicable(ctx) && ctx.Dossier.Editeur.ReferenceSegur == true;

    /// <summary>SONS-01 for one ESSMS (§10.21): without a DUI it is not eligible, whatever its category; a known category
    /// decides (its aggregate in the list of the couloir of the ESSMS's champ); an unknown category is to appreciate;
    /// no category given → the category does not decide (eligible).</summary>
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

        foreach (var a in b.AgregatsSons(e.Champ.CouloirSons()))
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
        prestations = System.Array.Empty<PrestationSegurOrganisme>();
        if (!Applicable(ctx))
        {
            return t.Section(Regles.SectionSons, System.Array.Empty<DecisionNode>(), !t.Explain ? null
                : "Sans objet : projet d'acquisition (la Prestation Ségur finance la mise à niveau d'un DUI existant).", resultat: Resultat.NotApplicable);
        }

        var avecPrestation = AvecPrestation(ctx);
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

            // An unknown category is a flag for the instructing authority only when a Prestation is computed.
            var affiche = res == Resultat.ReviewRequired && !avecPrestation ? Resultat.NotApplicable : res;
            var essms = r.Essms;
            sons01 ??= new List<DecisionNode>();
            sons01.Add(t.Rule(Sons01, affiche, !t.Explain ? null : essms.EquipeDui == false
                    ? $"{essms.FinessGeographique.Value} n'est pas encore équipé d'un DUI : rien à mettre à niveau, non éligible à la Prestation Ségur."
                    : res == Resultat.NotSatisfied
                        ? $"{essms.FinessGeographique.Value} : catégorie FINESS {essms.CategorieFiness} (agrégat {b.CategoriesFiness[essms.CategorieFiness!]}) hors des agrégats du couloir {essms.Champ.CouloirSons()} ({string.Join(", ", b.AgregatsSons(essms.Champ.CouloirSons()))})."
                        : $"{essms.FinessGeographique.Value} : catégorie FINESS {essms.CategorieFiness} inconnue de la table du barème : éligibilité "
                          + (avecPrestation ? "à apprécier (ESSMS conservé dans le décompte)." : "à apprécier si une Prestation est commandée."),
                entrees: t.Explain
                    ? new[]
                    {
                        new EntreeLue(Contexte.CheminEssms(r.Og, r.Index, "categorieFiness"), essms.CategorieFiness),
                        new EntreeLue(Contexte.CheminEssms(r.Og, r.Index, "equipeDui"), Contexte.Texte(essms.EquipeDui)),
                    }
                    : null));
        }

        list.Add(sons01 is null
            ? t.Rule(Sons01, ctx.N > 0 ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null : ctx.N > 0
                ? $"{ok} ESSMS retenu(s) éligible(s) à la Prestation Ségur (CASF L.312-1, DUI en place, catégories FINESS des agrégats du couloir ou non renseignées)."
                : "Aucun ESSMS retenu.")
            : t.Rule(Sons01, Trace.Aggregate(sons01), !t.Explain ? null : $"{ok} ESSMS éligible(s), {exclus} non éligible(s) (retiré(s) du décompte), {aApprecier} à catégorie inconnue (conservé(s)).", enfants: sons01));

        list.Add(Referencement(ctx));
        list.Add(UneSeuleFois(ctx));
        list.Add(t.Rule(Sons04, ctx.N > 0 ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null : ctx.N > 0
            ? "Aucun ESSMS retenu n'a été financé par ESMS numérique pour l'acquisition d'une solution référencée Ségur (ESSMS-02) : pas d'exclusion de la vague 1."
            : "Aucun ESSMS retenu."));
        list.Add(Dates(ctx, avecPrestation));

        // SONS-06 / SONS-07 per OG, only when the solution is Ségur-referenced.
        var entrees = new List<PrestationSegurOrganisme>();
        var montants = new List<DecisionNode>();
        var paiements = new List<DecisionNode>();
        for (var i = 0; avecPrestation && i < ctx.Ogs.Length; i++)
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
                : $"{baseTranche} ESSMS de l'OG en FINESS (option baseTrancheSons = essmsFiness)";
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

        var calcule = entrees.Count > 0;
        list.Add(t.Rule(Sons06, calcule ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null
            : calcule ? $"Montant par ESSMS selon la tranche du nombre d'ESSMS de l'OG (grille, non marginale) ; total {Fr.Euros(somme)} TTC."
            : !avecPrestation ? "Pas de Prestation Ségur : la solution n'est pas référencée Ségur (SONS-02)."
            : "Aucun ESSMS éligible à la Prestation Ségur.",
            calcule ? somme : null, enfants: montants));
        list.Add(t.Rule(Sons07, calcule ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null
            : calcule ? $"Versement à l'éditeur par l'ASP : avance {Fr.Pourcent(b.TauxAvanceSons)} à la commande, solde à la vérification d'aptitude."
            : "Sans objet : aucune Prestation Ségur calculée.", calcule ? somme : null, enfants: paiements));
        list.Add(t.Rule(Sons08, Resultat.NotApplicable, !t.Explain ? null
            : "La VA atteste pour chaque ESSMS : DUI déployé, tableau de bord TBB.1 aux indicateurs non nuls, indicateurs CIBLE-03 à CIBLE-05 fournis ; aucune donnée d'entrée ne la porte."));
        list.Add(t.Rule(Sons09, calcule ? Resultat.ReviewRequired : Resultat.NotApplicable, !t.Explain ? null : calcule
            ? "La Prestation Ségur ne peut être conditionnée à un réengagement contractuel ni à une nouvelle option : point de contrôle."
            : "Sans objet : aucune Prestation Ségur calculée."));

        prestations = entrees;
        string? resume = null;
        if (t.Explain)
        {
            resume = calcule
                ? $"Prestation Ségur (achat pour compte par l'État, versée à l'éditeur) : ce que l'éditeur recevrait si l'OG signe un bon de commande (le recours au SONS est facultatif pour une mise en conformité) : {Fr.Euros(somme)} TTC."
                : !avecPrestation
                    ? "Pas de Prestation Ségur : " + (ctx.Dossier.Editeur.ReferenceSegur == false ? "la solution n'est pas référencée Ségur (SONS-02)." : "le référencement Ségur de la solution n'est pas renseigné (SONS-02).")
                    : "Pas de Prestation Ségur : aucun ESSMS éligible (SONS-01).";
        }

        return t.Section(Regles.SectionSons, list, resume, calcule ? somme : null);
    }

    /// <summary>" du 01/03/2023", or nothing when the order date is not given.</summary>
    private static string Du(NodaTime.LocalDate? d) => d is { } date ? " du " + Fr.Date(date) : string.Empty;

    private static string Iso(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SONS-02: the version is Ségur-referenced (the Prestation is computed only then: satisfied, notSatisfied or
    /// missingInput on <c>referenceSegur</c>); an order placed under condition of referencing is valid if a complete
    /// referencing file reached the ANS within the barème's delay (120 calendar days) of the order.</summary>
    private static DecisionNode Referencement(Contexte ctx)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var seg = ctx.Dossier.Editeur.ReferenceSegur;
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

        var resultat = seg switch
        {
            true => Resultat.Satisfied,
            false => Resultat.NotSatisfied,
            null => Resultat.MissingInput,
        };
        var texte = !t.Explain ? null : seg switch
        {
            true => $"Version du logiciel référencée Ségur par l'ANS : la Prestation Ségur est calculée. Une commande passée sous condition de référencement n'est valable que si le dossier complet parvient à l'ANS sous {b.DelaiReferencementSonsJours} jours calendaires ; rien n'est payé avant le référencement.",
            false => "La solution n'est pas référencée Ségur par l'ANS : pas de Prestation Ségur (la montée de version vers une version référencée Ségur est ce que la Prestation achète).",
            null => "Le référencement Ségur de la solution (referenceSegur) n'est pas renseigné : la Prestation Ségur ne peut pas être calculée.",
        };
        var entreesSeg = t.Explain ? new[] { new EntreeLue("$.editeur.referenceSegur", Contexte.Texte(seg)) } : null;
        var manque = seg is null ? new[] { "referenceSegur" } : null;
        return enfants is null
            ? t.Rule(Sons02, resultat, texte, manquantes: manque, entrees: entreesSeg)
            : t.Rule(Sons02, Trace.Worst(resultat, Trace.Aggregate(enfants)), texte, manquantes: manque, enfants: enfants, entrees: entreesSeg);
    }

    private static string Bornes(TrancheSons t) => t.Maximum is null ? $"{t.Minimum} ESSMS et plus"
        : t.Maximum == t.Minimum ? $"{t.Minimum} ESSMS" : $"{t.Minimum} à {t.Maximum} ESSMS";

    /// <summary>SONS-03: each ESSMS benefits once; an ESSMS of the dossier in two orders is not satisfied (an order's
    /// FINESS that names no ESSMS of the dossier is reported as a warning and ignored here).</summary>
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
                if (ctx.EssmsDuDossier(f) && !vus.Add(f))
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

    /// <summary>SONS-05 (§10.13): an order is valid from the opening date of its couloir (MS1: the JO date of the arrêté,
    /// « éligibles à compter de cette date »; MS2: the SONS opened on 17/05/2022) to the order closing date in force,
    /// both inclusive; a couloir whose opening date the barème does not know (MS3) → reviewRequired when a Prestation is
    /// computed; the balance request no later than the balance closing date. Each failure says which bound failed.</summary>
    private static DecisionNode Dates(Contexte ctx, bool avecPrestation)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var commandes = ctx.Dossier.CommandesSons;
        if (commandes.Count == 0)
        {
            var cal = b.CalendrierSonsEnVigueur;
            return t.Rule(Sons05, Resultat.NotApplicable, !t.Explain ? null
                : $"Aucune commande SONS fournie. Couloir MS1 : commande à compter du {Fr.Date(b.DateJoArreteMs1)} (JO de l'arrêté) et au plus tard le {Fr.Date(cal.FinCommandes)} ; demande de solde au plus tard le {Fr.Date(cal.FinSoldes)} (calendrier publié le {Fr.Date(cal.DatePublication)} : {cal.Source}).");
        }

        var enfants = new List<DecisionNode>(commandes.Count);
        for (var c = 0; c < commandes.Count; c++)
        {
            var cmd = commandes[c];
            var couloir = cmd.Couloir;
            var cal = b.CalendrierSonsPour(couloir);
            if (cmd.DateCommande is not { } date)
            {
                enfants.Add(t.Rule(Sons05, Resultat.MissingInput, !t.Explain ? null
                        : $"Commande n°{c + 1}, couloir {couloir} : date de commande (dateCommande) non renseignée ; elle doit être comprise entre l'ouverture du couloir et le {Fr.Date(cal.FinCommandes)} (clôture des commandes).",
                    manquantes: new[] { "dateCommande" },
                    entrees: t.Explain ? new[] { new EntreeLue($"$.commandesSons[{c}].dateCommande", null) } : null));
            }
            else
            {
                var ouverture = b.OuvertureSons(couloir);
                Resultat r;
                string? x = null;
                if (date > cal.FinCommandes)
                {
                    r = Resultat.NotSatisfied;
                    x = !t.Explain ? null : $"Commande n°{c + 1} du {Fr.Date(date)}, couloir {couloir} : après la clôture des commandes du {Fr.Date(cal.FinCommandes)} (calendrier publié le {Fr.Date(cal.DatePublication)}) : hors délais.";
                }
                else if (ouverture is not { } debut)
                {
                    r = avecPrestation ? Resultat.ReviewRequired : Resultat.NotApplicable;
                    x = !t.Explain ? null : $"Commande n°{c + 1} du {Fr.Date(date)}, couloir {couloir} : au plus tard le {Fr.Date(cal.FinCommandes)} (clôture des commandes), mais les textes ne datent pas l'ouverture du couloir {couloir} : à apprécier.";
                }
                else if (date < debut)
                {
                    r = Resultat.NotSatisfied;
                    x = !t.Explain ? null : $"Commande n°{c + 1} du {Fr.Date(date)}, couloir {couloir} : avant l'ouverture du couloir le {Fr.Date(debut)} ({Ouverture(couloir)}) : hors délais.";
                }
                else
                {
                    r = Resultat.Satisfied;
                    x = !t.Explain ? null : $"Commande n°{c + 1} du {Fr.Date(date)}, couloir {couloir} : entre l'ouverture du couloir le {Fr.Date(debut)} ({Ouverture(couloir)}) et la clôture des commandes du {Fr.Date(cal.FinCommandes)}, dates incluses : dans les délais.";
                }

                enfants.Add(t.Rule(Sons05, r, x, entrees: t.Explain ? new[] { new EntreeLue($"$.commandesSons[{c}].dateCommande", Iso(date)) } : null));
            }

            // Balance request (VA signed) no later than the balance closing date, else the editor refunds the advance.
            if (cmd.DateDemandeSolde is { } solde)
            {
                var rs = solde <= cal.FinSoldes ? Resultat.Satisfied : Resultat.NotSatisfied;
                enfants.Add(t.Rule(Sons05, rs, !t.Explain ? null
                    : $"Commande n°{c + 1} : demande de solde (VA signée) le {Fr.Date(solde)}, "
                      + (rs == Resultat.Satisfied ? $"au plus tard le {Fr.Date(cal.FinSoldes)} (clôture des soldes) : dans les délais." : $"après la clôture des soldes du {Fr.Date(cal.FinSoldes)} : hors délais ; l'éditeur rembourse l'avance."),
                    entrees: t.Explain ? new[] { new EntreeLue($"$.commandesSons[{c}].dateDemandeSolde", Iso(solde)) } : null));
            }
        }

        var ms1 = b.CalendrierSonsEnVigueur;
        return t.Rule(Sons05, Trace.Aggregate(enfants), !t.Explain ? null
            : $"Calendrier MS1 en vigueur (publié le {Fr.Date(ms1.DatePublication)}) : commandes du {Fr.Date(b.DateJoArreteMs1)} au {Fr.Date(ms1.FinCommandes)}, soldes jusqu'au {Fr.Date(ms1.FinSoldes)}.", enfants: enfants);
    }

    /// <summary>What the opening date of a couloir is.</summary>
    private static string Ouverture(Couloir couloir) => couloir == Couloir.MS1
        ? "JO de l'arrêté du 2 février 2022, commandes « éligibles à compter de cette date »"
        : $"ouverture du SONS au couloir {couloir}";
}
