using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>GRAPPE-01: the minimum size T of the grappe — 15 ESSMS in métropole, 8 when strictly more of the retained
/// ESSMS are in Corse or overseas than in métropole (the library's reading); no eligible ESSMS (n = 0) refuses the
/// project; a filed grappe mixing métropole with Corse / overseas is to appreciate.</summary>
public sealed class Grappe01 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "GRAPPE-01";

    private const string Metropole = "grappe de métropole ({metropole} ESSMS en métropole, {corseOutreMer} en Corse / outre-mer) : minimum T = {T}";
    private const string Ultramarine = "grappe de Corse / outre-mer ({corseOutreMer} ESSMS contre {metropole} en métropole) : minimum T = {T}";

    /// <summary>The rule.</summary>
    public Grappe01()
        : base(
            Identifiant,
            "Taille minimale de la grappe",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Grappes), Documents.PageCnsa.Section() },
            Textes(),
            new[] { "tailleMinimaleGrappe", "tailleMinimaleGrappeCorseOutreMer" })
    {
    }

    private static IEnumerable<Modele> Textes()
    {
        yield return new Modele("aucun", Resultat.NotSatisfied, "Aucun ESSMS éligible : n = 0, la grappe n'existe pas.");
        foreach (var (prefixe, territoire) in new[] { ("", Metropole), ("ultramarine.", Ultramarine) })
        {
            var debut = "n = {n} ESSMS éligibles ; " + territoire + ". ";
            yield return new Modele(prefixe + "mixte", Resultat.ReviewRequired, debut + "La grappe mêle métropole et Corse / outre-mer : le minimum retenu est à apprécier par l'autorité d'instruction.");
            yield return new Modele(prefixe + "atteint", Resultat.Satisfied, debut + "{n} ≥ {T} : minimum atteint.");
            yield return new Modele(prefixe + "atteintSansMarge", Resultat.Satisfied, debut + "{n} ≥ {T} : minimum atteint, sans marge (un ESSMS de moins et il en manquerait un).");
            yield return new Modele(prefixe + "sonsUniquement", Resultat.NotApplicable, debut + "ESSMS seul en mise en conformité : voir GRAPPE-02.");
            yield return new Modele(prefixe + "nonAtteint", Resultat.NotApplicable, debut + "{n} ESSMS, minimum {T} : il en manque {manque} ; voir GRAPPE-03.");
        }
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (g.N == 0)
        {
            return Conclude(faits, Resultat.NotSatisfied, "aucun", bloquant: true);
        }

        var (resultat, motif) = g.Depose && g.Mixte ? (Resultat.ReviewRequired, "mixte")
            : g.N >= g.TailleMinimale ? (Resultat.Satisfied, g.N == g.TailleMinimale ? "atteintSansMarge" : "atteint")
            : g.SonsUniquement ? (Resultat.NotApplicable, "sonsUniquement")
            : (Resultat.NotApplicable, "nonAtteint");
        return Conclude(faits, resultat, (g.Ultramarine ? "ultramarine." : string.Empty) + motif, new[]
        {
            Chiffre.Entier("n", g.N), Chiffre.Entier("T", g.TailleMinimale),
            Chiffre.Entier("metropole", g.Metropole), Chiffre.Entier("corseOutreMer", g.CorseOutreMer),
            Chiffre.Entier("manque", System.Math.Max(0, g.TailleMinimale - g.N)),
        });
    }
}
