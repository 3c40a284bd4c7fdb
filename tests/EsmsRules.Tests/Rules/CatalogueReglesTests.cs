using System;
using System.IO;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>The catalogue written from the rule objects: <c>docs/regles.md</c> is that text, and it names every rule
/// of the default rule set with its title, references and parameters.</summary>
public class CatalogueReglesTests
{
    [Fact]
    public void Markdown_ComparedToDocsReglesMd_IsTheSame()
    {
        Snapshot.VerifyDoc("regles.md", CatalogueRegles.ToMarkdown(), "dotnet run --project src/EsmsRules.Cli -- regles > docs/regles.md");
    }

    [Fact]
    public void Markdown_DefaultSet_NamesEveryRuleWithItsTitleSourcesAndParameters()
    {
        var texte = CatalogueRegles.ToMarkdown();

        Assert.Equal(58, JeuDeRegles.ParDefaut.Regles.Count);
        foreach (var r in JeuDeRegles.ParDefaut.Regles)
        {
            Assert.Contains("### " + r.Id + " — " + r.Titre + "\n", texte, StringComparison.Ordinal);
            Assert.All(r.References, x => Assert.Contains(x.Complete, texte, StringComparison.Ordinal));
            Assert.All(r.Parametres, p => Assert.Contains("`" + p + "`", texte, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("seed", texte, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("RULES.md", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_SetWithARegionalRule_ListsItInItsSection()
    {
        var jeu = JeuDeRegles.ParDefaut.Remove("PROJET-06");

        var texte = CatalogueRegles.ToMarkdown(jeu);

        Assert.DoesNotContain("### PROJET-06", texte, StringComparison.Ordinal);
        Assert.Contains("### PROJET-05", texte, StringComparison.Ordinal);
    }

    /// <summary>An ARS's own rule citing the ARS's own deliberation, whose title has a « | ».</summary>
    private sealed class DeliberationRegionale : Regle
    {
        internal static readonly Document Deliberation = new(
            "deliberation-occ", "Délibération ARS Occitanie | fenêtre de dépôt 2022", "délibération ARS Occitanie 2022");

        public DeliberationRegionale()
            : base("OCC-01", "Dépôt dans la fenêtre régionale", new[] { Deliberation.Section("art. 2") }, new[]
            {
                new Modele("sansObjet", Resultat.NotApplicable, "Sans objet."),
            })
        {
        }

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.NotApplicable, "sansObjet");
    }

    [Fact]
    public void Markdown_SetWithARuleCitingItsOwnText_ListsTheTextOnceAfterTheLibrarysWithItsPipeEscaped()
    {
        var jeu = JeuDeRegles.ParDefaut.Add("RECEVABILITE", new DeliberationRegionale(), apres: "PROJET-07");

        var texte = CatalogueRegles.ToMarkdown(jeu);

        var lignes = texte.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Documents.Tous.Count + 1, lignes.Length);
        Assert.Equal("| `deliberation-occ` | Délibération ARS Occitanie \\| fenêtre de dépôt 2022 | — |", lignes[^1]);
        Assert.Contains("- Sources : Délibération ARS Occitanie | fenêtre de dépôt 2022, art. 2\n", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_DefaultSet_ListsEachOfTheLibrarysTextsOnce()
    {
        var lignes = CatalogueRegles.ToMarkdown().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();

        Assert.Equal(Documents.Tous.Select(d => "| `" + d.Code + "` "), lignes.Select(l => l[..(l.IndexOf("` ", StringComparison.Ordinal) + 2)]));
    }
}
