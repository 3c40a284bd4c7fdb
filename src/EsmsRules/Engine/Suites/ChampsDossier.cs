using System;
using System.Collections.Generic;
using System.Globalization;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;

namespace EsmsRules.Engine;

/// <summary>Where a field of the dossier format lives (the dossier, its porteur, its editor, an OG, an ESSMS, a SONS
/// order).</summary>
internal enum NiveauChamp
{
    Dossier,
    Porteur,
    Editeur,
    Og,
    Essms,
    CommandeSons,
}

/// <summary>
/// The fields of the dossier format a rule may name as missing: where each lives, whether it is a yes/no fact, the
/// JSON paths where a missing input named by a node is missing, and the copy of a dossier with a yes/no field set (for
/// <see cref="Decision.SousReserve"/>).
/// </summary>
internal static class ChampsDossier
{
    private static readonly Dictionary<string, (NiveauChamp Niveau, bool Booleen)> Champs = new(StringComparer.Ordinal)
    {
        ["campagne"] = (NiveauChamp.Dossier, false),
        ["dateDepot"] = (NiveauChamp.Dossier, false),
        ["representativiteNationale"] = (NiveauChamp.Dossier, true),
        ["maitriseOuvrageMature"] = (NiveauChamp.Dossier, true),
        ["dureePrevueMois"] = (NiveauChamp.Dossier, false),
        ["depensesRealisees"] = (NiveauChamp.Dossier, false),
        ["nonRetenu2021"] = (NiveauChamp.Dossier, true),
        ["soumisCodeCommandePublique"] = (NiveauChamp.Porteur, true),
        ["marcheEnCoursMemeObjet"] = (NiveauChamp.Porteur, true),
        ["referenceSegur"] = (NiveauChamp.Editeur, true),
        ["referenceSad"] = (NiveauChamp.Editeur, true),
        ["devis"] = (NiveauChamp.Editeur, false),
        ["autodiagnosticFourni"] = (NiveauChamp.Og, true),
        ["nombreEssmsFiness"] = (NiveauChamp.Og, false),
        ["relevantL312_1"] = (NiveauChamp.Essms, true),
        ["financementEsmsNumeriqueAnterieur"] = (NiveauChamp.Essms, true),
        ["commandeSonsAutreLogiciel"] = (NiveauChamp.Essms, true),
        ["activitesConfort"] = (NiveauChamp.Essms, true),
        ["rattacheEntiteNationale"] = (NiveauChamp.Essms, true),
        ["accordEntiteNationale"] = (NiveauChamp.Essms, true),
        ["equipeDui"] = (NiveauChamp.Essms, true),
        ["categorieFiness"] = (NiveauChamp.Essms, false),
        ["territoire"] = (NiveauChamp.Essms, false),
        ["dateCommande"] = (NiveauChamp.CommandeSons, false),
        ["dateDemandeSolde"] = (NiveauChamp.CommandeSons, false),
        ["dateDossierReferencement"] = (NiveauChamp.CommandeSons, false),
        ["sousConditionReferencement"] = (NiveauChamp.CommandeSons, true),
    };

    /// <summary>Whether <paramref name="champ"/> is a yes/no field of the dossier format.</summary>
    public static bool EstBooleen(string champ) => Champs.TryGetValue(champ, out var c) && c.Booleen;

    /// <summary>The JSON paths where <paramref name="champ"/>, named missing by <paramref name="noeud"/>, is missing:
    /// the field of the ESSMS (figure <c>finess</c>) or of the SONS order (figure <c>numero</c>) the node is about,
    /// else every place of the dossier where it is absent; for a field the format does not know, the inputs the node
    /// read, else <c>$.champ</c>.</summary>
    public static IEnumerable<string> CheminsManquants(DecisionNode noeud, string champ, Dossier d)
    {
        if (!Champs.TryGetValue(champ, out var c))
        {
            var trouve = false;
            foreach (var e in noeud.Entrees)
            {
                if (e.Valeur is null && (e.Chemin.EndsWith("." + champ, StringComparison.Ordinal)))
                {
                    trouve = true;
                    yield return e.Chemin;
                }
            }

            if (!trouve)
            {
                yield return "$." + champ;
            }

            yield break;
        }

        switch (c.Niveau)
        {
            case NiveauChamp.Dossier:
                yield return "$." + champ;
                break;
            case NiveauChamp.Porteur:
                yield return "$.porteur." + champ;
                break;
            case NiveauChamp.Editeur:
                yield return "$.editeur." + champ;
                break;
            case NiveauChamp.Og:
                var ogFiness = Texte(noeud, "finess");
                for (var o = 0; o < d.OrganismesGestionnaires.Count; o++)
                {
                    var og = d.OrganismesGestionnaires[o];
                    if (ogFiness is null ? ValeurOg(og, champ) is null : string.Equals(og.FinessJuridique.Value, ogFiness, StringComparison.OrdinalIgnoreCase))
                    {
                        yield return Rules.Chemins.Og(o, champ);
                    }
                }

                break;
            case NiveauChamp.Essms:
                var finess = Texte(noeud, "finess");
                for (var o = 0; o < d.OrganismesGestionnaires.Count; o++)
                {
                    var essms = d.OrganismesGestionnaires[o].Essms;
                    for (var i = 0; i < essms.Count; i++)
                    {
                        if (finess is null ? ValeurEssms(essms[i], champ) is null : string.Equals(essms[i].FinessGeographique.Value, finess, StringComparison.OrdinalIgnoreCase))
                        {
                            yield return Rules.Chemins.Essms(o, i, champ);
                        }
                    }
                }

                break;
            default:
                var numero = Nombre(noeud, "numero");
                for (var k = 0; k < d.CommandesSons.Count; k++)
                {
                    if (numero is null ? ValeurCommande(d.CommandesSons[k], champ) is null : numero == k + 1)
                    {
                        yield return "$.commandesSons[" + k.ToString(CultureInfo.InvariantCulture) + "]." + champ;
                    }
                }

                break;
        }
    }

    /// <summary>A copy of <paramref name="d"/> with the yes/no field at <paramref name="chemin"/> set; null when the
    /// path is not one of a yes/no field the format knows.</summary>
    public static Dossier? AvecBooleen(Dossier d, string chemin, bool valeur)
    {
        if (!Analyser(chemin, out var og, out var essms, out var commande, out var champ)
            || !Champs.TryGetValue(champ, out var c) || !c.Booleen)
        {
            return null;
        }

        if (!string.Equals(chemin, Canonique(c.Niveau, og, essms, commande, champ), StringComparison.Ordinal))
        {
            return null;
        }

        switch (c.Niveau)
        {
            case NiveauChamp.Dossier:
                return champ switch
                {
                    "representativiteNationale" => d with { RepresentativiteNationale = valeur },
                    "maitriseOuvrageMature" => d with { MaitriseOuvrageMature = valeur },
                    _ => d with { NonRetenu2021 = valeur },
                };
            case NiveauChamp.Porteur:
                return champ == "soumisCodeCommandePublique"
                    ? d with { Porteur = d.Porteur with { SoumisCodeCommandePublique = valeur } }
                    : d with { Porteur = d.Porteur with { MarcheEnCoursMemeObjet = valeur } };
            case NiveauChamp.Editeur:
                return champ == "referenceSegur"
                    ? d with { Editeur = d.Editeur with { ReferenceSegur = valeur } }
                    : d with { Editeur = d.Editeur with { ReferenceSad = valeur } };
            case NiveauChamp.Og when og < d.OrganismesGestionnaires.Count:
                return AvecOg(d, og, o => o with { AutodiagnosticFourni = valeur });
            case NiveauChamp.Essms when og < d.OrganismesGestionnaires.Count && essms < d.OrganismesGestionnaires[og].Essms.Count:
                return AvecOg(d, og, o => o with { Essms = Remplacer(o.Essms, essms, AvecBooleen(o.Essms[essms], champ, valeur)) });
            case NiveauChamp.CommandeSons when commande < d.CommandesSons.Count:
                return d with { CommandesSons = Remplacer(d.CommandesSons, commande, d.CommandesSons[commande] with { SousConditionReferencement = valeur }) };
            default:
                return null;
        }
    }

    /// <summary>The path of a field at its level, with its indices (null when an index its level needs is absent).</summary>
    private static string? Canonique(NiveauChamp niveau, int og, int essms, int commande, string champ) => niveau switch
    {
        NiveauChamp.Dossier => "$." + champ,
        NiveauChamp.Porteur => "$.porteur." + champ,
        NiveauChamp.Editeur => "$.editeur." + champ,
        NiveauChamp.Og => og >= 0 ? Rules.Chemins.Og(og, champ) : null,
        NiveauChamp.Essms => og >= 0 && essms >= 0 ? Rules.Chemins.Essms(og, essms, champ) : null,
        _ => commande >= 0 ? "$.commandesSons[" + commande.ToString(CultureInfo.InvariantCulture) + "]." + champ : null,
    };

    /// <summary>A copy of <paramref name="d"/> with OG <paramref name="index"/> changed by <paramref name="changer"/>.</summary>
    public static Dossier AvecOg(Dossier d, int index, Func<OrganismeGestionnaire, OrganismeGestionnaire> changer) =>
        d with { OrganismesGestionnaires = Remplacer(d.OrganismesGestionnaires, index, changer(d.OrganismesGestionnaires[index])) };

    /// <summary>A copy of <paramref name="liste"/> with element <paramref name="index"/> replaced.</summary>
    public static T[] Remplacer<T>(IReadOnlyList<T> liste, int index, T valeur)
    {
        var copie = new T[liste.Count];
        for (var i = 0; i < copie.Length; i++)
        {
            copie[i] = i == index ? valeur : liste[i];
        }

        return copie;
    }

    private static Essms AvecBooleen(Essms e, string champ, bool valeur) => champ switch
    {
        "relevantL312_1" => e with { RelevantL312_1 = valeur },
        "financementEsmsNumeriqueAnterieur" => e with { FinancementEsmsNumeriqueAnterieur = valeur },
        "commandeSonsAutreLogiciel" => e with { CommandeSonsAutreLogiciel = valeur },
        "activitesConfort" => e with { ActivitesConfort = valeur },
        "rattacheEntiteNationale" => e with { RattacheEntiteNationale = valeur },
        "accordEntiteNationale" => e with { AccordEntiteNationale = valeur },
        _ => e with { EquipeDui = valeur },
    };

    /// <summary>Reads <c>$.champ</c>, <c>$.porteur.champ</c>, <c>$.editeur.champ</c>,
    /// <c>$.organismesGestionnaires[o].champ</c>, <c>$.organismesGestionnaires[o].essms[i].champ</c> and
    /// <c>$.commandesSons[k].champ</c> (indices -1 when absent).</summary>
    private static bool Analyser(string chemin, out int og, out int essms, out int commande, out string champ)
    {
        og = essms = commande = -1;
        champ = string.Empty;
        if (!chemin.StartsWith("$.", StringComparison.Ordinal))
        {
            return false;
        }

        var reste = chemin.Substring(2);
        if (Index(ref reste, "organismesGestionnaires", out og) && reste.Length > 0)
        {
            Index(ref reste, "essms", out essms);
        }
        else if (og < 0)
        {
            Index(ref reste, "commandesSons", out commande);
        }

        if (reste.StartsWith("porteur.", StringComparison.Ordinal) || reste.StartsWith("editeur.", StringComparison.Ordinal))
        {
            reste = reste.Substring(8);
        }

        champ = reste;
        return champ.Length > 0 && champ.IndexOf('.') < 0 && champ.IndexOf('[') < 0;
    }

    /// <summary>Reads <c>nom[k].</c> at the start of <paramref name="reste"/>.</summary>
    private static bool Index(ref string reste, string nom, out int index)
    {
        index = -1;
        if (!reste.StartsWith(nom + "[", StringComparison.Ordinal))
        {
            return false;
        }

        var fin = reste.IndexOf("].", StringComparison.Ordinal);
        if (fin < 0 || !int.TryParse(reste.Substring(nom.Length + 1, fin - nom.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            index = -1;
            return false;
        }

        reste = reste.Substring(fin + 2);
        return true;
    }

    private static string? Texte(DecisionNode n, string nom)
    {
        foreach (var c in n.Chiffres)
        {
            if (c.Nom == nom && c.Type == TypeChiffre.Texte)
            {
                return c.Texte;
            }
        }

        return null;
    }

    private static long? Nombre(DecisionNode n, string nom)
    {
        foreach (var c in n.Chiffres)
        {
            if (c.Nom == nom && c.Type == TypeChiffre.Entier)
            {
                return (long)c.Nombre;
            }
        }

        return null;
    }

    private static object? ValeurOg(OrganismeGestionnaire og, string champ) =>
        champ == "autodiagnosticFourni" ? og.AutodiagnosticFourni : og.NombreEssmsFiness;

    private static object? ValeurEssms(Essms e, string champ) => champ switch
    {
        "relevantL312_1" => e.RelevantL312_1,
        "financementEsmsNumeriqueAnterieur" => e.FinancementEsmsNumeriqueAnterieur,
        "commandeSonsAutreLogiciel" => e.CommandeSonsAutreLogiciel,
        "activitesConfort" => e.ActivitesConfort,
        "rattacheEntiteNationale" => e.RattacheEntiteNationale,
        "accordEntiteNationale" => e.AccordEntiteNationale,
        "equipeDui" => e.EquipeDui,
        "categorieFiness" => e.CategorieFiness,
        _ => e.Territoire,
    };

    private static object? ValeurCommande(CommandeSons c, string champ) => champ switch
    {
        "dateCommande" => c.DateCommande,
        "dateDemandeSolde" => c.DateDemandeSolde,
        "dateDossierReferencement" => c.DateDossierReferencement,
        _ => c.SousConditionReferencement,
    };
}
