using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Format;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary><c>docs/format-decision.md</c> describes every field the library writes in a decision, its errors and an
/// NDJSON line, and every value of its enumerations: a field added to the writer without its description fails here.</summary>
public class DecisionFormatDocumentationTests
{
    private static readonly string Doc = File.ReadAllText(
        Path.GetFullPath(Path.Combine(Snapshot.ProjectDirectory(string.Empty), "..", "..", "docs", "format-decision.md")));

    /// <summary>Every property name of <paramref name="noeud"/> and its descendants, but not the names that are data:
    /// the barème's parameter names under <c>valeurs</c>, their values, and the errors' <c>arguments</c>.</summary>
    private static void Noms(JsonNode? noeud, HashSet<string> noms)
    {
        switch (noeud)
        {
            case JsonObject o:
                foreach (var (nom, valeur) in o)
                {
                    noms.Add(nom);
                    switch (nom)
                    {
                        case "valeurs":
                            foreach (var (_, parametre) in valeur!.AsObject())
                            {
                                foreach (var (champ, _) in parametre!.AsObject())
                                {
                                    noms.Add(champ);
                                }
                            }

                            break;
                        case "arguments":
                            break;
                        default:
                            Noms(valeur, noms);
                            break;
                    }
                }

                break;
            case JsonArray a:
                foreach (var element in a)
                {
                    Noms(element, noms);
                }

                break;
        }
    }

    [Fact]
    public void Doc_EveryFieldTheWriterWrites_Described()
    {
        var noms = new HashSet<string>(StringComparer.Ordinal);
        var dossiers = DossierMutations.Exemples.Select(File.ReadAllText).Append(FormatDossier.Modele());
        foreach (var json in dossiers)
        {
            var r = EsmsEvaluator.Default.EvaluateJson(json);
            Noms(JsonNode.Parse(r.IsValid ? DecisionJsonWriter.Serialize(r.Decision!) : DecisionJsonWriter.SerializeErrors(r.Errors)), noms);
        }

        var sortie = new StringWriter();
        EsmsRules.Cli.Program.Run(new[] { "evaluate", "--ndjson" }, new StringReader(JsonNode.Parse(FormatDossier.Modele())!.ToJsonString() + "\n{}\n"), sortie, new StringWriter());
        foreach (var ligne in sortie.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Noms(JsonNode.Parse(ligne), noms);
        }

        Assert.Contains("secondVersement", noms);
        Assert.Contains("essmsSousCible", noms);
        Assert.Contains("entrees", noms);
        Assert.Contains("arguments", noms);
        Assert.Contains("ligne", noms);
        Assert.All(noms, nom => Assert.Contains("`" + nom + "`", Doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Doc_EveryValueOfTheDecisionsEnumerations_Described()
    {
        var valeurs = Enum.GetValues<Resultat>().Select(Wire.Resultat)
            .Concat(Enum.GetValues<Orientation>().Select(Wire.Orientation))
            .Concat(Enum.GetValues<ProcedureAchat>().Select(Wire.Procedure))
            .Concat(Enum.GetValues<Instructeur>().Select(i => i.ToString()))
            .Concat(new[] { "campagne", "dateDepot", "parDefaut", "options", "segur", "sad" })
            .Concat(new[] { AvertissementCodes.ChampInconnu, AvertissementCodes.FinessInconnu });

        Assert.All(valeurs, v => Assert.Contains("`" + v + "`", Doc, StringComparison.Ordinal));
        Assert.Equal(4, Enum.GetValues<MotifSelection>().Length);
    }

    [Fact]
    public void Doc_CitesOnlyPublicTextsAndShippedPages()
    {
        Assert.DoesNotContain("CONTRACT", Doc, StringComparison.Ordinal);
        Assert.DoesNotContain("RULES.md", Doc, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", Doc, StringComparison.OrdinalIgnoreCase);
        foreach (var page in new[] { "format-dossier.md", "regles.md", "baremes.md" })
        {
            Assert.Contains("(" + page + ")", Doc, StringComparison.Ordinal);
        }
    }
}
