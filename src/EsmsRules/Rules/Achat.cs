using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Engine;

namespace EsmsRules.Rules;

/// <summary>
/// Procurement (RULES.md §3, §10.8): ACHAT-01 … ACHAT-04, read in three-valued logic. P, "the porteur may use its
/// current contract", is <c>soumisCodeCommandePublique</c> ∧ <c>marcheEnCoursMemeObjet</c>: false when either is false,
/// true when both are true, unknown otherwise. A missing porteur fact only holds the verdict when the answer could
/// change it.
/// </summary>
internal static class Achat
{
    public const string Achat01 = "ACHAT-01";
    public const string Achat02 = "ACHAT-02";
    public const string Achat03 = "ACHAT-03";
    public const string Achat04 = "ACHAT-04";

    /// <summary>P = soumis ∧ marché, three-valued.</summary>
    internal static bool? MarchePossible(bool? soumis, bool? marche) =>
        soumis == false || marche == false ? false
        : soumis == true && marche == true ? true
        : null;

    /// <summary>Evaluates the procurement rules and returns the section and the procedure they lead to (null when the
    /// porteur facts that decide it are missing).</summary>
    public static DecisionNode Evaluer(Contexte ctx, out ProcedureAchat? procedure)
    {
        var t = ctx.Trace;
        var d = ctx.Dossier;
        procedure = null;
        if (ctx.N == 0)
        {
            const string raison = "Sans objet : aucun ESSMS éligible.";
            return t.Section(Regles.SectionAchat, new[]
            {
                t.Rule(Achat01, Resultat.NotApplicable, raison), t.Rule(Achat02, Resultat.NotApplicable, raison),
                t.Rule(Achat03, Resultat.NotApplicable, raison), t.Rule(Achat04, Resultat.NotApplicable, raison),
            }, null);
        }

        if (!ctx.Acquisition)
        {
            procedure = ProcedureAchat.SansObjet;
            var raison = t.Explain ? "Sans objet : projet de mise en conformité." : null;
            return t.Section(Regles.SectionAchat, new[]
            {
                t.Rule(Achat01, Resultat.NotApplicable, raison), t.Rule(Achat02, Resultat.NotApplicable, raison),
                t.Rule(Achat03, Resultat.NotApplicable, raison),
                t.Rule(Achat04, Resultat.Satisfied, !t.Explain ? null : ctx.SonsUniquement
                    ? "ESSMS seul en mise en conformité : pas de passage par le Système d'Acquisition Dynamique."
                    : "Mise en conformité : pas de passage par le Système d'Acquisition Dynamique ; l'éditeur est payé par la Prestation Ségur."),
            }, null);
        }

        var p = d.Porteur;
        var seg = d.Editeur.ReferenceSegur;
        var sad = d.Editeur.ReferenceSad;
        var marche = MarchePossible(p.SoumisCodeCommandePublique, p.MarcheEnCoursMemeObjet);
        var ms = ctx.MajoriteMedicoSociale;
        var manquePorteur = marche is null
            ? Contexte.Manquants(p.SoumisCodeCommandePublique, "soumisCodeCommandePublique", p.MarcheEnCoursMemeObjet, "marcheEnCoursMemeObjet")
            : null;
        var entreesPorteur = t.Explain
            ? new[]
            {
                new EntreeLue("$.porteur.soumisCodeCommandePublique", Contexte.Texte(p.SoumisCodeCommandePublique)),
                new EntreeLue("$.porteur.marcheEnCoursMemeObjet", Contexte.Texte(p.MarcheEnCoursMemeObjet)),
            }
            : null;

        // ACHAT-02 (any champs): the current contract may be used when P holds, provided the editor is referenced SAD or Ségur.
        Resultat r02;
        List<string>? manque02 = null;
        string? x02 = null;
        if (marche == false)
        {
            r02 = Resultat.NotApplicable;
            x02 = t.Explain ? "Sans objet : le porteur n'est pas soumis au Code de la commande publique ou n'a pas de marché public en cours de même objet." : null;
        }
        else if (marche == true)
        {
            if (seg == true || sad == true)
            {
                r02 = Resultat.Satisfied;
                x02 = t.Explain ? $"Porteur soumis au Code de la commande publique avec un marché public en cours de même objet : le SAD n'est pas obligatoire, le marché en cours peut être utilisé ; l'éditeur est référencé {(seg == true && sad == true ? "Ségur et SAD" : seg == true ? "Ségur" : "SAD")}." : null;
            }
            else if (seg == false && sad == false)
            {
                r02 = Resultat.NotSatisfied;
                x02 = t.Explain ? "Porteur soumis au Code de la commande publique avec un marché public en cours de même objet, mais l'éditeur n'est référencé ni SAD ni Ségur : le marché en cours ne peut pas être utilisé." : null;
            }
            else
            {
                r02 = Resultat.MissingInput;
                manque02 = Contexte.Manquants(seg, "referenceSegur", sad, "referenceSad");
                x02 = t.Explain ? $"Porteur soumis au Code de la commande publique avec un marché public en cours de même objet : le marché peut être utilisé si l'éditeur est référencé SAD ou Ségur ; {string.Join(" et ", manque02)} non renseigné(s)." : null;
            }
        }
        else
        {
            r02 = Resultat.MissingInput;
            manque02 = manquePorteur;
            x02 = t.Explain ? $"Le recours au marché en cours dépend de {string.Join(" et ", manque02!)} (non renseigné(s))" + (AchatTientSansP(ms, sad)
                ? " ; la procédure d'achat tient dans les deux cas (" + (ms ? "solution référencée SAD" : "champs sociaux") + ") : le verdict n'en dépend pas, seule la procédure reste à préciser."
                : ".") : null;
        }

        // The missingInput on P does not hold the verdict when the procurement holds whatever P is (§10.8).
        if (r02 != Resultat.NotApplicable && !(r02 == Resultat.MissingInput && marche is null && AchatTientSansP(ms, sad)))
        {
            ctx.Bloquant(Achat02, r02);
        }

        ctx.Achat02 = r02 == Resultat.Satisfied;
        var entrees02 = t.Explain
            ? new[]
            {
                entreesPorteur![0], entreesPorteur[1],
                new EntreeLue("$.editeur.referenceSegur", Contexte.Texte(seg)),
                new EntreeLue("$.editeur.referenceSad", Contexte.Texte(sad)),
            }
            : null;
        var n02 = t.Rule(Achat02, r02, x02, manquantes: manque02, entrees: entrees02);

        // ACHAT-01 (medico-social majority only): the SAD is mandatory unless the current contract may be used (P true).
        Resultat r01;
        List<string>? manque01 = null;
        string? x01 = null;
        if (!ms)
        {
            r01 = Resultat.NotApplicable;
            x01 = t.Explain ? "Sans objet : acquisition dans les champs sociaux (ACHAT-03)." : null;
        }
        else if (marche == true)
        {
            r01 = Resultat.NotApplicable;
            x01 = t.Explain ? "Sans objet : le porteur peut utiliser son marché public en cours (ACHAT-02), le SAD n'est pas obligatoire." : null;
        }
        else if (sad == true)
        {
            r01 = Resultat.Satisfied;
            x01 = t.Explain ? (marche == false
                ? "Acquisition à majorité médico-sociale sans marché public en cours utilisable : passage obligatoire par le Système d'Acquisition Dynamique ; la solution y est référencée."
                : "Acquisition à majorité médico-sociale : la solution est référencée dans le Système d'Acquisition Dynamique, la procédure tient que le SAD soit obligatoire ou que le marché en cours soit utilisé (ACHAT-02).") : null;
        }
        else if (sad == false)
        {
            if (marche == false)
            {
                r01 = Resultat.NotSatisfied;
                x01 = t.Explain ? "Acquisition à majorité médico-sociale sans marché public en cours utilisable : passage obligatoire par le Système d'Acquisition Dynamique, or la solution n'y est pas référencée : projet non recevable." : null;
            }
            else
            {
                r01 = Resultat.MissingInput;
                manque01 = manquePorteur;
                x01 = t.Explain ? $"Solution non référencée dans le SAD : le SAD est obligatoire sauf si le porteur peut utiliser un marché public en cours (ACHAT-02) ; {string.Join(" et ", manque01!)} non renseigné(s)." : null;
            }
        }
        else
        {
            r01 = Resultat.MissingInput;
            manque01 = new List<string>(3) { "referenceSad" };
            if (manquePorteur is not null)
            {
                manque01.AddRange(manquePorteur);
            }

            x01 = t.Explain ? (marche == false
                ? "Acquisition à majorité médico-sociale sans marché public en cours utilisable : passage obligatoire par le SAD ; referenceSad non renseigné."
                : $"Acquisition à majorité médico-sociale : le SAD est obligatoire sauf marché public en cours utilisable (ACHAT-02) ; {string.Join(", ", manque01)} non renseigné(s).") : null;
        }

        if (r01 != Resultat.NotApplicable)
        {
            ctx.Bloquant(Achat01, r01);
        }

        var entrees01 = t.Explain
            ? new[] { new EntreeLue("$.editeur.referenceSad", Contexte.Texte(sad)), entreesPorteur![0], entreesPorteur[1] }
            : null;
        var n01 = t.Rule(Achat01, r01, x01, manquantes: manque01, entrees: entrees01);

        var r03 = !ms && !ctx.Achat02 ? Resultat.Satisfied : Resultat.NotApplicable;
        var n03 = t.Rule(Achat03, r03, !t.Explain ? null : r03 == Resultat.Satisfied
            ? "Acquisition dans les champs sociaux : pas de passage obligatoire par le SAD (éditeur référencé Ségur)."
            : ms ? "Sans objet : acquisition à majorité médico-sociale." : "Sans objet : marché en cours utilisé (ACHAT-02).");
        var n04 = t.Rule(Achat04, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : projet d'acquisition.");

        procedure = ctx.Achat02 ? ProcedureAchat.MarcheEnCours
            : marche is null ? null
            : ms ? ProcedureAchat.Sad : ProcedureAchat.Libre;
        return t.Section(Regles.SectionAchat, new[] { n01, n02, n03, n04 }, null);
    }

    /// <summary>Whether the procurement holds whatever P is: a medico-social acquisition whose solution is in the SAD,
    /// or any social-champs acquisition (§10.8).</summary>
    private static bool AchatTientSansP(bool majoriteMedicoSociale, bool? sad) => !majoriteMedicoSociale || sad == true;
}
