using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Properties;

/// <summary>One generated dossier of any verdict: every fact the blocking rules read may be true, false or missing.</summary>
/// <param name="Type">Project type.</param>
/// <param name="Ogs">Size, small or not, champ and self-diagnosis of each OG.</param>
/// <param name="PorteurChamp">The porteur's champ.</param>
/// <param name="Faits">The three-valued facts, in the order of <see cref="DossierSpec.NomsFaits"/>.</param>
/// <param name="Depot">Filing date (null: none).</param>
/// <param name="Devis">The quote in cents (null: none).</param>
/// <param name="Exclus">Indexes of ESSMS excluded by ESSMS-02.</param>
/// <param name="Campagne">Campaign.</param>
/// <param name="SousMinimumAdmise">The barème switch grappeSousMinimumAdmise.</param>
public sealed record DossierSpec(
    TypeProjet Type,
    IReadOnlyList<(int Taille, bool Petit, Champ Champ, bool? Autodiagnostic)> Ogs,
    Champ PorteurChamp,
    IReadOnlyList<bool?> Faits,
    LocalDate? Depot,
    long? Devis,
    IReadOnlyList<int> Exclus,
    string Campagne,
    bool SousMinimumAdmise)
{
    /// <summary>The dossier facts generated three-valued, by their contract path.</summary>
    public static readonly string[] NomsFaits =
    {
        "$.porteur.soumisCodeCommandePublique", "$.porteur.marcheEnCoursMemeObjet", "$.editeur.referenceSegur",
        "$.editeur.referenceSad", "$.maitriseOuvrageMature", "$.representativiteNationale", "$.nonRetenu2021",
    };

    /// <summary>The options: the campaign's barème with the switch.</summary>
    public EvaluationOptions Options => new()
    {
        Bareme = BaremeCatalogue.Embedded.TryGet(Campagne, out var b) ? b with { GrappeSousMinimumAdmise = SousMinimumAdmise } : throw new InvalidOperationException(Campagne),
    };

    /// <summary>The dossier.</summary>
    public Dossier Build()
    {
        var ogs = Ogs.Select((o, i) => FundingBuilders.Og(i + 1, o.Taille, o.Petit, o.Champ) with { AutodiagnosticFourni = o.Autodiagnostic }).ToArray();
        var d = DossierBuilder.Dossier(Type, ogs);
        d = d with
        {
            Campagne = Campagne,
            DateDepot = Depot,
            Porteur = d.Porteur with { Champ = PorteurChamp },
            Editeur = d.Editeur with { Devis = Devis is null ? null : Devis.Value / 100m },
        };
        for (var i = 0; i < NomsFaits.Length; i++)
        {
            d = RevisionDeuxPropertyTests.Remplir(d, NomsFaits[i], Faits[i]);
        }

        foreach (var i in Exclus)
        {
            d = d.Exclure(i);
        }

        return d;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Type} {Campagne} porteur {PorteurChamp}, OG [{string.Join(", ", Ogs.Select(o => $"{o.Taille}{(o.Petit ? " petit" : string.Empty)} {o.Champ} autodiag {o.Autodiagnostic}"))}], "
        + $"faits [{string.Join(", ", NomsFaits.Select((n, i) => n[(n.LastIndexOf('.') + 1)..] + "=" + (Faits[i]?.ToString() ?? "null")))}], dépôt {Depot}, devis {Devis}, exclus [{string.Join(",", Exclus)}], sousMinimumAdmise {SousMinimumAdmise}";
}

/// <summary>
/// Properties pinning revision 2 of the rule catalogue over dossiers of any verdict: no amount is ever negative; the
/// quote's per-OG shares add up and stay within a cent of their proportion; a refusal never hangs on a missing fact.
/// </summary>
public class RevisionDeuxPropertyTests
{
    private static readonly Bareme B = Campagnes.Generalisation2022;

    private static readonly Gen<bool?> TroisValeurs = Gen.Elements<bool?>(true, false, null);

    private static readonly LocalDate[] Dates =
    {
        new(2022, 3, 13), new(2022, 3, 14), new(2022, 5, 17), new(2022, 5, 18), new(2022, 6, 5), new(2022, 6, 6),
        new(2022, 7, 18), new(2022, 7, 19), new(2022, 9, 30), new(2022, 10, 1), new(2023, 3, 1), new(2023, 9, 16),
    };

    /// <summary>Dossiers of 1 to 3 OGs of 1 to 20 ESSMS (n up to 60: regional and national), every fact three-valued.</summary>
    public static Arbitrary<DossierSpec> Dossiers { get; } = Arb.From(
        from type in Gen.Elements(TypeProjet.Acquisition, TypeProjet.MiseEnConformite)
        from nOgs in Gen.Choose(1, 3)
        from ogs in Gen.ArrayOf(
            from taille in Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Elements(1, 7, 14, 15, 20)))
            from petit in Gen.Elements(true, false)
            from champ in Gen.Frequency((3, Gen.Elements(Champ.PA, Champ.PH, Champ.DOM)), (1, Gen.Elements(Champ.PDS, Champ.PDE, Champ.AHI, Champ.PJM)))
            from autodiag in Gen.Frequency((5, Gen.Constant<bool?>(true)), (1, Gen.Constant<bool?>(null)))
            select (taille, petit, champ, autodiag),
            nOgs)
        from porteur in Gen.Frequency((3, Gen.Constant(Champ.PA)), (1, Gen.Elements(Champ.PDE, Champ.PH)))
        from faits in Gen.ArrayOf(TroisValeurs, DossierSpec.NomsFaits.Length)
        from depot in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, Gen.Elements(Dates).Select(x => (LocalDate?)x)))
        from devis in Gen.Frequency((2, Gen.Constant<long?>(null)), (1, Gen.Choose(0, 20).Select(c => (long?)c)), (2, Gen.Choose(0, 120_000_000).Select(c => (long?)c)))
        from nExclus in Gen.Choose(0, 3)
        from exclus in Gen.ArrayOf(Gen.Choose(0, 59), nExclus)
        from campagne in Gen.Frequency((4, Gen.Constant("2022")), (1, Gen.Constant("2023")))
        from sousMinimum in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new DossierSpec(type, ogs, porteur, faits, depot, devis, exclus.Distinct().ToArray(), campagne, sousMinimum));

    /// <summary>The generators of these properties as Arbitrary providers for <c>[Property(Arbitrary = …)]</c>.</summary>
    public static class Arbitraires
    {
        /// <summary><see cref="RevisionDeuxPropertyTests.Dossiers"/>.</summary>
        public static class Dossiers
        {
            public static Arbitrary<DossierSpec> Spec() => RevisionDeuxPropertyTests.Dossiers;
        }

        /// <summary>Acquisitions of 1 to 6 OGs of 1 to 20 ESSMS, Ségur or SAD only, under a quote of 0 to 30 € or of up to
        /// 1 500 000 €.</summary>
        public static class Devis
        {
            public static Arbitrary<(int[] tailles, bool segur, decimal devis)> Spec() => (
                from nOgs in Gen.Choose(1, 6)
                from tailles in Gen.ArrayOf(Gen.Choose(1, 20), nOgs)
                from segur in Gen.Elements(true, false)
                from centimes in Gen.Frequency((1, Gen.Choose(0, 3_000)), (2, Gen.Choose(0, 150_000_000)))
                select (tailles, segur, devis: centimes / 100m)).ToArbitrary();
        }
    }

    /// <summary>Sets one three-valued fact of the dossier by its contract path (the facts of
    /// <see cref="DossierSpec.NomsFaits"/>, an OG's <c>autodiagnosticFourni</c>, an ESSMS's boolean facts).</summary>
    internal static Dossier Remplir(Dossier d, string chemin, bool? v)
    {
        switch (chemin)
        {
            case "$.porteur.soumisCodeCommandePublique": return d with { Porteur = d.Porteur with { SoumisCodeCommandePublique = v } };
            case "$.porteur.marcheEnCoursMemeObjet": return d with { Porteur = d.Porteur with { MarcheEnCoursMemeObjet = v } };
            case "$.editeur.referenceSegur": return d with { Editeur = d.Editeur with { ReferenceSegur = v } };
            case "$.editeur.referenceSad": return d with { Editeur = d.Editeur with { ReferenceSad = v } };
            case "$.maitriseOuvrageMature": return d with { MaitriseOuvrageMature = v };
            case "$.representativiteNationale": return d with { RepresentativiteNationale = v };
            case "$.nonRetenu2021": return d with { NonRetenu2021 = v };
        }

        var m = Regex.Match(chemin, @"^\$\.organismesGestionnaires\[(\d+)\]\.essms\[(\d+)\]\.(\w+)$");
        if (m.Success)
        {
            var og = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var index = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var ogs = d.OrganismesGestionnaires.ToArray();
            var essms = ogs[og].Essms.ToArray();
            essms[index] = m.Groups[3].Value switch
            {
                "relevantL312_1" => essms[index] with { RelevantL312_1 = v },
                "financementEsmsNumeriqueAnterieur" => essms[index] with { FinancementEsmsNumeriqueAnterieur = v },
                "commandeSonsAutreLogiciel" => essms[index] with { CommandeSonsAutreLogiciel = v },
                "activitesConfort" => essms[index] with { ActivitesConfort = v },
                "rattacheEntiteNationale" => essms[index] with { RattacheEntiteNationale = v },
                "equipeDui" => essms[index] with { EquipeDui = v },
                var champ => throw new InvalidOperationException("Fait non géré : " + champ),
            };
            ogs[og] = ogs[og] with { Essms = essms };
            return d with { OrganismesGestionnaires = ogs };
        }

        throw new InvalidOperationException("Chemin non géré : " + chemin);
    }

    /// <summary>The blocking rules of RULES.md §10.1 that can refuse (GRAPPE-01 at n = 0 reads ESSMS eligibility facts,
    /// which §10.4 keeps: filling them may change n, so it is not among them).</summary>
    private static readonly string[] BloquantesRefusables =
        { "GRAPPE-03", "PROJET-01", "PROJET-02", "PROJET-03", "PROJET-04", "PROJET-05", "PROJET-07", "ACHAT-01", "ACHAT-02" };

    /// <summary>Inputs whose absence is not a missing input but reads "not provided" (§10.4): PROJET-05's
    /// self-diagnosis and ESSMS-05's agreement.</summary>
    private static bool NullVautNon(string chemin) =>
        chemin.EndsWith(".autodiagnosticFourni", StringComparison.Ordinal) || chemin.EndsWith(".accordEntiteNationale", StringComparison.Ordinal);

    [Property(MaxTest = 300, QuietOnSuccess = true, Arbitrary = new[] { typeof(Arbitraires.Dossiers) })]
    public void Refus_BlockingRuleNotSatisfied_StaysNotSatisfiedWhicheverValueFillsItsMissingInputs(DossierSpec spec)
    {
        var dossier = spec.Build();
        var options = spec.Options;
        var d = dossier.Evaluate(options);
        foreach (var id in BloquantesRefusables.Where(d.ReglesNonSatisfaites.Contains))
        {
            var manquantes = d.Arbre.DescendantsAndSelf()
                .Where(n => n.Regle == id)
                .SelectMany(n => n.Entrees)
                .Where(e => e.Valeur is null && !NullVautNon(e.Chemin))
                .Select(e => e.Chemin)
                .Distinct()
                .ToArray();
            foreach (var chemin in manquantes.Where(c => c != "$.dateDepot"))
            {
                foreach (var v in new[] { true, false })
                {
                    var rempli = Remplir(dossier, chemin, v).Evaluate(options);
                    Assert.True(rempli.ReglesNonSatisfaites.Contains(id),
                        $"{id} refusait {spec} ; avec {chemin} = {v}, il devient {string.Join("/", rempli.Arbre.DescendantsAndSelf().Where(n => n.Regle == id).Select(n => n.Resultat))}");
                }
            }
        }
    }

    /// <summary>The refusal property above checks something only for dossiers a blocking rule refuses: 300 dossiers of
    /// the generator (a fixed seed, as many as the property runs) hold more than 50 such refusals.</summary>
    [Fact]
    public void Dossiers_Generator_ExercisesTheRefusalProperty()
    {
        var refus = Dossiers.Generator.Sample(numberOfSamples: 300, seed: new Rnd(20261129), size: 50)
            .Sum(spec => BloquantesRefusables.Count(spec.Build().Evaluate(spec.Options).ReglesNonSatisfaites.Contains));

        Assert.True(refus > 50, $"only {refus} refusals generated: the generator no longer exercises the property");
    }

    [Property(MaxTest = 300, QuietOnSuccess = true, Arbitrary = new[] { typeof(Arbitraires.Dossiers) })]
    public void Montants_AnyDossier_NeverNegativeAtMostTwoDecimalsAndPartsAddUp(DossierSpec spec)
    {
        var d = spec.Build().Evaluate(spec.Options);
        var f = d.Financement;
        var montants = new List<decimal> { f.PartEssms, f.PartEditeur, f.Equipements, f.AmoaMarche, f.AmoaProjet, f.Total };
        montants.AddRange(f.ParOrganisme.SelectMany(o => new[] { o.PartEssms, o.PartEditeur, o.Equipements, o.Total }));
        montants.AddRange(d.Versements.Select(v => v.Montant));
        montants.AddRange(d.PrestationSegur.SelectMany(p => new[] { p.MontantParEssms, p.Total, p.Avance, p.Solde }));
        montants.AddRange(d.Arbre.DescendantsAndSelf().Where(n => n.Montant is not null).Select(n => n.Montant!.Value));

        Assert.All(montants, m => Assert.True(m >= 0m && decimal.Round(m, 2) == m, $"{m} in {spec}"));
        Assert.Equal(f.PartEssms + f.PartEditeur + f.Equipements + f.AmoaMarche + f.AmoaProjet, f.Total);
        Assert.Equal(f.Total, f.ParOrganisme.Sum(o => o.Total) + f.AmoaMarche + f.AmoaProjet);
        Assert.Equal(d.Versements.Count == 0 ? 0m : f.Total, d.Versements.Sum(v => v.Montant));
        Assert.All(d.PrestationSegur, p => Assert.Equal(p.Total, p.Avance + p.Solde));
    }

    /// <summary>Acquisitions of 1 to 6 OGs under a quote of 0 to 30 € or of up to the ceiling: shares add up to the part
    /// éditeur and each is within one cent of part × OG ceiling ÷ total ceiling (largest remainder, §10.6).</summary>
    [Property(MaxTest = 300, QuietOnSuccess = true, Arbitrary = new[] { typeof(Arbitraires.Devis) })]
    public void PartEditeur_AnyQuote_SharesAddUpAndEachWithinOneCentOfItsProportion((int[] tailles, bool segur, decimal devis) x)
    {
        var ogs = x.tailles.Select((t, i) => FundingBuilders.Og(i + 1, t)).ToArray();
        var dossier = FundingBuilders.Grappe(TypeProjet.Acquisition, ogs).Devis(x.devis);
        var d = (x.segur ? dossier.Segur() : dossier.SadSeulement()).Evaluate(FundingGenerators.SansExplications);

        var tarif = x.segur ? B.PartEditeurSegur : B.PartEditeurSad;
        var plafonds = new decimal[ogs.Length];
        var rang = 1;
        for (var i = 0; i < ogs.Length; i++)
        {
            for (var k = 0; k < x.tailles[i]; k++, rang++)
            {
                plafonds[i] += rang < B.RangTarifReduit ? tarif.AvantRangReduit : tarif.APartirDuRangReduit;
            }
        }

        var part = d.Financement.PartEditeur;
        Assert.Equal(Math.Min(plafonds.Sum(), x.devis), part);
        Assert.Equal(part, d.Financement.ParOrganisme.Sum(o => o.PartEditeur));
        for (var i = 0; i < ogs.Length; i++)
        {
            var share = d.Financement.ParOrganisme[i].PartEditeur;
            var exact = part * plafonds[i] / plafonds.Sum();
            Assert.True(share >= 0m && Math.Abs(share - exact) < 0.01m, $"OG {i}: {share} vs {exact} ({string.Join(", ", x.tailles)}; devis {x.devis})");
            Assert.True(share <= plafonds[i], $"OG {i}: {share} above its ceiling {plafonds[i]}");
        }
    }
}
