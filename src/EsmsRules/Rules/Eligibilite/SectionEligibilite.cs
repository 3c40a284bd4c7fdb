using System;
using System.Collections.Generic;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// ELIGIBILITE (ESSMS-01…05): each ESSMS of the dossier goes through the exclusion rules in order; the first that is
/// notSatisfied removes it (it counts neither for the grappe nor for any amount, and is listed with that rule); the
/// retained ESSMS take their rank, OG by OG in list order (an excluded ESSMS takes no rank), and go through the flag
/// rules.
/// </summary>
public sealed class SectionEligibilite : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ELIGIBILITE";

    /// <summary>The section with the catalogue's rules: ESSMS-01 … ESSMS-05.</summary>
    public SectionEligibilite()
        : this(new RegleEssms[] { new Essms01(), new Essms02(), new Essms03(), new Essms04(), new Essms05() })
    {
    }

    /// <summary>The section with other rules on each ESSMS.</summary>
    /// <param name="regles">Its rules, in order; each must be a <see cref="RegleEssms"/>.</param>
    /// <exception cref="ArgumentException">A rule that is not evaluated on each ESSMS.</exception>
    public SectionEligibilite(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Éligibilité des ESSMS",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section() },
            new[] { new Modele("resume", null, "{n} ESSMS {n:retenu|retenus} sur {total} ; {exclus} {exclus:exclu|exclus} (ni comptés dans la grappe, ni financés).") },
            regles)
    {
        foreach (var r in Regles)
        {
            if (r is not RegleEssms)
            {
                throw new ArgumentException($"La section ELIGIBILITE n'évalue que des règles ESSMS par ESSMS ; « {r.Id} » n'en est pas une.", nameof(regles));
            }
        }
    }

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionEligibilite(regles);

    /// <inheritdoc />
    public override ResultatSection Evaluate(Faits faits)
    {
        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        var d = faits.Dossier;
        var b = faits.Bareme;
        var regles = new RegleEssms[Regles.Count];
        // Per rule, only the ESSMS whose outcome is worth a child node (most are satisfied or not concerned: counted), so
        // that a grappe of 10 000 ESSMS allocates no per-ESSMS list.
        var resultats = new ResultatsEssms[regles.Length];
        for (var k = 0; k < regles.Length; k++)
        {
            regles[k] = (RegleEssms)Regles[k];
            resultats[k] = new ResultatsEssms();
        }

        var contexte = new ContexteEssms(faits);
        var capacite = 0;
        var listeOg = d.OrganismesGestionnaires;
        for (var iOg = 0; iOg < listeOg.Count; iOg++)
        {
            var og = listeOg[iOg];
            capacite += og.Essms.Count;
        }

        // Filled in a pooled array, then copied at its exact length: at 10 000 ESSMS each array is on the large-object
        // heap, and a second one (a resize once the excluded are known) cost a generation-2 collection in a few.
        var tampon = System.Buffers.ArrayPool<EssmsRetenu>.Shared.Rent(capacite);
        var exclus = new List<EssmsExclu>();
        var ogs = new FaitsOg[d.OrganismesGestionnaires.Count];
        var total = 0;
        var rang = 0;
        var sorties = new Resultat[regles.Length];
        // Read once: the loops below ask it for every ESSMS and rule (a virtual call each).
        var exclut = new bool[regles.Length];
        for (var k = 0; k < regles.Length; k++)
        {
            exclut[k] = regles[k].Exclut;
        }

        for (var o = 0; o < ogs.Length; o++)
        {
            var og = d.OrganismesGestionnaires[o];
            int retenusOg = 0, pleinOg = 0;
            for (var i = 0; i < og.Essms.Count; i++)
            {
                var e = og.Essms[i];
                total++;
                string? premier = null;
                for (var k = 0; k < regles.Length; k++)
                {
                    if (!exclut[k])
                    {
                        continue;
                    }

                    var r = sorties[k] = regles[k].EvaluateEssms(e, contexte);
                    resultats[k].Add(o, i, e, r);
                    if (r == Resultat.NotSatisfied && premier is null)
                    {
                        premier = regles[k].Id;
                    }
                }

                if (premier is not null)
                {
                    // Flag rules concern retained ESSMS only: an excluded one is not counted in their groups.
                    exclus.Add(new EssmsExclu(e.FinessGeographique, premier));
                    continue;
                }

                tampon[rang] = new EssmsRetenu(e, o, i, rang + 1);
                rang++;
                retenusOg++;
                if (rang < b.RangTarifReduit)
                {
                    pleinOg++;
                }

                for (var k = 0; k < regles.Length; k++)
                {
                    if (!exclut[k])
                    {
                        resultats[k].Add(o, i, e, regles[k].EvaluateEssms(e, contexte));
                    }
                }
            }

            ogs[o] = new FaitsOg(og, o, retenusOg, pleinOg);
        }

        var enfants = new DecisionNode[regles.Length];
        for (var k = 0; k < regles.Length; k++)
        {
            enfants[k] = regles[k].Noeud(contexte, resultats[k]);
        }

        var retenus = new EssmsRetenu[rang];
        Array.Copy(tampon, retenus, rang);
        System.Buffers.ArrayPool<EssmsRetenu>.Shared.Return(tampon, clearArray: true);

        var etablis = new FaitsEligibilite(ValueList.Wrap(retenus), ValueList.Wrap(exclus.ToArray()), ValueList.Wrap(ogs), total);
        var noeud = Summarize(faits, enfants, "resume", new[]
        {
            Chiffre.Entier("n", etablis.N), Chiffre.Entier("total", total), Chiffre.Entier("exclus", exclus.Count),
        });
        return new ResultatSection(noeud, faits with { Eligibilite = etablis });
    }
}
