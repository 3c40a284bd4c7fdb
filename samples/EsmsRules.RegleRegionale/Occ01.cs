using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Rules;
using EsmsRules.Sources;

namespace EsmsRules.RegleRegionale;

/// <summary>
/// OCC-01, a rule of ARS Occitanie's own (its 2022 webinar): an acquisition outside the social champs (a medico-social
/// majority) is filed by 1 July 2022; the other projects have until 30 September. The window is the one the library's
/// Occitanie calendar carries (<see cref="CalendriersRegionaux.Occitanie2022"/>). A late filing refuses the project
/// (a blocking notSatisfied); a project it does not concern is notApplicable.
/// </summary>
public sealed class Occ01 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "OCC-01";

    private static readonly Document CalendrierOccitanie = new(
        "calendrier-occitanie-2022",
        "ARS Occitanie, calendrier de l'appel à projets régional ESMS numérique 2022 (webinaire des 7, 14 et 19 avril 2022)",
        "calendrier ARS Occitanie 2022");

    private readonly FenetreDepot _fenetre;

    /// <summary>The rule, with the Occitanie window of 2022.</summary>
    public Occ01()
        : base(
            Identifiant,
            "Occitanie : acquisitions hors champs sociaux déposées au plus tard le 1er juillet 2022",
            new[] { CalendrierOccitanie.Section("« acquisitions hors champs sociaux jusqu'au 1er juillet 2022 »") },
            new[]
            {
                new Modele("dansLesDelais", Resultat.Satisfied, "Acquisition à majorité médico-sociale déposée le {depot}, au plus tard le {fin} : dans le calendrier de l'ARS Occitanie."),
                new Modele("horsDelais", Resultat.NotSatisfied, "Acquisition à majorité médico-sociale déposée le {depot}, après le {fin} : hors du calendrier de l'ARS Occitanie, projet non recevable."),
                new Modele("sansDate", Resultat.NotApplicable, "Aucune date de dépôt fournie."),
                new Modele("sansObjet", Resultat.NotApplicable, "Sans objet : seules les acquisitions régionales hors champs sociaux ont un calendrier propre en Occitanie."),
            },
            new[] { "fenetreRegionaleAcquisitionMedicoSociale" })
    {
        _fenetre = CalendriersRegionaux.Occitanie2022.FenetreRegionaleAcquisitionMedicoSociale!;
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var concerne = faits.Acquisition && faits.GrappeEtablie.Depose && faits.GrappeEtablie.MajoriteMedicoSociale
            && faits.OrientationEtablie.Orientation == Orientation.Regional;
        if (!concerne)
        {
            return Conclude(faits, Resultat.NotApplicable, "sansObjet");
        }

        if (faits.Dossier.DateDepot is not { } depot)
        {
            return Conclude(faits, Resultat.NotApplicable, "sansDate");
        }

        var dansLesDelais = depot <= _fenetre.Fin;
        var chiffres = new[] { Chiffre.LeJour("depot", depot), Chiffre.LeJour("fin", _fenetre.Fin) };
        var entrees = new[] { new EntreeLue("$.dateDepot", depot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) };
        return dansLesDelais
            ? Conclude(faits, Resultat.Satisfied, "dansLesDelais", chiffres, entrees: entrees)
            : Conclude(faits, Resultat.NotSatisfied, "horsDelais", chiffres, entrees: entrees, bloquant: true);
    }
}
