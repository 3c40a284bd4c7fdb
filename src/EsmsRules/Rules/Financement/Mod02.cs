using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>MOD-02: the instructing authority may always modulate the per-ESSMS forfaits when the FINESS juridique /
/// géographique composition multiplies them artificially: the amounts are shown unmodulated (appel à projets, « Modalités de financement »; always
/// reviewRequired).</summary>
public sealed class Mod02 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "MOD-02";

    /// <summary>The rule.</summary>
    public Mod02()
        : base(
            Identifiant,
            "Modulation : composition FINESS multipliant artificiellement les forfaits",
            new[] { Documents.AppelAProjets.Section(Citations.Modalites) },
            new[]
            {
                new Modele("modulable", Resultat.ReviewRequired, "{autorite} peut toujours moduler les forfaits si la composition FINESS juridique / géographique les multiplie artificiellement ; montants affichés non modulés."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits) =>
        Conclude(faits ?? throw new ArgumentNullException(nameof(faits)), Resultat.ReviewRequired, "modulable", new[] { RegleFinancement.Autorite(faits, majuscule: true) });
}
