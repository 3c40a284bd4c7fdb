using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>CIBLE-07: Échanges e-Parcours (the exchanges through the cahier de liaison), an indicator of the call
/// for projects' « Cibles d'utilisation » without a target, which no input of the dossier carries: always
/// notApplicable.</summary>
public sealed class Cible07 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "CIBLE-07";

    /// <summary>The rule.</summary>
    public Cible07()
        : base(
            Identifiant,
            "Échanges e-Parcours",
            new[] { Documents.AppelAProjets.Section(Citations.Cibles) },
            new[] { new Modele("sansDonnee", Resultat.NotApplicable, "Échanges e-Parcours : indicateur sans cible ; aucune donnée d'entrée ne le porte.") })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.NotApplicable, "sansDonnee");
}
