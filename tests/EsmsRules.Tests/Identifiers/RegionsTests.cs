using EsmsRules.Identifiers;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Identifiers;

/// <summary>The region of a FINESS prefix (ORIENT-03).</summary>
public class RegionsTests
{
    [Theory]
    [InlineData("31", "Occitanie")]
    [InlineData("01", "Auvergne-Rhône-Alpes")]
    [InlineData("95", "Île-de-France")]
    [InlineData("2A", "Corse")]
    [InlineData("2B", "Corse")]
    [InlineData("20", "Corse")]
    [InlineData("97", "outre-mer (département non déterminé)")]
    [InlineData("98", "Mayotte")]
    [InlineData("9F", "Mayotte")]
    [InlineData("9A", "Guadeloupe")]
    [InlineData("9E", "Saint-Pierre-et-Miquelon")]
    [InlineData("14", "Normandie")]
    public void RegionDe_KnownPrefix_ItsRegion(string prefixe, string region) =>
        Assert.Equal(region, Regions.RegionDe(DossierBuilder.Finess(prefixe, 123)));

    [Theory]
    [InlineData("971234562", "Guadeloupe")]
    [InlineData("972000012", "Martinique")]
    [InlineData("973000011", "Guyane")]
    [InlineData("974000010", "La Réunion")]
    [InlineData("975000019", "Saint-Pierre-et-Miquelon")]
    [InlineData("976000018", "Mayotte")]
    [InlineData("970000014", "outre-mer (département non déterminé)")]
    [InlineData("977000017", "outre-mer (département non déterminé)")]
    [InlineData("980000012", "Mayotte")]
    public void RegionDe_OverseasNumber_DepartementFromItsThirdCharacter(string finess, string region) =>
        Assert.Equal(region, Regions.RegionDe(Finess.Parse(finess)));

    [Theory]
    [InlineData("00")]
    [InlineData("96")]
    [InlineData("99")]
    [InlineData("9G")]
    public void RegionDe_UnknownPrefix_Null(string prefixe) =>
        Assert.Null(Regions.RegionDe(DossierBuilder.Finess(prefixe, 123)));

    [Fact]
    public void RegionDe_Default_Null() => Assert.Null(Regions.RegionDe(default));
    [Fact]
    public void Numero_EveryPrefix_TheNumberOfItsRegion()
    {
        const string signes = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        foreach (var a in signes)
        {
            foreach (var b in signes)
            {
                var finess = DossierBuilder.Finess(new string(new[] { a, b }), 123);
                var numero = Regions.Numero(finess);
                Assert.Equal(Regions.RegionDe(finess), numero < 0 ? null : Regions.Noms[numero]);
            }
        }

        Assert.Equal(-1, Regions.Numero(default));
        Assert.Equal("Occitanie", Regions.Noms[Regions.Numero(DossierBuilder.Finess("31", 1))]);
    }
}
