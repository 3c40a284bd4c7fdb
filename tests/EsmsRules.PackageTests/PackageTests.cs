using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.PackageTests;

/// <summary>
/// The package as a user gets it (issue 16, "Done when"): decisions compare by value, the nullable flow needs no
/// <c>!</c> (this project builds with nullable warnings as errors), and no shipped title, source or explanation cites
/// the project's working files.
/// </summary>
public class PackageTests
{
    public static IEnumerable<object[]> Exemples() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json")
            .Select(f => new object[] { Path.GetFileName(f) })
            .OrderBy(x => (string)x[0], StringComparer.Ordinal);

    private static string Json(string fichier) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", fichier));

    [Fact]
    public void Examples_AreThere()
    {
        Assert.True(Exemples().Count() >= 20);
    }

    [Theory]
    [MemberData(nameof(Exemples))]
    public void EvaluateJson_SameExampleTwice_GivesEqualDecisions(string fichier)
    {
        var a = new EsmsEvaluator().EvaluateJson(Json(fichier));
        var b = new EsmsEvaluator().EvaluateJson(Json(fichier));

        if (a.IsValid && b.IsValid)
        {
            // No '!': IsValid tells the compiler that Decision is not null.
            Assert.Equal(a.Decision, b.Decision);
            Assert.Equal(a.Decision.Arbre, b.Decision.Arbre);
            Assert.True(a.Decision.Financement.Total >= 0m);
        }
        else
        {
            Assert.False(a.IsValid || b.IsValid);
            Assert.Equal(a.Errors, b.Errors);
        }
    }

    [Fact]
    public void Equal_DecisionsOfDossiersOneEuroApart_AreNotEqual()
    {
        Assert.True(DossierJsonReader.TryRead(Json("18-devis-trois-og-au-centime.json"), out var dossier, out _));
        var plus = dossier with { Editeur = dossier.Editeur with { Devis = dossier.Editeur.Devis + 1m } };

        var a = EsmsEvaluator.Default.Evaluate(dossier);
        var b = EsmsEvaluator.Default.Evaluate(plus);

        Assert.True(a.IsValid && b.IsValid);
        if (a.IsValid && b.IsValid)
        {
            Assert.NotEqual(a.Decision, b.Decision);
        }
    }

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Decision_EveryTitleSourceAndExplanation_CitesNoWorkingFile(string fichier)
    {
        var r = EsmsEvaluator.Default.EvaluateJson(Json(fichier));
        if (!r.IsValid)
        {
            return;
        }

        var textes = r.Decision.Arbre.DescendantsAndSelf().SelectMany(n => new[] { n.Titre, n.Source, n.Explication });
        if (r.Decision.Bareme is { } bareme)
        {
            textes = textes.Append(bareme.Source).Concat(bareme.Valeurs.Select(v => v.Provenance?.Source ?? string.Empty));
        }

        foreach (var texte in textes)
        {
            Assert.DoesNotContain("seed", texte, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("RULES.md", texte, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("CONTRACT.md", texte, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void DossierJsonWriter_ExampleWrittenAndRead_IsEqual()
    {
        Assert.True(DossierJsonReader.TryRead(Json("07-conformite-petit-og.json"), out var dossier, out _));

        var relu = DossierJsonReader.Read(DossierJsonWriter.Serialize(dossier));

        Assert.True(relu.IsValid);
        if (relu.IsValid)
        {
            Assert.Equal(dossier, relu.Dossier);
        }
    }
}
