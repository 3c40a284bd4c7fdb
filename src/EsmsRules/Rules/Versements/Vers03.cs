using System;
using EsmsRules.Baremes;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>VERS-03: the core services are in use — MSS and DMP usage rates (CIBLE-01, CIBLE-02) at or above the
/// barème's target (70 %) on the project aggregate; a condition of the second payment (VERS-02).</summary>
public sealed class Vers03 : ConditionCibles
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "VERS-03";

    /// <summary>The rule, reading CIBLE-01 and CIBLE-02.</summary>
    public Vers03()
        : base(
            Identifiant,
            "Services socles : MSS et DMP ≥ 70 %",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Cibles) },
            "Services socles",
            new[] { Cible01.Identifiant, Cible02.Identifiant },
            new[] { "cibleServicesSocles" })
    {
    }

    /// <inheritdoc />
    protected override decimal Cible(Bareme bareme) => (bareme ?? throw new ArgumentNullException(nameof(bareme))).CibleServicesSocles;
}
