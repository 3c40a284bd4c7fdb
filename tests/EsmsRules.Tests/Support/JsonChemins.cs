using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace EsmsRules.Tests.Support;

/// <summary>Sets values at JSON paths of a dossier's JSON (<c>$.editeur.referenceSegur</c>,
/// <c>$.organismesGestionnaires[1]</c>), independently of the library: the tests apply a remedy's or a hypothesis's
/// changes to the JSON text and evaluate the result through the public reader.</summary>
public static class JsonChemins
{
    /// <summary>The JSON with each (path, JSON value) set; an index equal to its array's length appends.</summary>
    public static string Appliquer(string json, IEnumerable<(string Chemin, string Valeur)> changements)
    {
        var racine = JsonNode.Parse(json)!;
        foreach (var (chemin, valeur) in changements)
        {
            Poser(racine, chemin, JsonNode.Parse(valeur));
        }

        return racine.ToJsonString();
    }

    private static void Poser(JsonNode racine, string chemin, JsonNode? valeur)
    {
        if (!chemin.StartsWith("$.", StringComparison.Ordinal))
        {
            throw new ArgumentException("Chemin JSON inattendu : " + chemin);
        }

        var segments = new List<object>();
        foreach (var partie in chemin[2..].Split('.'))
        {
            var crochet = partie.IndexOf('[', StringComparison.Ordinal);
            if (crochet < 0)
            {
                segments.Add(partie);
                continue;
            }

            segments.Add(partie[..crochet]);
            foreach (var index in partie[(crochet + 1)..^1].Split("]["))
            {
                segments.Add(int.Parse(index, CultureInfo.InvariantCulture));
            }
        }

        var noeud = racine;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            noeud = segments[i] is string nom ? noeud[nom]! : noeud[(int)segments[i]]!;
        }

        switch (segments[^1])
        {
            case string nom:
                noeud.AsObject()[nom] = valeur;
                break;
            case int index when noeud.AsArray().Count == index:
                noeud.AsArray().Add(valeur);
                break;
            case int index:
                noeud.AsArray()[index] = valeur;
                break;
        }
    }
}
