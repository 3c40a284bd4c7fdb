using System;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using Xunit;

namespace EsmsRules.Tests.Baremes;

/// <summary>The barème names that said how the library was built were renamed in 0.2.0
/// (<c>partEditeurSegurReduitLecture002</c> → <c>partEditeurSegurReduitLecturePageCnsa</c>, <c>jusquAuRang49</c> →
/// <c>avantRangReduit</c>); a user's document written with the former names is still read, to the same barème.</summary>
public class BaremeAnciensNomsTests
{
    private const string Entete = """{ "herite": "2022", "source": "Barème d'une ARS", "publie": "2022-04-01", "parametres": { """;

    [Fact]
    public void Load_FormerNameOfTheCnsaPageReading_IsReadAsTheNewName()
    {
        var ancien = BaremeLoader.Load(Entete + """ "partEditeurSegurReduitLecture002": { "valeur": 4100 } } }""").GetBaremeOrThrow();
        var nouveau = BaremeLoader.Load(Entete + """ "partEditeurSegurReduitLecturePageCnsa": { "valeur": 4100 } } }""").GetBaremeOrThrow();

        Assert.Equal(4100m, ancien.PartEditeurSegurReduitLecturePageCnsa);
        Assert.Equal(nouveau, ancien);
    }

    [Fact]
    public void Load_FormerNameOfTheFullRate_IsReadAsAvantRangReduit()
    {
        var ancien = BaremeLoader.Load(Entete + """ "partEditeurSegur": { "valeur": { "jusquAuRang49": 15000, "aPartirDuRangReduit": 3000 } } } }""").GetBaremeOrThrow();
        var nouveau = BaremeLoader.Load(Entete + """ "partEditeurSegur": { "valeur": { "avantRangReduit": 15000, "aPartirDuRangReduit": 3000 } } } }""").GetBaremeOrThrow();

        Assert.Equal(new TarifParRang(15000m, 3000m), ancien.PartEditeurSegur);
        Assert.Equal(nouveau, ancien);
    }

    [Fact]
    public void Load_FormerAndNewNameBoth_IsRefusedNamingBoth()
    {
        var parametre = BaremeLoader.Load(Entete + """ "partEditeurSegurReduitLecture002": { "valeur": 4100 }, "partEditeurSegurReduitLecturePageCnsa": { "valeur": 4100 } } }""");
        var champ = BaremeLoader.Load(Entete + """ "partEditeurSegur": { "valeur": { "jusquAuRang49": 1, "avantRangReduit": 1, "aPartirDuRangReduit": 3000 } } } }""");

        var e1 = Assert.Single(parametre.Errors);
        var e2 = Assert.Single(champ.Errors);
        Assert.Contains("partEditeurSegurReduitLecture002", e1.Message + e1.Chemin, StringComparison.Ordinal);
        Assert.Contains("ancien nom", e2.Message, StringComparison.Ordinal);
        Assert.Equal(InputErrorCodes.UnknownField, e2.Code);
    }

    [Fact]
    public void Serialize_Bareme_WritesOnlyTheNewNames()
    {
        var json = BaremeJsonWriter.Serialize(Campagnes.Generalisation2022);

        Assert.Contains("\"partEditeurSegurReduitLecturePageCnsa\"", json, StringComparison.Ordinal);
        Assert.Contains("\"avantRangReduit\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Lecture002", json, StringComparison.Ordinal);
        Assert.DoesNotContain("jusquAuRang49", json, StringComparison.Ordinal);
        Assert.Contains("avantRangReduit", BaremeParametres.Noms.Count > 0 ? json : string.Empty, StringComparison.Ordinal);
        Assert.Contains("partEditeurSegurReduitLecturePageCnsa", BaremeParametres.Noms);
    }
}
