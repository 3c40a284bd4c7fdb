using System;
using System.Collections.Generic;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests.Serialization;

/// <summary>The amounts of the contract: rounded to 2 decimals, trailing zeros removed.</summary>
public class DecisionJsonWriterTests
{
    /// <summary>The former definition, a division by 1.000… (exact but slow).</summary>
    private static decimal ParDivision(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;

    [Fact]
    public void Normalize_AnyDecimal_SameBitsAsTheDivision()
    {
        var rnd = new Random(7);
        var values = new List<decimal>
        {
            0m, -0m, 0.00m, -0.00m, -0.001m, 0.004m, 0.005m, -0.005m, 1m, 1.0m, 1.10m, 1.01m, 1.001m, 494500m, 494500.00m, 26611.20m,
            decimal.MaxValue, decimal.MinValue, 42949672.95m, 42949672.96m, -42949672.950m, 0.0000000000000000000000000001m, 99.995m,
        };
        for (var i = 0; i < 200_000; i++)
        {
            var d = new decimal(rnd.Next(), rnd.Next(4) == 0 ? rnd.Next() : 0, rnd.Next(8) == 0 ? rnd.Next() : 0, rnd.Next(2) == 0, (byte)rnd.Next(29));
            values.Add(d);
            values.Add(Math.Round(d, rnd.Next(4)));
            values.Add(decimal.Truncate(d) * 1.00m);
        }

        foreach (var v in values)
        {
            Assert.Equal(decimal.GetBits(ParDivision(v)), decimal.GetBits(DecisionJsonWriter.Normalize(v)));
        }
    }
}
