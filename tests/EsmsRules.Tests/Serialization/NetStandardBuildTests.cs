using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>
/// The package's netstandard2.0 build (for .NET Framework and older runtimes) has its own code paths (no vectorised
/// text, no <c>decimal.GetBits</c> into a span…). It is loaded here in its own load context, from the copy the test
/// project makes of it, and must give, byte for byte, the JSON the net8.0 build gives.
/// </summary>
public class NetStandardBuildTests
{
    private static readonly Lazy<Assembly> NetStandard = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "EsmsRules.dll");
        return new AssemblyLoadContext("EsmsRules netstandard2.0").LoadFromAssemblyPath(path);
    });


    /// <summary>The decision (compact and indented) or the errors, as the netstandard2.0 build writes them.</summary>
    private static string[] NetStandardJson(string dossier)
    {
        var asm = NetStandard.Value;
        var evaluator = Activator.CreateInstance(asm.GetType("EsmsRules.Engine.EsmsEvaluator", throwOnError: true)!, new object?[] { null })!;
        var result = evaluator.GetType().GetMethod("EvaluateJson", new[] { typeof(string) })!.Invoke(evaluator, new object[] { dossier })!;
        var decision = result.GetType().GetProperty("Decision")!.GetValue(result);
        var writer = asm.GetType("EsmsRules.Serialization.DecisionJsonWriter", throwOnError: true)!;
        if (decision is null)
        {
            var errors = result.GetType().GetProperty("Errors")!.GetValue(result)!;
            return new[] { (string)writer.GetMethod("SerializeErrors")!.Invoke(null, new[] { errors, (object)true })! };
        }

        var serialize = writer.GetMethods().Single(m => m.Name == "Serialize" && m.ReturnType == typeof(string) && m.GetParameters()[0].ParameterType.Name == "Decision");
        return new[]
        {
            (string)serialize.Invoke(null, new[] { decision, false, (object)true })!,
            (string)serialize.Invoke(null, new[] { decision, true, (object)true })!,
            (string)serialize.Invoke(null, new[] { decision, false, (object)false })!,
        };
    }

    private static string[] Net8Json(string dossier)
    {
        var result = new EsmsEvaluator().EvaluateJson(dossier);
        if (result.Decision is not { } d)
        {
            return new[] { DecisionJsonWriter.SerializeErrors(result.Errors, indented: true) };
        }

        return new[]
        {
            DecisionJsonWriter.Serialize(d, indented: false),
            DecisionJsonWriter.Serialize(d, indented: true),
            DecisionJsonWriter.Serialize(d, indented: false, inclureArbre: false),
        };
    }

    [Fact]
    public void Load_CopiedAssembly_IsTheNetStandardBuild()
    {
        Assert.Equal(".NETStandard,Version=v2.0", NetStandard.Value.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        Assert.Equal(".NETCoreApp,Version=v8.0", typeof(EsmsEvaluator).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
    }

    [Fact]
    public void EvaluateJson_EveryExample_SameJsonAsTheNet8Build()
    {
        foreach (var file in DossierMutations.Exemples)
        {
            var dossier = File.ReadAllText(file);
            Assert.Equal(Net8Json(dossier), NetStandardJson(dossier));
        }
    }

    /// <summary>The examples, parsed once for this class's property (each mutation works on a copy).</summary>
    private static readonly Lazy<JsonNode[]> Bases = new(() => DossierMutations.Exemples.Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToArray());

    [Property(MaxTest = 150, QuietOnSuccess = true, Arbitrary = new[] { typeof(DossierMutations.Arbitraires) })]
    public void EvaluateJson_MutatedDossiers_SameJsonAsTheNet8Build((int Base, IList<(int, int)> Mutations) t)
    {
        var dossier = DossierMutations.Muter(Bases.Value[t.Base], t.Mutations);
        Assert.Equal(Net8Json(dossier), NetStandardJson(dossier));
    }
}
