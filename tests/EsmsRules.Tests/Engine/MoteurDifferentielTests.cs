using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Serialization;
using EsmsRules.Tests.Properties;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace EsmsRules.Tests.Engine;

/// <summary>While the engine switches to the rule set's sections: the whole decision (JSON, tree included) of the
/// sections' pipeline is the former engine's, byte for byte.</summary>
public class MoteurDifferentielTests
{
    private static readonly Bareme?[] Variantes =
    {
        null,
        Campagnes.Generalisation2022 with { LectureFin03 = LectureFin03.QuatreMille },
        Campagnes.Generalisation2022 with { LectureEssms03 = LectureEssms03.ToutLogiciel },
        Campagnes.Generalisation2022 with { SeuilPetitOgInclus = true, AmoaMarcheChampsSociaux = false },
        Campagnes.Generalisation2022 with { BaseTrancheSons = BaseTrancheSons.EssmsFiness, NonSegurAutoriseAcquisition = false },
        Campagnes.Generalisation2022 with { GrappeSousMinimumAdmise = false, SeuilDepensesRealisees = 0.8m },
        CalendriersRegionaux.Occitanie2022,
        Campagnes.Campagne2024,
    };

    private static void Comparer(Dossier dossier, EvaluationOptions options)
    {
        var evaluateur = new EsmsEvaluator(options);
        var ancien = DecisionJsonWriter.Serialize(evaluateur.EvaluateValid(dossier, null, null), indented: true);
        var nouveau = DecisionJsonWriter.Serialize(evaluateur.EvaluateValidParSections(dossier), indented: true);
        if (ancien != nouveau)
        {
            var a = ancien.Split('\n');
            var b = nouveau.Split('\n');
            var i = Enumerable.Range(0, System.Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k]);
            Assert.Fail($"line {i + 1}:\n former: {a.ElementAtOrDefault(i)}\n new:    {b.ElementAtOrDefault(i)}\n{string.Join("\n", a.Skip(System.Math.Max(0, i - 8)).Take(10))}");
        }
    }

    [Fact]
    public void EvaluateValidParSections_EveryExampleEveryVariant_SameDecisionAsTheFormerEngine()
    {
        foreach (var f in DossierMutations.Exemples)
        {
            if (!DossierJsonReader.TryRead(File.ReadAllText(f), out var dossier, out _))
            {
                continue;
            }

            foreach (var b in Variantes)
            {
                Comparer(dossier!, new EvaluationOptions { Bareme = b });
                Comparer(dossier!, new EvaluationOptions { Bareme = b, Explications = false });
            }
        }
    }

    [Fact]
    public void EvaluateValidParSections_GeneratedAndMutatedDossiers_SameDecisionAsTheFormerEngine()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(RevisionDeuxPropertyTests.Dossiers, spec => Comparer(spec.Build(), spec.Options)));
        var graines = from g in Gen.Choose(0, 1_000_000) from v in Gen.Choose(0, Variantes.Length - 1) select (g, v);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(graines.ToArbitrary(), x =>
            Comparer(DossiersPaiements.Construire(x.g), new EvaluationOptions { Bareme = Variantes[x.v] })));
        var exemples = DossierMutations.Exemples.Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToArray();
        var mutes = from i in Gen.Choose(0, exemples.Length - 1) from m in DossierMutations.Mutations from v in Gen.Choose(0, Variantes.Length - 1) select (i, m, v);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(mutes.ToArbitrary(), x =>
        {
            if (DossierJsonReader.TryRead(DossierMutations.Muter(exemples[x.i], x.m), out var dossier, out _))
            {
                Comparer(dossier!, new EvaluationOptions { Bareme = Variantes[x.v] });
            }
        }));
    }
}
