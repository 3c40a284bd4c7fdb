using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>GRAPPE-04: the members of a grappe of several OGs pool their resources for the project's duration
/// (convention de partenariat; for acquisitions, convention de groupement de commandes): a document to check on every
/// filed dossier with two OGs or more having retained ESSMS, whatever the verdict.</summary>
public sealed class Grappe04 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "GRAPPE-04";

    /// <summary>The rule.</summary>
    public Grappe04()
        : base(
            Identifiant,
            "Mutualisation des moyens (convention de partenariat / de groupement de commandes)",
            new[] { Documents.AppelAProjets.Section(Citations.Grappes), Documents.Webinaire.Section() },
            new[]
            {
                new Modele("acquisition", Resultat.ReviewRequired, "{ogs} organismes gestionnaires : les membres de la grappe doivent mutualiser leurs moyens pour la durée du projet (convention de partenariat et convention de groupement de commandes) ; pièce à vérifier."),
                new Modele("conformite", Resultat.ReviewRequired, "{ogs} organismes gestionnaires : les membres de la grappe doivent mutualiser leurs moyens pour la durée du projet (convention de partenariat) ; pièce à vérifier."),
                new Modele("unSeulOg", Resultat.NotApplicable, "Sans objet : un seul organisme gestionnaire avec des ESSMS retenus."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        return g.Depose && g.OgsAvecRetenus >= 2
            ? Conclude(faits, Resultat.ReviewRequired, faits.Acquisition ? "acquisition" : "conformite", new[] { Chiffre.Entier("ogs", g.OgsAvecRetenus) })
            : Conclude(faits, Resultat.NotApplicable, "unSeulOg");
    }
}
