using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Engine;

/// <summary>A decision tree far deeper than the catalogue's (an ARS's own rule nesting its nodes): the decision's lists
/// and questions are read from it without running out of stack.</summary>
public class ArbreProfondTests
{
    private const int Profondeur = 200_000;

    /// <summary>A rule whose node nests <see cref="Profondeur"/> levels, the innermost one missing the filing date.</summary>
    private sealed class Profonde : Regle
    {
        private readonly int _profondeur;
        private readonly string _fin;

        public Profonde(int profondeur = Profondeur, string fin = "manque")
            : base("ARS-PROFONDE", "Règle régionale imbriquée", new[] { Documents.AppelAProjets.Section() }, new[]
            {
                new Modele("niveau", Resultat.NotApplicable, "Niveau."),
                new Modele("manque", Resultat.MissingInput, "Date de dépôt à fournir."),
                new Modele("autre", Resultat.MissingInput, "Date de dépôt à fournir, autrement dit."),
            })
        {
            _profondeur = profondeur;
            _fin = fin;
        }

        public override DecisionNode Evaluate(Faits faits)
        {
            var noeud = Conclude(faits, Resultat.MissingInput, _fin, manquantes: new[] { "dateDepot" });
            for (var i = 0; i < _profondeur; i++)
            {
                noeud = Conclude(faits, Resultat.NotApplicable, "niveau", enfants: new[] { noeud });
            }

            return noeud;
        }
    }

    [Fact]
    public void Evaluate_RuleNestingItsNodesVeryDeep_ListsAndQuestionsReadWithoutOverflow()
    {
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new Profonde(), apres: "PROJET-07");

        var decision = DossierBuilder.Grappe(15).Evaluate(new EvaluationOptions { Regles = jeu, Remedes = false });

        Assert.Contains("dateDepot", decision.DonneesManquantes);
        var question = Assert.Single(decision.Questions, q => q.Champ == "dateDepot");
        Assert.Contains("ARS-PROFONDE", question.Regles);
        Assert.Equal(Profondeur + 1, decision.Arbre.Find("ARS-PROFONDE")!.DescendantsAndSelf().Count());
    }

    [Fact]
    public void Equals_TwoTreesNestedVeryDeep_ComparedWithoutOverflowDownToTheirInnermostNode()
    {
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new Profonde(), apres: "PROJET-07");
        var autre = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new Profonde(fin: "autre"), apres: "PROJET-07");
        var options = new EvaluationOptions { Regles = jeu, Remedes = false };

        var d1 = DossierBuilder.Grappe(15).Evaluate(options);
        var d2 = DossierBuilder.Grappe(15).Evaluate(options);
        var d3 = DossierBuilder.Grappe(15).Evaluate(options with { Regles = autre });

        Assert.Equal(d1.Arbre, d2.Arbre);
        Assert.Equal(d1, d2);
        Assert.NotEqual(d1.Arbre, d3.Arbre);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_TreeOneLevelDeeperThanTheJsonHolds_ArgumentExceptionAndNothingWritten(bool indented)
    {
        // The rule's node is the third level (dossier, section, rule): 398 levels under it make 401.
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new Profonde(DecisionJsonWriter.ProfondeurMaxArbre - 2), apres: "PROJET-07");
        var decision = DossierBuilder.Grappe(15).Evaluate(new EvaluationOptions { Regles = jeu, Remedes = false });
        using var flux = new System.IO.MemoryStream();

        var e = Assert.Throws<System.ArgumentException>(() => DecisionJsonWriter.Serialize(flux, decision, indented));

        Assert.Equal(0, flux.Length);
        Assert.Contains("400 niveaux", e.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => DecisionJsonWriter.Serialize(decision, indented));
        Assert.Throws<System.ArgumentException>(() => DecisionJsonWriter.Serialize(decision.Arbre, indented));
        Assert.NotEmpty(DecisionJsonWriter.Serialize(decision, indented, inclureArbre: false));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_TreeAtTheDepthTheJsonHolds_WrittenWhole(bool indented)
    {
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new Profonde(DecisionJsonWriter.ProfondeurMaxArbre - 3), apres: "PROJET-07");
        var decision = DossierBuilder.Grappe(15).Evaluate(new EvaluationOptions { Regles = jeu, Remedes = false });

        var json = DecisionJsonWriter.Serialize(decision, indented);

        using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { MaxDepth = 1000 });
        var niveaux = Niveaux(document.RootElement.GetProperty("arbre"));

        Assert.Equal(DecisionJsonWriter.ProfondeurMaxArbre, niveaux);
    }

    private static int Niveaux(System.Text.Json.JsonElement noeud) =>
        1 + noeud.GetProperty("enfants").EnumerateArray().Select(Niveaux).DefaultIfEmpty(0).Max();
}
