using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
#if !NETSTANDARD2_0
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text;

namespace EsmsRules.Collections;

/// <summary>
/// The dictionary every public type of the library holds behind <see cref="IReadOnlyDictionary{TKey, TValue}"/>:
/// immutable (it wraps a dictionary it never exposes and implements no writable interface; its keys and values are
/// given as plain sequences), with value equality (same keys, each mapped to an equal value, in any order) and a
/// readable <see cref="ToString"/> (<c>{a: 1, b: 2}</c>).
/// </summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type; immutable itself for the dictionary to be deeply immutable.</typeparam>
[DebuggerDisplay("Count = {Count}")]
internal sealed class ValueDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, System.IEquatable<ValueDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entrees;

    private ValueDictionary(Dictionary<TKey, TValue> entrees) => _entrees = entrees;

    /// <summary>The empty dictionary (ordinal keys for strings).</summary>
    public static ValueDictionary<TKey, TValue> Empty { get; } = new(new Dictionary<TKey, TValue>());

    /// <inheritdoc />
    public int Count => _entrees.Count;

    /// <summary>The keys, in insertion order.</summary>
    public IEnumerable<TKey> Keys
    {
        get
        {
            foreach (var kv in _entrees)
            {
                yield return kv.Key;
            }
        }
    }

    /// <summary>The values, in insertion order of their keys.</summary>
    public IEnumerable<TValue> Values
    {
        get
        {
            foreach (var kv in _entrees)
            {
                yield return kv.Value;
            }
        }
    }

    /// <inheritdoc />
    public TValue this[TKey key] => _entrees[key];

    /// <summary>Wraps a dictionary the library has just built and will not touch again, without copying it.</summary>
    internal static ValueDictionary<TKey, TValue> Wrap(Dictionary<TKey, TValue> entrees) => new(entrees);

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => _entrees.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(
        TKey key,
#if !NETSTANDARD2_0
        [MaybeNullWhen(false)]
#endif
        out TValue value) => _entrees.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _entrees.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entrees.GetEnumerator();

    /// <summary>Same keys, each mapped to an equal value (<see cref="EqualityComparer{T}.Default"/>), in any order.</summary>
    /// <param name="other">The other dictionary.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._entrees.Count != _entrees.Count)
        {
            return false;
        }

        var comparateur = EqualityComparer<TValue>.Default;
        foreach (var kv in _entrees)
        {
            if (!other._entrees.TryGetValue(kv.Key, out var v) || !comparateur.Equals(kv.Value, v))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueDictionary<TKey, TValue> autre && Equals(autre);

    /// <summary>Combines the entries' hash codes regardless of their order.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var cles = _entrees.Comparer;
        var valeurs = EqualityComparer<TValue>.Default;
        var h = _entrees.Count;
        unchecked
        {
            foreach (var kv in _entrees)
            {
                h += (cles.GetHashCode(kv.Key) * 397) ^ (kv.Value is null ? 0 : valeurs.GetHashCode(kv.Value));
            }
        }

        return h;
    }

    /// <summary><c>{key: value, …}</c> in insertion order.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        var premier = true;
        foreach (var kv in _entrees)
        {
            if (!premier)
            {
                sb.Append(", ");
            }

            premier = false;
            sb.Append(kv.Key).Append(": ").Append(kv.Value?.ToString() ?? "null");
        }

        return sb.Append('}').ToString();
    }
}

/// <summary>Builds <see cref="ValueDictionary{TKey, TValue}"/>s.</summary>
internal static class ValueDictionary
{
    /// <summary>Wraps a dictionary the library has just built and will not touch again, without copying it.</summary>
    /// <typeparam name="TKey">Key type.</typeparam>
    /// <typeparam name="TValue">Value type.</typeparam>
    /// <param name="entrees">The dictionary; the caller gives it up.</param>
    /// <returns>The value dictionary.</returns>
    public static ValueDictionary<TKey, TValue> Wrap<TKey, TValue>(Dictionary<TKey, TValue> entrees)
        where TKey : notnull => ValueDictionary<TKey, TValue>.Wrap(entrees);

    /// <summary>The entries as a value dictionary: the same instance when it already is one, else a copy (with the
    /// source's key comparer when it is a <see cref="Dictionary{TKey, TValue}"/>). Null stays null (so that a validator
    /// can report it instead of a constructor throwing).</summary>
    /// <typeparam name="TKey">Key type.</typeparam>
    /// <typeparam name="TValue">Value type.</typeparam>
    /// <param name="source">The entries.</param>
    /// <returns>The value dictionary.</returns>
    public static ValueDictionary<TKey, TValue> From<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> source)
        where TKey : notnull
    {
        switch (source)
        {
            case null:
                return null!;
            case ValueDictionary<TKey, TValue> v:
                return v;
            case Dictionary<TKey, TValue> d:
                return d.Count == 0 && ReferenceEquals(d.Comparer, EqualityComparer<TKey>.Default)
                    ? ValueDictionary<TKey, TValue>.Empty
                    : ValueDictionary<TKey, TValue>.Wrap(new Dictionary<TKey, TValue>(d, d.Comparer));
            default:
                var copie = new Dictionary<TKey, TValue>(source.Count);
                foreach (var kv in source)
                {
                    copie.Add(kv.Key, kv.Value);
                }

                return ValueDictionary<TKey, TValue>.Wrap(copie);
        }
    }
}
