using System.Globalization;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace EsmsRules.Tests.Baremes;

/// <summary>PROJET-07 with ARS Occitanie's two windows (RULES.md §8): acquisitions outside the social champs until
/// 1 July 2022, mise en conformité and social champs until 30 September 2022; boundaries day before / first / last /
/// day after.</summary>
public class CalendriersRegionauxTests
{
    private static readonly EvaluationOptions Occitanie = new() { Bareme = CalendriersRegionaux.Occitanie2022 };

    private static LocalDate Iso(string s) => LocalDatePattern.Iso.Parse(s).Value;

    [Fact]
    public void Occitanie2022_Loaded_InheritsThe2022BaremeAndChangesOnlyItsWindows()
    {
        var b = CalendriersRegionaux.Occitanie2022;
        Assert.Equal("2022", b.Herite);
        Assert.Equal(new[] { "fenetreRegionaleAcquisitionMedicoSociale" }, BaremeParametres.Differences(Campagnes.Generalisation2022, b));
        Assert.Equal(new FenetreDepot(Iso("2022-03-14"), Iso("2022-07-01")), b.FenetreRegionaleAcquisitionMedicoSociale);
        Assert.Contains("webinaire ARS Occitanie", b.Provenance["fenetreRegionaleAcquisitionMedicoSociale"].Source, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-03-13", Resultat.NotSatisfied)]
    [InlineData("2022-03-14", Resultat.Satisfied)]
    [InlineData("2022-07-01", Resultat.Satisfied)]
    [InlineData("2022-07-02", Resultat.NotSatisfied)]
    [InlineData("2022-09-30", Resultat.NotSatisfied)]
    public void Projet07_OccitanieMedicoSocialAcquisition_UsesItsOwnWindow(string date, Resultat expected)
    {
        var d = (DossierBuilder.Grappe(20) with { DateDepot = Iso(date) }).Evaluate(Occitanie);
        Assert.Equal(expected, d.Outcome("PROJET-07"));
    }

    [Theory]
    [InlineData("2022-07-02", Resultat.Satisfied)]
    [InlineData("2022-09-30", Resultat.Satisfied)]
    [InlineData("2022-10-01", Resultat.NotSatisfied)]
    public void Projet07_OccitanieMiseEnConformite_UsesTheRegionalWindow(string date, Resultat expected)
    {
        var d = (DossierBuilder.Grappe(20, TypeProjet.MiseEnConformite) with { DateDepot = Iso(date) }).Evaluate(Occitanie);
        Assert.Equal(expected, d.Outcome("PROJET-07"));
    }

    [Theory]
    [InlineData("2022-09-30", Resultat.Satisfied)]
    [InlineData("2022-10-01", Resultat.NotSatisfied)]
    public void Projet07_OccitanieSocialAcquisition_UsesTheRegionalWindow(string date, Resultat expected)
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 20, champ: Champ.PDE)).WithChamp(Champ.PDE)
            with { DateDepot = Iso(date) };
        var d = dossier.Evaluate(Occitanie);
        Assert.Equal(expected, d.Outcome("PROJET-07"));
        Assert.Contains("fenêtre régionale 2022 du 14/03/2022 au 30/09/2022", d.Arbre.Find("PROJET-07")!.Explication, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Projet07_DefaultBareme_IgnoresTheOccitanieWindow()
    {
        var d = (DossierBuilder.Grappe(20) with { DateDepot = Iso("2022-08-01") }).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-07"));
    }

    [Fact]
    public void Projet07_OccitanieAcquisitionAfterJuly_ExplainsWhichWindow()
    {
        var d = (DossierBuilder.Grappe(20) with { DateDepot = Iso("2022-08-01") }).Evaluate(Occitanie);
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-07"));
        Assert.Equal(
            "Dépôt le 01/08/2022 ; fenêtre régionale 2022 des acquisitions hors champs sociaux du 14/03/2022 au 01/07/2022 incluses : hors fenêtre, 31 jours après la clôture du 01/07/2022.",
            d.Arbre.Find("PROJET-07")!.Explication);
        Assert.Equal(new[] { "PROJET-07" }, d.ReglesNonSatisfaites);
    }

    [Theory]
    [InlineData(null, "2024-02-28")]
    [InlineData("2023-06-01", "2023-12-31")]
    [InlineData("2023-12-01", "2024-02-28")]
    [InlineData("2021-01-01", "2023-12-31")]
    public void CalendrierSonsEnVigueur_KnowledgeDate_PicksTheLatestVersionPublishedByThen(string? connaissance, string finCommandes)
    {
        var b = Campagnes.Generalisation2022 with
        {
            DateConnaissanceCalendrierSons = connaissance is null ? null : Iso(connaissance),
        };
        Assert.Equal(Iso(finCommandes), b.CalendrierSonsEnVigueur.FinCommandes);
    }

    [Theory]
    [InlineData(null, "2024-01-15", Resultat.Satisfied)]
    [InlineData(null, "2024-02-28", Resultat.Satisfied)]
    [InlineData(null, "2024-02-29", Resultat.NotSatisfied)]
    [InlineData("2023-06-01", "2023-12-31", Resultat.Satisfied)]
    [InlineData("2023-06-01", "2024-01-15", Resultat.NotSatisfied)]
    public void Sons05_OrderDate_CheckedAgainstTheCalendarVersionInForce(string? connaissance, string commande, Resultat expected)
    {
        // Latest MS1 calendar (default): orders until 28/02/2024; as published in 2022: until 31/12/2023.
        var dossier = DossierBuilder.Grappe(20, TypeProjet.MiseEnConformite);
        var og = dossier.OrganismesGestionnaires[0];
        dossier = dossier with
        {
            CommandesSons = new[] { new CommandeSons(og.FinessJuridique, Iso(commande), Couloir.MS1, new[] { og.Essms[0].FinessGeographique }) },
        };
        var bareme = Campagnes.Generalisation2022 with { DateConnaissanceCalendrierSons = connaissance is null ? null : Iso(connaissance) };
        var d = dossier.Evaluate(new EvaluationOptions { Bareme = bareme });
        Assert.Equal(expected, d.Outcome("SONS-05"));
    }
}
