using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>
/// The reader's hostile and revision-2 inputs through the package's netstandard2.0 build (loaded in its own context,
/// as <see cref="NetStandardBuildTests"/> does), which must list the same errors as the net8.0 build: the checks of
/// UTF-8, surrogates, numbers and quotes have no code path of their own there, but run on another runtime library.
/// </summary>
public class DossierJsonReaderNetStandardTests
{
    private static readonly Lazy<Assembly> NetStandard = new(() =>
        new AssemblyLoadContext("EsmsRules netstandard2.0 (reader)").LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "EsmsRules.dll")));

    private const string Base = """
        { "campagne": 2022, "typeProjet": "acquisition", "dureePrevueMois": 18,
          "porteur": { "finessJuridique": "310000013", "champ": "PA" },
          "editeur": { "nom": "Editeur X", "referenceSegur": true, "referenceSad": true, "devis": 250000.5 },
          "organismesGestionnaires": [ { "finessJuridique": "310000013", "autodiagnosticFourni": true,
            "essms": [ { "finessGeographique": "310000021", "champ": "PA", "categorieFiness": 500 } ] } ] }
        """;

    [Theory]
    [InlineData("\"Editeur X\"", "\"\\ud800\"")]
    [InlineData("\"Editeur X\"", "\"a\\nb\\u0001\"")]
    [InlineData("\"310000021\"", "\"31000\\udc00x\"")]
    [InlineData("250000.5", "1.0000000000000000000000000000001")]
    [InlineData("250000.5", "1e-400")]
    [InlineData("250000.5", "1E+400")]
    [InlineData("18", "9223372036854775808")]
    [InlineData("18", "18.0")]
    [InlineData("500", "\"050\"")]
    [InlineData("\"acquisition\"", "\"acquisition\", \"devi\": 1, \"x\\ud800\": [[[\"\\udc00\"]]]")]
    [InlineData("\"acquisition\"", "\"acquisition\", \"typeProjet\": \"miseEnConformite\"")]
    [InlineData("\"Editeur X\"", "\"Éditeur 😀\"")]
    public void EvaluateJson_HostileInput_SameErrorsAsTheNet8Build(string avant, string apres)
    {
        var json = Base.Replace(avant, apres, StringComparison.Ordinal);
        Assert.NotEqual(Base, json);
        Assert.Equal(Net8(json), NetStandardErreurs(json));
        Assert.Equal(Net8(json, strict: true), NetStandardErreurs(json, strict: true));
    }

    private static string Net8(string json, bool strict = false)
    {
        var r = new EsmsEvaluator(new EvaluationOptions { Strict = strict }).EvaluateJson(json);
        return r.IsValid ? "valide " + r.Decision!.Avertissements.Count : DecisionJsonWriter.SerializeErrors(r.Errors, indented: false);
    }

    private static string NetStandardErreurs(string json, bool strict = false)
    {
        var asm = NetStandard.Value;
        var optionsType = asm.GetType("EsmsRules.Engine.EvaluationOptions", throwOnError: true)!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("Strict")!.SetValue(options, strict);
        var evaluator = Activator.CreateInstance(asm.GetType("EsmsRules.Engine.EsmsEvaluator", throwOnError: true)!, options)!;
        var result = evaluator.GetType().GetMethod("EvaluateJson", new[] { typeof(string) })!.Invoke(evaluator, new object[] { json })!;
        var decision = result.GetType().GetProperty("Decision")!.GetValue(result);
        if (decision is not null)
        {
            var avertissements = (System.Collections.IEnumerable)decision.GetType().GetProperty("Avertissements")!.GetValue(decision)!;
            return "valide " + System.Linq.Enumerable.Count(System.Linq.Enumerable.Cast<object>(avertissements));
        }

        var writer = asm.GetType("EsmsRules.Serialization.DecisionJsonWriter", throwOnError: true)!;
        return (string)writer.GetMethod("SerializeErrors")!.Invoke(null, new[] { result.GetType().GetProperty("Errors")!.GetValue(result)!, (object)false })!;
    }
}
