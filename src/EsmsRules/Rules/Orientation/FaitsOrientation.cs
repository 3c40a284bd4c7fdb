using EsmsRules.Decisions;

namespace EsmsRules.Rules;

/// <summary>What the orientation section establishes (ORIENT-01…03, with ORIENT-03's region).</summary>
/// <param name="Orientation">Regional or national; null when undetermined or not filed.</param>
/// <param name="Region">ORIENT-03's region, for a regional project; null otherwise.</param>
/// <param name="EssmsDeLaRegion">The retained ESSMS of that region.</param>
public sealed record FaitsOrientation(Orientation? Orientation, string? Region, int EssmsDeLaRegion);
