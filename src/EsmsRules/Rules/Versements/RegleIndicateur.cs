using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// A usage indicator with a target (CIBLE-01 … CIBLE-05, appel à projets « Cibles d'utilisation »): checked on the project aggregate
/// (Σ numerators × 100 ≥ target × Σ denominators) over the measures of the retained ESSMS; a zero denominator makes it
/// undefined, hence not met. Its node gives the aggregate (figures <c>mesures</c>, <c>numerateur</c>,
/// <c>denominateur</c>, <c>taux</c> when defined, <c>cible</c>, <c>sousCible</c> when some ESSMS miss it) and a detail
/// for each measured ESSMS below the target (figure <c>finess</c>): the target is checked on the aggregate, so those
/// details are not the rule's outcome.
/// </summary>
public abstract class RegleIndicateur : Regle
{
    /// <summary>The motif of an aggregate that meets its target.</summary>
    public const string MotifAtteint = "atteint";

    /// <summary>The motif of an aggregate below its target.</summary>
    public const string MotifNonAtteint = "nonAtteint";

    /// <summary>The motif of an aggregate whose denominator is zero.</summary>
    public const string MotifIndefini = "indefini";

    /// <summary>The motif of the detail of an ESSMS below the target.</summary>
    public const string MotifEssmsSousCible = "essmsSousCible";

    /// <summary>The motif of the detail of an ESSMS whose denominator is zero.</summary>
    public const string MotifEssmsIndefini = "essmsIndefini";

    /// <summary>Creates an indicator.</summary>
    /// <param name="id">Public id.</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows.</param>
    /// <param name="libelle">What it measures, as its sentences name it ("taux d'usage de la MSS").</param>
    /// <param name="nomNumerateur">What its numerator counts ("messages MSS").</param>
    /// <param name="nomDenominateur">What its denominator counts ("personnes accompagnées").</param>
    /// <param name="parametres">The barème parameters it reads.</param>
    protected RegleIndicateur(string id, string titre, IEnumerable<Reference> references, string libelle, string nomNumerateur, string nomDenominateur, IEnumerable<string> parametres)
        : base(id, titre, references, Textes(libelle, nomNumerateur, nomDenominateur), parametres)
    {
    }

    private static IEnumerable<Modele> Textes(string libelle, string numerateur, string denominateur)
    {
        var ratio = libelle + " = {numerateur} " + numerateur + " / {denominateur} " + denominateur + " = {taux} ";
        var indefini = libelle + " indéfini (" + denominateur + " = 0) : non atteint.";
        const string Agregat = "Agrégat du projet ({mesures} ESSMS mesurés) : ";
        const string SousCible = "[ {sousCible} ESSMS sous la cible.]";
        yield return new Modele(MotifAtteint, Resultat.Satisfied, Agregat + ratio + "≥ {cible}." + SousCible);
        var manque = " : il manque {ecart}, soit {manque} de plus (" + numerateur + ")";
        yield return new Modele(MotifNonAtteint, Resultat.NotSatisfied, Agregat + ratio + "< {cible}" + manque + "." + SousCible);
        yield return new Modele(MotifIndefini, Resultat.NotSatisfied, Agregat + indefini + SousCible);
        yield return new Modele(MotifEssmsSousCible, Resultat.NotSatisfied, "{finess} sous la cible : " + ratio + "< {cible}" + manque + ".");
        yield return new Modele(MotifEssmsIndefini, Resultat.NotSatisfied, "{finess} sous la cible : " + indefini);
    }

    /// <summary>The numerator of one measure.</summary>
    /// <param name="mesure">The measure.</param>
    /// <returns>The count.</returns>
    protected abstract long Numerateur(Mesure mesure);

    /// <summary>The denominator of one measure.</summary>
    /// <param name="mesure">The measure.</param>
    /// <returns>The count.</returns>
    protected abstract long Denominateur(Mesure mesure);

    /// <summary>The target, in percent.</summary>
    /// <param name="bareme">The barème.</param>
    /// <returns>The target (70 for 70 %).</returns>
    protected abstract decimal Cible(Bareme bareme);

    /// <summary>Whether a ratio meets a target: numerator × 100 ≥ target × denominator, with a non-zero denominator
    /// (a zero denominator is undefined, not met).</summary>
    /// <param name="numerateur">Numerator.</param>
    /// <param name="denominateur">Denominator.</param>
    /// <param name="cible">Target in percent.</param>
    /// <returns>True when met.</returns>
    internal static bool Atteint(long numerateur, long denominateur, decimal cible) =>
        denominateur > 0 && numerateur * 100m >= cible * denominateur;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var mesures = SectionVersements.MesuresRetenues(faits ?? throw new ArgumentNullException(nameof(faits)));
        var cible = Cible(faits.Bareme);
        long num = 0, den = 0;
        List<DecisionNode>? sous = null;
        var listeM = mesures;
        for (var iM = 0; iM < listeM.Count; iM++)
        {
            var m = listeM[iM];
            var nm = Numerateur(m);
            var dm = Denominateur(m);
            num += nm;
            den += dm;
            if (!Atteint(nm, dm, cible))
            {
                var chiffres = Ratio(nm, dm, cible);
                chiffres.Insert(0, Chiffre.Mot("finess", m.FinessGeographique.Value));
                (sous ??= new List<DecisionNode>()).Add(ConcludeDetail(faits, Resultat.NotSatisfied, dm == 0 ? MotifEssmsIndefini : MotifEssmsSousCible, chiffres));
            }
        }

        var agregat = Ratio(num, den, cible);
        agregat.Insert(0, Chiffre.Entier("mesures", mesures.Count));
        if (sous is not null)
        {
            agregat.Add(Chiffre.Entier("sousCible", sous.Count));
        }

        var (resultat, motif) = den == 0 ? (Resultat.NotSatisfied, MotifIndefini)
            : Atteint(num, den, cible) ? (Resultat.Satisfied, MotifAtteint)
            : (Resultat.NotSatisfied, MotifNonAtteint);
        return Conclude(faits, resultat, motif, agregat, enfants: sous);
    }

    private static List<Chiffre> Ratio(long numerateur, long denominateur, decimal cible)
    {
        var chiffres = new List<Chiffre>(6) { Chiffre.Entier("numerateur", numerateur), Chiffre.Entier("denominateur", denominateur) };
        if (denominateur != 0)
        {
            chiffres.Add(Chiffre.Pourcentage("taux", numerateur * 100m / denominateur));
            if (!Atteint(numerateur, denominateur, cible))
            {
                // The distance to the target: its points, and how many more the numerator needs (same denominator).
                chiffres.Add(Distances.Points("ecart", cible - (numerateur * 100m / denominateur)));
                chiffres.Add(Chiffre.Entier("manque", (long)Math.Ceiling(cible * denominateur / 100m) - numerateur));
            }
        }

        chiffres.Add(Chiffre.Pourcentage("cible", cible));
        return chiffres;
    }
}
