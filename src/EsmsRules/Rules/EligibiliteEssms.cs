using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Formatting;
using EsmsRules.Identifiers;
using EsmsRules.Model;

namespace EsmsRules.Rules;

/// <summary>
/// Eligibility of each ESSMS (RULES.md §1, §10.4): ESSMS-01, 02, 03 and 05 exclude; ESSMS-04 flags. An excluded ESSMS
/// counts neither for the grappe size nor for any amount, and is listed once with its first failing rule.
/// </summary>
internal static class EligibiliteEssms
{
    public const string Essms01 = "ESSMS-01";
    public const string Essms02 = "ESSMS-02";
    public const string Essms03 = "ESSMS-03";
    public const string Essms04 = "ESSMS-04";
    public const string Essms05 = "ESSMS-05";

    /// <summary>ESSMS-01: falls under article L.312-1 of the CASF.</summary>
    public static Resultat L312(Essms e) => Tri(e.RelevantL312_1, whenTrue: Resultat.Satisfied, whenFalse: Resultat.NotSatisfied);

    /// <summary>ESSMS-02: never funded by ESMS numérique for a DUI.</summary>
    public static Resultat NonRedondance(Essms e) =>
        Tri(e.FinancementEsmsNumeriqueAnterieur, whenTrue: Resultat.NotSatisfied, whenFalse: Resultat.Satisfied);

    /// <summary>ESSMS-03: no Prestation Ségur ordered for another DUI software; under the strict reading of seed 000,
    /// any SONS order of the dossier for this ESSMS also excludes it.</summary>
    public static Resultat PasDeCommandeSons(Essms e, Bareme b, HashSet<Finess>? commandees)
    {
        if (b.LectureEssms03 == LectureEssms03.ToutLogiciel && commandees is not null && commandees.Contains(e.FinessGeographique))
        {
            return Resultat.NotSatisfied;
        }

        return Tri(e.CommandeSonsAutreLogiciel, whenTrue: Resultat.NotSatisfied, whenFalse: Resultat.Satisfied);
    }

    /// <summary>ESSMS-04: "confort" activities → only the essential part is funded (reviewRequired).</summary>
    public static Resultat Confort(Essms e) =>
        Tri(e.ActivitesConfort, whenTrue: Resultat.ReviewRequired, whenFalse: Resultat.NotApplicable);

    /// <summary>ESSMS-05: an ESSMS attached to a national entity needs its written agreement (null reads "not provided").</summary>
    public static Resultat EntiteNationale(Essms e) => e.RattacheEntiteNationale switch
    {
        false => Resultat.NotApplicable,
        null => Resultat.MissingInput,
        true => e.AccordEntiteNationale == true ? Resultat.Satisfied : Resultat.NotSatisfied,
    };

    private static Resultat Tri(bool? v, Resultat whenTrue, Resultat whenFalse) =>
        v is null ? Resultat.MissingInput : v.Value ? whenTrue : whenFalse;

    /// <summary>Evaluates every ESSMS, fills <see cref="Contexte.Retenus"/> and <see cref="Contexte.Exclus"/> and returns
    /// one node per rule, with a child for each ESSMS that does not simply satisfy it.</summary>
    public static DecisionNode Evaluer(Contexte ctx)
    {
        var t = ctx.Trace;
        var d = ctx.Dossier;
        HashSet<Finess>? commandees = null;
        if (ctx.Bareme.LectureEssms03 == LectureEssms03.ToutLogiciel && d.CommandesSons.Count > 0)
        {
            commandees = new HashSet<Finess>();
            foreach (var c in d.CommandesSons)
            {
                foreach (var f in c.FinessGeographiques)
                {
                    commandees.Add(f);
                }
            }
        }

        var g01 = new Groupe(Essms01, "relevantL312_1", e => e.RelevantL312_1);
        var g02 = new Groupe(Essms02, "financementEsmsNumeriqueAnterieur", e => e.FinancementEsmsNumeriqueAnterieur);
        var g03 = new Groupe(Essms03, "commandeSonsAutreLogiciel", e => e.CommandeSonsAutreLogiciel);
        var g04 = new Groupe(Essms04, "activitesConfort", e => e.ActivitesConfort);
        var g05 = new Groupe(Essms05, "rattacheEntiteNationale", e => e.RattacheEntiteNationale);
        var total = 0;
        var rang = 0;
        for (var o = 0; o < d.OrganismesGestionnaires.Count; o++)
        {
            var og = d.OrganismesGestionnaires[o];
            var faits = ctx.Ogs[o];
            for (var i = 0; i < og.Essms.Count; i++)
            {
                var e = og.Essms[i];
                total++;
                var r01 = L312(e);
                var r02 = NonRedondance(e);
                var r03 = PasDeCommandeSons(e, ctx.Bareme, commandees);
                var r05 = EntiteNationale(e);
                g01.Add(t, r01, e, o, i, Explique01(t, e, r01));
                g02.Add(t, r02, e, o, i, Explique02(t, e, r02));
                g03.Add(t, r03, e, o, i, Explique03(t, e, r03, commandees));
                g05.Add(t, r05, e, o, i, Explique05(t, e, r05));

                var premier = r01 == Resultat.NotSatisfied ? Essms01
                    : r02 == Resultat.NotSatisfied ? Essms02
                    : r03 == Resultat.NotSatisfied ? Essms03
                    : r05 == Resultat.NotSatisfied ? Essms05
                    : null;
                if (premier is not null)
                {
                    // ESSMS-04 concerns retained ESSMS only: an excluded one is not counted in its group.
                    ctx.Exclus.Add(new EssmsExclu(e.FinessGeographique, premier));
                    continue;
                }

                rang++;
                ctx.Retenus.Add(new EssmsRetenu(e, o, i, rang));
                faits.Retenus++;
                if (rang < ctx.Bareme.RangTarifReduit)
                {
                    faits.RetenusTarifPlein++;
                }

                var r04 = Confort(e);
                g04.Add(t, r04, e, o, i, t.Explain && r04 != Resultat.NotApplicable ? Libelle(e) + (r04 == Resultat.ReviewRequired
                    ? " : activités de confort ; seule la part relevant de l'accompagnement essentiel (CASF L.312-1 I 6° et 7°) est finançable (voir MOD-01)."
                    : " : activitesConfort non renseigné.") : null);
            }
        }

        foreach (var f in ctx.Ogs)
        {
            if (f.Retenus > 0)
            {
                ctx.OgsAvecRetenus++;
            }
        }

        var enfants = new[]
        {
            g01.Node(t, total, "relèvent de l'article L.312-1 du CASF", "ne relevant pas de L.312-1"),
            g02.Node(t, total, "n'ont jamais reçu de financement ESMS numérique pour un DUI", "déjà financé(s)"),
            g03.Node(t, total, ctx.Bareme.LectureEssms03 == LectureEssms03.AutreLogiciel
                ? "n'ont pas commandé de Prestation Ségur pour un autre logiciel de DUI (lecture de l'appel à projets, option lectureEssms03 = autreLogiciel)"
                : "n'ont commandé aucune Prestation Ségur pour un logiciel de DUI (lecture stricte du logigramme CNSA, option lectureEssms03 = toutLogiciel)",
                "ayant commandé une Prestation Ségur"),
            g04.Node(t, ctx.N, "retenus n'ont pas d'activités de confort", "ayant des activités de confort"),
            g05.Node(t, total, "sans entité nationale de rattachement ou avec son accord écrit", "sans accord écrit de l'entité nationale"),
        };
        return t.Section(Regles.SectionEligibilite, enfants, t.Explain
            ? $"{ctx.N} ESSMS retenu(s) sur {total} ; {ctx.Exclus.Count} exclu(s) (ni comptés dans la grappe, ni financés)."
            : null);
    }

    private static string Libelle(Essms e) => e.Nom is null ? e.FinessGeographique.Value : $"{e.FinessGeographique.Value} ({e.Nom})";

    private static string? Explique01(Trace t, Essms e, Resultat r) => !t.Explain ? null : r switch
    {
        Resultat.NotSatisfied => Libelle(e) + " ne relève pas de l'article L.312-1 du CASF : exclu.",
        Resultat.MissingInput => Libelle(e) + " : relevantL312_1 non renseigné ; l'ESSMS est conservé.",
        _ => null,
    };

    private static string? Explique02(Trace t, Essms e, Resultat r) => !t.Explain ? null : r switch
    {
        Resultat.NotSatisfied => Libelle(e) + " a déjà reçu un financement ESMS numérique pour un DUI : exclu.",
        Resultat.MissingInput => Libelle(e) + " : financementEsmsNumeriqueAnterieur non renseigné ; l'ESSMS est conservé.",
        _ => null,
    };

    private static string? Explique03(Trace t, Essms e, Resultat r, HashSet<Finess>? commandees) => !t.Explain ? null : r switch
    {
        Resultat.NotSatisfied when commandees is not null && commandees.Contains(e.FinessGeographique) =>
            Libelle(e) + " figure dans une commande SONS du dossier ; lecture stricte du logigramme CNSA (lectureEssms03 = toutLogiciel) : exclu.",
        Resultat.NotSatisfied => Libelle(e) + " a commandé une Prestation Ségur pour un autre logiciel de DUI : exclu.",
        Resultat.MissingInput => Libelle(e) + " : commandeSonsAutreLogiciel non renseigné ; l'ESSMS est conservé.",
        _ => null,
    };

    private static string? Explique05(Trace t, Essms e, Resultat r) => !t.Explain ? null : r switch
    {
        Resultat.NotSatisfied => Libelle(e) + " est rattaché à une entité nationale sans accord écrit fourni : exclu.",
        Resultat.MissingInput => Libelle(e) + " : rattacheEntiteNationale non renseigné ; l'ESSMS est conservé.",
        _ => null,
    };

    /// <summary>Per-rule accumulation: counts, and a child node for each ESSMS that does not simply satisfy the rule.</summary>
    private sealed class Groupe
    {
        private readonly string _id;
        private readonly string _champ;
        private readonly System.Func<Essms, bool?> _valeur;
        private List<DecisionNode>? _enfants;
        private int _satisfied;
        private int _notSatisfied;
        private int _missing;
        private int _review;
        private int _notApplicable;

        public Groupe(string id, string champ, System.Func<Essms, bool?> valeur)
        {
            _id = id;
            _champ = champ;
            _valeur = valeur;
        }

        public void Add(Trace t, Resultat r, Essms e, int og, int index, string? explication)
        {
            switch (r)
            {
                case Resultat.Satisfied:
                    _satisfied++;
                    return;
                case Resultat.NotApplicable:
                    _notApplicable++;
                    return;
                case Resultat.NotSatisfied:
                    _notSatisfied++;
                    break;
                case Resultat.MissingInput:
                    _missing++;
                    break;
                default:
                    _review++;
                    break;
            }

            _enfants ??= new List<DecisionNode>();
            _enfants.Add(t.Rule(
                _id,
                r,
                explication,
                manquantes: r == Resultat.MissingInput ? new[] { _champ } : null,
                entrees: t.Explain ? new[] { new EntreeLue(Contexte.CheminEssms(og, index, _champ), Contexte.Texte(_valeur(e))) } : null));
        }

        public DecisionNode Node(Trace t, int total, string okText, string koText)
        {
            var enfants = (IReadOnlyList<DecisionNode>?)_enfants ?? System.Array.Empty<DecisionNode>();
            var r = enfants.Count > 0 ? Trace.Aggregate(enfants) : _satisfied > 0 ? Resultat.Satisfied : Resultat.NotApplicable;
            string? text = null;
            if (t.Explain)
            {
                text = $"{Fr.Entier(_satisfied + _notApplicable)} ESSMS sur {Fr.Entier(total)} {okText}";
                if (_notSatisfied > 0)
                {
                    text += $" ; {_notSatisfied} {koText} (exclu(s) du projet)";
                }

                if (_review > 0)
                {
                    text += $" ; {_review} à apprécier par l'autorité d'instruction";
                }

                if (_missing > 0)
                {
                    text += $" ; {_missing} non renseigné(s) (ESSMS conservé(s))";
                }

                text += ".";
            }

            // Only the parent of children is recorded through them; a group without children is not recorded.
            var entree = Regles.Entree(_id);
            t.MarquerEvaluee(entree, r);
            return DecisionNode.DuCatalogue(entree, r, text ?? string.Empty, enfants: enfants);
        }
    }
}
