using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EsmsRules.Engine;
using EsmsRules.Format;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Serialization;
using EsmsRules.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>The dossier writer writes the format the reader reads: a dossier written and read back is equal to it.</summary>
public class DossierJsonWriterTests
{
    public static IEnumerable<object[]> Exemples() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json")
            .Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal))
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) })
            .OrderBy(x => (string)x[0], StringComparer.Ordinal);

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Serialize_AnyValidDossier_ReadsBackToAnEqualDossier() =>
        Prop.ForAll(DossierGenerators.Dossier.ToArbitrary(), dossier =>
        {
            var json = DossierJsonWriter.Serialize(dossier);
            var lu = DossierJsonReader.Read(json, new DossierReadOptions { Strict = true });

            Assert.True(lu.IsValid, json + "\n" + string.Join("\n", lu.Errors));
            Assert.Equal(dossier, lu.Dossier);
            Assert.Empty(lu.Avertissements);
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Write_AnyValidDossier_WritesUtf8TheReaderReadsBackToAnEqualDossier() =>
        Prop.ForAll(DossierGenerators.Dossier.ToArbitrary(), dossier =>
        {
            using var flux = new MemoryStream();
            DossierJsonWriter.Write(flux, dossier);

            Assert.True(DossierJsonReader.TryRead(flux.ToArray(), out var lu, out var erreurs), string.Join("\n", erreurs));
            Assert.Equal(dossier, lu);
        });

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Serialize_EveryValidExample_ReadsBackToAnEqualDossierEvaluatedToAnEqualDecision(string nom)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", nom + ".json"));
        if (!DossierJsonReader.TryRead(json, out var dossier, out _))
        {
            return;
        }

        var ecrit = DossierJsonWriter.Serialize(dossier, indented: false);

        Assert.True(DossierJsonReader.TryRead(ecrit, out var relu, out var erreurs), string.Join("\n", erreurs));
        Assert.Equal(dossier, relu);
        // The writer writes the dossier, not the unknown fields of the text it was read from (example 22's warning).
        var avant = EsmsEvaluator.Default.EvaluateJson(json).GetDecisionOrThrow();
        Assert.Equal(avant with { Avertissements = Array.Empty<EsmsRules.Decisions.Avertissement>() }, EsmsEvaluator.Default.EvaluateJson(ecrit).Decision);
    }

    [Fact]
    public void Serialize_ADossierWithEveryFact_WritesEveryFieldOfTheFormat()
    {
        var og = Finess.Complete("31010001");
        var essms = Finess.Complete("31021000");
        var dossier = Dossier.Acquisition(
                new Porteur(og, Champ.PA) { SoumisCodeCommandePublique = true, MarcheEnCoursMemeObjet = false },
                new Editeur { Nom = "E", ReferenceSegur = true, ReferenceSad = true, Devis = 1m },
                new OrganismeGestionnaire(og, new Essms(essms, Champ.PA)
                {
                    Nom = "N", Territoire = Territoire.Metropole, RelevantL312_1 = true, FinancementEsmsNumeriqueAnterieur = false,
                    CommandeSonsAutreLogiciel = false, ActivitesConfort = false, RattacheEntiteNationale = true,
                    AccordEntiteNationale = true, CategorieFiness = "500", EquipeDui = false,
                }) { Nom = "OG", NombreEssmsFiness = 3, AutodiagnosticFourni = true })
            with
            {
                Campagne = "2022", DateDepot = new LocalDate(2022, 6, 1), RepresentativiteNationale = false, MaitriseOuvrageMature = true,
                DureePrevueMois = 18, NonRetenu2021 = false, DepensesRealisees = 2m,
                Mesures = new[] { new Mesure(essms, 1, 2, 3, 4, 5, 6, 7) },
                CommandesSons = new[] { new CommandeSons(og, new LocalDate(2022, 3, 1), Couloir.MS1, new[] { essms }) { DateDemandeSolde = new LocalDate(2022, 9, 1), SousConditionReferencement = true, DateDossierReferencement = new LocalDate(2022, 2, 1) } },
            };

        using var doc = JsonDocument.Parse(DossierJsonWriter.Serialize(dossier));
        var ecrits = new HashSet<string>(StringComparer.Ordinal);
        Noms(doc.RootElement, ecrits);
        var attendus = DossierFormat.Objets.SelectMany(o => o.Proprietes).Select(p => p.Nom).Distinct().ToList();

        Assert.All(attendus, n => Assert.Contains(n, ecrits));
    }

    [Fact]
    public void Serialize_NullFactsAndEmptyLists_AreLeftOut()
    {
        var f = Finess.Complete("31010001");
        var json = DossierJsonWriter.Serialize(Dossier.MiseEnConformite(new Porteur(f, Champ.PH), new Editeur(), new OrganismeGestionnaire(f, new Essms(Finess.Complete("31021000"), Champ.PH))), indented: false);

        Assert.Equal(
            """{"typeProjet":"miseEnConformite","porteur":{"finessJuridique":"310100011","champ":"PH"},"editeur":{},"organismesGestionnaires":[{"finessJuridique":"310100011","essms":[{"finessGeographique":"310210000","champ":"PH"}]}]}""",
            json);
    }

    [Fact]
    public void Serialize_FrenchText_IsWrittenUnescapedAndQuotesEscaped()
    {
        var f = Finess.Complete("31010001");
        var json = DossierJsonWriter.Serialize(Dossier.Acquisition(new Porteur(f, Champ.PA), new Editeur { Nom = "Éditeur « \"X\" »" }, new OrganismeGestionnaire(f)), indented: false);

        Assert.Contains("\"nom\":\"Éditeur « \\\"X\\\" »\"", json, StringComparison.Ordinal);
    }

    private static void Noms(JsonElement e, HashSet<string> noms)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                noms.Add(p.Name);
                Noms(p.Value, noms);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
            {
                Noms(x, noms);
            }
        }
    }
}
