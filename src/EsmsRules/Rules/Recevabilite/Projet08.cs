using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PROJET-08: the final avis (favorable or défavorable) on a recevable filed project belongs to the instructing
/// authority — the CNSA and the DNS for a national project, the ARS otherwise. It reads the verdict
/// (<see cref="Regle.LitLeVerdict"/>): its section evaluates it once every blocking rule is.</summary>
public sealed class Projet08 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-08";

    private const string Avis = "Projet recevable : l'avis final (favorable ou défavorable) appartient à ";

    /// <summary>The rule.</summary>
    public Projet08()
        : base(
            Identifiant,
            "Avis final de l'autorité d'instruction",
            new[] { Documents.Logigramme.Section() },
            new[]
            {
                new Modele("cnsa", Resultat.ReviewRequired, Avis + "la CNSA et la DNS."),
                new Modele("ars", Resultat.ReviewRequired, Avis + "l'ARS."),
                new Modele(SectionRecevabilite.MotifSansObjet, Resultat.NotApplicable, "Sans objet : pas de projet recevable déposé."),
            })
    {
    }

    /// <inheritdoc />
    public override bool LitLeVerdict => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!(g.Depose && faits.VerdictEtabli.Recevable == true))
        {
            return Conclude(faits, Resultat.NotApplicable, SectionRecevabilite.MotifSansObjet);
        }

        return Conclude(faits, Resultat.ReviewRequired, faits.OrientationEtablie.Orientation == Orientation.National ? "cnsa" : "ars");
    }
}
