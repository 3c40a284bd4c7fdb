using System;
using EsmsRules.Baremes;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>CIBLE-03: active files over the persons accompanied, on the project aggregate, against the barème's DUI
/// target (90 %); read by VERS-04.</summary>
public sealed class Cible03 : RegleIndicateur
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "CIBLE-03";

    /// <summary>The rule.</summary>
    public Cible03()
        : base(
            Identifiant,
            "Taux de dossiers actifs",
            new[] { Documents.AppelAProjets.Section(Citations.Cibles) },
            "taux de dossiers actifs",
            "dossiers actifs",
            "personnes accompagnées",
            new[] { "cibleDui", "periodePremiereMesure" })
    {
    }

    /// <inheritdoc />
    protected override long Numerateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).DossiersActifs;

    /// <inheritdoc />
    protected override long Denominateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).PersonnesAccompagnees;

    /// <inheritdoc />
    protected override decimal Cible(Bareme bareme) => (bareme ?? throw new ArgumentNullException(nameof(bareme))).CibleDui;
}
