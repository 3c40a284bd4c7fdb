using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Formatting;

namespace EsmsRules.Rules;

/// <summary>
/// Allowable ESMS numérique funding (RULES.md §4, §10.5, §10.6): FIN-01 … FIN-06, PETITOG-01 … PETITOG-04, MOD-01/02.
/// The barème "from the 50th ESSMS" is marginal by rank: ranks below <see cref="Bareme.RangTarifReduit"/> get the full
/// rate, the others the reduced rate.
/// </summary>
/// <remarks>
/// Seed 004's national example (64 ESSMS) prints 1 123 k€ (371 k€ + 752 k€): that counts 49 + 14 = 63 ESSMS. By the
/// rule, 49 at the full rate and 15 from the 50th give 373 000 + 755 500 = 1 128 500 € (Ségur) and 976 000 € (SAD);
/// the library follows the rule (RULES.md §9, examples 08 and 09).
/// </remarks>
internal static class Financements
{
    public const string Fin01 = "FIN-01";
    public const string Fin02 = "FIN-02";
    public const string Fin03 = "FIN-03";
    public const string Fin04 = "FIN-04";
    public const string Fin05 = "FIN-05";
    public const string Fin06 = "FIN-06";
    public const string PetitOg01 = "PETITOG-01";
    public const string PetitOg02 = "PETITOG-02";
    public const string PetitOg03 = "PETITOG-03";
    public const string PetitOg04 = "PETITOG-04";
    public const string Mod01 = "MOD-01";
    public const string Mod02 = "MOD-02";

    /// <summary>Σ over ranks of the per-rank rate: <paramref name="plein"/> ESSMS at the full rate, <paramref name="reduit"/> at the reduced one.</summary>
    public static decimal ParRang(TarifParRang tarif, int plein, int reduit) =>
        (plein * tarif.JusquAuRang49) + (reduit * tarif.APartirDuRangReduit);

    /// <summary>Round to 2 decimals, midpoint away from zero (RULES.md §5, §10.6).</summary>
    public static decimal Arrondi(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    public static DecisionNode Evaluer(Contexte ctx, out Financement financement)
    {
        var t = ctx.Trace;
        var b = ctx.Bareme;
        var d = ctx.Dossier;
        var n = ctx.N;
        var plein = Math.Min(n, b.RangTarifReduit - 1);
        var reduit = n - plein;
        var list = new List<DecisionNode>(12);
        var ogs = ctx.Ogs;
        var partEssmsOg = new decimal[ogs.Length];
        var partEditeurOg = new decimal[ogs.Length];
        var plafondOg = new decimal[ogs.Length];
        var equipementOg = new decimal[ogs.Length];

        // FIN-01 / FIN-04: part ESSMS
        var tarifEssms = ctx.Acquisition ? b.PartEssmsAcquisition : b.PartEssmsConformite;
        var idEssms = ctx.Acquisition ? Fin01 : Fin04;
        decimal partEssms = 0;
        for (var i = 0; i < ogs.Length; i++)
        {
            partEssmsOg[i] = ParRang(tarifEssms, ogs[i].RetenusTarifPlein, ogs[i].Retenus - ogs[i].RetenusTarifPlein);
            partEssms += partEssmsOg[i];
        }

        // FIN-04 presupposes a deployed DUI (« les porteurs, déjà équipés d'une solution »): an ESSMS without one is
        // flagged, its amount still shown (§10.22).
        List<string>? sansDui = null;
        if (!ctx.Acquisition)
        {
            foreach (var r in ctx.Retenus)
            {
                if (r.Essms.EquipeDui == false)
                {
                    (sansDui ??= new List<string>()).Add(r.Essms.FinessGeographique.Value);
                }
            }
        }

        list.Add(t.Rule(idEssms, sansDui is null ? Resultat.Satisfied : Resultat.ReviewRequired, !t.Explain ? null
            : (ctx.Acquisition ? "Part ESSMS (maîtrise d'ouvrage, financement à l'usage) : " : "Mise en conformité, part ESSMS seule : ")
              + Calcul(tarifEssms, plein, reduit, partEssms)
              + (sansDui is null ? string.Empty
                  : $" La mise en conformité suppose une solution déjà déployée (« les porteurs, déjà équipés d'une solution ») : {sansDui.Count} ESSMS retenu(s) sans DUI ({string.Join(", ", sansDui)}), à apprécier par {Qui(ctx)}."),
            partEssms));
        list.Add(t.Rule(ctx.Acquisition ? Fin04 : Fin01, Resultat.NotApplicable, !t.Explain ? null
            : ctx.Acquisition ? "Sans objet : projet d'acquisition." : "Sans objet : projet de mise en conformité."));

        // FIN-02 / FIN-03 / FIN-05: part éditeur
        decimal partEditeur = 0;
        if (ctx.Acquisition)
        {
            var seg = d.Editeur.ReferenceSegur;
            var segur = seg == true;
            var tarif = segur ? b.PartEditeurSegurEffective : b.PartEditeurSad;
            decimal plafond = 0;
            for (var i = 0; i < ogs.Length; i++)
            {
                plafondOg[i] = ParRang(tarif, ogs[i].RetenusTarifPlein, ogs[i].Retenus - ogs[i].RetenusTarifPlein);
                plafond += plafondOg[i];
            }

            var lecture = b.LectureFin03 == LectureFin03.QuatreMille
                ? $" (lecture de la page CNSA : {Fr.Euros(b.PartEditeurSad.APartirDuRangReduit)} + complément Ségur à partir du {b.RangTarifReduit}e ESSMS ; option lectureFin03 = quatreMille)"
                : reduit > 0 ? $" (logigramme CNSA, appel à projets et webinaire ARS Occitanie ; la lecture de la page CNSA à {Fr.Euros(b.PartEditeurSegurReduitLecture002)} est l'option lectureFin03 = quatreMille)" : string.Empty;
            var texte = !t.Explain ? null : "Plafond de la part éditeur : " + Calcul(tarif, plein, reduit, plafond);
            if (segur)
            {
                list.Add(t.Rule(Fin02, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : éditeur référencé Ségur (FIN-03)."));
                list.Add(t.Rule(Fin03, Resultat.Satisfied, texte + lecture, plafond));
            }
            else
            {
                list.Add(t.Rule(Fin02, Resultat.Satisfied, texte + " (éditeur référencé SAD, non Ségur).", plafond));
                list.Add(seg is null
                    ? t.Rule(Fin03, Resultat.MissingInput, !t.Explain ? null : "referenceSegur non renseigné : le plafond SAD (FIN-02) est retenu.", manquantes: new[] { "referenceSegur" })
                    : t.Rule(Fin03, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : éditeur non référencé Ségur."));
            }

            var devis = d.Editeur.Devis;
            partEditeur = devis is null ? plafond : Math.Min(plafond, devis.Value);
            if (devis is not null && devis.Value < plafond)
            {
                RepartirDevis(ogs, plafondOg, plafond, partEditeur, partEditeurOg);
            }
            else
            {
                Array.Copy(plafondOg, partEditeurOg, ogs.Length);
            }

            list.Add(t.Rule(Fin05, Resultat.Satisfied, !t.Explain ? null : devis is null
                ? $"Aucun devis fourni : la part éditeur est le plafond (« jusqu'à ») de {Fr.Euros(plafond)}."
                : $"Part éditeur = min(plafond {Fr.Euros(plafond)}, devis {Fr.Euros(devis.Value)}) = {Fr.Euros(partEditeur)}"
                  + (devis.Value < plafond ? RepartitionTexte(ogs, partEditeurOg) : "."),
                partEditeur));
        }
        else
        {
            const string raison = "Sans objet : la mise en conformité n'a pas de part éditeur ; l'éditeur est payé par la Prestation Ségur (PROJET-03).";
            list.Add(t.Rule(Fin02, Resultat.NotApplicable, raison));
            list.Add(t.Rule(Fin03, Resultat.NotApplicable, raison));
            list.Add(t.Rule(Fin05, Resultat.NotApplicable, raison));
        }

        list.Add(t.Rule(Fin06, reduit > 0 ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null : reduit > 0
            ? $"{n} ESSMS : le barème à partir du {b.RangTarifReduit}e ESSMS s'applique " + (reduit == 1 ? $"au rang {n} (1 ESSMS)." : $"aux rangs {b.RangTarifReduit} à {n} ({reduit} ESSMS).")
            : $"{n} ESSMS : " + (n <= 1 ? "au tarif plein (rang 1)." : $"tous au tarif plein (rangs 1 à {n}).")));

        // PETITOG-*
        var regional = ctx.OrientationProjet == Orientation.Regional;
        var essmsPetitsOg = 0;
        var petits = new List<string>();
        for (var i = 0; i < ogs.Length; i++)
        {
            var f = ogs[i];
            f.PetitOg = f.Retenus > 0 && b.EstPetitOg(f.NombreEssmsFiness);
            if (f.PetitOg)
            {
                essmsPetitsOg += f.Retenus;
                equipementOg[i] = f.Retenus * b.EquipementParEssms;
                if (t.Explain)
                {
                    petits.Add($"{f.Og.FinessJuridique.Value} ({f.NombreEssmsFiness} ESSMS{(f.Og.NombreEssmsFiness is null ? " listés dans le dossier, nombreEssmsFiness absent" : " en FINESS")}, {f.Retenus} retenu(s))");
                }
            }
        }

        var seuil = b.SeuilPetitOgInclus ? $"≤ {b.SeuilPetitOg}" : $"< {b.SeuilPetitOg}";
        var equipements = essmsPetitsOg * b.EquipementParEssms;
        var aPetitOg = essmsPetitsOg > 0;
        var petitsTexte = t.Explain ? string.Join(", ", petits) : null;
        list.Add(aPetitOg
            ? t.Rule(PetitOg01, Resultat.ReviewRequired, !t.Explain ? null
                : $"Petit(s) OG ({seuil} ESSMS) : {petitsTexte}. Équipements et infrastructures : {essmsPetitsOg} × {Fr.Euros(b.EquipementParEssms)} = {Fr.Euros(equipements)} (plafond étudié au cas par cas par {Qui(ctx)}).",
                equipements)
            : t.Rule(PetitOg01, Resultat.NotApplicable, !t.Explain ? null : $"Aucun petit OG ({seuil} ESSMS en FINESS) parmi les OG retenus."));

        var champsOk = ctx.MajoriteMedicoSociale || b.AmoaMarcheChampsSociaux;
        var amoaMarche = aPetitOg && ctx.Acquisition && !ctx.Achat02 && regional && champsOk ? b.AmoaMarcheParProjet : 0m;
        list.Add(amoaMarche > 0
            ? t.Rule(PetitOg02, Resultat.ReviewRequired, !t.Explain ? null
                : $"Acquisition régionale avec au moins un petit OG et une nouvelle procédure de marché : AMOA marché {Fr.Euros(amoaMarche)} par projet (plafond étudié au cas par cas par {Qui(ctx)})"
                  + (ctx.MajoriteMedicoSociale ? "." : " ; accordé aussi dans les champs sociaux (exemple du webinaire ARS Occitanie, option amoaMarcheChampsSociaux)."),
                amoaMarche)
            : t.Rule(PetitOg02, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : " + (
                !aPetitOg ? "aucun petit OG." : !ctx.Acquisition ? "projet de mise en conformité." : ctx.Achat02 ? "marché en cours utilisé (ACHAT-02)."
                : !regional ? "projet national." : "champs sociaux (option amoaMarcheChampsSociaux désactivée).")));

        var amoaProjet = aPetitOg && regional ? b.AmoaProjetParProjet : 0m;
        list.Add(amoaProjet > 0
            ? t.Rule(PetitOg03, Resultat.ReviewRequired, !t.Explain ? null
                : $"Projet régional avec au moins un petit OG : AMOA projet (pilotage, chef de projet) {Fr.Euros(amoaProjet)} par projet (plafond étudié au cas par cas par {Qui(ctx)}).",
                amoaProjet)
            : t.Rule(PetitOg03, Resultat.NotApplicable, !t.Explain ? null : "Sans objet : " + (!aPetitOg ? "aucun petit OG." : "projet national.")));

        var specifiques = equipements + amoaMarche + amoaProjet;
        list.Add(t.Rule(PetitOg04, specifiques > 0 ? Resultat.Satisfied : Resultat.NotApplicable, !t.Explain ? null : specifiques > 0
            ? $"Les financements spécifiques ({Fr.Euros(specifiques)}) sont versés aux mêmes conditions et au même calendrier que les autres (VERS-01, VERS-02)."
            : "Sans objet : aucun financement spécifique."));

        // MOD-*
        var confort = 0;
        foreach (var r in ctx.Retenus)
        {
            if (r.Essms.ActivitesConfort == true)
            {
                confort++;
            }
        }

        list.Add(confort > 0
            ? t.Rule(Mod01, Resultat.ReviewRequired, !t.Explain ? null : $"{confort} ESSMS retenu(s) avec des activités de confort : seule la part essentielle est finançable ; montants affichés non modulés, modulation décidée par {Qui(ctx)}.")
            : t.Rule(Mod01, Resultat.NotApplicable, !t.Explain ? null : "Aucun ESSMS retenu avec des activités de confort."));
        list.Add(t.Rule(Mod02, Resultat.ReviewRequired, !t.Explain ? null
            : $"{Qui(ctx, true)} peut toujours moduler les forfaits si la composition FINESS juridique / géographique les multiplie artificiellement ; montants affichés non modulés."));

        var total = partEssms + partEditeur + equipements + amoaMarche + amoaProjet;
        var parOg = new FinancementOrganisme[ogs.Length];
        for (var i = 0; i < ogs.Length; i++)
        {
            parOg[i] = new FinancementOrganisme(ogs[i].Og.FinessJuridique, partEssmsOg[i], partEditeurOg[i], equipementOg[i],
                partEssmsOg[i] + partEditeurOg[i] + equipementOg[i]);
        }

        financement = new Financement(partEssms, partEditeur, equipements, amoaMarche, amoaProjet, total, ValueList.Wrap(parOg));
        return t.Section(Regles.SectionFinancement, list, !t.Explain ? null
            : $"Total allouable : {Fr.Euros(partEssms)} (part ESSMS) + {Fr.Euros(partEditeur)} (part éditeur) + {Fr.Euros(equipements)} (équipements) + {Fr.Euros(amoaMarche)} (AMOA marché) + {Fr.Euros(amoaProjet)} (AMOA projet) = {Fr.Euros(total)}.",
            total, Resultat.Satisfied);
    }

    /// <summary>§10.6 (largest remainder): the part éditeur, in cents, is shared among the OGs with retained ESSMS in
    /// proportion to their ceilings: each first gets floor(part × ceiling ÷ total ceiling) to the cent, then the cents
    /// left go one each to the largest fractional remainders (ties: list order). Shares add up to the part éditeur, none
    /// is negative, and each is within one cent of its exact proportion. Exact integer arithmetic throughout.</summary>
    internal static void RepartirDevis(OgFaits[] ogs, decimal[] plafondOg, decimal plafond, decimal partEditeur, decimal[] partEditeurOg)
    {
        var centimes = Centimes(partEditeur);
        var total = Centimes(plafond);
        var restes = new System.Numerics.BigInteger[ogs.Length];
        var distribue = System.Numerics.BigInteger.Zero;
        for (var i = 0; i < ogs.Length; i++)
        {
            if (ogs[i].Retenus == 0 || total.IsZero)
            {
                partEditeurOg[i] = 0;
                restes[i] = -1;
                continue;
            }

            var part = System.Numerics.BigInteger.DivRem(centimes * Centimes(plafondOg[i]), total, out restes[i]);
            distribue += part;
            partEditeurOg[i] = (decimal)part / 100m;
        }

        // The cents left (fewer than the number of OGs sharing) go to the largest remainders, the first listed on a tie.
        for (var reste = centimes - distribue; reste > 0; reste--)
        {
            var meilleur = -1;
            for (var i = 0; i < ogs.Length; i++)
            {
                if (restes[i] >= 0 && (meilleur < 0 || restes[i] > restes[meilleur]))
                {
                    meilleur = i;
                }
            }

            partEditeurOg[meilleur] += 0.01m;
            restes[meilleur] = -1;
        }
    }

    /// <summary>An amount of at most 2 decimals in whole cents.</summary>
    private static System.Numerics.BigInteger Centimes(decimal montant) => new(decimal.Truncate(montant * 100m));

    /// <summary>" ; répartie entre les 3 OG au prorata de leurs plafonds (plus forts restes, au centime) : 33 333,34 € /
    /// 33 333,33 € / 33 333,33 €." (a single OG gets it all).</summary>
    private static string RepartitionTexte(OgFaits[] ogs, decimal[] partEditeurOg)
    {
        var parts = new List<string>(ogs.Length);
        for (var i = 0; i < ogs.Length; i++)
        {
            if (ogs[i].Retenus > 0)
            {
                parts.Add(Fr.Euros(partEditeurOg[i]));
            }
        }

        return parts.Count == 1
            ? " ; un seul OG : il reçoit toute la part éditeur."
            : $" ; répartie entre les {parts.Count} OG au prorata de leurs plafonds (méthode des plus forts restes, au centime) : {string.Join(" / ", parts)}.";
    }

    /// <summary>"49 × 14 500 € + 15 × 3 000 € = 755 500 €".</summary>
    internal static string Calcul(TarifParRang tarif, int plein, int reduit, decimal total) => reduit > 0
        ? $"{plein} × {Fr.Euros(tarif.JusquAuRang49)} + {reduit} × {Fr.Euros(tarif.APartirDuRangReduit)} = {Fr.Euros(total)}."
        : $"{plein} × {Fr.Euros(tarif.JusquAuRang49)} = {Fr.Euros(total)}.";

    private static string Qui(Contexte ctx, bool majuscule = false) => ctx.OrientationProjet == Orientation.National
        ? (majuscule ? "L'équipe nationale (CNSA, DNS)" : "l'équipe nationale (CNSA, DNS)")
        : (majuscule ? "L'ARS" : "l'ARS");
}
