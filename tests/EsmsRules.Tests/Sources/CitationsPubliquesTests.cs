using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EsmsRules.Baremes;
using EsmsRules.Engine;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using EsmsRules.Sources;
using Xunit;

namespace EsmsRules.Tests.Sources;

/// <summary>
/// The package's users have neither the working files the library was written from (the five source texts by their
/// file numbers, the rule catalogue, the wire contract) nor their names: every text the library ships cites the public
/// documents themselves (<see cref="Documents"/>). These tests read every such text through the public API (barème
/// documents, rules, decisions of the bundled examples, the catalogue, the command line's help) and the XML
/// documentation shipped for IntelliSense, and fail on any mention of those files.
/// </summary>
public class CitationsPubliquesTests
{
    private static readonly Regex Interdit = new(@"seed ?0|seeds? \d|RULES\.md|CONTRACT\.md", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string ExamplesFolder = Path.Combine(AppContext.BaseDirectory, "Examples");

    /// <summary>Each line of <paramref name="texte"/> that cites a working file, prefixed with <paramref name="ou"/>.</summary>
    private static IEnumerable<string> Mentions(string ou, string? texte) => texte is null
        ? Enumerable.Empty<string>()
        : texte.Split('\n').Where(l => Interdit.IsMatch(l)).Select(l => ou + " : " + l.Trim());

    private static void AucuneMention(IEnumerable<string> mentions)
    {
        var liste = mentions.ToList();
        Assert.True(liste.Count == 0, liste.Count + " mention(s) of working files:\n" + string.Join("\n", liste));
    }

    [Theory]
    [InlineData("seeds 000, 001 §D, 002")]
    [InlineData("seed 004")]
    [InlineData("Seed 001 : « … »")]
    [InlineData("(seed004)")]
    [InlineData("RULES.md §10.13")]
    [InlineData("the dossier of CONTRACT.md")]
    public void Mentions_TextCitingAWorkingFile_IsFound(string texte)
    {
        Assert.Single(Mentions("test", texte));
    }

    [Theory]
    [InlineData("logigramme CNSA « ESMS relevant de l'article L 312-1 CASF » ; appel à projets §D")]
    [InlineData("partEditeurSegurReduitLecturePageCnsa")]
    [InlineData("le seuil de 15 ESSMS")]
    public void Mentions_PublicCitation_IsNotFound(string texte)
    {
        Assert.Empty(Mentions("test", texte));
    }

    public static IEnumerable<object[]> Baremes() =>
        Campagnes.Connues.Select(c => "campagne " + c).Append(Occitanie).Append(Code).Select(n => new object[] { n });

    private const string Occitanie = "calendrier Occitanie 2022";

    private const string Code = "new Bareme()";

    private static Bareme Bareme(string nom)
    {
        switch (nom)
        {
            case Occitanie:
                return CalendriersRegionaux.Occitanie2022;
            case Code:
                return new Bareme();
            default:
                Assert.True(Campagnes.TryGet(nom["campagne ".Length..], out var bareme));
                return bareme;
        }
    }

    [Theory]
    [MemberData(nameof(Baremes))]
    public void Bareme_EveryShippedBareme_CitesOnlyPublicTexts(string nom)
    {
        var bareme = Bareme(nom);
        var textes = new List<(string, string?)> { ("libelle", bareme.Libelle), ("source", bareme.Source) };
        textes.AddRange(bareme.Provenance.Select(p => ("provenance " + p.Key, (string?)p.Value.Source)));
        foreach (var (couloir, calendriers) in new[] { ("MS1", bareme.CalendriersSonsMs1), ("MS2", bareme.CalendriersSonsMs2), ("MS3", bareme.CalendriersSonsMs3) })
        {
            textes.AddRange((calendriers ?? Array.Empty<CalendrierSons>()).Select(c => ("calendrier SONS " + couloir + " " + c.DatePublication, (string?)c.Source)));
        }

        textes.Add(("BaremeJsonWriter", BaremeJsonWriter.Serialize(bareme)));

        AucuneMention(textes.SelectMany(t => Mentions(nom + ", " + t.Item1, t.Item2)));
    }

    [Fact]
    public void EmbeddedResources_EveryBaremeDocument_CitesOnlyPublicTextsInItsSourcesAndComments()
    {
        var ressources = new[] { typeof(Bareme).Assembly, typeof(EsmsRules.Cli.Program).Assembly }
            .SelectMany(a => a.GetManifestResourceNames().Select(n => (Assembly: a, Nom: n)))
            .Where(r => r.Nom.EndsWith(".json", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(ressources, r => r.Nom == "EsmsRules.Baremes.Campagnes.2022.json");
        Assert.Contains(ressources, r => r.Nom == "EsmsRules.Baremes.Calendriers.occitanie-2022.json");

        AucuneMention(ressources.SelectMany(r =>
        {
            using var flux = r.Assembly.GetManifestResourceStream(r.Nom)!;
            using var lecteur = new StreamReader(flux);
            return Mentions(r.Nom, lecteur.ReadToEnd()).ToList();
        }));
    }

    [Fact]
    public void Definitions_EveryRuleSectionAndDocument_CitesOnlyPublicTexts()
    {
        var definitions = new List<Definition>(Regles.Toutes);
        definitions.AddRange(JeuDeRegles.ParDefaut.Sections);
        definitions.Add(SyntheseDossier.Instance);
        Assert.Equal(58, Regles.Toutes.Count);

        var mentions = definitions.SelectMany(d =>
            Mentions(d.Id + " titre", d.Titre)
                .Concat(Mentions(d.Id + " source", d.Source))
                .Concat(d.References.SelectMany(r => Mentions(d.Id + " référence", r.Complete + "\n" + r.Abrege)))
                .Concat(d.Modeles.SelectMany(m => Mentions(d.Id + " modèle " + m.Motif, m.Texte))))
            .Concat(Documents.Tous.SelectMany(doc => Mentions("document " + doc.Code, doc.Titre + "\n" + doc.Abrege)));

        AucuneMention(mentions);
    }

    public static IEnumerable<object[]> Exemples() =>
        Directory.GetFiles(ExamplesFolder, "*.json")
            .Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal))
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) })
            .OrderBy(x => (string)x[0]);

    [Fact]
    public void Exemples_Folder_HoldsTheTwentyFourDossiers()
    {
        Assert.Equal(24, Exemples().Count());
    }

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Decision_EveryBundledExample_CitesOnlyPublicTextsInItsTreeAndValues(string nom)
    {
        var result = EsmsEvaluator.Default.EvaluateJson(File.ReadAllText(Path.Combine(ExamplesFolder, nom + ".json")));
        if (!result.IsValid)
        {
            AucuneMention(Mentions(nom + " erreurs", DecisionJsonWriter.SerializeErrors(result.Errors)));
            return;
        }

        var decision = result.Decision!;
        var mentions = decision.Arbre.DescendantsAndSelf().SelectMany(n =>
                Mentions(nom + " " + n.Regle + " titre", n.Titre)
                    .Concat(Mentions(nom + " " + n.Regle + " source", n.Source))
                    .Concat(Mentions(nom + " " + n.Regle + " explication", n.Explication)))
            .Concat(Mentions(nom + " JSON", DecisionJsonWriter.Serialize(decision)));

        AucuneMention(mentions);
    }

    [Fact]
    public void Markdown_RuleCatalogue_CitesOnlyPublicTexts()
    {
        AucuneMention(Mentions("docs/regles.md", CatalogueRegles.ToMarkdown()));
        AucuneMention(Mentions("docs/format-dossier.md", EsmsRules.Format.FormatDossier.ToMarkdown()));
        AucuneMention(Mentions("docs/baremes.md", DocumentationBaremes.Markdown()));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("evaluate", "--help")]
    [InlineData("regles", "--help")]
    [InlineData("evaluate")]
    [InlineData("evaluate", "--json")]
    [InlineData("schema")]
    [InlineData("schema", "--help")]
    [InlineData("modele")]
    [InlineData("modele", "--help")]
    public void Cli_HelpAndBundledExample_CiteOnlyPublicTexts(params string[] args)
    {
        var sortie = new StringWriter();
        var erreurs = new StringWriter();

        var exit = EsmsRules.Cli.Program.Run(args, TextReader.Null, sortie, erreurs);

        Assert.Equal(0, exit);
        Assert.NotEqual(string.Empty, sortie.ToString());
        AucuneMention(Mentions(string.Join(" ", args), sortie + "\n" + erreurs));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("evaluate", "--help")]
    [InlineData("regles", "--help")]
    public void Cli_Help_DoesNotReferToTheWireContractByName(params string[] args)
    {
        // "format du contrat" named the working file of the wire contract in words; the help describes the output.
        var sortie = new StringWriter();

        Assert.Equal(0, EsmsRules.Cli.Program.Run(args, TextReader.Null, sortie, new StringWriter()));

        Assert.DoesNotContain("contrat", sortie.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("EsmsRules.xml")]
    [InlineData("esms-rules.xml")]
    public void XmlDocumentation_ShippedWithTheAssembly_CitesOnlyPublicTexts(string fichier)
    {
        // The documentation files are built next to each assembly and copied with it into the test's output folder.
        var chemin = Path.Combine(AppContext.BaseDirectory, fichier);
        Assert.True(File.Exists(chemin), chemin + " is missing: GenerateDocumentationFile must stay on.");
        var texte = File.ReadAllText(chemin);
        Assert.Contains("<member name=\"T:EsmsRules.", texte, StringComparison.Ordinal);

        AucuneMention(Mentions(fichier, texte));
    }
}
