using System;
using EsmsRules.Baremes;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>VERS-04: the DUI is in use — active files (CIBLE-03), with a personalised project (CIBLE-04), with at least
/// one event (CIBLE-05) at or above the barème's target (90 %) on the project aggregate; a condition of the second
/// payment (VERS-02).</summary>
public sealed class Vers04 : ConditionCibles
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "VERS-04";

    /// <summary>The rule, reading CIBLE-03, CIBLE-04 and CIBLE-05.</summary>
    public Vers04()
        : base(
            Identifiant,
            "DUI : dossiers actifs, projet personnalisé, événement ≥ 90 %",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Cibles) },
            "DUI",
            new[] { Cible03.Identifiant, Cible04.Identifiant, Cible05.Identifiant },
            new[] { "cibleDui" })
    {
    }

    /// <inheritdoc />
    protected override decimal Cible(Bareme bareme) => (bareme ?? throw new ArgumentNullException(nameof(bareme))).CibleDui;
}
