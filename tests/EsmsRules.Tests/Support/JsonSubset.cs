using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace EsmsRules.Tests.Support;

/// <summary>Checks that every field given in an expected JSON matches the actual JSON (numbers compared as decimals,
/// arrays element by element with the same length, objects on the expected keys only).</summary>
public static class JsonSubset
{
    /// <summary>The differences, as "path: expected … actual …" lines; empty when everything matches.</summary>
    public static List<string> Differences(JsonElement expected, JsonElement actual, string path = "$")
    {
        var diffs = new List<string>();
        Compare(expected, actual, path, diffs);
        return diffs;
    }

    private static void Compare(JsonElement e, JsonElement a, string path, List<string> diffs)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (a.ValueKind != JsonValueKind.Object)
                {
                    diffs.Add($"{path}: expected an object, got {a.GetRawText()}");
                    return;
                }

                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name.StartsWith('_'))
                    {
                        continue;
                    }

                    if (!a.TryGetProperty(p.Name, out var av))
                    {
                        diffs.Add($"{path}.{p.Name}: missing");
                        continue;
                    }

                    Compare(p.Value, av, path + "." + p.Name, diffs);
                }

                return;
            case JsonValueKind.Array:
                if (a.ValueKind != JsonValueKind.Array || a.GetArrayLength() != e.GetArrayLength())
                {
                    diffs.Add($"{path}: expected {e.GetRawText()}, got {a.GetRawText()}");
                    return;
                }

                for (var i = 0; i < e.GetArrayLength(); i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", diffs);
                }

                return;
            case JsonValueKind.Number:
                if (a.ValueKind != JsonValueKind.Number || e.GetDecimal() != a.GetDecimal())
                {
                    diffs.Add($"{path}: expected {e.GetDecimal().ToString(CultureInfo.InvariantCulture)}, got {a.GetRawText()}");
                }

                return;
            default:
                if (e.GetRawText() != a.GetRawText())
                {
                    diffs.Add($"{path}: expected {e.GetRawText()}, got {a.GetRawText()}");
                }

                return;
        }
    }
}
