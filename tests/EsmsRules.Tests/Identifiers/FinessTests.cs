using System;
using System.Linq;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using Xunit;

namespace EsmsRules.Tests.Identifiers;

/// <summary>RULES.md §0 and §10.16: shape, Luhn key on all-digit numbers, territory from the prefix.</summary>
public class FinessTests
{
    [Theory]
    [InlineData("010780914")]
    [InlineData("010000602")]
    [InlineData("830200523")]
    public void TryParse_PublishedAllDigitNumber_IsValidWithVerifiedKey(string text)
    {
        Assert.True(Finess.TryParse(text, out var f, out var error));
        Assert.Equal(FinessError.None, error);
        Assert.Equal(text, f.Value);
        Assert.True(f.CleVerifiee);
    }

    [Theory]
    [InlineData("010780915")]
    [InlineData("010780910")]
    [InlineData("830200524")]
    public void TryParse_AllDigitWrongLuhnKey_ReturnsCheckKey(string text)
    {
        Assert.False(Finess.TryParse(text, out var f, out var error));
        Assert.Equal(FinessError.CheckKey, error);
        Assert.Equal(default, f);
    }

    [Theory]
    [InlineData("")]
    [InlineData("01078091")]
    [InlineData("0107809140")]
    [InlineData(null)]
    public void TryParse_NotNineCharacters_ReturnsLength(string? text)
    {
        Assert.False(Finess.TryParse(text, out _, out var error));
        Assert.Equal(FinessError.Length, error);
    }

    [Theory]
    [InlineData("01078091-")]
    [InlineData("0107 8091")]
    [InlineData("01078091é")]
    public void TryParse_NonAlphanumericCharacter_ReturnsCharacters(string text)
    {
        Assert.False(Finess.TryParse(text, out _, out var error));
        Assert.Equal(FinessError.Characters, error);
    }

    [Theory]
    [InlineData("2A0000010")]
    [InlineData("2A0000011")]
    [InlineData("2B9999999")]
    [InlineData("9A1234567")]
    [InlineData("01078091X")]
    public void TryParse_NumberWithALetter_ChecksShapeOnly(string text)
    {
        Assert.True(Finess.TryParse(text, out var f, out var error));
        Assert.Equal(FinessError.None, error);
        Assert.False(f.CleVerifiee);
    }

    [Fact]
    public void Parse_LowerCaseLetters_UpperCasesAndComparesCaseInsensitively()
    {
        var lower = Finess.Parse("2a0000010");
        var upper = Finess.Parse("2A0000010");
        Assert.Equal("2A0000010", lower.Value);
        Assert.Equal(upper, lower);
        Assert.True(lower == upper);
        Assert.Equal(upper.GetHashCode(), lower.GetHashCode());
        Assert.Equal(0, lower.CompareTo(upper));
    }

    [Fact]
    public void Parse_WrongKey_ThrowsFormatExceptionNamingTheKey()
    {
        var ex = Assert.Throws<FormatException>(() => Finess.Parse("010780915"));
        Assert.Equal("La clé de contrôle (Luhn) du numéro FINESS « 010780915 » est fausse.", ex.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Finess.Parse(null!));

    [Fact]
    public void Departement_ValidNumber_IsTheFirstTwoCharacters()
    {
        Assert.Equal("01", Finess.Parse("010780914").Departement);
        Assert.Equal("2B", Finess.Parse("2b0000010").Departement);
    }

    [Theory]
    [InlineData("2A0000010", Territoire.Corse)]
    [InlineData("2B0000010", Territoire.Corse)]
    [InlineData("2a0000010", Territoire.Corse)]
    [InlineData("2b0000010", Territoire.Corse)]
    [InlineData("971000013", Territoire.OutreMer)]
    [InlineData("9A0000010", Territoire.OutreMer)]
    [InlineData("9B0000010", Territoire.OutreMer)]
    [InlineData("9C0000010", Territoire.OutreMer)]
    [InlineData("9D0000010", Territoire.OutreMer)]
    [InlineData("9E0000010", Territoire.OutreMer)]
    [InlineData("9F0000010", Territoire.OutreMer)]
    [InlineData("9f0000010", Territoire.OutreMer)]
    [InlineData("9G0000010", Territoire.Metropole)]
    [InlineData("2C0000010", Territoire.Metropole)]
    [InlineData("310000013", Territoire.Metropole)]
    [InlineData("010780914", Territoire.Metropole)]
    [InlineData("830200523", Territoire.Metropole)]
    public void Territoire_FromPrefix_MatchesRules(string text, Territoire expected) =>
        Assert.Equal(expected, Finess.Parse(text).Territoire);

    [Theory]
    [InlineData("97", Territoire.OutreMer)]
    [InlineData("98", Territoire.OutreMer)]
    [InlineData("96", Territoire.Metropole)]
    [InlineData("99", Territoire.Metropole)]
    [InlineData("20", Territoire.Metropole)]
    [InlineData("95", Territoire.Metropole)]
    public void Territoire_AllDigitPrefix_MatchesRules(string departement, Territoire expected) =>
        Assert.Equal(expected, Support.DossierBuilder.Finess(departement, 1).Territoire);

    [Fact]
    public void Territoire_DeclaredTerritoire_WinsOverPrefix()
    {
        var corse = new Essms(Finess.Parse("2A0000010"), Champ.PA) { Territoire = Territoire.Metropole };
        var metro = new Essms(Finess.Parse("310000013"), Champ.PA) { Territoire = Territoire.OutreMer };
        var undeclared = new Essms(Finess.Parse("971000013"), Champ.PA);
        Assert.Equal(Territoire.Metropole, corse.TerritoireEffectif);
        Assert.Equal(Territoire.OutreMer, metro.TerritoireEffectif);
        Assert.Equal(Territoire.OutreMer, undeclared.TerritoireEffectif);
    }

    [Fact]
    public void Describe_EachError_GivesItsFrenchMessage()
    {
        Assert.Equal("Un numéro FINESS comporte 9 caractères ; « 123 » en a 3.", Finess.Describe(FinessError.Length, "123"));
        Assert.Equal("Un numéro FINESS ne contient que des chiffres et des lettres : « 01078091- ».", Finess.Describe(FinessError.Characters, "01078091-"));
    }

    [Fact]
    public void Default_IsNotAValidNumber()
    {
        Finess f = default;
        Assert.Equal(string.Empty, f.Value);
        Assert.Equal(string.Empty, f.Departement);
        Assert.False(f.CleVerifiee);
    }

    [Theory]
    [InlineData("31010001", "310100011")]
    [InlineData("01000001", "010000016")]
    [InlineData("75000001", "750000010")]
    [InlineData("00000000", "000000000")]
    public void Complete_EightDigits_AddsTheLuhnKey(string huit, string attendu)
    {
        Assert.Equal(Finess.Parse(attendu), Finess.Complete(huit));
    }

    [FsCheck.Xunit.Property]
    public void Complete_AnyEightDigits_GivesTheOnlyValidNumberWithThatPrefix(uint n)
    {
        var huit = (n % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

        var f = Finess.Complete(huit);

        Assert.StartsWith(huit, f.Value, StringComparison.Ordinal);
        Assert.True(Finess.TryParse(f.Value, out _));
        Assert.Single(Enumerable.Range(0, 10), k => Finess.TryParse(huit + k.ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
    }

    [Theory]
    [InlineData("2A000001", "8 chiffres")]
    [InlineData("3101000", "8 premiers chiffres")]
    [InlineData("310100011", "8 premiers chiffres")]
    [InlineData("3101 001", "8 chiffres")]
    public void Complete_NotEightDigits_ThrowsAFrenchMessage(string texte, string extrait)
    {
        var e = Assert.Throws<FormatException>(() => Finess.Complete(texte));

        Assert.Contains(extrait, e.Message, StringComparison.Ordinal);
        Assert.Contains(texte, e.Message, StringComparison.Ordinal);
    }
}
