using EsmsRules.Decisions;
using EsmsRules.Model;
using Xunit;

namespace EsmsRules.Tests.Support;

public class DossierBuilderTests
{
    [Fact]
    public void Grappe_FifteenEssms_IsRecevableRegional()
    {
        var d = DossierBuilder.Grappe(15).Evaluate();
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Equal(15 * 7_000m + 15 * 14_500m, d.Financement.Total);
        Assert.Equal(TypeProjet.Acquisition, DossierBuilder.Grappe(15).TypeProjet);
    }
}
