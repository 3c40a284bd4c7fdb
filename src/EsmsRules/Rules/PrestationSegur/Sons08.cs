using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>SONS-08: the vérification d'aptitude (VA) attests, for each ESSMS of the order, a deployed DUI, the TBB.1
/// dashboard with non-zero indicators and the three ESMS numérique indicators (CIBLE-03 … CIBLE-05) supplied; no
/// input of the dossier carries it: always notApplicable.</summary>
public sealed class Sons08 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-08";

    /// <summary>The rule.</summary>
    public Sons08()
        : base(
            Identifiant,
            "Vérification d'aptitude (VA)",
            new[] { Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("sansDonnee", Resultat.NotApplicable, "La VA atteste pour chaque ESSMS : DUI déployé, tableau de bord TBB.1 aux indicateurs non nuls, indicateurs CIBLE-03 à CIBLE-05 fournis ; aucune donnée d'entrée ne la porte."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits) => Conclude(faits ?? throw new ArgumentNullException(nameof(faits)), Resultat.NotApplicable, "sansDonnee");
}
