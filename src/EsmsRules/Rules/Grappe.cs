using System;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Formatting;
using EsmsRules.Model;

namespace EsmsRules.Rules;

/// <summary>Grappe size (RULES.md §2): GRAPPE-01 … GRAPPE-04, with the territory decision of a mixed grappe.</summary>
internal static class Grappe
{
    public const string Grappe01 = "GRAPPE-01";
    public const string Grappe02 = "GRAPPE-02";
    public const string Grappe03 = "GRAPPE-03";
    public const string Grappe04 = "GRAPPE-04";

    public static DecisionNode Evaluer(Contexte ctx)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        int metropole = 0, corseOutreMer = 0;
        foreach (var r in ctx.Retenus)
        {
            if (r.Essms.TerritoireEffectif == Territoire.Metropole)
            {
                metropole++;
            }
            else
            {
                corseOutreMer++;
            }
        }

        var n = ctx.N;
        var ultramarin = corseOutreMer > metropole;
        ctx.TailleMinimale = ultramarin ? b.TailleMinimaleGrappeCorseOutreMer : b.TailleMinimaleGrappe;
        ctx.GrappeMixte = metropole > 0 && corseOutreMer > 0;
        ctx.SonsUniquement = n == 1 && ctx.Dossier.TypeProjet == TypeProjet.MiseEnConformite;
        var tMin = ctx.TailleMinimale;

        // GRAPPE-01
        Resultat r01;
        if (n == 0)
        {
            r01 = Resultat.NotSatisfied;
        }
        else if (ctx.Depose && ctx.GrappeMixte)
        {
            r01 = Resultat.ReviewRequired;
        }
        else
        {
            r01 = n >= tMin ? Resultat.Satisfied : Resultat.NotApplicable;
        }

        if (n == 0)
        {
            ctx.Bloquant(Grappe01, r01);
        }

        string? x01 = null;
        if (t.Explain)
        {
            var territoire = ultramarin
                ? $"grappe de Corse / outre-mer ({corseOutreMer} ESSMS contre {metropole} en métropole) : minimum T = {tMin}"
                : $"grappe de métropole ({metropole} ESSMS en métropole, {corseOutreMer} en Corse / outre-mer) : minimum T = {tMin}";
            x01 = n == 0
                ? "Aucun ESSMS éligible : n = 0, la grappe n'existe pas."
                : $"n = {n} ESSMS éligibles ; {territoire}. " + r01 switch
                {
                    Resultat.ReviewRequired => "La grappe mêle métropole et Corse / outre-mer : le minimum retenu est à apprécier par l'autorité d'instruction.",
                    Resultat.Satisfied => $"{n} ≥ {tMin} : minimum atteint.",
                    _ when ctx.SonsUniquement => "ESSMS seul en mise en conformité : voir GRAPPE-02.",
                    _ => $"{n} < {tMin} : minimum non atteint, voir GRAPPE-03.",
                };
        }

        var n01 = t.Rule(Grappe01, r01, x01);

        // GRAPPE-02
        var n02 = t.Rule(Grappe02, ctx.SonsUniquement ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null
            : ctx.SonsUniquement
                ? "ESSMS seul avec un projet de mise en conformité : pas de dépôt ni de financement ESMS numérique ; éditeur référencé Ségur payé par la Prestation Ségur (SONS) ; pas de SAD. Orientation « sonsUniquement »."
                : $"Sans objet : {n} ESSMS éligible(s), projet {(ctx.Acquisition ? "d'acquisition" : "de mise en conformité")}.");

        // GRAPPE-03: below the minimum, regional path (a porteur with national representativeness goes national whatever
        // n, ORIENT-02). Three-valued (§10.20): a refusal never hangs on a missing fact.
        var n03 = Grappe03Noeud(ctx, n, tMin);

        // GRAPPE-04
        var r04 = ctx.Depose && ctx.OgsAvecRetenus >= 2 ? Resultat.ReviewRequired : Resultat.NotApplicable;
        var n04 = t.Rule(Grappe04, r04, !t.Explain ? null : r04 == Resultat.ReviewRequired
            ? $"{ctx.OgsAvecRetenus} organismes gestionnaires : les membres de la grappe doivent mutualiser leurs moyens pour la durée du projet (convention de partenariat{(ctx.Acquisition ? " et convention de groupement de commandes" : string.Empty)}) ; pièce à vérifier."
            : "Sans objet : un seul organisme gestionnaire avec des ESSMS retenus.");

        return t.Section(Regles.SectionGrappe, new[] { n01, n02, n03, n04 }, t.Explain
            ? $"n = {n} ESSMS éligibles, minimum T = {tMin}."
            : null);
    }

    /// <summary>GRAPPE-03 (RULES.md §2, §10.20). It applies to a filed grappe below the minimum unless the porteur has
    /// national representativeness. With the switch <see cref="Baremes.Bareme.GrappeSousMinimumAdmise"/> on, a mature maîtrise
    /// d'ouvrage makes it reviewRequired and an immature one notSatisfied; off, the minimum is strict (notSatisfied
    /// whatever the maturity). Representativeness unknown: only the outcome that holds either way is given; otherwise
    /// the node asks for every fact that can decide.</summary>
    private static DecisionNode Grappe03Noeud(Contexte ctx, int n, int tMin)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var mature = ctx.Dossier.MaitriseOuvrageMature;
        var rep = ctx.Dossier.RepresentativiteNationale;
        var entrees = t.Explain
            ? new[]
            {
                new EntreeLue("$.maitriseOuvrageMature", Contexte.Texte(mature)),
                new EntreeLue("$.representativiteNationale", Contexte.Texte(rep)),
            }
            : null;
        if (!ctx.Depose || n >= tMin || rep == true)
        {
            return t.Rule(Grappe03, Resultat.NotApplicable, !t.Explain ? null : ctx.Depose && n < tMin
                ? "Porteur à représentativité nationale : orientation nationale quel que soit n (ORIENT-02)."
                : $"Sans objet : n = {n}, minimum T = {tMin}.", entrees: entrees);
        }

        // Below the minimum, on the regional path when rep is false; rep null: the rule applies only if it turns out false.
        Resultat r;
        string[]? manque = null;
        string? x = null;
        var siNonNational = rep is null ? " si le porteur n'a pas de représentativité nationale (representativiteNationale non renseigné)" : string.Empty;
        if (!b.GrappeSousMinimumAdmise)
        {
            r = rep is null ? Resultat.MissingInput : Resultat.NotSatisfied;
            manque = rep is null ? new[] { "representativiteNationale" } : null;
            if (t.Explain)
            {
                x = $"{n} < {tMin} ESSMS : minimum strict (lecture de la page CNSA « ils doivent, pour que leur candidature soit recevable, former un groupement de 15 ESSMS minimum » ; option grappeSousMinimumAdmise désactivée) : "
                    + (rep is null ? "projet non recevable" + siNonNational + "." : "projet non recevable, quelle que soit la maturité de la maîtrise d'ouvrage.");
            }
        }
        else if (mature == true)
        {
            r = Resultat.ReviewRequired;
            x = !t.Explain ? null : $"{n} < {tMin} ESSMS, maîtrise d'ouvrage mature : recevable pour une instruction par l'ARS, qui apprécie ce minimum au regard de la capacité et de la maturité en management du SI du porteur.";
        }
        else if (mature == false)
        {
            r = rep is null ? Resultat.MissingInput : Resultat.NotSatisfied;
            manque = rep is null ? new[] { "representativiteNationale" } : null;
            x = !t.Explain ? null : $"{n} < {tMin} ESSMS et maîtrise d'ouvrage non mature : projet non recevable" + siNonNational + ".";
        }
        else
        {
            r = Resultat.MissingInput;
            manque = rep is null ? new[] { "representativiteNationale", "maitriseOuvrageMature" } : new[] { "maitriseOuvrageMature" };
            x = !t.Explain ? null : $"{n} < {tMin} ESSMS : la recevabilité dépend de la maturité de la maîtrise d'ouvrage (maitriseOuvrageMature), non renseignée"
                + (rep is null ? ", et de la représentativité nationale du porteur (representativiteNationale), non renseignée." : ".");
        }

        ctx.Bloquant(Grappe03, r);
        return t.Rule(Grappe03, r, x, manquantes: manque, entrees: entrees);
    }
}

/// <summary>Orientation (RULES.md §2): ORIENT-01 … ORIENT-03.</summary>
internal static class OrientationRules
{
    public const string Orient01 = "ORIENT-01";
    public const string Orient02 = "ORIENT-02";
    public const string Orient03 = "ORIENT-03";

    public static DecisionNode Evaluer(Contexte ctx)
    {
        var t = ctx.Trace;
        var n = ctx.N;
        var seuil = ctx.Bareme.SeuilNational;
        if (!ctx.Depose)
        {
            var raison = ctx.SonsUniquement ? "ESSMS seul en mise en conformité (GRAPPE-02) : pas de dépôt ESMS numérique." : "Aucun ESSMS éligible : pas d'orientation.";
            return t.Section(Regles.SectionOrientation, new[]
            {
                t.Rule(Orient01, Resultat.NotApplicable, raison),
                t.Rule(Orient02, Resultat.NotApplicable, raison),
                t.Rule(Orient03, Resultat.NotApplicable, raison),
            }, t.Explain ? raison : null);
        }

        var rep = ctx.Dossier.RepresentativiteNationale;
        var r01 = n >= seuil ? Resultat.Satisfied : Resultat.NotApplicable;
        var n01 = t.Rule(Orient01, r01, !t.Explain ? null : r01 == Resultat.Satisfied
            ? $"{n} ≥ {seuil} ESSMS : appel à projets national, dépôt sur le portail national, instruction CNSA et DNS."
            : $"{n} < {seuil} ESSMS.");

        Resultat r02;
        if (n >= seuil)
        {
            r02 = Resultat.NotApplicable;
        }
        else
        {
            r02 = rep switch { true => Resultat.Satisfied, false => Resultat.NotApplicable, null => Resultat.MissingInput };
            if (r02 == Resultat.MissingInput)
            {
                ctx.Bloquant(Orient02, r02);
            }
        }

        var n02 = t.Rule(Orient02, r02, !t.Explain ? null : r02 switch
        {
            Resultat.Satisfied => $"{n} < {seuil} ESSMS mais porteur à représentativité nationale : appel à projets national, instruction CNSA.",
            Resultat.MissingInput => $"{n} < {seuil} ESSMS : l'orientation dépend de la représentativité nationale du porteur (representativiteNationale), non renseignée.",
            _ => n >= seuil ? "Sans objet : déjà national par ORIENT-01." : "Porteur sans représentativité nationale.",
        }, manquantes: r02 == Resultat.MissingInput ? new[] { "representativiteNationale" } : null,
            entrees: t.Explain ? new[] { new EntreeLue("$.representativiteNationale", Contexte.Texte(rep)) } : null);

        var regional = n < seuil && rep == false;
        var (region, nombre) = regional ? RegionMajoritaire(ctx) : (null, 0);
        ctx.Region = region;
        ctx.RegionCompte = nombre;
        string? x03 = null;
        if (t.Explain)
        {
            x03 = regional ? $"Appel à projets régional : instruction par l'ARS de la région comptant le plus d'ESSMS du projet : {region} ({Fr.Entier(nombre)} ESSMS sur {Fr.Entier(ctx.N)})." : r02 == Resultat.MissingInput
                ? "Indéterminé tant que la représentativité nationale n'est pas connue."
                : "Sans objet : projet national.";
        }

        var n03 = t.Rule(Orient03, regional ? Resultat.Satisfied : Resultat.NotApplicable, x03);
        ctx.OrientationProjet = r01 == Resultat.Satisfied || r02 == Resultat.Satisfied ? Orientation.National
            : regional ? Orientation.Regional : null;
        var section = ctx.OrientationProjet switch
        {
            Orientation.National => "Orientation nationale (CNSA).",
            Orientation.Regional => "Orientation régionale (ARS).",
            _ => "Orientation indéterminée.",
        };
        return t.Section(Regles.SectionOrientation, new[] { n01, n02, n03 }, t.Explain ? section : null);
    }

    /// <summary>ORIENT-03's region (RULES.md §10.25): the one holding the most retained ESSMS; ties go to the porteur's
    /// region, then to alphabetical order. An unknown département prefix counts as its own "région inconnue (XX)".</summary>
    internal static (string Region, int Nombre) RegionMajoritaire(Contexte ctx)
    {
        // Known regions are counted by number; an unknown département prefix by its text (rare: a dictionary).
        var noms = Identifiers.Regions.Noms;
        Span<int> parRegion = stackalloc int[noms.Count];
        System.Collections.Generic.Dictionary<string, int>? inconnues = null;
        foreach (var r in ctx.Retenus)
        {
            var numero = Identifiers.Regions.Numero(r.Essms.FinessGeographique);
            if (numero >= 0)
            {
                parRegion[numero]++;
            }
            else
            {
                var region = "région inconnue (" + r.Essms.FinessGeographique.Departement + ")";
                inconnues ??= new System.Collections.Generic.Dictionary<string, int>(StringComparer.Ordinal);
                inconnues.TryGetValue(region, out var c);
                inconnues[region] = c + 1;
            }
        }

        var porteur = Identifiers.Regions.RegionDe(ctx.Dossier.Porteur.FinessJuridique);
        string? best = null;
        var bestCount = 0;
        void Candidat(string region, int nombre)
        {
            if (nombre > bestCount || (nombre == bestCount && nombre > 0 && Prefere(region, best!, porteur)))
            {
                best = region;
                bestCount = nombre;
            }
        }

        for (var i = 0; i < parRegion.Length; i++)
        {
            Candidat(noms[i], parRegion[i]);
        }

        if (inconnues is not null)
        {
            foreach (var kv in inconnues)
            {
                Candidat(kv.Key, kv.Value);
            }
        }

        return (best ?? string.Empty, bestCount);
    }

    /// <summary>On a tie, the porteur's region wins, then the first in alphabetical order (accents folded).</summary>
    private static bool Prefere(string region, string actuelle, string? porteur) =>
        !string.Equals(actuelle, porteur, StringComparison.Ordinal)
        && (string.Equals(region, porteur, StringComparison.Ordinal)
            || string.CompareOrdinal(Formatting.Fr.SansAccents(region), Formatting.Fr.SansAccents(actuelle)) < 0);

}
