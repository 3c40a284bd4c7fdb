using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Baremes;

/// <summary>
/// The bounds of a barème are small enough that no evaluation can overflow: barèmes whose every bounded parameter is at
/// its lowest bound, at its highest or at the 2022 value (FsCheck picks which), evaluated on dossiers of 100 000 ESSMS
/// built in code (one OG, or a thousand OGs of a hundred; every ESSMS measured at 10^9; quote and expenses at 10^9 €;
/// SONS orders), give a decision without exception and with sane figures.
/// </summary>
public class BaremeBoundsPropertyTests
{
    private const int Essms = 100_000;

    /// <summary>Each bounded parameter with its lowest and highest admissible JSON value.</summary>
    private static readonly (string Nom, string Bas, string Haut)[] Bornes =
    {
        ("tailleMinimaleGrappe", "1", "1000000"),
        ("tailleMinimaleGrappeCorseOutreMer", "1", "1000000"),
        ("seuilNational", "1", "1000000"),
        ("rangTarifReduit", "1", "1000000"),
        ("seuilPetitOg", "1", "1000000"),
        ("seuilPetitOgInclus", "false", "true"),
        ("partEssmsAcquisition", """{ "avantRangReduit": 0, "aPartirDuRangReduit": 0 }""", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEditeurSad", """{ "avantRangReduit": 0, "aPartirDuRangReduit": 0 }""", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEditeurSegur", """{ "avantRangReduit": 0, "aPartirDuRangReduit": 0 }""", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEssmsConformite", """{ "avantRangReduit": 0, "aPartirDuRangReduit": 0 }""", """{ "avantRangReduit": 1000000000, "aPartirDuRangReduit": 1000000000 }"""),
        ("partEditeurSegurReduitLecturePageCnsa", "0", "1000000000"),
        ("lectureFin03", "\"troisMille\"", "\"quatreMille\""),
        ("equipementParEssms", "0", "1000000000"),
        ("amoaMarcheParProjet", "0", "1000000000"),
        ("amoaProjetParProjet", "0", "1000000000"),
        ("dureeMaxConformite", "\"P1M\"", "\"P120M\""),
        ("dureeMaxAcquisition", "\"P1M\"", "\"P120M\""),
        ("debutCiblesConformite", "\"P1M\"", "\"P120M\""),
        ("debutCiblesAcquisition", "\"P1M\"", "\"P120M\""),
        ("periodePremiereMesure", "\"P1M\"", "\"P120M\""),
        ("tauxPremierVersement", "0", "1"),
        ("tauxAvanceSons", "0", "1"),
        ("cibleServicesSocles", "0", "100"),
        ("cibleDui", "0", "100"),
        ("seuilDepensesRealisees", "0", "1"),
        ("delaiReferencementSonsJours", "0", "3650"),
        ("baseTrancheSons", "\"essmsDuDossier\"", "\"essmsFiness\""),
        ("tranchesSons",
            """[ { "code": "A", "minimum": 1, "maximum": null, "montantParEssms": 0 } ]""",
            """[ { "code": "A", "minimum": 1, "maximum": 999999, "montantParEssms": 1000000000 }, { "code": "B", "minimum": 1000000, "maximum": null, "montantParEssms": 1000000000 } ]"""),
    };

    private static readonly Lazy<Dossier[]> Dossiers = new(() => new[]
    {
        Charge(DossierBuilder.Dossier(TypeProjet.Acquisition, Og(1, 1, Essms, Essms))),
        Charge(DossierBuilder.Dossier(TypeProjet.Acquisition, Enumerable.Range(1, 1000).Select(i => Og(i, ((i - 1) * 100) + 1, 100, i % 2 == 0 ? 100 : 100_000)).ToArray())),
        Charge(DossierBuilder.Dossier(TypeProjet.MiseEnConformite, Og(1, 1, Essms, 1))),
    });

    /// <summary>For each parameter of <see cref="Bornes"/>: 0 its lowest bound, 1 its 2022 value, 2 its highest bound.</summary>
    public static class ChoixDeBornes
    {
        public static Arbitrary<int[]> Choix() => Gen.ArrayOf(Gen.Choose(0, 2), Bornes.Length).ToArbitrary();
    }

    /// <summary>6 cases only: each evaluates three dossiers of up to 100 000 ESSMS twice.</summary>
    [Property(MaxTest = 6, QuietOnSuccess = true, Arbitrary = new[] { typeof(ChoixDeBornes) })]
    public void Evaluate_BaremesAtTheirBoundsOnDossiersOf100000Essms_NeverThrowsAndFiguresAreSane(int[] c)
    {
        var bareme = Charger(c);
        foreach (var explications in new[] { false, true })
        {
            var evaluateur = new EsmsEvaluator(new EvaluationOptions { Bareme = bareme, Explications = explications });
            foreach (var dossier in Dossiers.Value)
            {
                VerifierChiffres(evaluateur.Evaluate(dossier).GetDecisionOrThrow());
            }
        }
    }

    [Fact]
    public void Evaluate_EveryParameterAtItsHighestBound_NeverThrows()
    {
        var bareme = Charger(Enumerable.Repeat(2, Bornes.Length).ToArray());
        var evaluateur = new EsmsEvaluator(new EvaluationOptions { Bareme = bareme });

        foreach (var dossier in Dossiers.Value)
        {
            var d = evaluateur.Evaluate(dossier).GetDecisionOrThrow();
            VerifierChiffres(d);
        }
    }

    /// <summary>0 → the lowest bound, 1 → the 2022 value, 2 → the highest bound, for each parameter.</summary>
    private static Bareme Charger(int[] choix)
    {
        var valeurs = Bornes.Select((b, i) => (b.Nom, Json: choix[i] switch { 0 => b.Bas, 2 => b.Haut, _ => (string?)null }))
            .Where(v => v.Json is not null).Select(v => (v.Nom, v.Json!)).ToArray();
        var result = BaremeLoader.Load(BaremeHostileInputTests.Document(valeurs));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Bareme!;
    }

    private static void VerifierChiffres(Decision d)
    {
        var f = d.Financement;
        Assert.Equal(f.PartEssms + f.PartEditeur + f.Equipements + f.AmoaMarche + f.AmoaProjet, f.Total);
        Assert.Equal(f.PartEssms, f.ParOrganisme.Sum(o => o.PartEssms));
        Assert.Equal(f.PartEditeur, f.ParOrganisme.Sum(o => o.PartEditeur));
        Assert.All(new[] { f.PartEssms, f.PartEditeur, f.Equipements, f.AmoaMarche, f.AmoaProjet, f.Total }, m => Assert.True(m >= 0));
        if (d.Versements.Count > 0)
        {
            Assert.Equal(f.Total, d.Versements.Sum(v => v.Montant));
        }

        Assert.All(d.PrestationSegur, p => Assert.Equal(p.Total, p.Avance + p.Solde));
        Assert.All(d.SecondVersement?.Indicateurs ?? Array.Empty<IndicateurUsage>(), i => Assert.True(i.Numerateur >= 0 && i.Denominateur >= 0));
    }

    /// <summary>An OG of <paramref name="nombre"/> eligible ESSMS of serials from <paramref name="premier"/>.</summary>
    private static OrganismeGestionnaire Og(int serial, int premier, int nombre, int nombreEssmsFiness) =>
        new(DossierBuilder.Finess("75", 900000 + serial), Enumerable.Range(premier, nombre).Select(i => DossierBuilder.Essms("31", i)).ToArray())
        {
            NombreEssmsFiness = nombreEssmsFiness,
            AutodiagnosticFourni = true,
        };

    /// <summary>The dossier, mature, with every ESSMS measured at 10^9, a quote and expenses of 10^9 € and one SONS order
    /// per OG (under condition of referencing, filed 3 650 days later).</summary>
    private static Dossier Charge(Dossier d)
    {
        const long milliard = 1_000_000_000;
        var mesures = d.OrganismesGestionnaires.SelectMany(o => o.Essms)
            .Select(e => new Mesure(e.FinessGeographique, milliard, milliard, milliard, milliard, milliard, milliard, milliard)).ToArray();
        var commandes = d.OrganismesGestionnaires.Select(o => new CommandeSons(o.FinessJuridique, new LocalDate(2022, 6, 1), Couloir.MS1,
            o.Essms.Select(e => e.FinessGeographique).ToArray())
        {
            SousConditionReferencement = true,
            DateDossierReferencement = new LocalDate(2022, 6, 1).PlusDays(3_650),
        }).ToArray();
        return d with
        {
            MaitriseOuvrageMature = true,
            Editeur = d.Editeur with { Devis = 1_000_000_000m },
            Mesures = mesures,
            DepensesRealisees = 1_000_000_000m,
            CommandesSons = commandes,
        };
    }
}
