using System;
using System.IO;
using System.Text;
using EsmsRules.Baremes;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests;

/// <summary>
/// The nullable flow of the Is*/Try* APIs, checked by the compiler: this file reads the value after the check without
/// <c>!</c>, and the test project builds with nullable warnings as errors, so it would not BUILD if an annotation
/// (<c>[MemberNotNullWhen]</c>, <c>[NotNullWhen]</c>) went missing (CS8602/CS8604). The tests then check that the
/// annotations tell the truth.
/// </summary>
public class NullableFlowTests
{
    private static string Exemple(string nom) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", nom + ".json"));

    [Fact]
    public void EvaluationResult_IsValid_LetsTheDecisionBeReadWithoutBang()
    {
        var r = EsmsEvaluator.Default.EvaluateJson(Exemple("07-conformite-petit-og"));

        Assert.True(r.IsValid);
        if (r.IsValid)
        {
            Assert.True(r.Decision.Financement.Total > 0m);
        }
    }

    [Fact]
    public void DossierJsonReader_TryRead_LetsTheDossierBeUsedWithoutBang()
    {
        var json = Exemple("07-conformite-petit-og");

        Assert.True(DossierJsonReader.TryRead(json, out var dossier, out _));
        Assert.NotEmpty(dossier.OrganismesGestionnaires);
        Assert.True(DossierJsonReader.TryRead(new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(json)), out var octets, out _));
        Assert.Equal(dossier, octets);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        if (DossierJsonReader.TryRead(doc.RootElement, out var element, out _))
        {
            Assert.Equal(dossier.Porteur, element.Porteur);
        }
    }

    [Fact]
    public void DossierReadResult_IsValid_LetsTheDossierBeReadWithoutBang()
    {
        var r = DossierJsonReader.Read(Exemple("07-conformite-petit-og"));

        Assert.True(r.IsValid);
        if (r.IsValid)
        {
            Assert.Equal("2022", r.Dossier.Campagne ?? "2022");
        }
    }

    [Fact]
    public void BaremeResults_IsValid_LetTheBaremeAndTheCatalogueBeReadWithoutBang()
    {
        var b = BaremeLoader.Load("""{ "herite": "2022", "source": "Barème régional", "publie": "2022-04-01", "parametres": { "cibleDui": { "valeur": 80 } } }""");
        var c = BaremeCatalogue.Load(new[] { BaremeJsonWriter.Serialize(Campagnes.Generalisation2022) });

        Assert.True(b.IsValid, string.Join("\n", b.Errors));
        Assert.True(c.IsValid, string.Join("\n", c.Errors));
        if (b.IsValid && c.IsValid)
        {
            Assert.Equal(80m, b.Bareme.CibleDui);
            Assert.Contains("2022", c.Catalogue.Connues);
        }
    }

    [Fact]
    public void IsValid_False_MeansNoValueAndSomeErrors()
    {
        var r = EsmsEvaluator.Default.EvaluateJson("{}");
        var lu = DossierJsonReader.Read("{}");

        Assert.False(r.IsValid);
        Assert.Null(r.Decision);
        Assert.NotEmpty(r.Errors);
        Assert.False(lu.IsValid);
        Assert.Null(lu.Dossier);
        Assert.False(DossierJsonReader.TryRead("{}", out var d, out var erreurs));
        Assert.Null(d);
        Assert.NotEmpty(erreurs);
    }
}
