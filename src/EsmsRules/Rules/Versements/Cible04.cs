using System;
using EsmsRules.Baremes;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>CIBLE-04: active files with a projet personnalisé in preparation or active over the active files, on the
/// project aggregate, against the barème's DUI target (90 %); read by VERS-04.</summary>
public sealed class Cible04 : RegleIndicateur
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "CIBLE-04";

    /// <summary>The rule.</summary>
    public Cible04()
        : base(
            Identifiant,
            "Dossiers actifs avec projet personnalisé",
            new[] { Documents.AppelAProjets.Section(Citations.Cibles) },
            "dossiers actifs avec projet personnalisé",
            "dossiers avec projet personnalisé",
            "dossiers actifs",
            new[] { "cibleDui", "periodePremiereMesure" })
    {
    }

    /// <inheritdoc />
    protected override long Numerateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).DossiersActifsAvecProjetPersonnalise;

    /// <inheritdoc />
    protected override long Denominateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).DossiersActifs;

    /// <inheritdoc />
    protected override decimal Cible(Bareme bareme) => (bareme ?? throw new ArgumentNullException(nameof(bareme))).CibleDui;
}
