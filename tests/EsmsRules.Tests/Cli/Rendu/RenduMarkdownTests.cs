using System;
using System.IO;
using System.Linq;
using EsmsRules.Cli.Rendu;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Cli.Rendu;

public class RenduMarkdownTests
{
    private static string Rendre(string nom)
    {
        var w = new StringWriter();
        RenduMarkdown.Ecrire(w, Exemples.Decision(nom), new OptionsRendu());
        return w.ToString();
    }

    /// <summary>The ticket of a refused dossier with remedies and of a three-OG quote with Prestation Ségur, reviewed as
    /// snapshots (<c>Snapshots/*.rapport-md.verified.json</c> hold Markdown).</summary>
    [Theory]
    [InlineData("10-grappe-12-non-mature")]
    [InlineData("18-devis-trois-og-au-centime")]
    public void Ecrire_Example_MatchesVerifiedSnapshot(string nom)
    {
        Snapshot.Verify(nom + ".rapport-md", Rendre(nom));
    }

    [Theory]
    [MemberData(nameof(RenduHtmlTests.Noms), MemberType = typeof(RenduHtmlTests))]
    public void Ecrire_Example_AmountsTableAndOneHeadingPerSection(string nom)
    {
        var d = Exemples.Decision(nom);

        var md = Rendre(nom);

        Assert.Contains("| **Total allouable** | **" + EsmsRules.Formatting.Fr.Euros(d.Financement.Total) + "** |", md, StringComparison.Ordinal);
        Assert.All(d.Arbre.Enfants, s => Assert.Contains("### " + Contenu.Marque(s.Resultat) + " " + s.Regle + " — ", md, StringComparison.Ordinal));
        Assert.All(d.Remedes ?? Array.Empty<EsmsRules.Decisions.Remede>(), r => Assert.Contains(EsmsRules.Formatting.Fr.Euros(r.Total) + " |", md, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RenduHtmlTests.Noms), MemberType = typeof(RenduHtmlTests))]
    public void Ecrire_Example_AcceptedSolutionsAsInTheHtmlPage(string nom)
    {
        // The ticket says which referencings are accepted, as the page does, or says nothing when none is.
        var d = Exemples.Decision(nom);

        var md = Rendre(nom);

        if (d.ReferencementsAcceptes.Count == 0)
        {
            Assert.DoesNotContain("Solutions acceptées", md, StringComparison.Ordinal);
        }
        else
        {
            var attendu = string.Join(" ou ", d.ReferencementsAcceptes.Select(EsmsRules.Decisions.Libelles.Referencement));
            Assert.Contains("| Solutions acceptées | " + RenduMarkdown.E(attendu) + " |", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void E_MarkdownCharacters_Escaped()
    {
        Assert.Equal(@"\<script\> a\|b \*x\* \_y\_ \[z\]", RenduMarkdown.E("<script> a|b *x* _y_ [z]"));
    }
}
