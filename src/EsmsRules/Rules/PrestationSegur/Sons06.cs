using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// SONS-06: the amount of the Prestation Ségur, for each OG with at least one SONS-eligible retained ESSMS, when a
/// Prestation is computed (SONS-02, <see cref="Sons02.PrestationCalculee"/>): an amount per ESSMS by tranche of the OG's
/// number of ESSMS (a grille, not marginal), TTC; total = number × amount. The tranche is read on that number, or on the
/// OG's ESSMS in FINESS under the barème switch <c>baseTrancheSons</c>. The eligible ESSMS of an OG are its retained
/// ones less those SONS-01 found not eligible (its notSatisfied children, figure <c>og</c>); without SONS-01 every
/// retained ESSMS counts. Each OG is a child node (<see cref="Montants"/>) whose amount is its total, with the figures
/// <c>og</c>, <c>n</c>, <c>base</c>, <c>tranche</c>, <c>minimum</c>, <c>maximum</c> (a bounded tranche),
/// <c>montantParEssms</c> and <c>total</c>; the rule's amount is their sum.
/// </summary>
public sealed class Sons06 : RegleSurNoeuds
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-06";

    /// <summary>The rule, reading SONS-01 and SONS-02.</summary>
    public Sons06()
        : base(
            Identifiant,
            "Montant par ESSMS selon la tranche de l'OG",
            new[] { Documents.WebinaireOccitanie.Section("« barèmes de financements SONS »") },
            Textes(),
            new[] { Sons01.Identifiant, Sons02.Identifiant },
            new[] { "tranchesSons", "baseTrancheSons" })
    {
    }

    private static IEnumerable<Modele> Textes()
    {
        yield return new Modele("total", Resultat.Satisfied, "Montant par ESSMS selon la tranche du nombre d'ESSMS de l'OG (grille, non marginale) ; total {total} TTC.");
        yield return new Modele("nonReferencee", Resultat.NotApplicable, "Pas de Prestation Ségur : la solution n'est pas référencée Ségur (SONS-02).");
        yield return new Modele("aucunEligible", Resultat.NotApplicable, "Aucun ESSMS éligible à la Prestation Ségur.");
        foreach (var (prefixe, nombre) in new[] { ("commande", "{n} ESSMS de l'OG dans la commande"), ("finess", "{base} ESSMS de l'OG en FINESS (option baseTrancheSons = essmsFiness)") })
        {
            foreach (var (suffixe, bornes) in new[] { ("plage", "{minimum} à {maximum} ESSMS"), ("unique", "{minimum} ESSMS"), ("ouverte", "{minimum} ESSMS et plus") })
            {
                yield return new Modele(prefixe + "." + suffixe, Resultat.Satisfied, "OG {og} : " + nombre + " → tranche {tranche} (" + bornes + ") ; {n} × {montantParEssms} = {total} (tranche {tranche}).");
            }
        }
    }

    /// <summary>The OGs' amounts in SONS-06's node: its children with an amount and the figure <c>og</c>, in order.</summary>
    /// <param name="sons06">SONS-06's node, or null when the section has no SONS-06.</param>
    /// <returns>The children; none when no Prestation is computed.</returns>
    internal static IReadOnlyList<DecisionNode> Montants(DecisionNode? sons06)
    {
        var montants = new List<DecisionNode>();
        if (sons06 is not null)
        {
            foreach (var n in sons06.Enfants)
            {
                if (n.Montant is not null && ChiffreDe(n, "og") is not null)
                {
                    montants.Add(n);
                }
            }
        }

        return montants;
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
    {
        var e = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie;
        if (!Sons02.PrestationCalculee(lus))
        {
            return Conclude(faits, Resultat.NotApplicable, "nonReferencee");
        }

        var nonEligibles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (lus.TryGetValue(Sons01.Identifiant, out var sons01))
        {
            foreach (var n in sons01.Enfants)
            {
                if (n.Resultat == Resultat.NotSatisfied && ChiffreDe(n, "og") is { } og)
                {
                    nonEligibles.TryGetValue(og.Texte, out var k);
                    nonEligibles[og.Texte] = k + 1;
                }
            }
        }

        var b = faits.Bareme;
        var montants = new List<DecisionNode>();
        var somme = 0m;
        var listeOg = e.Ogs;
        for (var iOg = 0; iOg < listeOg.Count; iOg++)
        {
            var og = listeOg[iOg];
            var finess = og.Og.FinessJuridique.Value;
            nonEligibles.TryGetValue(finess, out var exclus);
            var eligibles = og.Retenus - exclus;
            if (eligibles <= 0)
            {
                continue;
            }

            var parFiness = b.BaseTrancheSons == BaseTrancheSons.EssmsFiness;
            var baseTranche = parFiness ? og.NombreEssmsFiness : eligibles;
            var tranche = b.TranchePour(baseTranche < 1 ? 1 : baseTranche);
            var total = eligibles * tranche.MontantParEssms;
            somme += total;
            var chiffres = new List<Chiffre>(8)
            {
                Chiffre.Mot("og", finess), Chiffre.Entier("n", eligibles), Chiffre.Entier("base", baseTranche), Chiffre.Mot("tranche", tranche.Code),
                Chiffre.Entier("minimum", tranche.Minimum),
            };
            if (tranche.Maximum is { } maximum)
            {
                chiffres.Add(Chiffre.Entier("maximum", maximum));
            }

            chiffres.Add(Chiffre.Euros("montantParEssms", tranche.MontantParEssms));
            chiffres.Add(Chiffre.Euros("total", total));
            var bornes = tranche.Maximum is null ? "ouverte" : tranche.Maximum == tranche.Minimum ? "unique" : "plage";
            montants.Add(Conclude(faits, Resultat.Satisfied, (parFiness ? "finess." : "commande.") + bornes, chiffres, total));
        }

        return montants.Count > 0
            ? Conclude(faits, Resultat.Satisfied, "total", new[] { Chiffre.Euros("total", somme) }, somme, enfants: montants)
            : Conclude(faits, Resultat.NotApplicable, "aucunEligible", enfants: montants);
    }
}
