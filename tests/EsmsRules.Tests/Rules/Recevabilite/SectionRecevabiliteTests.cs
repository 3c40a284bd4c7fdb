using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>The recevabilité section as a composition of rules, in two phases around the verdict.</summary>
public class SectionRecevabiliteTests
{
    private static readonly string[] Projets = { "PROJET-01", "PROJET-02", "PROJET-03", "PROJET-04", "PROJET-05", "PROJET-06", "PROJET-07", "PROJET-08" };

    private static Faits Avant(Dossier d, Bareme? bareme = null) => FaitsAvant.Orientation(d, bareme);

    /// <summary>An ARS's own rule that reads the verdict.</summary>
    private sealed class ConventionRegionale : Regle
    {
        public ConventionRegionale()
            : base("OCC-01", "Convention régionale de financement", new[] { Documents.WebinaireOccitanie.Section() }, new[]
            {
                new Modele("aSigner", Resultat.ReviewRequired, "Projet recevable : convention régionale à signer."),
                new Modele("sansObjet", Resultat.NotApplicable, "Sans objet."),
            })
        {
        }

        public override bool LitLeVerdict => true;

        public override DecisionNode Evaluate(Faits faits) => faits.VerdictEtabli.Recevable == true
            ? Conclude(faits, Resultat.ReviewRequired, "aSigner")
            : Conclude(faits, Resultat.NotApplicable, "sansObjet");
    }

    [Fact]
    public void Evaluer_VerdictUnknown_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new SectionRecevabilite().Evaluate(Avant(DossierBuilder.Grappe(15))));
    }

    [Theory]
    [InlineData(true, Resultat.ReviewRequired, "Projet recevable.")]
    [InlineData(false, Resultat.NotApplicable, "Projet non recevable.")]
    [InlineData(null, Resultat.NotApplicable, "Recevabilité en attente de données manquantes.")]
    public void Evaluer_VerdictGiven_Projet08AndTheSectionsTextFollowIt(bool? recevable, Resultat projet08, string texte)
    {
        var r = new SectionRecevabilite().Evaluate(Avant(DossierBuilder.Grappe(15)) with { Verdict = new FaitsVerdict(recevable) });

        Assert.Equal(Projets, r.Noeud.Enfants.Select(n => n.Regle));
        Assert.Equal(projet08, r.Noeud.Find("PROJET-08")!.Resultat);
        Assert.Equal(texte, r.Noeud.Explication);
    }

    /// <summary>The section's text says the verdict, so does its mark: a dossier refused or waiting because of another
    /// section's rule (GRAPPE-03) does not show a satisfied RECEVABILITE over "Projet non recevable." or "en attente".</summary>
    [Theory]
    [InlineData(true, Resultat.ReviewRequired)]
    [InlineData(false, Resultat.NotSatisfied)]
    [InlineData(null, Resultat.MissingInput)]
    public void Evaluer_VerdictGiven_SectionOutcomeAgreesWithItsText(bool? recevable, Resultat attendu)
    {
        var r = new SectionRecevabilite().Evaluate(Avant(DossierBuilder.Grappe(15)) with { Verdict = new FaitsVerdict(recevable) });

        Assert.Equal(attendu, r.Noeud.Resultat);
    }

    [Fact]
    public void EvaluerAvantVerdictThenConclure_SameNodeAsEvaluer()
    {
        var section = new SectionRecevabilite();
        var faits = Avant(DossierBuilder.Grappe(60));

        var avant = section.EvaluerAvantVerdict(faits);
        var verdict = FaitsVerdict.Etablir(avant);
        var deuxPhases = section.Conclude(faits with { Verdict = verdict }, avant);

        Assert.Equal(Projets.Take(7), avant.Select(n => n.Regle));
        Assert.True(verdict.Recevable);
        Assert.Equal("Projet recevable : l'avis final (favorable ou défavorable) appartient à la CNSA et la DNS.", deuxPhases.Noeud.Find("PROJET-08")!.Explication);
        Assert.Equal(
            DecisionJsonWriter.Serialize(section.Evaluate(faits with { Verdict = verdict }).Noeud),
            DecisionJsonWriter.Serialize(deuxPhases.Noeud));
    }

    [Fact]
    public void AvecRegles_OwnRuleReadingTheVerdictAddedFirst_EvaluatedAfterTheVerdictKeptFirst()
    {
        var avecOcc = new SectionRecevabilite(new Regle[] { new ConventionRegionale() }.Concat(new SectionRecevabilite().Regles));
        var faits = Avant(DossierBuilder.Grappe(15));

        var avant = avecOcc.EvaluerAvantVerdict(faits);
        var r = avecOcc.Conclude(faits with { Verdict = FaitsVerdict.Etablir(avant) }, avant);

        Assert.Equal(Projets.Take(7), avant.Select(n => n.Regle));
        Assert.Equal(new[] { "OCC-01" }.Concat(Projets), r.Noeud.Enfants.Select(n => n.Regle));
        Assert.Equal(Resultat.ReviewRequired, r.Noeud.Enfants[0].Resultat);
    }

    [Fact]
    public void Conclure_NodesOfAnotherSection_Throws()
    {
        var faits = Avant(DossierBuilder.Grappe(15)) with { Verdict = new FaitsVerdict(true) };
        var autres = new SectionAchat().Evaluate(faits).Noeud.Enfants;

        Assert.Throws<ArgumentException>(() => new SectionRecevabilite().Conclude(faits, autres));
    }

    [Fact]
    public void AvecRegles_Projet05Removed_AMissingSelfDiagnosisNoLongerHoldsTheVerdict()
    {
        var d = DossierBuilder.Grappe(15);
        d = d.WithOgs(d.OrganismesGestionnaires[0] with { AutodiagnosticFourni = null, Nom = "Association" });
        var faits = Avant(d);
        var section = new SectionRecevabilite();

        var avec = section.EvaluerAvantVerdict(faits);
        var sans = new SectionRecevabilite(section.Regles.Where(r => r.Id != Projet05.Identifiant)).EvaluerAvantVerdict(faits);

        Assert.False(FaitsVerdict.Etablir(avec).Recevable);
        var og = Assert.Single(avec.Single(n => n.Regle == "PROJET-05").Enfants);
        Assert.Equal("Association", og.Chiffre("nom").Texte);
        Assert.True(FaitsVerdict.Etablir(sans).Recevable);
    }

    [Fact]
    public void Projet06_DurationBeyondTheMaximum_TypedFigures()
    {
        var n = new Projet06().Evaluate(Avant(DossierBuilder.Grappe(15) with { DureePrevueMois = 20 }));

        Assert.Equal(Resultat.ReviewRequired, n.Resultat);
        Assert.Equal(20m, n.Chiffre("duree").Nombre);
        Assert.Equal(18m, n.Chiffre("dureeMax").Nombre);
        Assert.False(n.Bloquant);
    }

    [Fact]
    public void Projet07_OutsideTheRegionalWindow_BlockingWithTheWindowAsDates()
    {
        var n = new Projet07().Evaluate(Avant(DossierBuilder.Grappe(15) with { DateDepot = new LocalDate(2022, 10, 1) }));

        Assert.Equal(Resultat.NotSatisfied, n.Resultat);
        Assert.True(n.Bloquant);
        Assert.Equal(new LocalDate(2022, 10, 1), n.Chiffre("dateDepot").Date);
        Assert.Equal(new LocalDate(2022, 3, 14), n.Chiffre("debut").Date);
        Assert.Equal(new LocalDate(2022, 9, 30), n.Chiffre("fin").Date);
    }

    [Fact]
    public void ReferencementsAcceptes_MedicoSocialAcquisition2022_SegurOrSad_ElseSegur()
    {
        Assert.Equal(new[] { Referencement.Segur, Referencement.Sad }, SectionRecevabilite.ReferencementsAcceptes(Avant(DossierBuilder.Grappe(15))));
        Assert.Equal(new[] { Referencement.Segur }, SectionRecevabilite.ReferencementsAcceptes(Avant(DossierBuilder.Grappe(15), Campagnes.Campagne2023)));
        Assert.Equal(new[] { Referencement.Segur }, SectionRecevabilite.ReferencementsAcceptes(Avant(DossierBuilder.Grappe(15).WithChamp(Champ.PDE))));
        Assert.Equal(new[] { Referencement.Segur }, SectionRecevabilite.ReferencementsAcceptes(Avant(DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite))));
    }
}
