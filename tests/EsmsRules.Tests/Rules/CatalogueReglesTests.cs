using System;
using System.IO;
using System.Linq;
using EsmsRules.Rules;
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
}
