using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using EsmsRules.Tests.Properties;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>
/// While the rules move into <see cref="Section"/>s: each new section, evaluated on the facts the former engine
/// established before it, must give the node the former engine gave (every field, its source included) and the same
/// facts, on the examples under every barème variant, on mutated examples, on generated dossiers and on dossiers with
/// usage measures and SONS orders (<see cref="DossiersPaiements"/>); the blocking nodes of the moved sections give the
/// former verdict.
/// </summary>
public class SectionsDifferentiellesTests
{
    private static readonly (string Nom, Bareme? Bareme)[] Variantes =
    {
        ("defaut", null),
        ("quatreMille", Campagnes.Generalisation2022 with { LectureFin03 = LectureFin03.QuatreMille }),
        ("toutLogiciel", Campagnes.Generalisation2022 with { LectureEssms03 = LectureEssms03.ToutLogiciel }),
        ("petitInclus", Campagnes.Generalisation2022 with { SeuilPetitOgInclus = true, AmoaMarcheChampsSociaux = false }),
        ("trancheFiness", Campagnes.Generalisation2022 with { BaseTrancheSons = BaseTrancheSons.EssmsFiness, NonSegurAutoriseAcquisition = false }),
        ("strict", Campagnes.Generalisation2022 with { GrappeSousMinimumAdmise = false, SeuilDepensesRealisees = 0.8m }),
        ("occitanie", CalendriersRegionaux.Occitanie2022),
        ("c2024", Campagnes.Campagne2024),
        ("agregatsMs2", Campagnes.Generalisation2022 with { AgregatsMs2 = new[] { "4400" }, DateOuvertureMs3 = new NodaTime.LocalDate(2022, 9, 1) }),
    };

    /// <summary>Every valid example dossier under every barème variant, with and without explanations.</summary>
    public static IEnumerable<object[]> Cas() =>
        from f in DossierMutations.Exemples
        from v in Variantes.Select(v => v.Nom)
        from explications in new[] { true, false }
        select new object[] { Path.GetFileNameWithoutExtension(f), v, explications };

    [Theory]
    [MemberData(nameof(Cas))]
    public void Eligibilite_Example_SameNodeAndFactsAsTheFormerEngine(string exemple, string variante, bool explications)
    {
        var json = File.ReadAllText(DossierMutations.Exemples.Single(f => Path.GetFileNameWithoutExtension(f) == exemple));
        var bareme = Variantes.Single(v => v.Nom == variante).Bareme;
        if (!DossierJsonReader.TryRead(json, out var dossier, out _))
        {
            return;
        }

        Comparer(dossier!, new EvaluationOptions { Bareme = bareme, Explications = explications });
    }

    [Fact]
    public void Sections_MutatedExamplesAndGeneratedDossiers_SameNodesAndFactsAsTheFormerEngine()
    {
        var exemples = DossierMutations.Exemples.Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToArray();
        var mutes = from i in Gen.Choose(0, exemples.Length - 1)
                    from m in DossierMutations.Mutations
                    from v in Gen.Choose(0, Variantes.Length - 1)
                    select (i, m, v);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(mutes.ToArbitrary(), x =>
        {
            if (DossierJsonReader.TryRead(DossierMutations.Muter(exemples[x.i], x.m), out var dossier, out _))
            {
                Comparer(dossier!, new EvaluationOptions { Bareme = Variantes[x.v].Bareme });
            }
        }));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(RevisionDeuxPropertyTests.Dossiers, spec =>
            Comparer(spec.Build(), spec.Options)));
    }

    [Fact]
    public void Sections_DossiersWithMeasuresAndSonsOrders_SameNodesAndFactsAsTheFormerEngine()
    {
        var cas = from graine in Gen.Choose(0, int.MaxValue)
                  from v in Gen.Choose(0, Variantes.Length - 1)
                  from explications in Gen.Elements(true, false)
                  select (graine, v, explications);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cas.ToArbitrary(), x =>
            Comparer(DossiersPaiements.Construire(x.graine), new EvaluationOptions { Bareme = Variantes[x.v].Bareme, Explications = x.explications })));
    }

    /// <summary>The motifs only a user's composition reaches (a rule removed from the section).</summary>
    private static readonly string[] MotifsDeComposition = { "VERS-03:sansIndicateur", "VERS-04:sansIndicateur", "SONS:sansMontant" };

    [Fact]
    public void Sections_FixedDossiersWithMeasuresAndSonsOrders_EveryTemplateOfThePaymentsAndSonsCompared()
    {
        var vus = new HashSet<string>(StringComparer.Ordinal);
        for (var graine = 0; graine < 1000; graine++)
        {
            var options = new EvaluationOptions { Bareme = Variantes[graine % Variantes.Length].Bareme, Explications = graine % 3 != 0 };
            var noeuds = Comparer(DossiersPaiements.Construire(graine), options);
            if (options.Explications)
            {
                vus.UnionWith(noeuds.SelectMany(n => n.DescendantsAndSelf()).Select(n => n.Regle + ":" + n.Motif));
            }
        }

        var sections = new Section[] { new SectionVersements(), new SectionPrestationSegur() };
        var modeles = sections.SelectMany(s => s.Regles.Cast<Definition>().Append(s)).SelectMany(d => d.Modeles.Select(m => d.Id + ":" + m.Motif));
        Assert.Empty(modeles.Except(vus).Except(MotifsDeComposition));
    }

    /// <summary>The sections already moved, with what each needs from the facts before it.</summary>
    private static readonly (Section Section, Func<Faits, Faits> Avant, Func<Faits, object?> Etablis)[] Sections =
    {
        (new SectionEligibilite(), f => new Faits(f.Dossier, f.Bareme) { Explications = f.Explications }, f => Cle(f.Eligibilite)),
        (new SectionGrappe(), f => new Faits(f.Dossier, f.Bareme) { Explications = f.Explications, Eligibilite = f.Eligibilite }, f => f.Grappe),
        (new SectionOrientation(), f => new Faits(f.Dossier, f.Bareme) { Explications = f.Explications, Eligibilite = f.Eligibilite, Grappe = f.Grappe }, f => f.Orientation),
        (new SectionFinancement(), f => new Faits(f.Dossier, f.Bareme) { Explications = f.Explications, Eligibilite = f.Eligibilite, Grappe = f.Grappe, Orientation = f.Orientation, Achat = f.Achat, Verdict = f.Verdict }, f => Cle(f.Financement)),
        (new SectionRecevabilite(), f => new Faits(f.Dossier, f.Bareme) { Explications = f.Explications, Eligibilite = f.Eligibilite, Grappe = f.Grappe, Orientation = f.Orientation, Verdict = f.Verdict }, f => f.Verdict),
        (new SectionAchat(), f => new Faits(f.Dossier, f.Bareme) { Explications = f.Explications, Eligibilite = f.Eligibilite, Grappe = f.Grappe, Orientation = f.Orientation }, f => f.Achat),
        (new SectionVersements(), f => f with { Versements = null, PrestationSegur = null }, f => Cle(f.Versements)),
        (new SectionPrestationSegur(), f => f with { PrestationSegur = null }, f => Cle(f.PrestationSegur)),
    };

    /// <summary>Compares every section moved with the former engine on <paramref name="dossier"/>.</summary>
    /// <returns>The sections' nodes.</returns>
    internal static List<DecisionNode> Comparer(Dossier dossier, EvaluationOptions options)
    {
        Faits? anciens = null;
        var decision = new EsmsEvaluator(options).EvaluateValid(dossier, null, f => anciens = f);
        Assert.NotNull(anciens);
        var noeuds = new List<DecisionNode>(Sections.Length);
        foreach (var (section, avant, etablis) in Sections)
        {
            var resultat = section.Evaluer(avant(anciens!));
            var attendu = decision.Arbre.Enfants.Single(n => n.Regle == section.Id);
            var a = Ecrire(attendu);
            var b = Ecrire(resultat.Noeud);
            Assert.True(a == b, $"{section.Id} differs for {Describe(dossier)}:\n{Diff(a, b)}");
            Assert.Equal(etablis(anciens!), etablis(resultat.Faits));
            ComparerLesListes(decision, resultat.Noeud);
            noeuds.Add(resultat.Noeud);
        }

        // The verdict of the moved sections' blocking nodes is the former engine's, and so is what PROJET-01/02/03 accept.
        Assert.Equal(anciens!.Verdict, FaitsVerdict.Etablir(noeuds.SelectMany(n => n.Enfants)));
        Assert.Equal(decision.ReferencementsAcceptes, SectionRecevabilite.ReferencementsAcceptes(anciens));
        return noeuds;
    }

    /// <summary>The decision's lists (RULES.md §10.19) as the section's nodes give them: a rule of the section is listed
    /// exactly when one of its nodes that is not a detail has that outcome (a node built with <c>Detailler</c> where the
    /// former engine counted it, or the reverse, shows here), and its missing fields are among the decision's.</summary>
    private static void ComparerLesListes(Decision decision, DecisionNode section)
    {
        var comptes = section.DescendantsAndSelf().Where(n => n != section && !n.EstDetail).ToArray();
        foreach (var id in section.DescendantsAndSelf().Where(n => n != section).Select(n => n.Regle).Distinct())
        {
            Assert.True(decision.ReglesNonSatisfaites.Contains(id) == comptes.Any(n => n.Regle == id && n.Resultat == Resultat.NotSatisfied), $"{section.Regle}: {id} in reglesNonSatisfaites");
            Assert.True(decision.AApprecier.Contains(id) == comptes.Any(n => n.Regle == id && n.Resultat == Resultat.ReviewRequired), $"{section.Regle}: {id} in aApprecier");
        }

        Assert.Subset(decision.DonneesManquantes.ToHashSet(), comptes.Where(n => n.Resultat == Resultat.MissingInput).SelectMany(n => n.DonneesManquantes).ToHashSet());
    }

    private static string Describe(Dossier d) => $"{d.TypeProjet}, {d.OrganismesGestionnaires.Sum(o => o.Essms.Count)} ESSMS";

    private static string? Cle(FaitsEligibilite? f) => f is null ? null
        : string.Join(";", f.Retenus.Select(r => $"{r.Essms.FinessGeographique}/{r.Og}/{r.Index}/{r.Rang}"))
          + "|" + string.Join(";", f.Exclus.Select(e => $"{e.FinessGeographique}/{e.Regle}"))
          + "|" + string.Join(";", f.Ogs.Select(o => $"{o.Og.FinessJuridique}/{o.Index}/{o.Retenus}/{o.RetenusTarifPlein}"))
          + "|" + f.Total;

    /// <summary>The funding with its OGs' shares, written out (amounts with their scale: "0" and "0.00" differ).</summary>
    private static string? Cle(Financement? f) => f is null ? null
        : string.Join("/", new[] { f.PartEssms, f.PartEditeur, f.Equipements, f.AmoaMarche, f.AmoaProjet, f.Total }.Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)))
          + "|" + string.Join(";", f.ParOrganisme.Select(o => FormattableString.Invariant($"{o.FinessJuridique}/{o.PartEssms}/{o.PartEditeur}/{o.Equipements}/{o.Total}")));

    private static string? Cle(FaitsVersements? f) => f is null ? null
        : string.Join(";", f.Versements.Select(v => $"{v.Ordre}/{v.Taux}/{v.Montant}"))
          + "|" + (f.SecondVersement is not { } s ? "-"
              : $"{s.Montant}/{s.Resultat}/{string.Join(",", s.ConditionsNonRemplies)}/{string.Join(",", s.ConditionsEnAttente)}|"
                + string.Join(";", s.Indicateurs.Select(i => $"{i.Regle}/{i.Numerateur}/{i.Denominateur}/{i.Taux}/{i.Cible}/{i.Atteint}")) + "|"
                + string.Join(";", s.EssmsSousCible.Select(e => $"{e.FinessGeographique}:{string.Join(",", e.Regles)}")));

    private static string? Cle(IReadOnlyList<PrestationSegurOrganisme>? f) => f is null ? null
        : string.Join(";", f.Select(p => $"{p.FinessJuridique}/{p.NombreEssms}/{p.Tranche}/{p.MontantParEssms}/{p.Total}/{p.Avance}/{p.Solde}"));

    /// <summary>A node as JSON, every field, source included.</summary>
    internal static string Ecrire(DecisionNode n)
    {
        var o = new JsonObject
        {
            ["regle"] = n.Regle,
            ["titre"] = n.Titre,
            ["resultat"] = n.Resultat.ToString(),
            ["explication"] = n.Explication,
            ["source"] = n.Source,
            ["montant"] = n.Montant,
            ["entrees"] = new JsonArray(n.Entrees.Select(e => (JsonNode)new JsonObject { ["chemin"] = e.Chemin, ["valeur"] = e.Valeur }).ToArray()),
            ["donneesManquantes"] = new JsonArray(n.DonneesManquantes.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
            ["enfants"] = new JsonArray(n.Enfants.Select(e => JsonNode.Parse(Ecrire(e))).ToArray()),
        };
        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Diff(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        var sb = new StringBuilder();
        for (var i = 0; i < Math.Max(la.Length, lb.Length) && sb.Length < 3000; i++)
        {
            var x = i < la.Length ? la[i] : "<none>";
            var y = i < lb.Length ? lb[i] : "<none>";
            if (x != y)
            {
                sb.AppendLine($"line {i + 1}:\n  former: {x}\n  new:    {y}");
            }
        }

        return sb.ToString();
    }
}
