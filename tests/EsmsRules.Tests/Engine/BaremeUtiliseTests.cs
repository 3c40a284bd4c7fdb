using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Engine;

public class BaremeUtiliseTests
{
    [Fact]
    public void Toutes_RuleCatalogue_FitsTheSixtyFourBitsThatTrackEvaluatedRules()
    {
        Assert.InRange(Regles.Toutes.Count, 1, 64);
    }

    [Fact]
    public void Evaluate_SameBaremeSameRules_ReusesTheValuesList()
    {
        var a = DossierBuilder.Grappe(20).Evaluate();
        var b = DossierBuilder.Grappe(25).Evaluate();

        Assert.Same(a.Bareme!.Valeurs, b.Bareme!.Valeurs);
    }

    [Fact]
    public void Evaluate_BaremeChangedWithWith_ReportsItsOwnValue()
    {
        var autre = Campagnes.Generalisation2022 with { PartEssmsAcquisition = new TarifParRang(8_000m, 2_000m) };

        var d = DossierBuilder.Grappe(20).Evaluate(new EvaluationOptions { Bareme = autre });

        Assert.Equal((object)new TarifParRang(8_000m, 2_000m), d.Bareme!.Valeurs.Single(v => v.Parametre == "partEssmsAcquisition").Valeur);
        Assert.Equal(20 * 8_000m, d.Financement.PartEssms);
    }

    [Fact]
    public void Evaluate_DifferentRulesEvaluated_DifferentValuesLists()
    {
        var acquisition = DossierBuilder.Grappe(20).Evaluate();
        var conformite = DossierBuilder.Grappe(20, EsmsRules.Model.TypeProjet.MiseEnConformite).Evaluate();

        Assert.Contains(acquisition.Bareme!.Valeurs, v => v.Parametre == "partEssmsAcquisition");
        Assert.DoesNotContain(conformite.Bareme!.Valeurs, v => v.Parametre == "partEssmsAcquisition");
        Assert.Contains(conformite.Bareme.Valeurs, v => v.Parametre == "tranchesSons");
    }

    [Fact]
    public void Evaluate_RuleAtTheSetsFirstPositionReadsAParameter_NamedAmongItsReaders()
    {
        // The rule at position 0 of the set (ESSMS-01 replaced) counts as evaluated like any other.
        var jeu = JeuDeRegles.ParDefaut.Replace("ESSMS-01", new LectriceEssms());
        Assert.Equal(0, jeu.Position(jeu.Regles[0]));
        Assert.Equal("ARS-00", jeu.Regles[0].Id);

        var d = DossierBuilder.Grappe(20).Evaluate(new EvaluationOptions { Regles = jeu });

        Assert.Contains("ARS-00", d.Bareme!.Valeurs.Single(v => v.Parametre == "seuilPetitOg").Regles);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(70)]
    public void Evaluate_RuleAtOrPastTheSixtyFifthPositionReadsAParameter_NamedAmongItsReadersOnlyWhenEvaluated(int position)
    {
        // A set of more than 64 rules keeps the rules evaluated in two words: a rule past the 64th counts too, and two
        // dossiers that differ only in whether it is evaluated do not share their values.
        var jeu = JeuDeRegles.ParDefaut;
        var n = 0;
        while (jeu.Regles.Count - jeu.Section("SONS")!.Regles.Count < position)
        {
            jeu = jeu.Add("RECEVABILITE", new Lectrice("ARS-" + (++n).ToString("00", System.Globalization.CultureInfo.InvariantCulture), lit: false));
        }

        // Last of VERSEMENTS (evaluated for these recevable grappes), after the rules before it; evaluated for an even
        // number of ESSMS only, so that the two dossiers differ in that rule alone.
        jeu = jeu.Add("VERSEMENTS", new Lectrice("ARS-99", pair: true));
        var options = new EvaluationOptions { Regles = jeu };

        var pair = DossierBuilder.Grappe(20).Evaluate(options);
        var impair = DossierBuilder.Grappe(21).Evaluate(options);

        Assert.Equal(position, jeu.Position(jeu.Regles.Single(r => r.Id == "ARS-99")));
        Assert.Equal(EsmsRules.Decisions.Resultat.Satisfied, pair.Arbre.Find("ARS-99")?.Resultat);
        Assert.Equal(EsmsRules.Decisions.Resultat.NotApplicable, impair.Arbre.Find("ARS-99")?.Resultat);
        Assert.Contains("ARS-99", pair.Bareme!.Valeurs.Single(v => v.Parametre == "seuilPetitOg").Regles);
        Assert.DoesNotContain(impair.Bareme!.Valeurs, v => v.Regles.Contains("ARS-99"));
    }

    [Fact]
    public void OrdreDuCatalogue_Ids_ByFamilyThenNumberThenOthersByOrdinal()
    {
        // The readers of a barème value are listed in the catalogue's order, not the set's (FIN-04 is evaluated before
        // FIN-02, the VERS rules around the CIBLE ones); ids outside the catalogue's families come last.
        var ids = new[] { "SONS-01", "OCC-01", "FIN-04", "CIBLE-01", "FIN-100", "VERS-03", "FIN-20", "ESSMS", "PROJET-08", "GRAPPE-02", "FIN-2X", "ACHAT-01", "ESSMS-05", "ARS-01", "MOD-01", "PETITOG-02", "ORIENT-03", "VERS-01" };

        var triee = ids.OrderBy(id => id, Comparer<string>.Create(EsmsRules.Engine.Moteur.OrdreDuCatalogue.Comparer)).ToArray();

        Assert.Equal(new[]
        {
            "ESSMS-05", "GRAPPE-02", "ORIENT-03", "PROJET-08", "ACHAT-01", "FIN-04", "FIN-20", "FIN-100", "PETITOG-02", "MOD-01",
            "VERS-01", "VERS-03", "CIBLE-01", "SONS-01", "ARS-01", "ESSMS", "FIN-2X", "OCC-01",
        }, triee);
    }

    [Fact]
    public void Evaluate_ValueReadByRulesTheSetEvaluatesOutOfTheCataloguesOrder_ReadersInTheCataloguesOrder()
    {
        // A rule of one's own in GRAPPE reads what FIN-01 reads: evaluated first, listed after it.
        var jeu = JeuDeRegles.ParDefaut.Add("GRAPPE", new Lectrice("ARS-01", parametre: "partEssmsAcquisition"));

        var d = DossierBuilder.Grappe(20).Evaluate(new EvaluationOptions { Regles = jeu });

        Assert.Equal(new[] { "FIN-01", "ARS-01" }, d.Bareme!.Valeurs.Single(v => v.Parametre == "partEssmsAcquisition").Regles);
        Assert.All(d.Bareme.Valeurs, v => Assert.Equal(
            v.Regles.OrderBy(id => id, Comparer<string>.Create(EsmsRules.Engine.Moteur.OrdreDuCatalogue.Comparer)), v.Regles));
    }

    /// <summary>A rule of one's own reading <c>seuilPetitOg</c> (or nothing), satisfied (with <c>pair</c>, only for an even
    /// number of ESSMS; otherwise not applicable).</summary>
    private sealed class Lectrice : Regle
    {
        private readonly bool _pair;

        public Lectrice(string id, bool lit = true, bool pair = false, string parametre = "seuilPetitOg")
            : base(id, "Règle propre " + id, new[] { EsmsRules.Sources.Documents.AppelAProjets.Section() },
                new[] { new Modele("oui", EsmsRules.Decisions.Resultat.Satisfied, "Lue."), new Modele("non", EsmsRules.Decisions.Resultat.NotApplicable, "Sans objet.") },
                lit ? new[] { parametre } : null)
        {
            _pair = pair;
        }

        public override EsmsRules.Decisions.DecisionNode Evaluate(Faits faits) => !_pair || faits.Dossier.OrganismesGestionnaires.Sum(og => og.Essms.Count) % 2 == 0
            ? Conclude(faits, EsmsRules.Decisions.Resultat.Satisfied, "oui")
            : Conclude(faits, EsmsRules.Decisions.Resultat.NotApplicable, "non");
    }

    /// <summary>An ESSMS rule of one's own reading <c>seuilPetitOg</c>: every ESSMS satisfies it.</summary>
    private sealed class LectriceEssms : RegleEssms
    {
        public LectriceEssms()
            : base("ARS-00", "Règle ESSMS propre", new[] { EsmsRules.Sources.Documents.AppelAProjets.Section() },
                new[] { new Modele(MotifResume, null, "{ok} ESSMS sur {total}."), new Modele("non", EsmsRules.Decisions.Resultat.NotSatisfied, "{finess}.") },
                "relevantL312_1", new[] { "seuilPetitOg" })
        {
        }

        public override bool Exclut => false;

        public override EsmsRules.Decisions.Resultat EvaluateEssms(EsmsRules.Model.Essms essms, ContexteEssms contexte) => EsmsRules.Decisions.Resultat.Satisfied;

        protected override bool? Valeur(EsmsRules.Model.Essms essms) => true;

        protected override string Detail(EsmsRules.Model.Essms essms, EsmsRules.Decisions.Resultat resultat, ContexteEssms contexte) => "non";
    }
}
