using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EsmsRules.Cli.Rendu;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using Xunit;

namespace EsmsRules.Tests.Cli.Rendu;

/// <summary>The HTML page of every worked example, parsed back with AngleSharp.</summary>
public class RenduHtmlTests
{
    public static TheoryData<string> Noms()
    {
        var data = new TheoryData<string>();
        foreach (var o in Exemples.Noms())
        {
            data.Add((string)o[0]);
        }

        return data;
    }

    private static string Page(Decision d, OptionsRendu? options = null)
    {
        var w = new StringWriter();
        RenduHtml.Ecrire(w, d, options ?? new OptionsRendu());
        return w.ToString();
    }

    private static (IDocument Document, HtmlParser Parser, string Html) Parser(Decision d)
    {
        var html = Page(d);
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        return (parser.ParseDocument(html), parser, html);
    }

    /// <summary>"1 128 500 €", "5 256,00 €" read back as a number.</summary>
    private static decimal Montant(string texte) =>
        decimal.Parse(new string(texte.Where(c => char.IsDigit(c) || c is ',' or '-').ToArray()).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Noms))]
    public void Ecrire_Example_TitleVerdictAndAmountsAreTheDecisions(string nom)
    {
        var d = Exemples.Decision(nom);

        var (doc, _, _) = Parser(d);

        Assert.Equal("fr", doc.DocumentElement.GetAttribute("lang"));
        Assert.Contains("campagne " + d.Campagne, doc.Title, StringComparison.Ordinal);
        Assert.Equal(Contenu.Verdict(d), doc.GetElementById("verdict-texte")!.TextContent);
        var f = d.Financement;
        decimal Ligne(string champ) => Montant(doc.QuerySelector($"#financement tr[data-champ='{champ}'] td.montant")!.TextContent);
        Assert.Equal(f.Total, Ligne("total"));
        Assert.Equal(f.PartEssms, Ligne("partEssms"));
        Assert.Equal(f.PartEditeur, Ligne("partEditeur"));
        Assert.Equal(f.Equipements, Ligne("equipements"));
        Assert.Equal(f.AmoaMarche, Ligne("amoaMarche"));
        Assert.Equal(f.AmoaProjet, Ligne("amoaProjet"));
        var parOg = d.Financement.ParOrganisme.Count > 1 ? d.Financement.ParOrganisme : Array.Empty<FinancementOrganisme>();
        Assert.Equal(parOg.Select(o => (o.FinessJuridique.Value, o.PartEssms, o.PartEditeur, o.Equipements, o.Total)), doc.QuerySelectorAll("table.par-organisme tbody tr")
            .Select(tr => (tr.Children[0].TextContent, Montant(tr.Children[1].TextContent), Montant(tr.Children[2].TextContent), Montant(tr.Children[3].TextContent), Montant(tr.Children[4].TextContent))));
        Assert.Equal(d.Versements.Select(v => v.Montant), doc.QuerySelectorAll("table.versements tbody tr").Select(tr => Montant(tr.Children.Last().TextContent)));
        Assert.Equal(d.PrestationSegur.Select(s => s.Total), doc.QuerySelectorAll("table.prestation td[data-champ='total']").Select(td => Montant(td.TextContent)));
        Assert.Equal((d.Remedes ?? Array.Empty<Remede>()).Select(r => r.Total), doc.QuerySelectorAll("table.remedes tbody tr").Select(tr => Montant(tr.Children.Last().TextContent)));
    }

    [Theory]
    [MemberData(nameof(Noms))]
    public void Ecrire_Example_OneDetailsPerSectionAndTheListsWithTitles(string nom)
    {
        var d = Exemples.Decision(nom);

        var (doc, _, _) = Parser(d);

        var details = doc.QuerySelectorAll("#arbre details.section");
        Assert.Equal(d.Arbre.Enfants.Select(s => s.Regle), details.Select(e => e.GetAttribute("data-regle")));
        Assert.All(details, e => Assert.True(e.HasAttribute("open")));
        Assert.All(details, e => Assert.Equal("SUMMARY", e.FirstElementChild!.TagName));
        Assert.Equal(d.AApprecier.Select(id => Contenu.RegleEtTitre(d, id)), doc.QuerySelectorAll("#a-apprecier li").Select(li => li.TextContent));
        Assert.Equal(d.Questions.Select(q => q.Champ), doc.QuerySelectorAll("#questions li").Select(li => li.TextContent.Split(' ')[0]));
        Assert.Equal(d.SousReserve is null ? 0 : 1, doc.QuerySelectorAll("#sous-reserve").Length);
        if (d.Bareme is { } b)
        {
            Assert.Contains(b.Libelle, doc.GetElementById("bareme")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Noms))]
    public void Ecrire_Example_SelfContainedAndWellNested(string nom)
    {
        var d = Exemples.Decision(nom);

        var (doc, parser, html) = Parser(d);

        Assert.Empty(doc.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.All(doc.All, e => Assert.False(e.HasAttribute("src") || e.HasAttribute("href"), e.TagName));
        Assert.DoesNotContain("http", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        // Strict mode throws on a parse error (a misnested or unclosed element); every section and visible rule is there.
        Assert.Equal(d.Arbre.Enfants.Count + d.Arbre.Enfants.Sum(Visibles), doc.QuerySelectorAll("#arbre details.section, #arbre li[data-regle]").Length);
        Assert.NotNull(parser);
    }

    private static int Visibles(DecisionNode n) => n.Enfants.Where(e => e.Resultat != Resultat.NotApplicable).Sum(e => 1 + Visibles(e));

    [Fact]
    public void Ecrire_NamesWithMarkup_EscapedNeverInterpreted()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "01-acquisition-46-segur.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["editeur"]!["nom"] = "<script>alert('x')</script> & \"Cie\"";
        node["editeur"]!["<script>alert(1)</script>"] = "<img src=http://exemple.invalid/x.png>";
        var r = new EsmsEvaluator().EvaluateJson(node.ToJsonString());
        Assert.True(r.IsValid, string.Join("; ", r.Errors));
        Assert.NotEmpty(r.Decision!.Avertissements);

        var html = Page(r.Decision!, new OptionsRendu(Complet: true));
        var doc = new HtmlParser().ParseDocument(html);

        Assert.Empty(doc.QuerySelectorAll("script, img"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("$.editeur['<script>alert(1)</script>']", doc.GetElementById("avertissements")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Whatever a dossier's unknown field is called, the page shows its name as text and holds no element the
    /// name would have written.</summary>
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public FsCheck.Property Ecrire_AnyUnknownFieldName_ShownAsTextNeverAsMarkup()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "01-acquisition-46-segur.json"));
        var caracteres = FsCheck.Fluent.Gen.Elements('<', '>', '&', '"', '\'', '/', '=', 's', 'c', 'r', 'i', 'p', 't', ' ', 'é', 'x');
        var noms = FsCheck.Fluent.Gen.Select(FsCheck.Fluent.Gen.NonEmptyListOf(caracteres), l => "<" + new string(l.ToArray()));
        return FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(noms), nom =>
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
            node["editeur"]![nom] = nom;
            var d = new EsmsEvaluator().EvaluateJson(node.ToJsonString()).Decision!;
            var doc = new HtmlParser().ParseDocument(Page(d));
            var texte = doc.GetElementById("avertissements")?.TextContent ?? string.Empty;
            return doc.QuerySelectorAll("script, img, iframe").Length == 0
                && doc.Body!.QuerySelectorAll("*").All(e => e.LocalName is "main" or "h1" or "h2" or "h3" or "section" or "p" or "dl" or "dt" or "dd" or "table"
                    or "thead" or "tbody" or "tr" or "th" or "td" or "ul" or "ol" or "li" or "details" or "summary" or "span" or "strong")
                && d.Avertissements.All(a => texte.Contains(a.Chemin + " : " + a.Message, StringComparison.Ordinal));
        });
    }

    /// <summary>The nesting check above can fail: the strict parser refuses a misnested page.</summary>
    [Fact]
    public void StrictParser_MisnestedPage_Throws()
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });

        Assert.Throws<AngleSharp.Html.Parser.HtmlParseException>(() => parser.ParseDocument("<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head><body><ul><li><p>a</li></p></ul></body></html>"));
    }

    [Fact]
    public void E_MarkupCharacters_Escaped()
    {
        Assert.Equal("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; é", RenduHtml.E("<b> & \"x\" 'y' é"));
    }
}
