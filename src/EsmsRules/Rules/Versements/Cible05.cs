using System;
using EsmsRules.Baremes;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>CIBLE-05: active files with at least one agenda event in the DUI over the active files, on the project
/// aggregate, against the barème's DUI target (90 %); read by VERS-04.</summary>
public sealed class Cible05 : RegleIndicateur
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "CIBLE-05";

    /// <summary>The rule.</summary>
    public Cible05()
        : base(
            Identifiant,
            "Dossiers actifs avec au moins un événement",
            new[] { Documents.AppelAProjets.Section(Citations.Cibles) },
            "dossiers actifs avec au moins un événement",
            "dossiers avec événement",
            "dossiers actifs",
            new[] { "cibleDui", "periodePremiereMesure" })
    {
    }

    /// <inheritdoc />
    protected override long Numerateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).DossiersActifsAvecEvenement;

    /// <inheritdoc />
    protected override long Denominateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).DossiersActifs;

    /// <inheritdoc />
    protected override decimal Cible(Bareme bareme) => (bareme ?? throw new ArgumentNullException(nameof(bareme))).CibleDui;
}
