using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Engine;

/// <summary>RULES.md §10.1, §10.2, §10.3, §10.4, §10.7, §10.15, §10.16, §10.19: verdict aggregation and the three lists.</summary>
public class VerdictTests
{
    private static void AssertNothingAllowable(Decision d, Dossier dossier)
    {
        Assert.Null(d.Instructeur);
        Assert.Null(d.ProcedureAchat);
        Assert.Equal(0m, d.Financement.PartEssms);
        Assert.Equal(0m, d.Financement.PartEditeur);
        Assert.Equal(0m, d.Financement.Equipements);
        Assert.Equal(0m, d.Financement.AmoaMarche);
        Assert.Equal(0m, d.Financement.AmoaProjet);
        Assert.Equal(0m, d.Financement.Total);
        Assert.Equal(dossier.OrganismesGestionnaires.Select(o => new FinancementOrganisme(o.FinessJuridique, 0m, 0m, 0m, 0m)), d.Financement.ParOrganisme);
        Assert.Empty(d.Versements);
    }

    [Fact]
    public void Evaluate_BlockingNotSatisfied_NonRecevableWithZerosForEveryOg()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 10), DossierBuilder.Og(2, 6) with { AutodiagnosticFourni = false })
            .MapEssmsAt(0, e => e with { FinancementEsmsNumeriqueAnterieur = true });
        var d = dossier.Evaluate();
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        AssertNothingAllowable(d, dossier);
        Assert.Equal(15, d.EssmsRetenus);
        Assert.Equal(new[] { new EssmsExclu(dossier.EssmsAt(0), "ESSMS-02") }, d.EssmsExclus);
        Assert.Equal(new[] { Referencement.Segur, Referencement.Sad }, d.ReferencementsAcceptes);
        Assert.Equal(new[] { "ESSMS-02", "PROJET-05" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "GRAPPE-04" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_BlockingMissingInput_VerdictNullOrientationNullAndZeros()
    {
        var dossier = DossierBuilder.Grappe(10);
        var d = dossier.Evaluate();
        Assert.Null(d.Recevable);
        Assert.Null(d.Orientation);
        AssertNothingAllowable(d, dossier);
        Assert.Equal(10, d.EssmsRetenus);
        Assert.Empty(d.EssmsExclus);
        Assert.Equal(new[] { Referencement.Segur, Referencement.Sad }, d.ReferencementsAcceptes);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, d.DonneesManquantes);
        Assert.Equal(Resultat.MissingInput, d.Arbre.Resultat);
    }

    [Fact]
    public void Evaluate_NotSatisfiedAndMissingInput_NotSatisfiedWins()
    {
        var dossier = DossierBuilder.Grappe(10).WithEditeur(segur: true, sad: false);
        var d = dossier.Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("GRAPPE-03"));
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ACHAT-01"));
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Equal(new[] { "ACHAT-01" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, d.DonneesManquantes);
        Assert.Equal(Resultat.NotSatisfied, d.Arbre.Resultat);
    }

    [Fact]
    public void Evaluate_SeveralMissingBlockingInputs_AllListedSorted()
    {
        var dossier = (DossierBuilder.Grappe(10).WithEditeur(segur: true, sad: null) with { RepresentativiteNationale = null, DureePrevueMois = null })
            .MapEssmsAt(3, e => e with { RelevantL312_1 = null, ActivitesConfort = null });
        var d = dossier.Evaluate();
        Assert.Null(d.Recevable);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Equal(new[] { "activitesConfort", "dureePrevueMois", "maitriseOuvrageMature", "referenceSad", "relevantL312_1", "representativiteNationale" }, d.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_NonBlockingMissingInputsOnly_RecevableAndListed()
    {
        var dossier = (DossierBuilder.Grappe(15) with { DureePrevueMois = null })
            .MapEssmsAt(0, e => e with { ActivitesConfort = null, FinancementEsmsNumeriqueAnterieur = null, CommandeSonsAutreLogiciel = null, RattacheEntiteNationale = null });
        var d = dossier.Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(Instructeur.ARS, d.Instructeur);
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
        Assert.Equal(15, d.EssmsRetenus);
        Assert.Equal(15 * 7_000m + 15 * 14_500m, d.Financement.Total);
        Assert.Equal(new[] { "activitesConfort", "commandeSonsAutreLogiciel", "dureePrevueMois", "financementEsmsNumeriqueAnterieur", "rattacheEntiteNationale" }, d.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_RecevableRegionalAcquisition_WholeLists()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 12), DossierBuilder.Og(2, 4))
            .MapEssmsAt(1, e => e with { ActivitesConfort = true })
            .MapEssmsAt(2, e => e with { RattacheEntiteNationale = true, AccordEntiteNationale = false });
        var d = (dossier with { DureePrevueMois = 20 }).Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(Instructeur.ARS, d.Instructeur);
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
        Assert.Equal(15, d.EssmsRetenus);
        Assert.Equal(new[] { new EssmsExclu(dossier.EssmsAt(2), "ESSMS-05") }, d.EssmsExclus);
        Assert.Equal(new[] { "ESSMS-05" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "ESSMS-04", "GRAPPE-04", "MOD-01", "MOD-02", "PROJET-06", "PROJET-08" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
        Assert.Equal(2, d.Versements.Count);
    }

    [Fact]
    public void Evaluate_RecevableMiseEnConformite_WholeLists()
    {
        var d = DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite).Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(ProcedureAchat.SansObjet, d.ProcedureAchat);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "MOD-02", "PROJET-08", "SONS-09" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
        Assert.Equal(15 * 5_000m, d.Financement.Total);
    }

    [Fact]
    public void Evaluate_NationalSocialAcquisition_WholeLists()
    {
        var d = DossierBuilder.Grappe(50).WithChamp(Champ.AHI).Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.National, d.Orientation);
        Assert.Equal(Instructeur.CNSA, d.Instructeur);
        Assert.Equal(ProcedureAchat.Libre, d.ProcedureAchat);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "MOD-02", "PROJET-08" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_NonRecevableWithExclusionsAndFlags_WholeLists()
    {
        var dossier = (DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 10, "97"), DossierBuilder.Og(2, 3, "31"))
            .WithEditeur(segur: false, sad: false)
            .MapEssmsAt(0, e => e with { RelevantL312_1 = false, CommandeSonsAutreLogiciel = true })
            .MapEssmsAt(5, e => e with { ActivitesConfort = null }) with { DureePrevueMois = 30 });
        var d = dossier.Evaluate();
        Assert.Equal(12, d.EssmsRetenus);
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Equal(new[] { new EssmsExclu(dossier.EssmsAt(0), "ESSMS-01") }, d.EssmsExclus);
        Assert.Equal(new[] { "ACHAT-01", "ESSMS-01", "ESSMS-03", "PROJET-01" }, d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "GRAPPE-01", "GRAPPE-04", "PROJET-06" }, d.AApprecier);
        Assert.Equal(new[] { "activitesConfort" }, d.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_SonsUniquement_RecevableWithoutInstructeurNorAmounts()
    {
        var dossier = DossierBuilder.Grappe(1, TypeProjet.MiseEnConformite) with { DureePrevueMois = 40, DateDepot = new NodaTime.LocalDate(2021, 1, 1) };
        var d = dossier.Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.SonsUniquement, d.Orientation);
        Assert.Null(d.Instructeur);
        Assert.Equal(ProcedureAchat.SansObjet, d.ProcedureAchat);
        Assert.Equal(0m, d.Financement.Total);
        Assert.Equal(dossier.OrganismesGestionnaires.Select(o => new FinancementOrganisme(o.FinessJuridique, 0m, 0m, 0m, 0m)), d.Financement.ParOrganisme);
        Assert.Empty(d.Versements);
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-06"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("PROJET-07"));
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "SONS-09" }, d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
        Assert.Single(d.PrestationSegur);
        Assert.Equal(4_000m, d.PrestationSegur[0].Total);
    }

    [Fact]
    public void Evaluate_NoEligibleEssms_NonRecevableWholeLists()
    {
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 2), DossierBuilder.Og(2, 1))
            .MapEssmsAt(0, e => e with { RelevantL312_1 = false })
            .MapEssmsAt(1, e => e with { FinancementEsmsNumeriqueAnterieur = true })
            .MapEssmsAt(2, e => e with { RattacheEntiteNationale = true });
        var d = (dossier with { RepresentativiteNationale = null, MaitriseOuvrageMature = null }).Evaluate();
        Assert.Equal(0, d.EssmsRetenus);
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        AssertNothingAllowable(d, dossier);
        Assert.Equal(new[]
        {
            new EssmsExclu(dossier.EssmsAt(0), "ESSMS-01"),
            new EssmsExclu(dossier.EssmsAt(1), "ESSMS-02"),
            new EssmsExclu(dossier.EssmsAt(2), "ESSMS-05"),
        }, d.EssmsExclus);
        Assert.Equal(new[] { Referencement.Segur }, d.ReferencementsAcceptes);
        Assert.Equal(new[] { "ESSMS-01", "ESSMS-02", "ESSMS-05", "GRAPPE-01" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_Projet06AndConfortMissing_DoNotBlockAnUndeterminedVerdictEither()
    {
        var d = (DossierBuilder.Grappe(15) with { DureePrevueMois = null, RepresentativiteNationale = null }).Evaluate();
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "dureePrevueMois", "representativiteNationale" }, d.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_DeclaredTerritoireAndLowerCaseFiness_DecideTheGrappe()
    {
        var corse = Enumerable.Range(1, 8)
            .Select(i => new Essms(global::EsmsRules.Identifiers.Finess.Parse("2a00000" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)), Champ.PA)
            {
                RelevantL312_1 = true, FinancementEsmsNumeriqueAnterieur = false, CommandeSonsAutreLogiciel = false, ActivitesConfort = false, RattacheEntiteNationale = false,
            }).ToArray();
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.OgOf(1, corse)).Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Resultat.Satisfied, d.Outcome("GRAPPE-01"));

        var declared = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.OgOf(1, corse.Select(e => e with { Territoire = Territoire.Metropole }).ToArray())).Evaluate();
        Assert.Null(declared.Recevable);
        Assert.Equal(new[] { "maitriseOuvrageMature" }, declared.DonneesManquantes);
    }

    [Fact]
    public void Evaluate_RecevableProcedureUndetermined_SummaryDoesNotSaySansObjet()
    {
        // RULES.md §10.8: a recevable acquisition whose porteur facts are missing has no procedure yet.
        var d = (DossierBuilder.Grappe(15) with { Porteur = DossierBuilder.Grappe(15).Porteur with { SoumisCodeCommandePublique = null, MarcheEnCoursMemeObjet = null } }).Evaluate();

        Assert.True(d.Recevable);
        Assert.Null(d.ProcedureAchat);
        Assert.DoesNotContain("sansObjet", d.Arbre.Explication, System.StringComparison.Ordinal);
        Assert.Contains("procédure d'achat à préciser (soumisCodeCommandePublique, marcheEnCoursMemeObjet)", d.Arbre.Explication, System.StringComparison.Ordinal);
    }
}
