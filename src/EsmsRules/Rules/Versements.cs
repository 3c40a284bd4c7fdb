using System;
using System.Collections.Generic;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Formatting;
using EsmsRules.Identifiers;
using EsmsRules.Model;

namespace EsmsRules.Rules;

/// <summary>
/// Payment of the ESMS numérique credits (RULES.md §5, §6, §10.12): VERS-01 … VERS-06 and the usage indicators
/// CIBLE-01 … CIBLE-07, checked on the project aggregate (Σ numerators × 100 ≥ target × Σ denominators).
/// </summary>
internal static class Versements
{
    public const string Vers01 = "VERS-01";
    public const string Vers02 = "VERS-02";
    public const string Vers03 = "VERS-03";
    public const string Vers04 = "VERS-04";
    public const string Vers05 = "VERS-05";
    public const string Vers06 = "VERS-06";

    /// <summary>The usage indicators: id, label, numerator, denominator, whether it is a core-service indicator.</summary>
    internal static readonly Indicateur[] Indicateurs =
    {
        new("CIBLE-01", "taux d'usage de la MSS", "messages MSS", "personnes éligibles au projet d'accueil", m => m.MessagesMss, m => m.PersonnesEligiblesProjetAccueil, true),
        new("CIBLE-02", "taux d'usage du DMP", "DMP alimentés", "personnes éligibles au projet d'accueil", m => m.DmpAlimentes, m => m.PersonnesEligiblesProjetAccueil, true),
        new("CIBLE-03", "taux de dossiers actifs", "dossiers actifs", "personnes accompagnées", m => m.DossiersActifs, m => m.PersonnesAccompagnees, false),
        new("CIBLE-04", "dossiers actifs avec projet personnalisé", "dossiers avec projet personnalisé", "dossiers actifs", m => m.DossiersActifsAvecProjetPersonnalise, m => m.DossiersActifs, false),
        new("CIBLE-05", "dossiers actifs avec au moins un événement", "dossiers avec événement", "dossiers actifs", m => m.DossiersActifsAvecEvenement, m => m.DossiersActifs, false),
    };

    public static DecisionNode Evaluer(Contexte ctx, decimal total, out IReadOnlyList<Versement> versements, out SecondVersement secondVersement)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var premier = Financements.Arrondi(total * b.TauxPremierVersement);
        var second = total - premier;
        var tauxSecond = 1m - b.TauxPremierVersement;
        versements = ValueList.Wrap(new[] { new Versement(1, b.TauxPremierVersement, premier), new Versement(2, tauxSecond, second) });
        var list = new List<DecisionNode>(14)
        {
            t.Rule(Vers01, Resultat.Satisfied, !t.Explain ? null
                : $"Premier versement à la signature de la convention de financement (et de la convention de partenariat pour une grappe) : {Fr.Pourcent(b.TauxPremierVersement)} × {Fr.Euros(total)} = {Fr.Euros2(premier)}.",
                premier),
        };

        var mesures = MesuresRetenues(ctx);
        if (mesures.Count == 0)
        {
            list.Add(t.Rule(Vers02, Resultat.NotApplicable, !t.Explain ? null
                : $"Second versement : {Fr.Euros(total)} − {Fr.Euros2(premier)} = {Fr.Euros2(second)}, à la fin de la VSR si les cibles d'usage sont atteintes (VERS-03, VERS-04) et les dépenses suffisantes (VERS-05) ; aucune mesure fournie.",
                second));
            list.Add(t.Rule(Vers06, Resultat.NotApplicable, t.Explain ? Delai(ctx) : null));
            secondVersement = new SecondVersement(second, Resultat.NotApplicable, ValueList<string>.Empty, ValueList<string>.Empty,
                ValueList<IndicateurUsage>.Empty, ValueList<EssmsSousCible>.Empty);
            return t.Section(Regles.SectionVersements, list, null, total, Resultat.Satisfied);
        }

        // CIBLE-01…05 on the aggregate, with the ESSMS below target as children.
        var resultats = new Resultat[Indicateurs.Length];
        var indicateurs = new IndicateurUsage[Indicateurs.Length];
        var sousCible = new Dictionary<Finess, List<string>>();
        for (var k = 0; k < Indicateurs.Length; k++)
        {
            var ind = Indicateurs[k];
            var cible = ind.ServicesSocles ? b.CibleServicesSocles : b.CibleDui;
            long num = 0, den = 0;
            List<DecisionNode>? sous = null;
            foreach (var m in mesures)
            {
                var nm = ind.Numerateur(m);
                var dm = ind.Denominateur(m);
                num += nm;
                den += dm;
                if (!Atteint(nm, dm, cible))
                {
                    if (!sousCible.TryGetValue(m.FinessGeographique, out var ids))
                    {
                        sousCible.Add(m.FinessGeographique, ids = new List<string>(Indicateurs.Length));
                    }

                    ids.Add(ind.Id);
                    sous ??= new List<DecisionNode>();
                    // Detail only: the target is checked on the aggregate (RULES.md §6 Decision), so an ESSMS below
                    // target does not put the indicator in reglesNonSatisfaites.
                    sous.Add(t.Detail(ind.Id, Resultat.NotSatisfied, !t.Explain ? null
                        : $"{m.FinessGeographique.Value} sous la cible : " + Ratio(ind, nm, dm, cible)));
                }
            }

            resultats[k] = Atteint(num, den, cible) ? Resultat.Satisfied : Resultat.NotSatisfied;
            indicateurs[k] = new IndicateurUsage(ind.Id, num, den, den == 0 ? null : num * 100m / den, cible, resultats[k] == Resultat.Satisfied);
            list.Add(t.Rule(ind.Id, resultats[k], !t.Explain ? null
                : $"Agrégat du projet ({mesures.Count} ESSMS mesurés) : " + Ratio(ind, num, den, cible)
                  + (sous is null ? string.Empty : $" {sous.Count} ESSMS sous la cible."), enfants: sous));
        }

        list.Add(t.Rule("CIBLE-06", Resultat.NotApplicable, !t.Explain ? null : "Échanges e-Prescription : indicateur sans cible ; aucune donnée d'entrée ne le porte."));
        list.Add(t.Rule("CIBLE-07", Resultat.NotApplicable, !t.Explain ? null : "Échanges e-Parcours : indicateur sans cible ; aucune donnée d'entrée ne le porte."));

        var r03 = resultats[0] == Resultat.Satisfied && resultats[1] == Resultat.Satisfied ? Resultat.Satisfied : Resultat.NotSatisfied;
        var r04 = resultats[2] == Resultat.Satisfied && resultats[3] == Resultat.Satisfied && resultats[4] == Resultat.Satisfied
            ? Resultat.Satisfied : Resultat.NotSatisfied;
        list.Add(t.Rule(Vers03, r03, !t.Explain ? null : $"Services socles (CIBLE-01, CIBLE-02) ≥ {Fr.PourcentValeur(b.CibleServicesSocles)} : " + (r03 == Resultat.Satisfied ? "atteints." : "non atteints.")));
        list.Add(t.Rule(Vers04, r04, !t.Explain ? null : $"DUI (CIBLE-03, CIBLE-04, CIBLE-05) ≥ {Fr.PourcentValeur(b.CibleDui)} : " + (r04 == Resultat.Satisfied ? "atteints." : "non atteints.")));

        var depenses = ctx.Dossier.DepensesRealisees;
        Resultat r05;
        string? x05 = null;
        if (depenses is null)
        {
            r05 = Resultat.MissingInput;
            x05 = "Dépenses réalisées non renseignées (depensesRealisees).";
        }
        else
        {
            var ratio = total == 0 ? 0 : depenses.Value / total;
            r05 = b.SeuilDepensesRealisees is null ? Resultat.ReviewRequired
                : ratio >= b.SeuilDepensesRealisees.Value ? Resultat.Satisfied : Resultat.NotSatisfied;
            if (t.Explain)
            {
                x05 = $"Dépenses réalisées {Fr.Euros(depenses.Value)} ÷ subvention {Fr.Euros(total)} = {Fr.PourcentValeur(ratio * 100)}" + (b.SeuilDepensesRealisees is null
                    ? $" : « pas notablement inférieures » est apprécié par {(ctx.OrientationProjet == Orientation.National ? "l'équipe nationale" : "l'ARS")}."
                    : $" ; seuil du barème {Fr.Pourcent(b.SeuilDepensesRealisees.Value)} : " + (r05 == Resultat.Satisfied ? "atteint." : "non atteint."));
            }
        }

        list.Add(t.Rule(Vers05, r05, x05, manquantes: r05 == Resultat.MissingInput ? new[] { "depensesRealisees" } : null,
            entrees: t.Explain ? new[] { new EntreeLue("$.depensesRealisees", depenses?.ToString(System.Globalization.CultureInfo.InvariantCulture)) } : null));

        var r02 = Trace.Worst(Trace.Worst(r03, r04), r05);
        list.Insert(1, t.Rule(Vers02, r02, !t.Explain ? null
            : $"Second versement : {Fr.Euros(total)} − {Fr.Euros2(premier)} = {Fr.Euros2(second)} ; " + r02 switch
            {
                Resultat.Satisfied => "conditions remplies : versement libéré.",
                Resultat.NotSatisfied => "conditions non remplies (voir VERS-03, VERS-04, VERS-05) : versement non libéré.",
                Resultat.MissingInput => "dépenses réalisées manquantes (VERS-05).",
                _ => "cibles atteintes ; le niveau des dépenses est à apprécier (VERS-05).",
            }, second, manquantes: r02 == Resultat.MissingInput ? new[] { "depensesRealisees" } : null));
        list.Add(t.Rule(Vers06, Resultat.NotApplicable, t.Explain ? Delai(ctx) : null));

        var nonRemplies = new List<string>(3);
        var enAttente = new List<string>(3);
        Classer(Vers03, r03, nonRemplies, enAttente);
        Classer(Vers04, r04, nonRemplies, enAttente);
        Classer(Vers05, r05, nonRemplies, enAttente);
        var essmsSousCible = new List<EssmsSousCible>(sousCible.Count);
        foreach (var m in mesures)
        {
            if (sousCible.TryGetValue(m.FinessGeographique, out var ids))
            {
                essmsSousCible.Add(new EssmsSousCible(m.FinessGeographique, ids));
            }
        }

        secondVersement = new SecondVersement(second, r02, nonRemplies, enAttente, ValueList.Wrap(indicateurs), essmsSousCible);
        return t.Section(Regles.SectionVersements, list, null, total, Resultat.Satisfied);
    }

    private static void Classer(string id, Resultat r, List<string> nonRemplies, List<string> enAttente)
    {
        if (r == Resultat.NotSatisfied)
        {
            nonRemplies.Add(id);
        }
        else if (r != Resultat.Satisfied)
        {
            enAttente.Add(id);
        }
    }

    /// <summary>Numerator × 100 ≥ target × denominator; a zero denominator is not met (§6, §10.12).</summary>
    internal static bool Atteint(long numerateur, long denominateur, decimal cible) =>
        denominateur > 0 && numerateur * 100m >= cible * denominateur;

    private static string Ratio(Indicateur ind, long num, long den, decimal cible) => den == 0
        ? $"{ind.Libelle} indéfini ({ind.NomDenominateur} = 0) : non atteint."
        : $"{ind.Libelle} = {Fr.Entier(num)} {ind.NomNumerateur} / {Fr.Entier(den)} {ind.NomDenominateur} = {Fr.PourcentValeur(num * 100m / den)} "
          + (num * 100m >= cible * den ? "≥ " : "< ") + Fr.PourcentValeur(cible) + ".";

    private static List<Mesure> MesuresRetenues(Contexte ctx)
    {
        var result = new List<Mesure>();
        if (ctx.Dossier.Mesures.Count == 0)
        {
            return result;
        }

        var retenus = new HashSet<Finess>();
        foreach (var r in ctx.Retenus)
        {
            retenus.Add(r.Essms.FinessGeographique);
        }

        foreach (var m in ctx.Dossier.Mesures)
        {
            if (retenus.Contains(m.FinessGeographique))
            {
                result.Add(m);
            }
        }

        return result;
    }

    private static string Delai(Contexte ctx)
    {
        var b = ctx.Bareme;
        return ctx.Acquisition
            ? $"Acquisition : cibles d'usage attendues entre {b.DebutCiblesAcquisition.Months} et {b.DureeMaxAcquisition.Months} mois ({b.DureeMaxAcquisition.Months} mois de l'engagement à la fin du déploiement)."
            : $"Mise en conformité : cibles d'usage attendues entre {b.DebutCiblesConformite.Months} et {b.DureeMaxConformite.Months} mois ({b.DureeMaxConformite.Months} mois de l'engagement à la fin du déploiement).";
    }

    internal sealed class Indicateur
    {
        public Indicateur(string id, string libelle, string num, string den, System.Func<Mesure, long> numerateur, System.Func<Mesure, long> denominateur, bool socles)
        {
            Id = id;
            Libelle = libelle;
            NomNumerateur = num;
            NomDenominateur = den;
            Numerateur = numerateur;
            Denominateur = denominateur;
            ServicesSocles = socles;
        }

        public string Id { get; }

        public string Libelle { get; }

        public string NomNumerateur { get; }

        public string NomDenominateur { get; }

        public System.Func<Mesure, long> Numerateur { get; }

        public System.Func<Mesure, long> Denominateur { get; }

        public bool ServicesSocles { get; }
    }
}
