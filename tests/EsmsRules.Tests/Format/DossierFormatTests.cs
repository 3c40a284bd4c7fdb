using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EsmsRules.Engine;
using EsmsRules.Format;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Json.Schema;
using Xunit;

namespace EsmsRules.Tests.Format;

/// <summary>The one description of the dossier format, and the JSON Schema and documentation derived from it.</summary>
public class DossierFormatTests
{
    private static readonly Lazy<JsonSchema> Souple = new(() => JsonSchema.FromText(DossierFormatExport.Schema(strict: false)));

    private static readonly Lazy<JsonSchema> Strict = new(() => JsonSchema.FromText(DossierFormatExport.Schema(strict: true)));

    private static bool Valide(JsonSchema schema, string json) =>
        schema.Evaluate(JsonNode.Parse(json), new Json.Schema.EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    private static string[] Exemples() => DossierMutations.Exemples
        .Append(Path.Combine(AppContext.BaseDirectory, "Serialization", "Donnees", "22-champ-mal-orthographie.json"))
        .ToArray();

    [Fact]
    public void Schema_EveryValidExample_Accepted()
    {
        var valides = 0;
        foreach (var fichier in Exemples())
        {
            var json = File.ReadAllText(fichier);
            var lu = DossierJsonReader.Read(json);
            if (!lu.IsValid)
            {
                continue;
            }

            valides++;
            Assert.True(Valide(Souple.Value, json), Path.GetFileName(fichier));
            Assert.Equal(lu.Avertissements.Count == 0, Valide(Strict.Value, json));
        }

        Assert.True(valides >= 16, valides.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("typeProjet", "\"achat\"")]
    [InlineData("typeProjet", "null")]
    [InlineData("dureePrevueMois", "121")]
    [InlineData("dureePrevueMois", "-1")]
    [InlineData("dureePrevueMois", "18.5")]
    [InlineData("dureePrevueMois", "\"18\"")]
    [InlineData("depensesRealisees", "1.001")]
    [InlineData("depensesRealisees", "1000000000.01")]
    [InlineData("dateDepot", "\"1/6/2022\"")]
    [InlineData("campagne", "true")]
    [InlineData("porteur", "3")]
    [InlineData("organismesGestionnaires", "null")]
    public void Schema_ValueTheReaderRefuses_Refused(string champ, string valeur)
    {
        var json = JsonNode.Parse(File.ReadAllText(DossierMutations.Exemples[0]))!.AsObject();
        json[champ] = JsonNode.Parse(valeur);
        Assert.False(DossierJsonReader.Read(json.ToJsonString()).IsValid);
        Assert.False(Valide(Souple.Value, json.ToJsonString()));
    }

    [Theory]
    [InlineData("\"500\"", true)]
    [InlineData("500", true)]
    [InlineData("\"050\"", false)]
    [InlineData("99", false)]
    [InlineData("1000", false)]
    public void Schema_CategorieFiness_AsTheReader(string valeur, bool accepte)
    {
        var json = JsonNode.Parse(File.ReadAllText(DossierMutations.Exemples[0]))!.AsObject();
        json["organismesGestionnaires"]![0]!["essms"]![0]!["categorieFiness"] = JsonNode.Parse(valeur);
        Assert.Equal(accepte, DossierJsonReader.Read(json.ToJsonString()).IsValid);
        Assert.Equal(accepte, Valide(Souple.Value, json.ToJsonString()));
    }

    [Fact]
    public void Schema_UnknownField_RefusedOnlyByTheStrictSchema()
    {
        var json = JsonNode.Parse(File.ReadAllText(DossierMutations.Exemples[0]))!.AsObject();
        json["editeur"]!["devi"] = 1;
        Assert.True(Valide(Souple.Value, json.ToJsonString()));
        Assert.False(Valide(Strict.Value, json.ToJsonString()));
    }

    [Fact]
    public void Documentation_EveryObjectAndField_Documented()
    {
        var doc = DossierFormatExport.Documentation();
        foreach (var objet in DossierFormat.Objets)
        {
            Assert.Contains("## " + objet.Titre + " (`" + objet.Nom + "`)", doc, StringComparison.Ordinal);
            foreach (var p in objet.Proprietes)
            {
                Assert.Contains("| `" + p.Nom + "` | ", doc, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Nom);
                Assert.DoesNotContain("\n", p.Description, StringComparison.Ordinal);
            }
        }

        Assert.Contains("| ESSMS par dossier (et entrées de chaque liste) | 100\u202f000 |", doc, StringComparison.Ordinal);
        Assert.DoesNotContain("RULES.md", doc, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRACT.md", doc, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", doc, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Description_ExamplesOfEveryField_ReadByTheReaderAsValid()
    {
        // Each field's example, put in a valid dossier at its place, is accepted: the examples of the documentation
        // are values the reader takes.
        var baseJson = File.ReadAllText(DossierMutations.Exemples[0]);
        foreach (var p in DossierFormat.ObjetDossier.Proprietes.Where(p => p.Exemple is not null))
        {
            var json = JsonNode.Parse(baseJson)!.AsObject();
            json[p.Nom] = JsonNode.Parse(p.Exemple!);
            var r = DossierJsonReader.Read(json.ToJsonString());
            Assert.True(r.IsValid, p.Nom + ": " + string.Join("; ", r.Errors));
        }

        foreach (var p in DossierFormat.ObjetEssms.Proprietes.Where(p => p.Exemple is not null && p.Nom != "finessGeographique"))
        {
            var json = JsonNode.Parse(baseJson)!.AsObject();
            json["organismesGestionnaires"]![0]!["essms"]![0]![p.Nom] = JsonNode.Parse(p.Exemple!);
            var r = DossierJsonReader.Read(json.ToJsonString());
            Assert.True(r.IsValid, p.Nom + ": " + string.Join("; ", r.Errors));
        }
    }

    [Fact]
    public void Markdown_ComparedToDocsFormatDossierMd_IsTheSame()
    {
        Snapshot.VerifyDoc("format-dossier.md", FormatDossier.ToMarkdown());
    }

    [Fact]
    public void Markdown_EveryFieldWithTypeRequiredAndExample_AndTheTemplate()
    {
        var doc = FormatDossier.ToMarkdown();

        Assert.Equal(DossierFormatExport.Documentation(), doc);
        Assert.Contains("| `typeProjet` | l'une des valeurs `acquisition` (", doc, StringComparison.Ordinal);
        Assert.Contains("| `dureePrevueMois` | entier de 0 à 120 (", doc, StringComparison.Ordinal);
        Assert.Contains("| `finessJuridique` | numéro FINESS : chaîne de 9 chiffres ou lettres, clé de Luhn vérifiée si tout en chiffres | oui |", doc, StringComparison.Ordinal);
        Assert.Contains("## Exemple complet", doc, StringComparison.Ordinal);
        Assert.Contains("esms-rules schema", doc, StringComparison.Ordinal);
        Assert.EndsWith("```json\n" + FormatDossier.Modele() + "```\n", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_NamesUniqueInEachObject()
    {
        foreach (var objet in DossierFormat.Objets)
        {
            Assert.Equal(objet.Proprietes.Count, objet.Proprietes.Select(p => p.Nom).Distinct(StringComparer.Ordinal).Count());
        }
    }
}
