using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Rules;
using Xunit;

namespace EsmsRules.Tests.Rules;

public class ReglesTests
{
    [Fact]
    public void Entree_EveryIdAsConstantAndAsACopy_ItsOwnEntry()
    {
        foreach (var e in Regles.Entrees)
        {
            var copie = new string(e.Info.Id.ToCharArray());
            Assert.NotSame(e.Info.Id, copie);

            Assert.Same(e, Regles.Entree(e.Info.Id));
            Assert.Same(e, Regles.Entree(copie));
            Assert.Same(e, Regles.Trouver(copie));
            Assert.Equal(e.Position, Regles.Index(copie));
            Assert.Same(e.Info, Regles.Get(copie));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("FIN-07")]
    [InlineData("fin-01")]
    [InlineData("FIN-01 ")]
    [InlineData("ESSMS")]
    [InlineData("SONS-1")]
    public void Entree_UnknownId_KeyNotFoundOrNull(string id)
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Regles.Get(id));
        Assert.Contains(id, e.Message, StringComparison.Ordinal);
        Assert.Null(Regles.Trouver(id));
        Assert.Equal(-1, Regles.Index(id));
    }

    [Fact]
    public void Get_Null_ArgumentNullNamingId()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Regles.Get(null!));
        Assert.Equal("id", e.ParamName);
        Assert.Null(Regles.Trouver(null));
        Assert.Equal(-1, Regles.Index(null));
    }

    [Fact]
    public void Entrees_RanksAndPositions_MatchTheCatalogueOrder()
    {
        var entrees = Regles.Entrees;
        Assert.Equal(entrees.Count, entrees.Select(e => e.Info.Id).Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < entrees.Count; i++)
        {
            Assert.Equal(i, entrees[i].Rang);
            Assert.Equal(i < Regles.Toutes.Count ? i : -1, entrees[i].Position);
        }
    }
}
