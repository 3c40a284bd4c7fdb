using System;
using System.Collections.Generic;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Engine;

public class PoolsTests
{
    [Fact]
    public void Ajouter_TenThousandNumbersEachTwice_FirstPositionOfEach()
    {
        var numeros = new List<Finess>();
        for (var i = 1; i <= 10_000; i++)
        {
            numeros.Add(DossierBuilder.Finess((i % 95 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), i));
        }

        using var vus = new PremieresPositions(2 * numeros.Count);
        for (var i = 0; i < numeros.Count; i++)
        {
            Assert.True(vus.Ajouter(numeros[i], 0, i, out _));
        }

        for (var i = numeros.Count - 1; i >= 0; i--)
        {
            Assert.False(vus.Ajouter(numeros[i], 1, i, out var premiere));
            Assert.Equal((0, i), premiere);
        }
    }

    [Fact]
    public void Ajouter_BeyondCapacity_Throws()
    {
        using var vus = new PremieresPositions(1);
        Assert.True(vus.Ajouter(DossierBuilder.Finess("31", 1), 0, 0, out _));

        Assert.Throws<InvalidOperationException>(() => vus.Ajouter(DossierBuilder.Finess("31", 2), 0, 1, out _));
    }

    [Fact]
    public void Validate_DuplicateAcrossOgsInLargeGrappe_ReportsFirstPosition()
    {
        var og1 = DossierBuilder.Og(1, 6_000);
        var og2 = DossierBuilder.Og(2, 6_000, firstSerial: -4_000); // serials 16 000 to 21 999: its first is og1's last
        var dossier = DossierBuilder.Dossier(EsmsRules.Model.TypeProjet.Acquisition, og1, og2);

        var errors = DossierValidator.Validate(dossier);

        var e = Assert.Single(errors);
        Assert.Equal("$.organismesGestionnaires[1].essms[0].finessGeographique", e.Chemin);
        Assert.Contains("organismesGestionnaires[0].essms[5999]", e.Message, StringComparison.Ordinal);
    }
}
