using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Engine;

namespace EsmsRules.Rules;

/// <summary>Procurement (RULES.md §3, §10.8): ACHAT-01 … ACHAT-04.</summary>
internal static class Achat
{
    public const string Achat01 = "ACHAT-01";
    public const string Achat02 = "ACHAT-02";
    public const string Achat03 = "ACHAT-03";
    public const string Achat04 = "ACHAT-04";

    /// <summary>Evaluates the procurement rules and returns the section and the procedure they lead to.</summary>
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

        // ACHAT-02: subject to the CCP with a current contract of the same object (checked for every acquisition, §10.8).
        Resultat r02;
        List<string>? manque02 = null;
        if (p.SoumisCodeCommandePublique == false || p.MarcheEnCoursMemeObjet == false)
        {
            r02 = Resultat.NotApplicable;
        }
        else if (p.SoumisCodeCommandePublique == true && p.MarcheEnCoursMemeObjet == true)
        {
            if (seg == true || sad == true)
            {
                r02 = Resultat.Satisfied;
            }
            else if (seg == false && sad == false)
            {
                r02 = Resultat.NotSatisfied;
            }
            else
            {
                r02 = Resultat.MissingInput;
                manque02 = Contexte.Manquants(seg, "referenceSegur", sad, "referenceSad");
            }
        }
        else
        {
            r02 = Resultat.MissingInput;
            manque02 = Contexte.Manquants(p.SoumisCodeCommandePublique, "soumisCodeCommandePublique", p.MarcheEnCoursMemeObjet, "marcheEnCoursMemeObjet");
        }

        if (r02 != Resultat.NotApplicable)
        {
            ctx.Bloquant(Achat02, r02);
        }

        ctx.Achat02 = r02 == Resultat.Satisfied;
        var n02 = t.Rule(Achat02, r02, !t.Explain ? null : r02 switch
        {
            Resultat.Satisfied => "Porteur soumis au Code de la commande publique avec un marché public en cours de même objet : le SAD n'est pas obligatoire, le marché en cours peut être utilisé (éditeur référencé SAD ou Ségur).",
            Resultat.NotSatisfied => "Porteur soumis au CCP avec un marché en cours, mais l'éditeur n'est référencé ni SAD ni Ségur.",
            Resultat.MissingInput => "Non déterminé : " + string.Join(", ", manque02!) + " non renseigné(s).",
            _ => "Sans objet : le porteur n'est pas soumis au CCP ou n'a pas de marché en cours de même objet.",
        }, manquantes: manque02, entrees: t.Explain ? new[]
        {
            new EntreeLue("$.porteur.soumisCodeCommandePublique", Contexte.Texte(p.SoumisCodeCommandePublique)),
            new EntreeLue("$.porteur.marcheEnCoursMemeObjet", Contexte.Texte(p.MarcheEnCoursMemeObjet)),
        } : null);

        // ACHAT-01: medico-social acquisition, SAD mandatory unless ACHAT-02.
        Resultat r01;
        if (ctx.MajoriteMedicoSociale && !ctx.Achat02)
        {
            r01 = sad switch { true => Resultat.Satisfied, false => Resultat.NotSatisfied, null => Resultat.MissingInput };
            ctx.Bloquant(Achat01, r01);
        }
        else
        {
            r01 = Resultat.NotApplicable;
        }

        var n01 = t.Rule(Achat01, r01, !t.Explain ? null : r01 switch
        {
            Resultat.Satisfied => "Acquisition à majorité médico-sociale : passage obligatoire par le Système d'Acquisition Dynamique ; la solution y est référencée.",
            Resultat.NotSatisfied => "Acquisition à majorité médico-sociale : passage obligatoire par le SAD, or la solution n'y est pas référencée : projet non recevable.",
            Resultat.MissingInput => "Acquisition à majorité médico-sociale : passage obligatoire par le SAD ; referenceSad non renseigné.",
            _ => ctx.Achat02 ? "Sans objet : marché en cours utilisé (ACHAT-02)." : "Sans objet : champs sociaux (ACHAT-03).",
        }, manquantes: r01 == Resultat.MissingInput ? new[] { "referenceSad" } : null);

        var r03 = !ctx.MajoriteMedicoSociale && !ctx.Achat02 ? Resultat.Satisfied : Resultat.NotApplicable;
        var n03 = t.Rule(Achat03, r03, !t.Explain ? null : r03 == Resultat.Satisfied
            ? "Acquisition dans les champs sociaux : pas de passage obligatoire par le SAD (éditeur référencé Ségur)."
            : "Sans objet.");
        var n04 = t.Rule(Achat04, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : projet d'acquisition.");

        procedure = ctx.Achat02 ? ProcedureAchat.MarcheEnCours : ctx.MajoriteMedicoSociale ? ProcedureAchat.Sad : ProcedureAchat.Libre;
        return t.Section(Regles.SectionAchat, new[] { n01, n02, n03, n04 }, null);
    }
}
