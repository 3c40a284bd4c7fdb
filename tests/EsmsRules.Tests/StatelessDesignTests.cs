using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using EsmsRules.Baremes;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests;

/// <summary>
/// The library is stateless, so that any host can fan evaluations out over threads, processes or machines (issue 18):
/// no static field can be assigned once its type is initialised, the few static collections are known and never change
/// an answer, and one evaluator used from many threads at once gives the decisions it gives one call at a time.
/// </summary>
public class StatelessDesignTests
{
    private static readonly Assembly Bibliotheque = typeof(EsmsEvaluator).Assembly;

    private const BindingFlags Statiques = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>Static collections of the library, each filled once by its type's initialiser or a pure function's
    /// memo: why none of them is state.</summary>
    private static readonly Dictionary<string, string> CollectionsConnues = new()
    {
        ["EsmsRules.Baremes.BaremeParametres.ParNom"] = "the parameters by name, filled by the static initialiser and only read after",
        ["EsmsRules.Rules.SectionVersements.SurLesMesures"] = "the ids of the rules on the measures, filled by the static initialiser and only read after",
        ["EsmsRules.Engine.ChampsDossier.Champs"] = "the dossier fields a rule may name as missing (level, yes/no), filled by the static initialiser and only read after",
        ["EsmsRules.Engine.Moteur.ValeursParBareme"] = "memo of the barème values used, keyed by an immutable barème and rule set "
            + "(weak keys, thread-safe tables): a value is the same whichever thread computes it first",
        ["EsmsRules.Rules.RegleSurNoeuds.Plans"] = "memo of a section's evaluation order and of what each reader reads, keyed by the "
            + "section's immutable rule list and the rules skipped (weak keys, thread-safe tables): the same whichever thread computes it first",
    };

    private static IEnumerable<FieldInfo> ChampsStatiques => Bibliotheque.GetTypes()
        .Where(t => !EstGenere(t))
        .SelectMany(t => t.GetFields(Statiques))
        .Where(f => !f.IsLiteral && !EstGenere(f));

    [Fact]
    public void Library_StaticFields_AreReadOnlyOrPerThread()
    {
        // [ThreadStatic] fields are each thread's own scratch (the dossier reader's buffers), never shared.
        var fautes = ChampsStatiques
            .Where(f => !f.IsInitOnly && f.GetCustomAttribute<ThreadStaticAttribute>() is null)
            .Select(Nom);

        Assert.Empty(fautes);
    }

    [Fact]
    public void Library_StaticCollections_AreTheKnownOnes()
    {
        var trouvees = ChampsStatiques
            .Where(f => EstCollectionModifiable(f.FieldType))
            .Select(Nom)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(CollectionsConnues.Keys.OrderBy(n => n, StringComparer.Ordinal), trouvees);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EsmsEvaluator_OneInstanceOnManyThreadsAtOnce_GivesTheDecisionsOfOneCallAtATime(bool explications)
    {
        var evaluateur = new EsmsEvaluator(new EvaluationOptions { Explications = explications });
        var dossiers = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json")
            .Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        string Json(byte[] dossier)
        {
            var r = evaluateur.EvaluateJson(dossier);
            return r.IsValid ? DecisionJsonWriter.Serialize(r.Decision!, indented: false, inclureArbre: explications) : DecisionJsonWriter.SerializeErrors(r.Errors, indented: false);
        }

        var attendus = dossiers.Select(Json).ToArray();

        // Every example 40 times, in an order that mixes them, on every thread the pool gives.
        var ordre = Enumerable.Range(0, dossiers.Length * 40).Select(i => (i * 7919) % dossiers.Length).ToArray();
        var obtenus = new string[ordre.Length];
        Parallel.For(0, ordre.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i => obtenus[i] = Json(dossiers[ordre[i]]));

        for (var i = 0; i < ordre.Length; i++)
        {
            Assert.Equal(attendus[ordre[i]], obtenus[i]);
        }
    }

    private static bool EstGenere(MemberInfo m) =>
        m.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || m.Name.StartsWith('<')
        || (m.DeclaringType is { } t && EstGenere(t));

    private static bool EstCollectionModifiable(Type t) =>
        !t.IsArray && t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t) && !t.Namespace!.StartsWith("EsmsRules", StringComparison.Ordinal)
            && !(t.IsGenericType && t.GetGenericTypeDefinition() is var g && (g == typeof(IReadOnlyList<>) || g == typeof(IReadOnlyDictionary<,>) || g == typeof(IReadOnlyCollection<>) || g == typeof(IEnumerable<>)))
        || (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>));

    private static string Nom(FieldInfo f) => f.DeclaringType!.FullName + "." + f.Name;
}
