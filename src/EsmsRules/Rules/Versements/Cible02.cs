using System;
using EsmsRules.Baremes;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>CIBLE-02: DMP fed with at least one document over the persons accompanied eligible for a projet d'accueil
/// et d'accompagnement, on the project aggregate, against the barème's core-service target (70 %); read by
/// VERS-03.</summary>
public sealed class Cible02 : RegleIndicateur
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "CIBLE-02";

    /// <summary>The rule.</summary>
    public Cible02()
        : base(
            Identifiant,
            "Taux d'usage du DMP",
            new[] { Documents.AppelAProjets.Section(Citations.Cibles), Documents.Webinaire.Section() },
            "taux d'usage du DMP",
            "DMP alimentés",
            "personnes éligibles au projet d'accueil",
            new[] { "cibleServicesSocles", "periodePremiereMesure" })
    {
    }

    /// <inheritdoc />
    protected override long Numerateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).DmpAlimentes;

    /// <inheritdoc />
    protected override long Denominateur(Mesure mesure) => (mesure ?? throw new ArgumentNullException(nameof(mesure))).PersonnesEligiblesProjetAccueil;

    /// <inheritdoc />
    protected override decimal Cible(Bareme bareme) => (bareme ?? throw new ArgumentNullException(nameof(bareme))).CibleServicesSocles;
}
