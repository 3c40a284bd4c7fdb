using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace EsmsRules.Tests.Support;

/// <summary>Random variations of a dossier's JSON (facts flipped, nulled or removed, enums and dates changed): trees
/// with missing inputs, inputs read, refusals, Prestation Ségur and second-payment nodes, and invalid dossiers.</summary>
public static class DossierMutations
{
    /// <summary>The example dossiers bundled with the tests (<c>Examples/*.json</c>, without their expected decisions),
    /// in name order: the bases the mutations start from.</summary>
    public static IReadOnlyList<string> Exemples { get; } = System.IO.Directory
        .GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json")
        .Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal))
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToArray();

    /// <summary>0 to 4 (leaf, operation) pairs for <see cref="Muter"/>.</summary>
    public static Gen<IList<(int, int)>> Mutations { get; } =
        Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Gen.Zip(Gen.Choose(0, 10_000), Gen.Choose(0, 4)), n)).Select(l => (IList<(int, int)>)l.ToList());

    private static readonly Lazy<JsonNode[]> Parses = new(() => Exemples.Select(f => JsonNode.Parse(System.IO.File.ReadAllText(f))!).ToArray());

    /// <summary>The JSON of an example dossier with 0 to 4 mutations (<see cref="Mutations"/>, <see cref="Muter"/>).</summary>
    public static Arbitrary<string> ExemplesMutes { get; } = Arb.From(
        from b in Gen.Choose(0, Exemples.Count - 1)
        from m in Mutations
        select Muter(Parses.Value[b], m));

    /// <summary>An index into <see cref="Exemples"/> and the mutations to apply to it, as the Arbitrary provider of
    /// FsCheck.Xunit's <c>[Property(Arbitrary = new[] { typeof(DossierMutations.Arbitraires) })]</c>.</summary>
    public static class Arbitraires
    {
        public static Arbitrary<(int, IList<(int, int)>)> ExempleMute() => Gen.Zip(Gen.Choose(0, Exemples.Count - 1), Mutations).ToArbitrary();
    }

    /// <summary>Applies (leaf, operation) pairs to a copy of <paramref name="dossier"/>: operation 0 true, 1 false,
    /// 2 null, 3 removed, 4 the other enum value or a date a year later.</summary>
    public static string Muter(JsonNode dossier, IEnumerable<(int Feuille, int Operation)> mutations)
    {
        var copie = dossier.DeepClone();
        foreach (var (feuille, operation) in mutations)
        {
            var feuilles = Feuilles(copie).ToList();
            if (feuilles.Count == 0)
            {
                break;
            }

            var (parent, nom) = feuilles[feuille % feuilles.Count];
            var valeur = parent[nom];
            switch (operation)
            {
                case 0:
                    parent[nom] = true;
                    break;
                case 1:
                    parent[nom] = false;
                    break;
                case 2:
                    parent[nom] = null;
                    break;
                case 3:
                    parent.Remove(nom);
                    break;
                default:
                    parent[nom] = Autre(valeur);
                    break;
            }
        }

        return copie.ToJsonString();
    }

    private static JsonNode? Autre(JsonNode? valeur) => valeur?.GetValueKind() switch
    {
        JsonValueKind.String when valeur.GetValue<string>() is var s && s.Length == 10 && s[4] == '-' =>
            (int.Parse(s[..4], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + s[4..],
        JsonValueKind.String => valeur.GetValue<string>() switch
        {
            "acquisition" => "miseEnConformite",
            "miseEnConformite" => "acquisition",
            "PA" => "PH",
            "PH" => "PDE",
            "PDE" => "AHI",
            "AHI" => "PA",
            var s => s,
        },
        JsonValueKind.Number => valeur.GetValue<decimal>() + 1,
        JsonValueKind.True => false,
        JsonValueKind.False => true,
        _ => valeur?.DeepClone(),
    };

    /// <summary>Every property whose value is a scalar or null (FINESS numbers excepted), with its parent object.</summary>
    private static IEnumerable<(JsonObject Parent, string Nom)> Feuilles(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var kv in o.ToList())
                {
                    if (kv.Value is JsonObject or JsonArray)
                    {
                        foreach (var f in Feuilles(kv.Value))
                        {
                            yield return f;
                        }
                    }
                    else if (!kv.Key.StartsWith("finess", StringComparison.Ordinal))
                    {
                        yield return (o, kv.Key);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    foreach (var f in Feuilles(item))
                    {
                        yield return f;
                    }
                }

                break;
        }
    }
}
