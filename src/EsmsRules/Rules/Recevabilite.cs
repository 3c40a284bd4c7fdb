using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Formatting;
using EsmsRules.Model;

namespace EsmsRules.Rules;

/// <summary>Recevabilité of the project (RULES.md §3): PROJET-01 … PROJET-07 (PROJET-08 once the verdict is known).</summary>
internal static class Recevabilite
{
    public const string Projet01 = "PROJET-01";
    public const string Projet02 = "PROJET-02";
    public const string Projet03 = "PROJET-03";
    public const string Projet04 = "PROJET-04";
    public const string Projet05 = "PROJET-05";
    public const string Projet06 = "PROJET-06";
    public const string Projet07 = "PROJET-07";
    public const string Projet08 = "PROJET-08";

    /// <summary>§10.7: the porteur and strictly more than half of the retained ESSMS are PA/PH/DOM.</summary>
    public static bool MajoriteMedicoSociale(Contexte ctx)
    {
        if (!ctx.Dossier.Porteur.Champ.EstMedicoSocial() || ctx.N == 0)
        {
            return false;
        }

        var ms = 0;
        foreach (var r in ctx.Retenus)
        {
            if (r.Essms.Champ.EstMedicoSocial())
            {
                ms++;
            }
        }

        return ms * 2 > ctx.N;
    }

    private static readonly ValueList<Referencement> SegurEtSad = ValueList.Wrap(new[] { Referencement.Segur, Referencement.Sad });

    private static readonly ValueList<Referencement> SegurSeul = ValueList.Wrap(new[] { Referencement.Segur });

    /// <summary>§10.15: the referencings PROJET-01/02/03 accept (immutable lists, shared by every decision).</summary>
    public static IReadOnlyList<Referencement> ReferencementsAcceptes(Contexte ctx) =>
        ctx.Acquisition && ctx.MajoriteMedicoSociale && ctx.Bareme.NonSegurAutoriseAcquisition
            ? SegurEtSad
            : SegurSeul;

    public static List<DecisionNode> Evaluer(Contexte ctx)
    {
        var t = ctx.Trace;
        var d = ctx.Dossier;
        var ed = d.Editeur;
        var b = ctx.Bareme;
        var list = new List<DecisionNode>(8);
        var seg = ed.ReferenceSegur;
        var sad = ed.ReferenceSad;
        var entreesRef = t.Explain
            ? new[] { new EntreeLue("$.editeur.referenceSegur", Contexte.Texte(seg)), new EntreeLue("$.editeur.referenceSad", Contexte.Texte(sad)) }
            : null;
        var msAcq = ctx.Acquisition && ctx.MajoriteMedicoSociale;
        var majorite = t.Explain ? DescribeMajorite(ctx) : null;

        // PROJET-01
        if (ctx.Depose && msAcq)
        {
            Resultat r;
            List<string>? manque = null;
            if (seg == true)
            {
                r = Resultat.Satisfied;
            }
            else if (b.NonSegurAutoriseAcquisition)
            {
                if (sad == true)
                {
                    r = Resultat.Satisfied;
                }
                else if (seg == false && sad == false)
                {
                    r = Resultat.NotSatisfied;
                }
                else
                {
                    r = Resultat.MissingInput;
                    manque = Contexte.Manquants(seg, "referenceSegur", sad, "referenceSad");
                }
            }
            else
            {
                r = seg == false ? Resultat.NotSatisfied : Resultat.MissingInput;
                if (r == Resultat.MissingInput)
                {
                    manque = new List<string> { "referenceSegur" };
                }
            }

            ctx.Bloquant(Projet01, r);
            list.Add(t.Rule(Projet01, r, !t.Explain ? null : majorite + " " + r switch
            {
                Resultat.Satisfied when seg == true => "l'éditeur est référencé Ségur.",
                Resultat.Satisfied => "l'éditeur est référencé SAD ; une solution non référencée Ségur est admise en " + b.Campagne + " (PROJET-04).",
                Resultat.NotSatisfied when !b.NonSegurAutoriseAcquisition => $"l'éditeur doit être référencé Ségur à partir de la campagne {b.Campagne} (PROJET-04) et ne l'est pas.",
                Resultat.NotSatisfied => "l'éditeur n'est référencé ni Ségur ni SAD.",
                _ => "le référencement de l'éditeur n'est pas renseigné.",
            }, manquantes: manque, entrees: entreesRef));
        }
        else
        {
            list.Add(t.Rule(Projet01, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : " + (ctx.Acquisition ? "champs sociaux (PROJET-02)." : "projet de mise en conformité.")));
        }

        // PROJET-02
        if (ctx.Depose && ctx.Acquisition && !ctx.MajoriteMedicoSociale)
        {
            var r = RequiertSegur(seg);
            ctx.Bloquant(Projet02, r);
            list.Add(t.Rule(Projet02, r, !t.Explain ? null : majorite + " " + SegurTexte(r, "l'éditeur doit être référencé Ségur"),
                manquantes: r == Resultat.MissingInput ? new[] { "referenceSegur" } : null, entrees: entreesRef));
        }
        else
        {
            list.Add(t.Rule(Projet02, Resultat.NotApplicable, !t.Explain ? null : "Sans objet."));
        }

        // PROJET-03 (also for SONS only, §10.3)
        if (ctx.N > 0 && !ctx.Acquisition)
        {
            var r = RequiertSegur(seg);
            ctx.Bloquant(Projet03, r);
            list.Add(t.Rule(Projet03, r, !t.Explain ? null : "Mise en conformité : " + SegurTexte(r, "l'éditeur doit être référencé Ségur ; il est payé par l'État au titre de la Prestation Ségur (SONS), non par ESMS numérique"),
                manquantes: r == Resultat.MissingInput ? new[] { "referenceSegur" } : null, entrees: entreesRef));
        }
        else
        {
            list.Add(t.Rule(Projet03, Resultat.NotApplicable, !t.Explain ? null : "Sans objet."));
        }

        // PROJET-04: evaluated only when a medico-social acquisition has a solution that is not Ségur-referenced (§10.18).
        if (ctx.Depose && msAcq && seg == false)
        {
            var r = b.NonSegurAutoriseAcquisition ? Resultat.Satisfied : Resultat.NotSatisfied;
            ctx.Bloquant(Projet04, r);
            list.Add(t.Rule(Projet04, r, !t.Explain ? null : r == Resultat.Satisfied
                ? $"Campagne {b.Campagne} : une acquisition à majorité médico-sociale peut retenir une solution non référencée Ségur (référencée SAD) ; option nonSegurAutoriseAcquisition activée."
                : $"Campagne {b.Campagne} : la solution doit être référencée Ségur (option nonSegurAutoriseAcquisition désactivée)."));
        }
        else
        {
            list.Add(t.Rule(Projet04, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : la solution n'est pas une solution non référencée Ségur d'une acquisition médico-sociale."));
        }

        if (!ctx.Depose)
        {
            var raison = ctx.SonsUniquement ? "Sans objet : Prestation Ségur uniquement (GRAPPE-02)." : "Sans objet : aucun ESSMS éligible.";
            list.Add(t.Rule(Projet05, Resultat.NotApplicable, raison));
            list.Add(t.Rule(Projet06, Resultat.NotApplicable, raison));
            list.Add(t.Rule(Projet07, Resultat.NotApplicable, raison));
            return list;
        }

        list.Add(Autodiagnostic(ctx));
        list.Add(Duree(ctx));
        list.Add(Calendrier(ctx));
        return list;
    }

    private static Resultat RequiertSegur(bool? seg) => seg switch
    {
        true => Resultat.Satisfied,
        false => Resultat.NotSatisfied,
        null => Resultat.MissingInput,
    };

    private static string SegurTexte(Resultat r, string regle) => r switch
    {
        Resultat.Satisfied => regle + " : il l'est.",
        Resultat.NotSatisfied => regle + " : il ne l'est pas.",
        _ => regle + " : referenceSegur n'est pas renseigné.",
    };

    private static string DescribeMajorite(Contexte ctx)
    {
        var ms = 0;
        foreach (var r in ctx.Retenus)
        {
            if (r.Essms.Champ.EstMedicoSocial())
            {
                ms++;
            }
        }

        return $"Porteur du champ {ctx.Dossier.Porteur.Champ}, {ms} ESSMS sur {ctx.N} en PA/PH/DOM : " +
            (ctx.MajoriteMedicoSociale ? "majorité médico-sociale ;" : "pas de majorité médico-sociale (champs sociaux) ;");
    }

    /// <summary>PROJET-05: every OG with a retained ESSMS provides the ANAP self-diagnosis (null reads "not provided").</summary>
    private static DecisionNode Autodiagnostic(Contexte ctx)
    {
        var t = ctx.Trace;
        List<DecisionNode>? manquants = null;
        var ogs = 0;
        foreach (var f in ctx.Ogs)
        {
            if (f.Retenus == 0)
            {
                continue;
            }

            ogs++;
            if (f.Og.AutodiagnosticFourni != true)
            {
                manquants ??= new List<DecisionNode>();
                manquants.Add(t.Rule(Projet05, Resultat.NotSatisfied, !t.Explain ? null
                    : $"L'OG {f.Og.FinessJuridique.Value}{(f.Og.Nom is null ? string.Empty : " (" + f.Og.Nom + ")")} n'a pas fourni son autodiagnostic ANAP de maturité et de sécurité du SI.",
                    entrees: t.Explain ? new[] { new EntreeLue(Contexte.CheminOg(f.Index, "autodiagnosticFourni"), Contexte.Texte(f.Og.AutodiagnosticFourni)) } : null));
            }
        }

        var r = manquants is null ? Resultat.Satisfied : Resultat.NotSatisfied;
        ctx.Bloquant(Projet05, r);
        return t.Rule(Projet05, r, !t.Explain ? null : manquants is null
            ? $"Les {ogs} organisme(s) gestionnaire(s) ont fourni l'autodiagnostic ANAP (version RSI ou directeur)."
            : $"{manquants.Count} organisme(s) gestionnaire(s) sur {ogs} sans autodiagnostic ANAP.", enfants: manquants);
    }

    /// <summary>PROJET-06: planned duration at most 9 months (mise en conformité) or 18 months (acquisition).</summary>
    private static DecisionNode Duree(Contexte ctx)
    {
        var t = ctx.Trace;
        var max = (ctx.Acquisition ? ctx.Bareme.DureeMaxAcquisition : ctx.Bareme.DureeMaxConformite).Months;
        var duree = ctx.Dossier.DureePrevueMois;
        var r = duree is null ? Resultat.MissingInput : duree.Value > max ? Resultat.ReviewRequired : Resultat.Satisfied;
        return t.Rule(Projet06, r, !t.Explain ? null : r switch
        {
            Resultat.MissingInput => $"Durée prévue non renseignée (dureePrevueMois) ; maximum attendu {max} mois.",
            Resultat.ReviewRequired => $"Durée prévue {duree} mois > {max} mois attendus (« devrait ») : à apprécier par l'autorité d'instruction.",
            _ => $"Durée prévue {duree} mois ≤ {max} mois.",
        }, manquantes: r == Resultat.MissingInput ? new[] { "dureePrevueMois" } : null,
            entrees: t.Explain ? new[] { new EntreeLue("$.dureePrevueMois", duree?.ToString(System.Globalization.CultureInfo.InvariantCulture)) } : null);
    }

    /// <summary>PROJET-07: filing date inside the campaign's window for the orientation (§10.13).</summary>
    private static DecisionNode Calendrier(Contexte ctx)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var date = ctx.Dossier.DateDepot;
        // nonRetenu2021 is read only where the national window is (a national or undetermined orientation), and the
        // representativeness only when the orientation is undetermined.
        var depot = new EntreeLue("$.dateDepot", date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var entrees = !t.Explain ? null : ctx.OrientationProjet switch
        {
            Orientation.Regional => new[] { depot },
            Orientation.National => new[] { depot, new EntreeLue("$.nonRetenu2021", Contexte.Texte(ctx.Dossier.NonRetenu2021)) },
            _ => new[]
            {
                depot,
                new EntreeLue("$.nonRetenu2021", Contexte.Texte(ctx.Dossier.NonRetenu2021)),
                new EntreeLue("$.representativiteNationale", Contexte.Texte(ctx.Dossier.RepresentativiteNationale)),
            },
        };
        if (date is null)
        {
            return t.Rule(Projet07, Resultat.NotApplicable, "Aucune date de dépôt fournie.", entrees: entrees);
        }

        var dt = date.Value;
        Resultat r;
        string? x = null;
        var regionale = b.FenetreRegionalePour(ctx.Acquisition && ctx.MajoriteMedicoSociale);

        // A porteur not retained in 2021 has an earlier national deadline (campaign 2022); absent or false → the normal
        // window: the fact can only narrow it, so its absence is not a missing input.
        var nonRetenu = ctx.Dossier.NonRetenu2021 == true && b.FenetreNationaleNonRetenu2021 is not null;
        var nationale = nonRetenu ? b.FenetreNationaleNonRetenu2021 : b.FenetreNationale;
        var fenetre = ctx.OrientationProjet switch
        {
            Orientation.National => nationale,
            Orientation.Regional => regionale,
            _ => null,
        };
        if (ctx.OrientationProjet is not null)
        {
            if (fenetre is null)
            {
                r = Resultat.ReviewRequired;
                x = t.Explain ? $"La campagne {b.Campagne} n'a pas de calendrier dans le barème : date de dépôt {Fr.Date(dt)} à apprécier." : null;
            }
            else
            {
                r = fenetre.Contient(dt) ? Resultat.Satisfied : Resultat.NotSatisfied;
                if (t.Explain)
                {
                    var quelle = ctx.OrientationProjet == Orientation.National ? (nonRetenu ? $"nationale {b.Campagne} des porteurs non retenus en 2021 (« avant le 6 juin 2022 »)," : $"nationale {b.Campagne}")
                        : ReferenceEquals(fenetre, b.FenetreRegionale) ? $"régionale {b.Campagne}" : $"régionale {b.Campagne} des acquisitions hors champs sociaux";
                    x = $"Dépôt le {Fr.Date(dt)} ; fenêtre {quelle} du {Fr.Date(fenetre.Debut)} au {Fr.Date(fenetre.Fin)} incluses : " +
                        (r == Resultat.Satisfied ? "dans la fenêtre." : "hors fenêtre.");
                }
            }
        }
        else if (nationale is null || regionale is null)
        {
            r = Resultat.ReviewRequired;
            x = t.Explain ? $"La campagne {b.Campagne} n'a pas de calendrier dans le barème : date de dépôt {Fr.Date(dt)} à apprécier." : null;
        }
        else
        {
            var n = nationale.Contient(dt);
            var rg = regionale.Contient(dt);
            r = n && rg ? Resultat.Satisfied : !n && !rg ? Resultat.NotSatisfied : Resultat.MissingInput;
            if (t.Explain)
            {
                x = $"Orientation indéterminée ; dépôt le {Fr.Date(dt)} : " + r switch
                {
                    Resultat.Satisfied => "dans les fenêtres régionale et nationale.",
                    Resultat.NotSatisfied => "hors des fenêtres régionale et nationale.",
                    _ => "dans une seule des deux fenêtres ; la décision dépend de l'orientation (representativiteNationale).",
                };
            }
        }

        ctx.Bloquant(Projet07, r);
        return t.Rule(Projet07, r, x, manquantes: r == Resultat.MissingInput ? new[] { "representativiteNationale" } : null, entrees: entrees);
    }

    /// <summary>PROJET-08: the final avis belongs to the instructing authority (every recevable filed dossier).</summary>
    public static DecisionNode AvisFinal(Contexte ctx, bool? recevable)
    {
        var t = ctx.Trace;
        if (ctx.Depose && recevable == true)
        {
            var qui = ctx.OrientationProjet == Orientation.National ? "la CNSA et la DNS" : "l'ARS";
            return t.Rule(Projet08, Resultat.ReviewRequired, !t.Explain ? null : $"Projet recevable : l'avis final (favorable ou défavorable) appartient à {qui}.");
        }

        return t.Rule(Projet08, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : pas de projet recevable déposé.");
    }
}
