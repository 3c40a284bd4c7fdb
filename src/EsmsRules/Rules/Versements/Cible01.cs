using System;
using EsmsRules.Baremes;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>CIBLE-01: messages sent through the MS Santé over the persons accompanied eligible for a projet d'accueil
/// et d'accompagnement, on the project aggregate, against the barème's core-service target (70 %); read by
/// VERS-03.</summary>
public sealed class Cible01 : RegleIndicateur
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "CIBLE-01";

    /// <summary>The rule.</summary>
    public Cible01()
        : base(
            Identifiant,
            "Taux d'usage de la MSS",
            new[] { Documents.AppelAProjets.Section(Citations.Cibles), Documents.Webinaire.Section() },
            "taux d'usage de la MSS",
            "messages MSS",
            "personnes éligibles au projet d'accueil",
            new[] { "cibleServicesSocles", "periodePremiereMesure" })
    {
    }

    /// <inheritdoc />
    protected override long Numerateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).MessagesMss;

    /// <inheritdoc />
    protected override long Denominateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).PersonnesEligiblesProjetAccueil;

    /// <inheritdoc />
    protected override decimal Cible(Bareme bareme) => (bareme ?? throw new ArgumentNullException(nameof(bareme))).CibleServicesSocles;
}
