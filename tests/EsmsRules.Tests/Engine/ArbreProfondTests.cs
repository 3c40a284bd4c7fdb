using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Rules;
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
        public Profonde()
            : base("ARS-PROFONDE", "Règle régionale imbriquée", new[] { Documents.AppelAProjets.Section() }, new[]
            {
                new Modele("niveau", Resultat.NotApplicable, "Niveau."),
                new Modele("manque", Resultat.MissingInput, "Date de dépôt à fournir."),
            })
        {
        }

        public override DecisionNode Evaluate(Faits faits)
        {
            var noeud = Conclude(faits, Resultat.MissingInput, "manque", manquantes: new[] { "dateDepot" });
            for (var i = 0; i < Profondeur; i++)
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
}
