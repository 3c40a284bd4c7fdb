using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>
/// The reader on thousands of mutated dossiers (removed fields, wrong types, nulls, unknown, duplicated and escaped
/// property names, bad dates and numbers, truncated or trailing text): its three entries (text, UTF-8 bytes, a parsed
/// <see cref="JsonElement"/>) give the same result — the same dossier, or the same problems in the same order —, it is
/// malformed exactly when <see cref="JsonDocument"/> says so, and it never throws. (Before the reader became one pass
/// driven by the description of the format, these tests held its fast path to its tolerant walk.)
/// </summary>
public class DossierJsonReaderMutationTests
{
    /// <summary>Every field of the contract, with measures and SONS orders.</summary>
    private const string Complet = """
        {
          "campagne": "2022", "dateDepot": "2022-06-01", "typeProjet": "acquisition",
          "representativiteNationale": false, "maitriseOuvrageMature": true, "dureePrevueMois": 18,
          "porteur": { "finessJuridique": "310000013", "champ": "PA", "soumisCodeCommandePublique": false, "marcheEnCoursMemeObjet": null },
          "editeur": { "nom": "Éditeur \"X\"", "referenceSegur": true, "referenceSad": false, "devis": 250000.50 },
          "organismesGestionnaires": [
            { "finessJuridique": "310000013", "nom": "OG A", "nombreEssmsFiness": 8, "autodiagnosticFourni": true, "inconnu": { "a": [1, { "b": null }] },
              "essms": [
                { "finessGeographique": "310000021", "champ": "PA", "territoire": null, "relevantL312_1": true,
                  "financementEsmsNumeriqueAnterieur": false, "commandeSonsAutreLogiciel": false, "activitesConfort": false,
                  "rattacheEntiteNationale": false, "accordEntiteNationale": null, "categorieFiness": "500", "equipeDui": true, "nom": "E1" },
                { "finessGeographique": "310000039", "champ": "DOM", "territoire": "corse" }
              ] },
            { "finessJuridique": "2a0000012", "essms": [ { "finessGeographique": "310000047", "champ": "PH", "territoire": "outreMer" } ] }
          ],
          "mesures": [
            { "finessGeographique": "310000021", "personnesAccompagnees": 100, "personnesEligiblesProjetAccueil": 80, "messagesMss": 12,
              "dmpAlimentes": 40, "dossiersActifs": 90, "dossiersActifsAvecProjetPersonnalise": 70, "dossiersActifsAvecEvenement": 0 }
          ],
          "depensesRealisees": 1000.1,
          "commandesSons": [
            { "finessJuridique": "310000013", "dateCommande": "2023-03-31", "couloir": "MS2", "finessGeographiques": ["310000021", "310000039"],
              "dateDemandeSolde": "2024-02-29", "sousConditionReferencement": true, "dateDossierReferencement": null }
          ]
        }
        """;

    private static readonly JsonNode?[] Valeurs =
    {
        null, true, false, 0, -1, 1.5, 2147483648L, 18, 2022, "", "x", "PA", "PH", "pa", "corse", "MS1", "MS4", "acquisition",
        "miseEnConformite", "2022-02-30", "2022-02-28", "2024-02-29", "0000-01-01", "2022-6-1", "2022-06-01T00:00", "310000013",
        "310000014", "31000001a", "2A0000012", "123", "12a", "Éé", "2023", "2099",
        JsonNode.Parse("{}"), JsonNode.Parse("[]"), JsonNode.Parse("""{"a":[1,{"b":null}]}"""), JsonNode.Parse("""["310000013"]"""),
        JsonNode.Parse("[null]"), JsonNode.Parse("1e2"), JsonNode.Parse("1E+400"), JsonNode.Parse("2022.0"), JsonNode.Parse("250000.505"),
        JsonNode.Parse("0.10"), JsonNode.Parse("-0"), JsonNode.Parse("1e-2"), JsonNode.Parse("99999999999999999999"),
    };

    [Fact]
    public void TryRead_EachFieldRemovedOrReplacedByEachValue_SameResultByEveryEntry()
    {
        var count = 0;
        var places = new List<(JsonNode, string?, int)>();
        Collecter(JsonNode.Parse(Complet)!, places);
        for (var p = 0; p < places.Count; p++)
        {
            for (var v = -1; v < Valeurs.Length; v++)
            {
                // The same place in a fresh copy: its p-th place.
                var root = JsonNode.Parse(Complet)!;
                var copie = new List<(JsonNode Parent, string? Name, int Index)>();
                Collecter(root, copie);
                var (parent, name, index) = copie[p];
                if (v < 0 && name is not null)
                {
                    ((JsonObject)parent).Remove(name);
                }
                else if (v < 0)
                {
                    ((JsonArray)parent).RemoveAt(index);
                }
                else if (name is not null)
                {
                    parent[name] = Valeurs[v]?.DeepClone();
                }
                else
                {
                    parent[index] = Valeurs[v]?.DeepClone();
                }

                Comparer(root.ToJsonString());
                count++;
            }
        }

        Assert.True(count > 3000);
    }

    [Fact]
    public void TryRead_MutatedDossiers_SameResultByEveryEntry()
    {
        var rnd = new Random(20261122);
        var fastAccepted = 0;
        for (var i = 0; i < 4000; i++)
        {
            var root = JsonNode.Parse(Complet)!;
            for (var k = rnd.Next(0, 4); k > 0; k--)
            {
                Muter(root, rnd);
            }

            var json = rnd.Next(3) == 0 ? MuterTexte(root.ToJsonString(), rnd) : root.ToJsonString(new JsonSerializerOptions { WriteIndented = rnd.Next(2) == 0 });
            fastAccepted += Comparer(json).StartsWith("valide", StringComparison.Ordinal) ? 1 : 0;
        }

        // The mutations keep enough dossiers valid for the comparison to cover both outcomes.
        Assert.InRange(fastAccepted, 200, 3800);
    }

    [Theory]
    [InlineData("""{"campagne":"2022","campagne":{}}""")]
    [InlineData("""{"typeProjet":"x","typeProjet":"acquisition"}""")]
    [InlineData("""{"\u0074ypeProjet":"acquisition"}""")]
    [InlineData("""{"typeProjet":"\u0061cquisition"}""")]
    [InlineData("""{"dateDepot":"2022\u002d06-01"}""")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("{} {}")]
    [InlineData("{\"a\":1} x")]
    public void TryRead_EdgeCases_SameResultByEveryEntry(string debut)
    {
        var complet = debut.StartsWith('{') && debut.EndsWith('}') && !debut.Contains("} ", StringComparison.Ordinal)
            ? Complet.TrimEnd().TrimEnd('}') + "," + debut.Substring(1)
            : debut;
        var attendu = ParLaMarche(complet);
        Assert.Equal(attendu, Decrire(DossierJsonReader.TryRead(Encoding.UTF8.GetBytes(complet), out var d, out var e), d, e));
        Assert.Equal(attendu, Decrire(DossierJsonReader.TryRead(complet, out d, out e), d, e));
    }

    /// <summary>The text and bytes entries against the <see cref="JsonElement"/> one; returns its result.</summary>
    private static string Comparer(string json)
    {
        var attendu = ParLaMarche(json);
        Assert.True(attendu == Decrire(DossierJsonReader.TryRead(Encoding.UTF8.GetBytes(json), out var d1, out var e1), d1, e1), json);
        Assert.True(attendu == Decrire(DossierJsonReader.TryRead(json, out var d2, out var e2), d2, e2), json);
        return attendu;
    }

    private static string ParLaMarche(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1000 });
        }
        catch (JsonException)
        {
            // The reader's own message (line and position) is checked by DossierJsonReaderTests.
            return "malformedJson";
        }

        using (doc)
        {
            return Decrire(DossierJsonReader.TryRead(doc.RootElement, out var d, out var e), d, e);
        }
    }

    private static string Decrire(bool valide, object? dossier, IReadOnlyList<InputError> errors)
    {
        if (errors.Count == 1 && errors[0].Code == InputErrorCodes.MalformedJson)
        {
            return "malformedJson";
        }

        var sb = new StringBuilder(valide ? "valide " : "invalide ");
        foreach (var e in errors)
        {
            sb.Append(e.Code).Append(' ').Append(e.Chemin).Append(' ').Append(e.Message);
            foreach (var a in e.Arguments)
            {
                sb.Append(' ').Append(a.Key).Append('=').Append(a.Value);
            }

            sb.Append('\n');
        }

        Dump(sb, dossier);
        return sb.ToString();
    }

    /// <summary>Every public property, recursively (records compare lists by reference).</summary>
    private static void Dump(StringBuilder sb, object? o)
    {
        switch (o)
        {
            case null:
                sb.Append("null");
                return;
            case string or bool or int or long or decimal or Enum or NodaTime.LocalDate or EsmsRules.Identifiers.Finess:
                sb.Append(Convert.ToString(o, CultureInfo.InvariantCulture)).Append('|').Append(o.GetType().Name);
                return;
            case IEnumerable items:
                sb.Append('[');
                foreach (var item in items)
                {
                    Dump(sb, item);
                    sb.Append(',');
                }

                sb.Append(']');
                return;
        }

        sb.Append('{');
        foreach (var p in o.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            sb.Append(p.Name).Append('=');
            Dump(sb, p.GetValue(o));
            sb.Append(';');
        }

        sb.Append('}');
    }

    private static void Muter(JsonNode root, Random rnd)
    {
        var places = new List<(JsonNode Parent, string? Name, int Index)>();
        Collecter(root, places);
        var (parent, name, index) = places[rnd.Next(places.Count)];
        var valeur = Valeurs[rnd.Next(Valeurs.Length)]?.DeepClone();
        switch (rnd.Next(4))
        {
            case 0 when name is not null:
                ((JsonObject)parent).Remove(name);
                break;
            case 0:
                ((JsonArray)parent).RemoveAt(index);
                break;
            case 1 when name is not null:
                ((JsonObject)parent)["inconnu" + rnd.Next(3).ToString(CultureInfo.InvariantCulture)] = valeur;
                break;
            default:
                if (name is not null)
                {
                    parent[name] = valeur;
                }
                else
                {
                    parent[index] = valeur;
                }

                break;
        }
    }

    private static void Collecter(JsonNode node, List<(JsonNode, string?, int)> places)
    {
        if (node is JsonObject o)
        {
            foreach (var (name, child) in o.ToList())
            {
                places.Add((o, name, 0));
                if (child is not null)
                {
                    Collecter(child, places);
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                places.Add((a, null, i));
                if (a[i] is { } child)
                {
                    Collecter(child, places);
                }
            }
        }
    }

    /// <summary>What JsonNode cannot write: duplicated and escaped names, escaped values, malformed text.</summary>
    private static string MuterTexte(string json, Random rnd)
    {
        var noms = new List<int>();
        for (var i = json.IndexOf("\":", StringComparison.Ordinal); i >= 0; i = json.IndexOf("\":", i + 1, StringComparison.Ordinal))
        {
            noms.Add(json.LastIndexOf('"', i - 1));
        }

        var debut = noms[rnd.Next(noms.Count)];
        var nom = json.Substring(debut, json.IndexOf("\":", debut, StringComparison.Ordinal) + 2 - debut);
        switch (rnd.Next(6))
        {
            case 0: // the same property twice, the first with another value
                return json.Insert(debut, nom + (Valeurs[rnd.Next(Valeurs.Length)]?.ToJsonString() ?? "null") + ",");
            case 1: // the same property twice, the first with the same value
                var fin = json.IndexOfAny(new[] { ',', '}' }, debut + nom.Length);
                return json.Insert(debut, json.Substring(debut, fin - debut) + ",");
            case 2: // an escaped name
                return json.Substring(0, debut + 1) + "\\u" + ((int)json[debut + 1]).ToString("x4", CultureInfo.InvariantCulture) + json.Substring(debut + 2);
            case 3: // an escaped value
                var v = json.IndexOf('"', debut + nom.Length);
                return v < 0 || json[v + 1] == '"' ? json : json.Substring(0, v + 1) + "\\u" + ((int)json[v + 1]).ToString("x4", CultureInfo.InvariantCulture) + json.Substring(v + 2);
            case 4: // truncated
                return json.Substring(0, rnd.Next(json.Length));
            default: // trailing text
                return json + (rnd.Next(2) == 0 ? " x" : "\n {}");
        }
    }
}
