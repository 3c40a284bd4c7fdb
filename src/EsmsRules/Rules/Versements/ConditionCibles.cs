using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// A condition of the second payment on usage targets (VERS-03, VERS-04): met when every indicator it reads is met on
/// the project aggregate. It concludes from the nodes of its indicators (<see cref="RegleSurNoeuds.Lit"/>): satisfied
/// when each is satisfied, notSatisfied otherwise; its figures are the indicators read (<c>indicateurs</c>), those not
/// met (<c>nonAtteints</c>) and the target (<c>cible</c>). An indicator its section does not have (a user removed it)
/// is not read; with none, the condition does not apply.
/// </summary>
public abstract class ConditionCibles : RegleSurNoeuds
{
    /// <summary>The motif of targets met.</summary>
    public const string MotifAtteints = "atteints";

    /// <summary>The motif of targets not met.</summary>
    public const string MotifNonAtteints = "nonAtteints";

    /// <summary>The motif of a condition without any indicator to read.</summary>
    public const string MotifSansIndicateur = "sansIndicateur";

    /// <summary>Creates a condition on usage targets.</summary>
    /// <param name="id">Public id.</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows.</param>
    /// <param name="libelle">What its targets are about, as its sentences begin ("Services socles").</param>
    /// <param name="indicateurs">The ids of the indicators it reads, in order.</param>
    /// <param name="parametres">The barème parameters it reads.</param>
    protected ConditionCibles(string id, string titre, IEnumerable<Reference> references, string libelle, IEnumerable<string> indicateurs, IEnumerable<string> parametres)
        : base(
            id,
            titre,
            references,
            new[]
            {
                new Modele(MotifAtteints, Resultat.Satisfied, (libelle ?? throw new ArgumentNullException(nameof(libelle))) + " ({indicateurs}) ≥ {cible} : atteints."),
                new Modele(MotifNonAtteints, Resultat.NotSatisfied, libelle + " ({indicateurs}) ≥ {cible} : non atteints."),
                new Modele(MotifSansIndicateur, Resultat.NotApplicable, libelle + " : aucun indicateur d'usage à lire."),
            },
            indicateurs,
            parametres)
    {
    }

    /// <summary>The target the indicators are checked against, in percent.</summary>
    /// <param name="bareme">The barème.</param>
    /// <returns>The target.</returns>
    protected abstract decimal Cible(Bareme bareme);

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
    {
        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        if (lus is null)
        {
            throw new ArgumentNullException(nameof(lus));
        }

        var lues = new List<string>(Lit.Count);
        var nonAtteints = new List<string>(Lit.Count);
        var listeId = Lit;
        for (var iId = 0; iId < listeId.Count; iId++)
        {
            var id = listeId[iId];
            if (lus.TryGetValue(id, out var n))
            {
                lues.Add(id);
                if (n.Resultat != Resultat.Satisfied)
                {
                    nonAtteints.Add(id);
                }
            }
        }

        var chiffres = new[]
        {
            Chiffre.ListeDe("indicateurs", lues), Chiffre.ListeDe("nonAtteints", nonAtteints), Chiffre.Pourcentage("cible", Cible(faits.Bareme)),
        };
        return lues.Count == 0 ? Conclude(faits, Resultat.NotApplicable, MotifSansIndicateur, chiffres)
            : nonAtteints.Count == 0 ? Conclude(faits, Resultat.Satisfied, MotifAtteints, chiffres)
            : Conclude(faits, Resultat.NotSatisfied, MotifNonAtteints, chiffres);
    }
}
