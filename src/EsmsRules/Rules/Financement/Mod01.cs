using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>MOD-01: a retained ESSMS combining essential-life support and "confort" services is funded for its
/// essential part only: the amounts are shown unmodulated and the instructing authority decides the modulation
/// (appel à projets, « Modalités de financement »; reviewRequired).</summary>
public sealed class Mod01 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "MOD-01";

    /// <summary>The rule.</summary>
    public Mod01()
        : base(
            Identifiant,
            "Modulation : activités de confort",
            new[] { Documents.AppelAProjets.Section(Citations.Modalites) },
            new[]
            {
                new Modele("confort", Resultat.ReviewRequired, "{confort} ESSMS {confort:retenu|retenus} avec des activités de confort : seule la part essentielle est finançable ; montants affichés non modulés, modulation décidée par {autorite}."),
                new Modele("aucun", Resultat.NotApplicable, "Aucun ESSMS retenu avec des activités de confort."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var confort = 0;
        var listeR = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie.Retenus;
        for (var iR = 0; iR < listeR.Count; iR++)
        {
            var r = listeR[iR];
            if (r.Essms.ActivitesConfort == true)
            {
                confort++;
            }
        }

        return confort > 0
            ? Conclude(faits, Resultat.ReviewRequired, "confort", new[] { Chiffre.Entier("confort", confort), RegleFinancement.Autorite(faits) })
            : Conclude(faits, Resultat.NotApplicable, "aucun");
    }
}
