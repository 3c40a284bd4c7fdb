using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>VERS-06: when the usage targets are expected — between 6 and 9 months for a mise en conformité, 12 and 18
/// months for an acquisition (the second figure being the time from the commitment to the end of the deployment). A
/// calendar to know, which no input of the dossier dates: always notApplicable, with the barème's months as figures
/// (<c>debut</c>, <c>dureeMax</c>).</summary>
public sealed class Vers06 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "VERS-06";

    private const string Attendues = " : cibles d'usage attendues entre {debut} et {dureeMax} mois ({dureeMax} mois de l'engagement à la fin du déploiement).";

    /// <summary>The rule.</summary>
    public Vers06()
        : base(
            Identifiant,
            "Délai d'atteinte des cibles d'usage",
            new[] { Documents.Logigramme.Section(), Documents.Webinaire.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("acquisition", Resultat.NotApplicable, "Acquisition" + Attendues),
                new Modele("conformite", Resultat.NotApplicable, "Mise en conformité" + Attendues),
            },
            new[] { "dureeMaxConformite", "dureeMaxAcquisition", "debutCiblesConformite", "debutCiblesAcquisition" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var b = (faits ?? throw new ArgumentNullException(nameof(faits))).Bareme;
        var (debut, duree) = faits.Acquisition ? (b.DebutCiblesAcquisition, b.DureeMaxAcquisition) : (b.DebutCiblesConformite, b.DureeMaxConformite);
        return Conclude(faits, Resultat.NotApplicable, faits.Acquisition ? "acquisition" : "conformite", new[]
        {
            Chiffre.Entier("debut", debut.Months), Chiffre.Entier("dureeMax", duree.Months),
        });
    }
}
