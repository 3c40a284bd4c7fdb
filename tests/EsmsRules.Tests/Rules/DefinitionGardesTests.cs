using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>The framework's guards and messages (Definition, Section, Faits, PeriodesDeMesure) and the inputs of a
/// decision without explanations: what the mutation run of the root files of Rules/ (30/11/2026) found untested.</summary>
public class DefinitionGardesTests
{
    /// <summary>A rule built from what it is given.</summary>
    private sealed class Essai : Regle
    {
        public Essai(string id, string titre, IEnumerable<Reference> references, IEnumerable<Modele> modeles)
            : base(id, titre, references, modeles)
        {
        }

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.Satisfied, "a");

        public DecisionNode SansFaits() => Conclude(null!, Resultat.Satisfied, "a");

        public DecisionNode DetailSansFaits() => ConcludeDetail(null!, Resultat.Satisfied, "a");

        public DecisionNode DetailInconnu(Faits faits) => ConcludeDetail(faits, Resultat.Satisfied, "inconnu");
    }

    private static readonly Reference[] UnTexte = { Documents.AppelAProjets.Section() };
    private static readonly Modele[] DeuxModeles = { new("a", Resultat.Satisfied, "A."), new("b", Resultat.Satisfied, "B.") };

    [Theory]
    [InlineData(" ", "Titre", "id", "L'identifiant est vide.")]
    [InlineData("ARS-03", " ", "titre", "Le titre est vide.")]
    public void Constructeur_EmptyIdOrTitle_ArgumentExceptionNamingIt(string id, string titre, string parametre, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => new Essai(id, titre, UnTexte, DeuxModeles));

        Assert.Equal(parametre, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructeur_NoReference_ArgumentExceptionNamingTheRule()
    {
        var e = Assert.Throws<ArgumentException>(() => new Essai("ARS-03", "Titre", Array.Empty<Reference>(), DeuxModeles));

        Assert.Equal("references", e.ParamName);
        Assert.StartsWith("« ARS-03 » ne cite aucun texte.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructeur_TwoTemplatesOfOneMotif_ArgumentExceptionNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => new Essai("ARS-03", "Titre", UnTexte, new[] { new Modele("a", null, "A."), new Modele("a", null, "B.") }));

        Assert.Equal("modeles", e.ParamName);
        Assert.StartsWith("« ARS-03 » a deux modèles « a ».", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modele_UnknownMotif_KeyNotFoundListingTheRulesMotifs()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => new Essai("ARS-03", "Titre", UnTexte, DeuxModeles).Modele("c"));

        Assert.Equal("« ARS-03 » n'a pas de modèle « c » (modèles : a, b).", e.Message);
    }

    [Fact]
    public void ToString_ARule_ItsIdAndTitle()
    {
        Assert.Equal("ARS-03 — Titre", new Essai("ARS-03", "Titre", UnTexte, DeuxModeles).ToString());
    }

    [Fact]
    public void Conclude_NoFacts_ArgumentNullException()
    {
        var r = new Essai("ARS-03", "Titre", UnTexte, DeuxModeles);

        Assert.Equal("faits", Assert.Throws<ArgumentNullException>(() => r.SansFaits()).ParamName);
        Assert.Equal("faits", Assert.Throws<ArgumentNullException>(() => r.DetailSansFaits()).ParamName);
        Assert.Equal("faits", Assert.Throws<ArgumentNullException>(() => SyntheseDossier.Instance.Noeud(null!, Array.Empty<DecisionNode>())).ParamName);
    }

    [Fact]
    public void Section_ANullRuleOrTwoRulesOfOneId_ArgumentExceptionNamingThem()
    {
        var nulle = Assert.Throws<ArgumentException>(() => new SectionOrientation(new Regle[] { new Orient01(), null! }));
        var double_ = Assert.Throws<ArgumentException>(() => new SectionOrientation(new Regle[] { new Orient01(), new Orient01() }));

        Assert.StartsWith("Une règle de la section est nulle.", nulle.Message, StringComparison.Ordinal);
        Assert.StartsWith("La section ORIENTATION contient deux règles « ORIENT-01 ».", double_.Message, StringComparison.Ordinal);
        Assert.Equal("noeuds", Assert.Throws<ArgumentNullException>(() => Section.Aggregate(null!)).ParamName);
    }

    [Fact]
    public void Faits_NotYetEstablished_InvalidOperationNamingWhat()
    {
        var f = new Faits(DossierBuilder.Grappe(15), Campagnes.Generalisation2022);
        const string suite = " ne sont pas encore établis : une règle est évaluée avant la section qui les établit.";

        Assert.Equal("Les faits de ELIGIBILITE" + suite, Assert.Throws<InvalidOperationException>(() => f.EligibiliteEtablie).Message);
        Assert.Equal("Les faits de GRAPPE" + suite, Assert.Throws<InvalidOperationException>(() => f.GrappeEtablie).Message);
        Assert.Equal("Les faits de ORIENTATION" + suite, Assert.Throws<InvalidOperationException>(() => f.OrientationEtablie).Message);
        Assert.Equal("Les faits de ACHAT" + suite, Assert.Throws<InvalidOperationException>(() => f.AchatEtabli).Message);
        Assert.Equal("Les faits de le verdict" + suite, Assert.Throws<InvalidOperationException>(() => f.VerdictEtabli).Message);
        Assert.Equal("Les faits de FINANCEMENT" + suite, Assert.Throws<InvalidOperationException>(() => f.FinancementEtabli).Message);
        Assert.Equal("Les faits de FINANCEMENT" + suite, Assert.Throws<InvalidOperationException>(() => f.AllocationsEtablies).Message);
    }

    [Fact]
    public void PeriodesDeMesure_NoPeriod_ArgumentOutOfRangeWithItsMessage()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PeriodesDeMesure.Compute(new LocalDate(2023, 1, 1), 0));

        Assert.StartsWith("Au moins une période de mesure est demandée.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExplanationsOff_NoNodeCarriesTheInputsItRead()
    {
        var d = DossierBuilder.Grappe(15).Evaluate(new EvaluationOptions { Explications = false });

        static void SansEntrees(DecisionNode n)
        {
            Assert.Empty(n.Entrees);
            foreach (var e in n.Enfants)
            {
                SansEntrees(e);
            }
        }

        SansEntrees(d.Arbre);
        Assert.NotEmpty(DossierBuilder.Grappe(15).Evaluate().Arbre.Find("PROJET-06")!.Entrees);
    }

    [Theory]
    [InlineData(2, " points")]
    [InlineData(1.5, " point")]
    public void Points_TwoAndMore_Plural(double points, string fin)
    {
        Assert.EndsWith(fin, Distances.Points("p", (decimal)points).Texte, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntheseDossier_RefusedDossier_RootSaysSo()
    {
        var d = (DossierBuilder.Grappe(15) with { DateDepot = new LocalDate(2022, 10, 15) }).Evaluate();

        Assert.Equal("nonRecevable", d.Arbre.Motif);
        Assert.EndsWith("Projet non recevable.", d.Arbre.Explication, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntheseDossier_NationalProcedureUnknown_RootAsksForIt()
    {
        var g = DossierBuilder.Grappe(50);
        var d = (g with { Porteur = g.Porteur with { SoumisCodeCommandePublique = null, MarcheEnCoursMemeObjet = null } }).Evaluate();

        Assert.Equal("nationalProcedureAPreciser", d.Arbre.Motif);
        Assert.Contains("Recevable, appel à projets national (CNSA), procédure d'achat à préciser", d.Arbre.Explication, StringComparison.Ordinal);
    }

    /// <summary>A section that sums up with the motif it is given.</summary>
    private sealed class SectionEssai : Section
    {
        private readonly string _motif;

        public SectionEssai(string motif)
            : base("ARS", "Section régionale", UnTexte, DeuxModeles, Array.Empty<Regle>()) => _motif = motif;

        public override Section WithRules(IEnumerable<Regle> regles) => this;

        public override ResultatSection Evaluate(Faits faits) => new(Summarize(faits, Array.Empty<DecisionNode>(), _motif), faits);
    }

    [Fact]
    public void Conclude_MotifWithoutTemplate_RefusedWhenTheNodeIsMadeNotWhenRead()
    {
        var faits = new Faits(DossierBuilder.Grappe(15), Campagnes.Generalisation2022);

        Assert.Throws<KeyNotFoundException>(() => new Essai("ARS-03", "Titre", UnTexte, DeuxModeles).DetailInconnu(faits));
        Assert.Throws<KeyNotFoundException>(() => new SectionEssai("inconnu").Evaluate(faits));
        Assert.Equal("faits", Assert.Throws<ArgumentNullException>(() => new SectionEssai("a").Evaluate(null!)).ParamName);
        Assert.Equal("a", new SectionEssai("a").Evaluate(faits).Noeud.Motif);
    }
}
