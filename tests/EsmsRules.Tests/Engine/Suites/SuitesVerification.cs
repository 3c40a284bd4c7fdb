using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Engine.Suites;

/// <summary>What the tests of questions, sousReserve and remedies share: the worked examples as JSON to change, and the
/// check that every remedy and the sousReserve hold when their changes are applied to the dossier's JSON and the result
/// is evaluated through the public reader.</summary>
public static class SuitesVerification
{
    /// <summary>The worked example <paramref name="nom"/> as a JSON tree to change.</summary>
    public static JsonObject Exemple(string nom) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", nom + ".json")))!.AsObject();

    /// <summary>Evaluates the JSON (default options: remedies computed) and asserts it was valid.</summary>
    public static Decision Evaluer(string json, EvaluationOptions? options = null)
    {
        var r = new EsmsEvaluator(options).EvaluateJson(json);
        Assert.True(r.IsValid, string.Join("\n", r.Errors));
        return r.Decision!;
    }

    /// <summary>Evaluates the JSON tree.</summary>
    public static Decision Evaluer(JsonNode json, EvaluationOptions? options = null) => Evaluer(json.ToJsonString(), options);

    /// <summary>Each remedy of <paramref name="decision"/>, applied to <paramref name="json"/> and evaluated, gives the
    /// remedy's verdict and total; the sousReserve's hypotheses likewise give its verdict, orientation and total.</summary>
    public static void VerifierChangements(string json, Decision decision)
    {
        var sansSuites = new EvaluationOptions { Explications = false, Remedes = false };
        foreach (var r in decision.Remedes ?? Array.Empty<Remede>())
        {
            Assert.NotEmpty(r.Modifications);
            var change = Evaluer(JsonChemins.Appliquer(json, r.Modifications.Select(m => (m.Chemin, m.Valeur))), sansSuites);
            Assert.True(r.Recevable == change.Recevable && r.Total == change.Financement.Total,
                $"{r.Changement}: {r.Recevable}/{r.Total} annoncés, {change.Recevable}/{change.Financement.Total} obtenus\n{json}");
        }

        if (decision.SousReserve is { } s)
        {
            var change = Evaluer(JsonChemins.Appliquer(json, s.Hypotheses.Select(h => (h.Chemin, h.Valeur ? "true" : "false"))), sansSuites);
            Assert.True(s.Recevable == change.Recevable && s.Total == change.Financement.Total && s.Orientation == change.Orientation,
                $"sousReserve {s.Recevable}/{s.Orientation}/{s.Total} annoncé, {change.Recevable}/{change.Orientation}/{change.Financement.Total} obtenu\n{json}");
        }
    }
}
