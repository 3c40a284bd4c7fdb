using System.Collections.Generic;
using System.Globalization;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// PROJET-07: the filing date lies in the campaign's window for the project's orientation — the
/// national window (narrower for a porteur not retained in 2021, campaign 2022), or the regional one (its own for a
/// medico-social acquisition when the barème has one); a campaign without a calendar is to appreciate. With the
/// orientation undetermined the date decides when it lies in both windows or in neither, else the representativeness is
/// asked for. No date given: not applicable.
/// </summary>
public sealed class Projet07 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-07";

    /// <summary>The rule.</summary>
    public Projet07()
        : base(
            Identifiant,
            "Dépôt dans la fenêtre de la campagne",
            new[] { Documents.PageCnsa.Section(), Documents.WebinaireOccitanie.Section() },
            Textes(),
            new[] { "fenetreRegionale", "fenetreNationale", "fenetreNationaleNonRetenu2021", "fenetreRegionaleAcquisitionMedicoSociale" })
    {
    }

    private static IEnumerable<Modele> Textes()
    {
        yield return new Modele("sansDate", Resultat.NotApplicable, "Aucune date de dépôt fournie.");
        yield return new Modele("sansCalendrier", Resultat.ReviewRequired, "La campagne {campagne} n'a pas de calendrier dans le barème : date de dépôt {dateDepot} à apprécier.");
        foreach (var (fenetre, quelle) in new[]
        {
            ("nationale", "nationale {campagne}"),
            ("nationaleNonRetenu2021", "nationale {campagne} des porteurs non retenus en 2021 (« avant le 6 juin 2022 »),"),
            ("regionale", "régionale {campagne}"),
            ("regionaleAcquisitionMedicoSociale", "régionale {campagne} des acquisitions hors champs sociaux"),
        })
        {
            var debut = "Dépôt le {dateDepot} ; fenêtre " + quelle + " du {debut} au {fin} incluses : ";
            yield return new Modele(fenetre + ".dans", Resultat.Satisfied, debut + "dans la fenêtre.");
            yield return new Modele(fenetre + ".hors", Resultat.NotSatisfied, debut + "hors fenêtre[, {joursApres} après la clôture du {fin}][, {joursAvant} avant l'ouverture du {debut}].");
        }

        const string Indeterminee = "Orientation indéterminée ; dépôt le {dateDepot} : ";
        yield return new Modele("indeterminee.dansLesDeux", Resultat.Satisfied, Indeterminee + "dans les fenêtres régionale et nationale.");
        yield return new Modele("indeterminee.horsDesDeux", Resultat.NotSatisfied, Indeterminee + "hors des fenêtres régionale et nationale.");
        yield return new Modele("indeterminee.uneSeule", Resultat.MissingInput, Indeterminee + "dans une seule des deux fenêtres ; la décision dépend de l'orientation (representativiteNationale).");
        yield return new Modele(SectionRecevabilite.MotifSonsUniquement, Resultat.NotApplicable, SectionRecevabilite.TexteSonsUniquement);
        yield return new Modele(SectionRecevabilite.MotifAucun, Resultat.NotApplicable, SectionRecevabilite.TexteAucun);
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!g.Depose)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionRecevabilite.NonDepose(g));
        }

        var d = faits.Dossier;
        var b = faits.Bareme;
        var orientation = faits.OrientationEtablie.Orientation;
        var date = d.DateDepot;

        // nonRetenu2021 is read only where the national window is (a national or undetermined orientation), and the
        // representativeness only when the orientation is undetermined.
        var depot = !faits.Explications ? null : new EntreeLue("$.dateDepot", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var entrees = depot is null ? null : orientation switch
        {
            Orientation.Regional => new[] { depot },
            Orientation.National => new[] { depot, new EntreeLue("$.nonRetenu2021", Chemins.Texte(d.NonRetenu2021)) },
            _ => new[]
            {
                depot,
                new EntreeLue("$.nonRetenu2021", Chemins.Texte(d.NonRetenu2021)),
                new EntreeLue("$.representativiteNationale", Chemins.Texte(d.RepresentativiteNationale)),
            },
        };
        if (date is null)
        {
            return Conclude(faits, Resultat.NotApplicable, "sansDate", entrees: entrees);
        }

        var jour = date.Value;
        var campagne = Chiffre.Mot("campagne", b.Campagne);
        var dateDepot = Chiffre.LeJour("dateDepot", jour);
        var regionale = b.FenetreRegionalePour(faits.Acquisition && g.MajoriteMedicoSociale);

        // A porteur not retained in 2021 has an earlier national deadline (campaign 2022); absent or false → the normal
        // window: the fact can only narrow it, so its absence is not a missing input.
        var nonRetenu = d.NonRetenu2021 == true && b.FenetreNationaleNonRetenu2021 is not null;
        var nationale = nonRetenu ? b.FenetreNationaleNonRetenu2021 : b.FenetreNationale;
        if (orientation is not null)
        {
            var fenetre = orientation switch
            {
                Orientation.National => nationale,
                Orientation.Regional => regionale,
                _ => null,
            };
            if (fenetre is null)
            {
                return Conclude(faits, Resultat.ReviewRequired, "sansCalendrier", new[] { campagne, dateDepot }, entrees: entrees, bloquant: true);
            }

            var quelle = orientation == Orientation.National
                ? nonRetenu ? "nationaleNonRetenu2021" : "nationale"
                : ReferenceEquals(fenetre, b.FenetreRegionale) ? "regionale" : "regionaleAcquisitionMedicoSociale";
            var dedans = fenetre.Contains(jour);
            var figures = new List<Chiffre>(5) { campagne, dateDepot, Chiffre.LeJour("debut", fenetre.Debut), Chiffre.LeJour("fin", fenetre.Fin) };
            if (jour > fenetre.Fin)
            {
                figures.Add(Distances.Jours("joursApres", fenetre.Fin, jour));
            }
            else if (jour < fenetre.Debut)
            {
                figures.Add(Distances.Jours("joursAvant", jour, fenetre.Debut));
            }

            return Conclude(faits, dedans ? Resultat.Satisfied : Resultat.NotSatisfied, quelle + (dedans ? ".dans" : ".hors"),
                figures, entrees: entrees, bloquant: true);
        }

        if (nationale is null || regionale is null)
        {
            return Conclude(faits, Resultat.ReviewRequired, "sansCalendrier", new[] { campagne, dateDepot }, entrees: entrees, bloquant: true);
        }

        var n = nationale.Contains(jour);
        var rg = regionale.Contains(jour);
        var chiffres = new[]
        {
            campagne, dateDepot,
            Chiffre.LeJour("debutNationale", nationale.Debut), Chiffre.LeJour("finNationale", nationale.Fin),
            Chiffre.LeJour("debutRegionale", regionale.Debut), Chiffre.LeJour("finRegionale", regionale.Fin),
        };
        return n && rg ? Conclude(faits, Resultat.Satisfied, "indeterminee.dansLesDeux", chiffres, entrees: entrees, bloquant: true)
            : !n && !rg ? Conclude(faits, Resultat.NotSatisfied, "indeterminee.horsDesDeux", chiffres, entrees: entrees, bloquant: true)
            : Conclude(faits, Resultat.MissingInput, "indeterminee.uneSeule", chiffres, manquantes: new[] { "representativiteNationale" }, entrees: entrees, bloquant: true);
    }
}
