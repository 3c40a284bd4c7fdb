using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Collections;
using Xunit;

namespace EsmsRules.Tests.Collections;

public class ValueDictionaryTests
{
    [Fact]
    public void From_Dictionary_CopiesItSoTheCallerCannotChangeIt()
    {
        var source = new Dictionary<string, string> { ["a"] = "1" };

        var d = ValueDictionary.From(source);
        source["a"] = "2";
        source["b"] = "3";

        Assert.Equal("1", d["a"]);
        Assert.Single(d);
    }

    [Fact]
    public void From_KeepsTheSourceComparer()
    {
        var d = ValueDictionary.From(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["A"] = 1 });

        Assert.True(d.ContainsKey("a"));
    }

    [Fact]
    public void From_ValueDictionaryOrNull_IsTheSameInstanceOrNull()
    {
        var d = ValueDictionary.From(new Dictionary<string, int> { ["a"] = 1 });

        Assert.Same(d, ValueDictionary.From(d));
        Assert.Null(ValueDictionary.From<string, int>(null!));
        Assert.Same(ValueDictionary<string, int>.Empty, ValueDictionary.From(new Dictionary<string, int>()));
    }

    [Fact]
    public void ValueDictionary_CastToAnyWritableType_IsImpossible()
    {
        var d = ValueDictionary.From(new Dictionary<string, string> { ["a"] = "1" });

        Assert.False((object)d is IDictionary<string, string>);
        Assert.False((object)d is IDictionary);
        Assert.False((object)d is ICollection<KeyValuePair<string, string>>);
        Assert.False(d.Keys is ICollection<string>);
        Assert.False(d.Values is ICollection<string>);
        Assert.Equal(new[] { "a" }, d.Keys);
        Assert.Equal(new[] { "1" }, d.Values);
    }

    [Fact]
    public void Equals_SameEntriesInAnyOrder_AreEqualWithTheSameHashCode()
    {
        var a = ValueDictionary.From(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
        var b = ValueDictionary.From(new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueDictionary.From(new Dictionary<string, string> { ["a"] = "1", ["b"] = "3" }));
        Assert.NotEqual(a, ValueDictionary.From(new Dictionary<string, string> { ["a"] = "1" }));
        Assert.NotEqual(a, ValueDictionary.From(new Dictionary<string, string> { ["a"] = "1", ["c"] = "2" }));
    }

    [Fact]
    public void ToString_Entries_IsBracedInInsertionOrder()
    {
        Assert.Equal("{a: 1, b: 2}", ValueDictionary.From(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }).ToString());
        Assert.Equal("{}", ValueDictionary<string, int>.Empty.ToString());
    }

    [Fact]
    public void TryGetValue_AndIndexer_ReadTheEntries()
    {
        var d = ValueDictionary.From(new Dictionary<string, int> { ["a"] = 1 });

        Assert.True(d.TryGetValue("a", out var v));
        Assert.Equal(1, v);
        Assert.False(d.TryGetValue("b", out _));
        Assert.Throws<KeyNotFoundException>(() => d["b"]);
        Assert.Equal(new[] { new KeyValuePair<string, int>("a", 1) }, d.ToArray());
    }
}
