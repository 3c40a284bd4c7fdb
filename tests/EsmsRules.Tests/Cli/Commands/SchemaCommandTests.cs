using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EsmsRules.Cli;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Json.Schema;
using Xunit;

namespace EsmsRules.Tests.Cli.Commands;

/// <summary><c>esms-rules schema</c>: the JSON Schema a user gets from the tool, checked with JsonSchema.Net against
/// every valid example of the suite and against the structural errors the reader refuses.</summary>
public class SchemaCommandTests
{
    private static readonly Lazy<JsonSchema> Souple = new(() => JsonSchema.FromText(Sortie("schema")));

    private static readonly Lazy<JsonSchema> Strict = new(() => JsonSchema.FromText(Sortie("schema", "--strict")));

    private static string Sortie(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        Assert.Equal(0, Program.Run(args, TextReader.Null, o, e));
        Assert.Equal(string.Empty, e.ToString());
        return o.ToString();
    }

    private static bool Valide(JsonSchema schema, string json) =>
        schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    [Fact]
    public void Schema_NoOption_IsADraft202012SchemaOfTheDossier()
    {
        var schema = JsonNode.Parse(Sortie("schema"))!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("#/$defs/dossier", (string?)schema["$ref"]);
        Assert.Equal(EsmsRules.Format.FormatDossier.JsonSchema() + Environment.NewLine, Sortie("schema"));
    }

    [Fact]
    public void Schema_EveryValidExampleOfTheSuite_Accepted()
    {
        var valides = 0;
        foreach (var fichier in DossierMutations.Exemples)
        {
            var json = File.ReadAllText(fichier);
            if (!DossierJsonReader.Read(json).IsValid)
            {
                continue;
            }

            valides++;
            Assert.True(Valide(Souple.Value, json), Path.GetFileName(fichier));
        }

        Assert.True(valides >= 20, valides.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Example 16 is invalid for what a schema cannot say (an ESSMS listed twice, a FINESS check key): the
    /// schema's description and the format documentation say the reader checks these beyond it.</summary>
    [Fact]
    public void Schema_DuplicateEssmsAndWrongCheckKey_LeftToTheReader()
    {
        var json = File.ReadAllText(DossierMutations.Exemples.Single(f => f.EndsWith("16-invalide.json", StringComparison.Ordinal)));

        Assert.False(DossierJsonReader.Read(json).IsValid);
        Assert.True(Valide(Souple.Value, json));
        Assert.Contains("clé de Luhn", EsmsRules.Format.FormatDossier.ToMarkdown(), StringComparison.Ordinal);
    }

    /// <summary>Structural errors, each put into the template dossier (which fills in every field): the reader refuses
    /// them, and so does the schema.</summary>
    [Theory]
    [InlineData("manque typeProjet", "$", "typeProjet", null)]
    [InlineData("manque porteur", "$", "porteur", null)]
    [InlineData("manque finessJuridique du porteur", "$.porteur", "finessJuridique", null)]
    [InlineData("manque champ d'un ESSMS", "$.organismesGestionnaires[0].essms[0]", "champ", null)]
    [InlineData("manque compteur d'une mesure", "$.mesures[0]", "messagesMss", null)]
    [InlineData("manque couloir d'une commande", "$.commandesSons[0]", "couloir", null)]
    [InlineData("valeur inconnue de typeProjet", "$", "typeProjet", "\"achat\"")]
    [InlineData("valeur inconnue de champ", "$.organismesGestionnaires[0].essms[0]", "champ", "\"EHPAD\"")]
    [InlineData("valeur inconnue de territoire", "$.organismesGestionnaires[0].essms[0]", "territoire", "\"guadeloupe\"")]
    [InlineData("valeur inconnue de couloir", "$.commandesSons[0]", "couloir", "\"MS4\"")]
    [InlineData("mauvais type : durée en chaîne", "$", "dureePrevueMois", "\"18\"")]
    [InlineData("mauvais type : booléen en chaîne", "$.editeur", "referenceSegur", "\"oui\"")]
    [InlineData("mauvais type : devis en chaîne", "$.editeur", "devis", "\"25000\"")]
    [InlineData("mauvais type : ESSMS en objet", "$.organismesGestionnaires[0]", "essms", "{}")]
    [InlineData("mauvais type : date en nombre", "$", "dateDepot", "20220601")]
    [InlineData("mauvais type : FINESS en nombre", "$.porteur", "finessJuridique", "310020011")]
    [InlineData("FINESS de 8 caractères", "$.porteur", "finessJuridique", "\"31002001\"")]
    [InlineData("FINESS de 10 caractères", "$.organismesGestionnaires[0].essms[0]", "finessGeographique", "\"3100200290\"")]
    [InlineData("FINESS de 8 caractères dans une commande", "$.commandesSons[0]", "finessGeographiques", "[\"31002002\"]")]
    [InlineData("compteur négatif", "$.mesures[0]", "dossiersActifs", "-1")]
    [InlineData("montant à 3 décimales", "$", "depensesRealisees", "1.001")]
    public void Schema_StructuralError_RefusedAsTheReaderRefusesIt(string cas, string objet, string champ, string? valeur)
    {
        var dossier = JsonNode.Parse(EsmsRules.Format.FormatDossier.Modele())!;
        var cible = Naviguer(dossier, objet).AsObject();
        Assert.True(cible.ContainsKey(champ), cas);
        if (valeur is null)
        {
            cible.Remove(champ);
        }
        else
        {
            cible[champ] = JsonNode.Parse(valeur);
        }

        var json = dossier.ToJsonString();
        Assert.False(DossierJsonReader.Read(json).IsValid, cas);
        Assert.False(Valide(Souple.Value, json), cas);
        Assert.False(Valide(Strict.Value, json), cas);
    }

    [Fact]
    public void Schema_Strict_RefusesAnUnknownFieldTheDefaultSchemaAdmits()
    {
        var dossier = JsonNode.Parse(EsmsRules.Format.FormatDossier.Modele())!;
        dossier["organismesGestionnaires"]![0]!["essms"]![0]!["categorie"] = "500";

        Assert.True(Valide(Souple.Value, dossier.ToJsonString()));
        Assert.False(Valide(Strict.Value, dossier.ToJsonString()));
    }

    [Fact]
    public void Schema_Help_SaysWhatTheReaderChecksBeyondIt()
    {
        var aide = Sortie("schema", "--help");

        Assert.Contains("draft 2020-12", aide, StringComparison.Ordinal);
        Assert.Contains("--strict", aide, StringComparison.Ordinal);
        Assert.Contains("clé des numéros FINESS", aide, StringComparison.Ordinal);
    }

    /// <summary>Follows a path of the form <c>$.a[0].b</c>.</summary>
    internal static JsonNode Naviguer(JsonNode racine, string chemin)
    {
        var noeud = racine;
        foreach (var pas in chemin.Split('.').Skip(1))
        {
            var crochet = pas.IndexOf('[', StringComparison.Ordinal);
            noeud = noeud[crochet < 0 ? pas : pas[..crochet]]!;
            if (crochet >= 0)
            {
                noeud = noeud[int.Parse(pas[(crochet + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
            }
        }

        return noeud;
    }
}
