using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;

namespace EsmsRules.Tests.Cli.Rendu;

/// <summary>The worked examples the renderers are tested on: every example with a decision (16 is invalid).</summary>
internal static class Exemples
{
    private static readonly Dictionary<string, Decision> Cache = new(StringComparer.Ordinal);

    public static IEnumerable<object[]> Noms() => Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json")
        .Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal))
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .Where(n => Evaluer(n) is not null)
        .OrderBy(n => n, StringComparer.Ordinal)
        .Select(n => new object[] { n });

    public static Decision Decision(string nom) => Evaluer(nom) ?? throw new InvalidOperationException(nom + " n'a pas de décision.");

    private static Decision? Evaluer(string nom)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(nom, out var d))
            {
                return d;
            }

            var r = new EsmsEvaluator().EvaluateJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", nom + ".json")));
            if (r.Decision is { } decision)
            {
                Cache[nom] = decision;
            }

            return r.Decision;
        }
    }
}
