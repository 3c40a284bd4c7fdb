using System.Collections.Generic;
using System.Linq;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EsmsRules.Tests.Properties;

/// <summary>One OG of a generated grappe: its size, whether <c>nombreEssmsFiness</c> equals that size (a small OG
/// when below 15; otherwise 1 000), and the champ of its ESSMS.</summary>
public sealed record OgSpec(int Taille, bool Petit, Champ Champ);

/// <summary>A generated grappe: always recevable by construction (medico-social porteur and ESSMS, Ségur + SAD or
/// SAD-only editor, maîtrise d'ouvrage mature, 2022 dates inside both windows).</summary>
public sealed record GrappeSpec(TypeProjet Type, bool Segur, decimal? Devis, IReadOnlyList<OgSpec> Ogs)
{
    /// <summary>n: the number of ESSMS listed (all eligible).</summary>
    public int N => Ogs.Sum(o => o.Taille);

    /// <summary>The dossier.</summary>
    public Dossier Build()
    {
        var ogs = Ogs.Select((o, i) => FundingBuilders.Og(i + 1, o.Taille, o.Petit, o.Champ)).ToArray();
        var d = FundingBuilders.Grappe(Type, ogs).Devis(Devis);
        return Segur ? d.Segur() : d.SadSeulement();
    }

    /// <summary>The same grappe with one more ESSMS at the end of the last OG (rank n + 1).</summary>
    public GrappeSpec PlusUn() =>
        this with { Ogs = Ogs.Take(Ogs.Count - 1).Append(Ogs[^1] with { Taille = Ogs[^1].Taille + 1 }).ToArray() };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Type}, {(Segur ? "Ségur" : "SAD seul")}, devis {(Devis is null ? "aucun" : Devis.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}, OG [{string.Join(", ", Ogs.Select(o => $"{o.Taille}{(o.Petit ? " petit" : string.Empty)} {o.Champ}"))}] (n = {N})";
}

/// <summary>FsCheck 3 generators for the funding properties. Sizes stay ≤ 200 ESSMS so the suite stays fast.</summary>
public static class FundingGenerators
{
    /// <summary>Evaluation without explanations (the properties read figures only).</summary>
    public static readonly EvaluationOptions SansExplications = new() { Explications = false };

    /// <summary>An OG of 1…<paramref name="max"/> medico-social ESSMS.</summary>
    public static Gen<OgSpec> Og(int max) =>
        from taille in Gen.Frequency((3, Gen.Choose(1, max)), (1, Gen.Elements(1, 8, 14, 15, System.Math.Min(max, 49))))
        from petit in Gen.Elements(true, false)
        from champ in Gen.Elements(Champ.PA, Champ.PH, Champ.DOM)
        select new OgSpec(System.Math.Min(taille, max), petit, champ);

    /// <summary>A quote in cents between 0 and 1 500 000 €, or none.</summary>
    public static Gen<decimal?> Devis { get; } = Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (2, Gen.Choose(0, 150_000_000).Select(c => (decimal?)(c / 100m))));

    /// <summary>1 to 4 OGs of 1 to 50 ESSMS each (n ≤ 200); a mise en conformité always has a Ségur editor (PROJET-03).</summary>
    public static Gen<GrappeSpec> Grappe(Gen<TypeProjet> type, Gen<bool> segur, Gen<decimal?> devis) =>
        from t in type
        from s in segur
        from q in devis
        from nOgs in Gen.Choose(1, 4)
        from ogs in Gen.ArrayOf(Og(50), nOgs)
        select new GrappeSpec(t, s || t == TypeProjet.MiseEnConformite, q, ogs);

    /// <summary>Any recevable grappe: either type, either editor, with or without a quote.</summary>
    public static Arbitrary<GrappeSpec> Grappes { get; } = Arb.From(Grappe(
        Gen.Elements(TypeProjet.Acquisition, TypeProjet.MiseEnConformite), Gen.Elements(true, false), Devis));

    /// <summary>Acquisitions only.</summary>
    public static Arbitrary<GrappeSpec> Acquisitions { get; } = Arb.From(Grappe(
        Gen.Constant(TypeProjet.Acquisition), Gen.Elements(true, false), Devis));

    /// <summary>Grappes without a quote and of at most 199 ESSMS (one more can be added).</summary>
    public static Arbitrary<GrappeSpec> SansDevis { get; } = Arb.From(Grappe(
        Gen.Elements(TypeProjet.Acquisition, TypeProjet.MiseEnConformite), Gen.Elements(true, false), Gen.Constant<decimal?>(null))
        .Where(g => g.N <= 199));

    /// <summary>Mises en conformité with a Ségur editor (the Prestation Ségur is computed).</summary>
    public static Arbitrary<GrappeSpec> Conformites { get; } = Arb.From(Grappe(
        Gen.Constant(TypeProjet.MiseEnConformite), Gen.Constant(true), Gen.Constant<decimal?>(null)));

    /// <summary>A grappe and the 0-based index of one of its ESSMS.</summary>
    public static Arbitrary<(GrappeSpec Grappe, int Index)> GrappeEtEssms { get; } = Arb.From(
        from g in Grappe(Gen.Elements(TypeProjet.Acquisition, TypeProjet.MiseEnConformite), Gen.Elements(true, false), Devis)
        from i in Gen.Choose(0, g.N - 1)
        select (g, i));

    /// <summary>An OG size 1…199, biased towards the SONS tranche bounds.</summary>
    public static Arbitrary<int> TaillesSons { get; } = Arb.From(Gen.Frequency(
        (1, Gen.Elements(1, 2, 4, 5, 10, 11, 19, 20, 99, 100)),
        (2, Gen.Choose(1, 199))));

    /// <summary>An amount in cents, 0 to 21 474 836,47 €.</summary>
    public static Arbitrary<decimal> Montants { get; } = Arb.From(Gen.Choose(0, int.MaxValue).Select(c => c / 100m));
}

/// <summary>The generators of <see cref="FundingGenerators"/> as Arbitrary providers for FsCheck.Xunit's
/// <c>[Property(Arbitrary = new[] { typeof(…) })]</c>. FsCheck picks an Arbitrary by the type it generates, so each
/// generator of a type has a provider class of its own.</summary>
public static class FundingArbitraries
{
    /// <summary><see cref="FundingGenerators.Grappes"/>.</summary>
    public static class Grappes
    {
        public static Arbitrary<GrappeSpec> Spec() => FundingGenerators.Grappes;
    }

    /// <summary><see cref="FundingGenerators.Acquisitions"/>.</summary>
    public static class Acquisitions
    {
        public static Arbitrary<GrappeSpec> Spec() => FundingGenerators.Acquisitions;
    }

    /// <summary><see cref="FundingGenerators.SansDevis"/>.</summary>
    public static class SansDevis
    {
        public static Arbitrary<GrappeSpec> Spec() => FundingGenerators.SansDevis;
    }

    /// <summary><see cref="FundingGenerators.Conformites"/>.</summary>
    public static class Conformites
    {
        public static Arbitrary<GrappeSpec> Spec() => FundingGenerators.Conformites;
    }

    /// <summary><see cref="FundingGenerators.GrappeEtEssms"/>.</summary>
    public static class GrappeEtEssms
    {
        public static Arbitrary<(GrappeSpec Grappe, int Index)> Spec() => FundingGenerators.GrappeEtEssms;
    }

    /// <summary><see cref="FundingGenerators.TaillesSons"/>.</summary>
    public static class TaillesSons
    {
        public static Arbitrary<int> Spec() => FundingGenerators.TaillesSons;
    }
}
