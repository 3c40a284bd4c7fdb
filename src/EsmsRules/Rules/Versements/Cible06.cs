using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>CIBLE-06: Échanges e-Prescription (the electronic prescriptions imported in the month), an indicator
/// of the call for projects' « Cibles d'utilisation » without a target, which no input of the dossier carries: always
/// notApplicable.</summary>
public sealed class Cible06 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "CIBLE-06";

    /// <summary>The rule.</summary>
    public Cible06()
        : base(
            Identifiant,
            "Échanges e-Prescription",
            new[] { Documents.AppelAProjets.Section(Citations.Cibles) },
            new[] { new Modele("sansDonnee", Resultat.NotApplicable, "Échanges e-Prescription : indicateur sans cible ; aucune donnée d'entrée ne le porte.") })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.NotApplicable, "sansDonnee");
}
