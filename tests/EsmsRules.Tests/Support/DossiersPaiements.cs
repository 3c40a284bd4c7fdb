using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Model;
using NodaTime;

namespace EsmsRules.Tests.Support;

/// <summary>
/// Dossiers that reach the payments and the Prestation Ségur in every way (the bundled examples carry no usage measure
/// and few SONS orders): mostly recevable grappes of one to three OGs of any champ, usage measures with counters around
/// the targets (zero denominators, duplicates, measures of unknown or excluded ESSMS), expenses given or not, FINESS
/// categories known, unknown or absent, DUI present or not, and SONS orders around every date bound (JO day, MS2
/// opening, closing dates, 120 days of referencing), of every couloir, with or without their dates.
/// </summary>
public static class DossiersPaiements
{
    private static readonly Champ[] Champs = { Champ.PA, Champ.PH, Champ.DOM, Champ.PDS, Champ.PDE, Champ.AHI, Champ.PJM };

    private static readonly string?[] Categories = { null, null, "500", "354", "445", "460", "999", "123" };

    private static readonly LocalDate?[] DatesCommande =
    {
        null, new LocalDate(2022, 2, 11), new LocalDate(2022, 2, 12), new LocalDate(2022, 5, 16), new LocalDate(2022, 5, 17),
        new LocalDate(2022, 9, 1), new LocalDate(2023, 12, 31), new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 28), new LocalDate(2024, 2, 29),
    };

    private static readonly LocalDate?[] DatesSolde =
    {
        null, null, new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 1), new LocalDate(2024, 12, 19), new LocalDate(2024, 12, 20),
    };

    /// <summary>The dossier of <paramref name="graine"/> (the same seed gives the same dossier).</summary>
    public static Dossier Construire(int graine)
    {
        var r = new Random(graine);
        T Un<T>(IReadOnlyList<T> valeurs) => valeurs[r.Next(valeurs.Count)];
        bool? TroisValeurs(int surDix) => r.Next(10) < surDix ? true : r.Next(2) == 0 ? false : null;

        var type = r.Next(2) == 0 ? TypeProjet.Acquisition : TypeProjet.MiseEnConformite;
        var ogs = new List<OrganismeGestionnaire>();
        var nOgs = 1 + r.Next(3);
        for (var o = 0; o < nOgs; o++)
        {
            var taille = r.Next(40) == 0 ? 100 + r.Next(5) : r.Next(4) == 0 ? 9 + r.Next(20) : 1 + r.Next(8);
            var og = FundingBuilders.Og(o + 1, taille, champ: Un(Champs));
            // A large OG keeps every ESSMS eligible, so that its count reaches the open tranche.
            var essms = taille >= 100 ? og.Essms.ToArray() : og.Essms.Select(e => e with
            {
                CategorieFiness = Un(Categories),
                EquipeDui = TroisValeurs(8),
                FinancementEsmsNumeriqueAnterieur = r.Next(15) == 0,
            }).ToArray();
            // Below 1 000: the former explanations wrote this count without grouping its thousands, the figures do.
            ogs.Add(og with { Essms = essms, NombreEssmsFiness = r.Next(3) switch { 0 => null, 1 => taille, _ => taille + r.Next(900) } });
        }

        var d = FundingBuilders.Grappe(type, ogs.ToArray());
        d = d with
        {
            Editeur = d.Editeur with { ReferenceSegur = TroisValeurs(7), ReferenceSad = TroisValeurs(8), Devis = r.Next(3) == 0 ? r.Next(0, 200_000) + (r.Next(100) / 100m) : null },
            MaitriseOuvrageMature = r.Next(8) == 0 ? null : true,
            RepresentativiteNationale = r.Next(10) == 0 ? true : false,
        };

        var toutes = d.ToutesEssms();
        var mesures = new List<Mesure>();
        if (r.Next(5) != 0)
        {
            // 0: every counter drawn apart; 1: every ESSMS on target; 2: on target but now and then one; 3: no one counted.
            var profil = r.Next(10) == 0 ? 3 : r.Next(3);
            foreach (var e in toutes)
            {
                if (r.Next(5) == 0)
                {
                    continue;
                }

                var auxCibles = profil == 1 || (profil == 2 && r.Next(10) != 0);
                mesures.Add(profil == 3 ? new Mesure(e.FinessGeographique, 0, 0, 0, 0, 0, 0, 0) : Mesure(r, e.FinessGeographique, auxCibles));
                if (r.Next(20) == 0)
                {
                    mesures.Add(Mesure(r, e.FinessGeographique, auxCibles));
                }
            }

            if (r.Next(6) == 0)
            {
                mesures.Insert(r.Next(mesures.Count + 1), Mesure(r, DossierBuilder.Finess("44", 777_000 + r.Next(1000)), false));
            }
        }

        var commandes = new List<CommandeSons>();
        var nCommandes = r.Next(4) == 0 ? 0 : r.Next(4);
        for (var c = 0; c < nCommandes; c++)
        {
            var og = d.OrganismesGestionnaires[r.Next(d.OrganismesGestionnaires.Count)];
            var finess = og.Essms.Where(_ => r.Next(3) != 0).Select(e => e.FinessGeographique).ToList();
            if (r.Next(5) == 0)
            {
                finess.Add(Un(toutes).FinessGeographique);
            }

            if (r.Next(8) == 0)
            {
                finess.Add(DossierBuilder.Finess("44", 888_000 + r.Next(1000)));
            }

            if (finess.Count == 0)
            {
                finess.Add(og.Essms[0].FinessGeographique);
            }

            var date = Un(DatesCommande);
            var sousCondition = r.Next(3) == 0 ? (bool?)true : r.Next(2) == 0 ? false : null;
            LocalDate? depot = sousCondition == true && r.Next(4) != 0
                ? (date ?? new LocalDate(2022, 6, 1)).PlusDays(Un(new[] { -3, 0, 119, 120, 121, 400 }))
                : null;
            commandes.Add(new CommandeSons(og.FinessJuridique, date, Un(new[] { Couloir.MS1, Couloir.MS1, Couloir.MS2, Couloir.MS3 }), finess.Distinct().ToArray())
            {
                DateDemandeSolde = Un(DatesSolde),
                SousConditionReferencement = sousCondition,
                DateDossierReferencement = depot,
            });
        }

        return d with
        {
            Mesures = mesures,
            DepensesRealisees = r.Next(4) == 0 ? null : r.Next(3) == 0 ? 0m : r.Next(1, 2_000_000) + (r.Next(100) / 100m),
            CommandesSons = commandes,
        };
    }

    /// <summary>A measure whose counters fall on either side of the targets, with zero denominators now and then; or,
    /// <paramref name="auxCibles"/>, one whose counters all just meet them.</summary>
    private static Mesure Mesure(Random r, EsmsRules.Identifiers.Finess finess, bool auxCibles)
    {
        long Denominateur() => r.Next(8) == 0 && !auxCibles ? 0 : Un(r, new long[] { 1, 10, 100, 1234 });
        long Numerateur(long den, decimal cible) => auxCibles ? (long)Math.Ceiling(den * cible / 100m) : r.Next(3) switch
        {
            0 => (long)Math.Ceiling(den * cible / 100m),
            1 => Math.Max(0, (long)Math.Ceiling(den * cible / 100m) - 1),
            _ => r.Next((int)den + 1),
        };

        var personnes = Denominateur();
        var eligibles = Denominateur();
        var actifs = Numerateur(personnes, 90m);
        return new Mesure(finess, personnes, eligibles, Numerateur(eligibles, 70m), Numerateur(eligibles, 70m), actifs, Numerateur(actifs, 90m), Numerateur(actifs, 90m));
    }

    private static T Un<T>(Random r, IReadOnlyList<T> valeurs) => valeurs[r.Next(valeurs.Count)];
}
