using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Collections;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace EsmsRules.Tests.Collections;

public class ValueListTests
{
    [Fact]
    public void From_Array_CopiesItSoTheCallerCannotChangeTheList()
    {
        var source = new[] { "a", "b" };

        var liste = ValueList.From(source);
        source[0] = "z";

        Assert.Equal(new[] { "a", "b" }, liste);
    }

    [Fact]
    public void From_List_CopiesIt()
    {
        var source = new List<int> { 1, 2 };

        var liste = ValueList.From(source);
        source.Add(3);

        Assert.Equal(2, liste.Count);
    }

    [Fact]
    public void From_ValueList_IsTheSameInstance()
    {
        var liste = ValueList.From(new[] { 1, 2 });

        Assert.Same(liste, ValueList.From(liste));
        Assert.Same(liste, ValueList.From((IReadOnlyList<int>)liste));
    }

    [Fact]
    public void From_EmptyOrNull_IsTheSharedEmptyListOrNull()
    {
        Assert.Same(ValueList<int>.Empty, ValueList.From(Array.Empty<int>()));
        Assert.Same(ValueList<int>.Empty, ValueList.From(Enumerable.Empty<int>()));
        Assert.Null(ValueList.From<int>(null!));
        Assert.Null(ValueList.FromOrNull<int>(null));
    }

    [Fact]
    public void From_LazySequence_IsEnumeratedOnce()
    {
        var appels = 0;
        IEnumerable<int> Suite()
        {
            appels++;
            yield return 1;
            yield return 2;
        }

        var liste = ValueList.From(Suite());

        Assert.Equal(new[] { 1, 2 }, liste);
        Assert.Equal(1, appels);
    }

    [Fact]
    public void Wrap_Array_DoesNotCopy()
    {
        var tableau = new[] { 1, 2, 3 };

        var liste = ValueList.Wrap(tableau);
        tableau[1] = 9; // the library never does this after wrapping: the test only shows there was no copy

        Assert.Equal(9, liste[1]);
    }

    [Fact]
    public void ValueList_CastToAnyWritableType_IsImpossible()
    {
        object liste = ValueList.From(new[] { "a", "b" });

        Assert.False(liste is string[]);
        Assert.False(liste is IList<string>);
        Assert.False(liste is ICollection<string>);
        Assert.False(liste is IList);
        Assert.False(liste is ICollection);
        Assert.False(liste is Array);
        Assert.DoesNotContain(liste.GetType().GetProperties(), p => p.SetMethod is not null);
    }

    [Fact]
    public void Equals_SameElementsInTheSameOrder_AreEqualWithTheSameHashCode()
    {
        var a = ValueList.From(new[] { "x", "y" });
        var b = ValueList.From(new List<string> { "x", "y" });

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueList.From(new[] { "y", "x" }));
        Assert.NotEqual(a, ValueList.From(new[] { "x" }));
        Assert.False(a.Equals(new[] { "x", "y" }));
        Assert.False(a.Equals(null));
    }

    [Property]
    public void Equals_AnyTwoIntLists_IsSequenceEquality(int[] x, int[] y)
    {
        var a = ValueList.From(x);
        var b = ValueList.From(y);

        Assert.Equal(x.SequenceEqual(y), a.Equals(b));
        Assert.Equal(a.Equals(b), b.Equals(a));
        if (a.Equals(b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        Assert.Equal(a, ValueList.From(x.ToList()));
    }

    [Fact]
    public void Equals_NullElements_CompareEqual()
    {
        Assert.Equal(ValueList.From(new string?[] { null, "a" }), ValueList.From(new string?[] { null, "a" }));
        Assert.Equal(ValueList.From(new string?[] { null, "a" }).GetHashCode(), ValueList.From(new string?[] { null, "a" }).GetHashCode());
    }

    [Fact]
    public void ToString_Elements_IsBracketedAndCommaSeparated()
    {
        Assert.Equal("[a, b, null]", ValueList.From(new string?[] { "a", "b", null }).ToString());
        Assert.Equal("[]", ValueList<int>.Empty.ToString());
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var liste = ValueList.From(new[] { 1 });

        Assert.Throws<IndexOutOfRangeException>(() => liste[1]);
    }

    [Fact]
    public void Enumerators_Generic_NonGeneric_AndStruct_GiveTheElements()
    {
        var liste = ValueList.From(new[] { 1, 2, 3 });
        var parStruct = new List<int>();
        foreach (var x in liste)
        {
            parStruct.Add(x);
        }

        var nonGenerique = new List<object?>();
        foreach (var x in (IEnumerable)liste)
        {
            nonGenerique.Add(x);
        }

        Assert.Equal(new[] { 1, 2, 3 }, parStruct);
        Assert.Equal(new[] { 1, 2, 3 }, ((IEnumerable<int>)liste).ToArray());
        Assert.Equal(new object[] { 1, 2, 3 }, nonGenerique);
    }

    [Fact]
    public void GetEnumerator_EmptyListThroughTheInterface_NeverYieldsHoweverOftenItIsEnumerated()
    {
        IEnumerable<int> vide = ValueList<int>.Empty;

        for (var i = 0; i < 3; i++)
        {
            using var e = vide.GetEnumerator();
            Assert.False(e.MoveNext());
            Assert.False(e.MoveNext());
        }

        Assert.Empty(vide);
        Assert.Empty(ValueList.From(new List<string>()));
    }
}
