using System.Globalization;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PROJET-06: the planned duration from project start to the end of deployment "should" be at most 9 months
/// for a mise en conformité, 18 months for an acquisition: beyond, the instructing authority appreciates it
/// (reviewRequired, whatever the verdict). Not given: asked for, without holding the verdict.</summary>
public sealed class Projet06 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-06";

    /// <summary>The rule.</summary>
    public Projet06()
        : base(
            Identifiant,
            "Durée prévue jusqu'à la fin du déploiement (9 / 18 mois)",
            new[] { Documents.AppelAProjets.Section(), Documents.Webinaire.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("respectee", Resultat.Satisfied, "Durée prévue {duree} mois ≤ {dureeMax} mois."),
                new Modele("depassee", Resultat.ReviewRequired, "Durée prévue {duree} mois > {dureeMax} mois attendus, {depassement} mois de plus (« devrait ») : à apprécier par l'autorité d'instruction."),
                new Modele("nonRenseignee", Resultat.MissingInput, "Durée prévue non renseignée (dureePrevueMois) ; maximum attendu {dureeMax} mois."),
                new Modele(SectionRecevabilite.MotifSonsUniquement, Resultat.NotApplicable, SectionRecevabilite.TexteSonsUniquement),
                new Modele(SectionRecevabilite.MotifAucun, Resultat.NotApplicable, SectionRecevabilite.TexteAucun),
            },
            new[] { "dureeMaxConformite", "dureeMaxAcquisition" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!g.Depose)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionRecevabilite.NonDepose(g));
        }

        var max = (faits.Acquisition ? faits.Bareme.DureeMaxAcquisition : faits.Bareme.DureeMaxConformite).Months;
        var duree = faits.Dossier.DureePrevueMois;
        var entrees = !faits.Explications ? null : new[] { new EntreeLue("$.dureePrevueMois", duree?.ToString(CultureInfo.InvariantCulture)) };
        if (duree is null)
        {
            return Conclude(faits, Resultat.MissingInput, "nonRenseignee", new[] { Chiffre.Entier("dureeMax", max) },
                manquantes: new[] { "dureePrevueMois" }, entrees: entrees);
        }

        var chiffres = new[] { Chiffre.Entier("duree", duree.Value), Chiffre.Entier("dureeMax", max), Chiffre.Entier("depassement", System.Math.Max(0, duree.Value - max)) };
        return duree.Value > max
            ? Conclude(faits, Resultat.ReviewRequired, "depassee", chiffres, entrees: entrees)
            : Conclude(faits, Resultat.Satisfied, "respectee", chiffres, entrees: entrees);
    }
}
