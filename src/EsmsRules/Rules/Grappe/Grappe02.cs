using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>GRAPPE-02: a project of a single ESSMS (n = 1) that is a mise en conformité files nothing under ESMS
/// numérique: its Ségur-referenced editor is paid through the Prestation Ségur (SONS), no SAD; orientation
/// <c>sonsUniquement</c>.</summary>
public sealed class Grappe02 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "GRAPPE-02";

    /// <summary>The rule.</summary>
    public Grappe02()
        : base(
            Identifiant,
            "ESSMS seul en mise en conformité : Prestation Ségur uniquement",
            new[] { Documents.Logigramme.Section("« ESMS seul »") },
            new[]
            {
                new Modele("sonsUniquement", Resultat.Satisfied, "ESSMS seul avec un projet de mise en conformité : pas de dépôt ni de financement ESMS numérique ; éditeur référencé Ségur payé par la Prestation Ségur (SONS) ; pas de SAD. Orientation « sonsUniquement »."),
                new Modele("acquisition", Resultat.NotApplicable, "Sans objet : {n} ESSMS {n:éligible|éligibles}, projet d'acquisition."),
                new Modele("conformite", Resultat.NotApplicable, "Sans objet : {n} ESSMS {n:éligible|éligibles}, projet de mise en conformité."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        return g.SonsUniquement
            ? Conclude(faits, Resultat.Satisfied, "sonsUniquement")
            : Conclude(faits, Resultat.NotApplicable, faits.Acquisition ? "acquisition" : "conformite", new[] { Chiffre.Entier("n", g.N) });
    }
}
