using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Rules;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>The catalogue: the default rule set's rules in the catalogue's order, found by id.</summary>
public class ReglesTests
{
    [Fact]
    public void Toutes_DefaultRuleSet_EveryRuleOnceInTheCatalogueOrder()
    {
        var ids = Regles.Toutes.Select(r => r.Id).ToArray();

        Assert.Equal(JeuDeRegles.ParDefaut.Regles.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal), ids.OrderBy(i => i, StringComparer.Ordinal));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(new[] { "ESSMS-01", "ESSMS-02" }, ids.Take(2));
        Assert.Equal("SONS-09", ids[^1]);
        Assert.True(Array.IndexOf(ids, "VERS-06") < Array.IndexOf(ids, "CIBLE-01"), "VERS before CIBLE, as the catalogue lists them");
        Assert.True(Array.IndexOf(ids, "FIN-06") < Array.IndexOf(ids, "PETITOG-01"));
    }

    [Fact]
    public void Get_EveryIdAsACopy_ItsRule()
    {
        foreach (var r in Regles.Toutes)
        {
            Assert.Same(r, Regles.Get(new string(r.Id.ToCharArray())));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("FIN-07")]
    [InlineData("fin-01")]
    [InlineData("FIN-01 ")]
    [InlineData("ESSMS")]
    [InlineData("GRAPPE")]
    public void Get_UnknownId_KeyNotFoundNamingIt(string id)
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Regles.Get(id));
        Assert.Contains(id, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_Null_ArgumentNullNamingId()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Regles.Get(null!));
        Assert.Equal("id", e.ParamName);
    }
}
