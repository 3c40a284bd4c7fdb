using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>SONS-09: the Prestation may not be conditioned on a contractual re-engagement of the client or on a new
/// option — a checklist item, to appreciate only when a Prestation is computed (an OG's amount in SONS-06,
/// <see cref="Sons06.Montants"/>), not applicable otherwise.</summary>
public sealed class Sons09 : RegleSurNoeuds
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-09";

    /// <summary>The rule, reading SONS-06.</summary>
    public Sons09()
        : base(
            Identifiant,
            "Prestation autonome, sans réengagement contractuel",
            new[] { Documents.AppelAProjets.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("pointDeControle", Resultat.ReviewRequired, "La Prestation Ségur ne peut être conditionnée à un réengagement contractuel ni à une nouvelle option : point de contrôle."),
                new Modele("sansPrestation", Resultat.NotApplicable, "Sans objet : aucune Prestation Ségur calculée."),
            },
            new[] { Sons06.Identifiant })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus) =>
        Sons06.Montants((lus ?? throw new ArgumentNullException(nameof(lus))).TryGetValue(Sons06.Identifiant, out var n) ? n : null).Count > 0
            ? Conclude(faits, Resultat.ReviewRequired, "pointDeControle")
            : Conclude(faits, Resultat.NotApplicable, "sansPrestation");
}
