using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// SONS-01: each retained ESSMS is eligible to the Prestation Ségur — under CASF L.312-1, already equipped with a DUI,
/// of the FINESS categories of its couloir (<see cref="Eligibilite"/>). Its node counts them (figures <c>ok</c>,
/// <c>exclus</c>, <c>aApprecier</c>) and has a child for each ESSMS that is not simply eligible (figures <c>finess</c>
/// and <c>og</c>, the FINESS juridique of its OG): a notSatisfied one is removed from the count of its OG (SONS-06); an
/// unknown category is to appreciate, and keeps the ESSMS, only when a Prestation is computed — it reads SONS-02 for
/// that (<see cref="Sons02.PrestationCalculee"/>).
/// </summary>
public sealed class Sons01 : RegleSurNoeuds
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-01";

    /// <summary>The rule, reading SONS-02.</summary>
    public Sons01()
        : base(
            Identifiant,
            "ESSMS éligible au couloir SONS (catégories FINESS, DUI déjà en place)",
            new[] { Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("aucun", Resultat.NotApplicable, "Aucun ESSMS retenu."),
                new Modele("tousEligibles", Resultat.Satisfied, "{ok} ESSMS {ok:retenu éligible|retenus éligibles} à la Prestation Ségur (CASF L.312-1, DUI en place, catégories FINESS des agrégats du couloir ou non renseignées)."),
                new Modele("decompte", null, "{ok} ESSMS {ok:éligible|éligibles}, {exclus} non {exclus:éligible (retiré|éligibles (retirés} du décompte), {aApprecier} à catégorie inconnue ({aApprecier:conservé|conservés})."),
                new Modele("sansDui", Resultat.NotSatisfied, "{finess} n'est pas encore équipé d'un DUI : rien à mettre à niveau, non éligible à la Prestation Ségur."),
                new Modele("horsAgregats", Resultat.NotSatisfied, "{finess} : catégorie FINESS {categorie} (agrégat {agregat}) hors des agrégats du couloir {couloir} ({agregats})."),
                new Modele("categorieInconnue", Resultat.ReviewRequired, "{finess} : catégorie FINESS {categorie} inconnue de la table du barème : éligibilité à apprécier (ESSMS conservé dans le décompte)."),
                new Modele("categorieInconnueSansPrestation", Resultat.NotApplicable, "{finess} : catégorie FINESS {categorie} inconnue de la table du barème : éligibilité à apprécier si une Prestation est commandée."),
            },
            new[] { Sons02.Identifiant },
            new[] { "categoriesFiness", "agregatsMs1", "agregatsMs2", "agregatsMs3" })
    {
    }

    /// <summary>The eligibility of one ESSMS: without a DUI it is not eligible, whatever its category; a known category
    /// decides (its aggregate among those of the couloir of the ESSMS's champ); an unknown category is to appreciate;
    /// no category given → the category does not decide (eligible).</summary>
    /// <param name="essms">The ESSMS.</param>
    /// <param name="bareme">The barème (categories and aggregates).</param>
    /// <returns>Satisfied, notSatisfied or reviewRequired.</returns>
    internal static Resultat Eligibilite(Essms essms, Bareme bareme)
    {
        if (essms is null)
        {
            throw new ArgumentNullException(nameof(essms));
        }

        if (bareme is null)
        {
            throw new ArgumentNullException(nameof(bareme));
        }

        if (essms.EquipeDui == false)
        {
            return Resultat.NotSatisfied;
        }

        if (essms.CategorieFiness is null)
        {
            return Resultat.Satisfied;
        }

        if (!bareme.CategoriesFiness.TryGetValue(essms.CategorieFiness, out var agregat))
        {
            return Resultat.ReviewRequired;
        }

        foreach (var a in bareme.AgregatsSons(essms.Champ.CouloirSons()))
        {
            if (a == agregat)
            {
                return Resultat.Satisfied;
            }
        }

        return Resultat.NotSatisfied;
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
    {
        var e = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie;
        var b = faits.Bareme;
        var avecPrestation = Sons02.PrestationCalculee(lus);
        List<DecisionNode>? enfants = null;
        int ok = 0, exclus = 0, aApprecier = 0;
        var listeR = e.Retenus;
        for (var iR = 0; iR < listeR.Count; iR++)
        {
            var r = listeR[iR];
            var essms = r.Essms;
            var resultat = Eligibilite(essms, b);
            if (resultat == Resultat.Satisfied)
            {
                ok++;
                continue;
            }

            var chiffres = new List<Chiffre>(6)
            {
                Chiffre.Mot("finess", essms.FinessGeographique.Value), Chiffre.Mot("og", e.Ogs[r.Og].Og.FinessJuridique.Value),
            };
            string motif;
            if (resultat == Resultat.NotSatisfied)
            {
                exclus++;
                if (essms.EquipeDui == false)
                {
                    motif = "sansDui";
                }
                else
                {
                    var couloir = essms.Champ.CouloirSons();
                    motif = "horsAgregats";
                    chiffres.Add(Chiffre.Mot("categorie", essms.CategorieFiness!));
                    chiffres.Add(Chiffre.Mot("agregat", b.CategoriesFiness[essms.CategorieFiness!]));
                    chiffres.Add(Chiffre.Mot("couloir", couloir.ToString()));
                    chiffres.Add(Chiffre.ListeDe("agregats", b.AgregatsSons(couloir)));
                }
            }
            else
            {
                // An unknown category is a flag for the instructing authority only when a Prestation is computed.
                aApprecier++;
                motif = avecPrestation ? "categorieInconnue" : "categorieInconnueSansPrestation";
                resultat = avecPrestation ? resultat : Resultat.NotApplicable;
                chiffres.Add(Chiffre.Mot("categorie", essms.CategorieFiness!));
            }

            (enfants ??= new List<DecisionNode>()).Add(Conclude(faits, resultat, motif, chiffres, entrees: !faits.Explications ? null : new[]
            {
                new EntreeLue(Chemins.Essms(r.Og, r.Index, "categorieFiness"), essms.CategorieFiness),
                new EntreeLue(Chemins.Essms(r.Og, r.Index, "equipeDui"), Chemins.Texte(essms.EquipeDui)),
            }));
        }

        var decompte = new[] { Chiffre.Entier("ok", ok), Chiffre.Entier("exclus", exclus), Chiffre.Entier("aApprecier", aApprecier) };
        return enfants is not null ? Conclude(faits, Section.Aggregate(enfants), "decompte", decompte, enfants: enfants)
            : e.N > 0 ? Conclude(faits, Resultat.Satisfied, "tousEligibles", decompte)
            : Conclude(faits, Resultat.NotApplicable, "aucun", decompte);
    }
}
