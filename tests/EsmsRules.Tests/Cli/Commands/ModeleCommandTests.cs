using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using EsmsRules.Cli;
using EsmsRules.Format;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Cli.Commands;

/// <summary><c>esms-rules modele</c>: a template dossier that fills in every field of the format and that the tool
/// evaluates as it is.</summary>
public class ModeleCommandTests
{
    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = Program.Run(args, new StringReader(stdin), o, e);
        return (exit, o.ToString(), e.ToString());
    }

    [Fact]
    public void Modele_ItsOutput_EvaluatesToADecisionThroughTheCommandLine()
    {
        var (exit, modele, err) = Run(string.Empty, "modele");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);

        var fichier = Path.Combine(Path.GetTempPath(), "esms-modele-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(fichier, modele, new UTF8Encoding(false));
        try
        {
            var (exitEvaluate, decision, errEvaluate) = Run(string.Empty, "evaluate", fichier, "--json", "--strict");
            Assert.Equal(string.Empty, errEvaluate);
            Assert.Equal(0, exitEvaluate);
            var d = JsonNode.Parse(decision)!;
            Assert.True((bool?)d["recevable"]);
            Assert.Empty(d["avertissements"]!.AsArray());
            Assert.Equal("regional", (string?)d["orientation"]);
        }
        finally
        {
            File.Delete(fichier);
        }

        // And from standard input, as « esms-rules modele | esms-rules evaluate - » would.
        Assert.Equal(0, Run(modele, "evaluate", "-").Exit);
    }

    [Fact]
    public void Modele_EveryFieldOfEveryObjectOfTheFormat_FilledIn()
    {
        var modele = JsonNode.Parse(FormatDossier.Modele())!;
        var vus = new Dictionary<ObjetFormat, HashSet<string>>();
        Parcourir(modele, DossierFormat.ObjetDossier, vus);

        foreach (var objet in DossierFormat.Objets)
        {
            Assert.True(vus.ContainsKey(objet), objet.Nom);
            foreach (var p in objet.Proprietes)
            {
                Assert.True(vus[objet].Contains(p.Nom), objet.Nom + "." + p.Nom);
            }
        }

        var lu = DossierJsonReader.Read(FormatDossier.Modele(), new DossierReadOptions { Strict = true });
        Assert.True(lu.IsValid, string.Join("; ", lu.Errors));
    }

    [Fact]
    public void Modele_Output_IsTheTemplateOfTheFormatDocumentation()
    {
        var (_, modele, _) = Run(string.Empty, "modele");

        Assert.Equal(FormatDossier.Modele(), modele);
        Assert.Contains("```json\n" + modele + "```\n", FormatDossier.ToMarkdown(), StringComparison.Ordinal);
    }

    private static void Parcourir(JsonNode noeud, ObjetFormat objet, Dictionary<ObjetFormat, HashSet<string>> vus)
    {
        if (!vus.TryGetValue(objet, out var champs))
        {
            vus[objet] = champs = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var (nom, valeur) in noeud.AsObject())
        {
            champs.Add(nom);
            var p = objet.Proprietes[objet.Indice(nom)];
            if (p.Type == TypeValeur.Objet && valeur is not null)
            {
                Parcourir(valeur, p.Objet!, vus);
            }
            else if (p.Type == TypeValeur.ListeObjets && valeur is not null)
            {
                foreach (var element in valeur.AsArray())
                {
                    Parcourir(element!, p.Objet!, vus);
                }
            }
        }
    }
}
