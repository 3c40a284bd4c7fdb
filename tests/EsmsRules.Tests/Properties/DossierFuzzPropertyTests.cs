using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EsmsRules.Tests.Properties;

/// <summary>
/// Fuzzing over the contract's shapes (issue "Hostile input"): valid dossiers (the worked examples) mutated — wrong
/// types, huge or negative numbers, numbers that do not read back exactly, lone surrogates, unknown fields, missing
/// fields, deep nesting, truncated text — and evaluated as text and as bytes. Each gives either a decision whose figures
/// are sane, or a non-empty list of input errors; never an exception.
/// </summary>
public class DossierFuzzPropertyTests
{
    private static readonly string[] Bases = DossierMutations.Exemples
        .Select(File.ReadAllText)
        .Where(json => EsmsEvaluator.Default.EvaluateJson(json).IsValid)
        .ToArray();

    private static readonly EsmsEvaluator Evaluateur = new(new EvaluationOptions { Explications = false });

    private static readonly EsmsEvaluator Strict = new(new EvaluationOptions { Explications = false, Strict = true });

    /// <summary>Values put in place of a field: each type of the format, out of its bounds, or not exact.</summary>
    private static readonly string[] Valeurs =
    {
        "null", "true", "false", "0", "-1", "-0", "1.5", "18.0", "1e2", "1e-400", "1E+400", "1.0000000000000000000000000000001",
        "1000000000", "1000000001", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "123456789.123",
        "\"\"", "\"PA\"", "\"acquisition\"", "\"miseEnConformite\"", "\"MS2\"", "\"corse\"", "\"2022-02-29\"", "\"2024-02-29\"",
        "\"310000013\"", "\"310000014\"", "\"2A0000012\"", "\"500\"", "\"050\"", "500", "\"@S1@\"", "\"@S2@\"",
        "\"@S3@\"", "\"a\\nb\"", "\"\\u0000\"", "{}", "[]", "[null]", "{\"a\":[1,{\"b\":\"@S1@\"}]}", "\"2023\"", "2023",
    };

    /// <summary>Lone surrogates, which a <see cref="JsonNode"/> cannot hold: put in as markers, written as escapes.</summary>
    private static string Substituts(string json) => json
        .Replace("@S1@", "\\ud800", StringComparison.Ordinal)
        .Replace("@S2@", "\\udc00x", StringComparison.Ordinal)
        .Replace("@S3@", "\\ud800\\u0041", StringComparison.Ordinal);

    /// <summary>A mutated dossier's JSON text.</summary>
    private static Gen<string> Dossiers { get; } =
        from b in Gen.Choose(0, Bases.Length - 1)
        from n in Gen.Choose(1, 5)
        from ops in Gen.ListOf(Gen.Zip(Gen.Choose(0, 100_000), Gen.Zip(Gen.Choose(0, 9), Gen.Choose(0, 10_000))), n)
        from texte in Gen.Choose(0, 9)
        select Muter(Bases[b], ops, texte);

    /// <summary><see cref="Dossiers"/> as the Arbitrary provider of the property's <c>string</c>.</summary>
    public static class DossiersMutes
    {
        public static Arbitrary<string> Json() => Dossiers.ToArbitrary();
    }

    [Property(MaxTest = 3000, QuietOnSuccess = true, Replay = "20261129,1", Arbitrary = new[] { typeof(DossiersMutes) })]
    public void EvaluateJson_MutatedDossier_SaneDecisionOrErrors(string json)
    {
        Verifier(json, Evaluateur.EvaluateJson(json));
        Verifier(json, Evaluateur.EvaluateJson(Encoding.UTF8.GetBytes(json)));
        Verifier(json, Strict.EvaluateJson(json));
    }

    private static void Verifier(string json, EvaluationResult r)
    {
        if (!r.IsValid)
        {
            Xunit.Assert.True(r.Errors.Count > 0, json);
            Xunit.Assert.All(r.Errors, e => Xunit.Assert.True(e.Chemin.StartsWith('$') && e.Message.Length > 0 && !e.Message.Contains('\n'), e.ToString()));
            return;
        }

        var d = r.Decision!;
        var f = d.Financement;
        var montants = new List<decimal> { f.PartEssms, f.PartEditeur, f.Equipements, f.AmoaMarche, f.AmoaProjet, f.Total };
        montants.AddRange(f.ParOrganisme.SelectMany(o => new[] { o.PartEssms, o.PartEditeur, o.Equipements, o.Total }));
        montants.AddRange(d.Versements.Select(v => v.Montant));
        montants.AddRange(d.PrestationSegur.SelectMany(p => new[] { p.MontantParEssms, p.Total, p.Avance, p.Solde }));
        foreach (var m in montants)
        {
            Xunit.Assert.True(m >= 0 && Math.Round(m, 2) == m, $"{m.ToString(CultureInfo.InvariantCulture)} in {json}");
        }

        Xunit.Assert.Equal(f.Total, f.PartEssms + f.PartEditeur + f.Equipements + f.AmoaMarche + f.AmoaProjet);
        Xunit.Assert.Equal(f.PartEssms, f.ParOrganisme.Sum(o => o.PartEssms));
        Xunit.Assert.Equal(f.PartEditeur, f.ParOrganisme.Sum(o => o.PartEditeur));
        Xunit.Assert.Equal(f.Equipements, f.ParOrganisme.Sum(o => o.Equipements));
        Xunit.Assert.All(f.ParOrganisme, o => Xunit.Assert.Equal(o.Total, o.PartEssms + o.PartEditeur + o.Equipements));
        Xunit.Assert.Equal(f.Total, f.ParOrganisme.Sum(o => o.Total) + f.AmoaMarche + f.AmoaProjet);
        if (d.Versements.Count > 0)
        {
            Xunit.Assert.Equal(f.Total, d.Versements.Sum(v => v.Montant));
        }

        Xunit.Assert.All(d.PrestationSegur, p => Xunit.Assert.Equal(p.Total, p.Avance + p.Solde));
    }

    /// <summary>Applies (place, (operation, value)) pairs to <paramref name="json"/>; then, for
    /// <paramref name="texte"/> 0 to 2, a change only text can make (a lone surrogate in a name or a value, a deep
    /// nesting, a truncation).</summary>
    private static string Muter(string json, IEnumerable<(int Place, (int Operation, int Valeur) Quoi)> ops, int texte)
    {
        var racine = JsonNode.Parse(json)!;
        foreach (var (place, (operation, valeur)) in ops)
        {
            var places = new List<(JsonNode Parent, string? Nom, int Index)>();
            Collecter(racine, places);
            var (parent, nom, index) = places[place % places.Count];
            var v = JsonNode.Parse(Valeurs[valeur % Valeurs.Length]);
            switch (operation)
            {
                case 0 when nom is not null:
                    ((JsonObject)parent).Remove(nom);
                    break;
                case 1 when nom is not null:
                    ((JsonObject)parent)[nom.Length > 1 ? nom[..^1] : nom + "x"] = v; // a misspelt field
                    break;
                case 2 when nom is not null:
                    ((JsonObject)parent)["_inconnu" + (valeur % 3).ToString(CultureInfo.InvariantCulture)] = v;
                    break;
                case 3 when index >= 0 && parent is JsonArray a:
                    a.Add(a[index]?.DeepClone()); // an entry listed twice
                    break;
                default:
                    if (nom is not null)
                    {
                        parent[nom] = v;
                    }
                    else
                    {
                        parent[index] = v;
                    }

                    break;
            }
        }

        var s = Substituts(racine.ToJsonString());
        var at = s.Length / 2;
        return texte switch
        {
            0 => s.Insert(s.IndexOf('{', 1) + 1, "\"x\\ud800\":1,"),
            1 => s.Insert(s.IndexOf('{', 1) + 1, "\"profond\":" + new string('[', 70) + new string(']', 70) + ","),
            2 => s[..at],
            _ => s,
        };
    }

    private static void Collecter(JsonNode node, List<(JsonNode, string?, int)> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    places.Add((o, name, -1));
                    if (child is not null)
                    {
                        Collecter(child, places);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, null, i));
                    if (a[i] is { } child)
                    {
                        Collecter(child, places);
                    }
                }

                break;
        }
    }
}
