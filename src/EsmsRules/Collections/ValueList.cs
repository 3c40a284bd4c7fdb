using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace EsmsRules.Collections;

/// <summary>
/// The list every public type of the library holds behind <see cref="IReadOnlyList{T}"/>: immutable (it wraps an array
/// it never exposes and implements no writable interface, so no cast can change it), with value equality (same count,
/// equal elements in the same order) and a readable <see cref="ToString"/> (<c>[a, b, c]</c>), so that records holding
/// lists compare and print by value.
/// </summary>
/// <typeparam name="T">Element type; immutable itself for the list to be deeply immutable (the library's are).</typeparam>
/// <remarks>Build one with <see cref="ValueList.From{T}(IEnumerable{T})"/> (copies whatever it is given, unless it already
/// is a value list) or, for an array the library has just built and will not touch again,
/// <see cref="ValueList.Wrap{T}(T[])"/> (no copy). Not sealed only so that the engine's shared list of barème values can
/// keep its encoded JSON beside it; nothing outside the assembly can derive from it.</remarks>
[DebuggerDisplay("Count = {Count}")]
internal class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _elements;

    /// <summary>Wraps <paramref name="elements"/> without copying it: the caller gives it up.</summary>
    private protected ValueList(T[] elements) => _elements = elements;

    /// <summary>The empty list (one instance per element type).</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <inheritdoc />
    public int Count => _elements.Length;

    /// <inheritdoc />
    public T this[int index] => _elements[index];

    /// <summary>Wraps an array the library has just built and will not touch again, without copying it.</summary>
    internal static ValueList<T> Wrap(T[] elements) => elements.Length == 0 ? Empty : new ValueList<T>(elements);

    /// <summary>Enumerates the elements in order.</summary>
    /// <returns>The enumerator.</returns>
    /// <remarks>As <see cref="Array"/>'s: a sealed class, one shared instance for an empty list, and a plain
    /// <c>new</c> otherwise, so that the JIT, once it has guessed the list's type at a <c>foreach</c> over
    /// <see cref="IEnumerable{T}"/>, knows the enumerator's exact type and can keep it on the stack.</remarks>
    public Enumerator GetEnumerator() => _elements.Length == 0 ? Enumerator.Vide : new Enumerator(_elements);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Same count and equal elements (<see cref="EqualityComparer{T}.Default"/>) in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._elements.Length != _elements.Length)
        {
            return false;
        }

        var comparateur = EqualityComparer<T>.Default;
        for (var i = 0; i < _elements.Length; i++)
        {
            if (!comparateur.Equals(_elements[i], other._elements[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> autre && Equals(autre);

    /// <summary>Combines the elements' hash codes in order.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var comparateur = EqualityComparer<T>.Default;
        var h = 17;
        unchecked
        {
            foreach (var e in _elements)
            {
                h = (h * 31) + (e is null ? 0 : comparateur.GetHashCode(e));
            }
        }

        return h;
    }

    /// <summary><c>[a, b, c]</c>, each element by its own <see cref="object.ToString"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < _elements.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(_elements[i]?.ToString() ?? "null");
        }

        return sb.Append(']').ToString();
    }

    /// <summary>Enumerates a <see cref="ValueList{T}"/>.</summary>
    public sealed class Enumerator : IEnumerator<T>
    {
        private readonly T[] _elements;
        private int _index;

        internal Enumerator(T[] elements)
        {
            _elements = elements;
            _index = -1;
        }

        /// <summary>The enumerator every empty list shares: moving it only ever sets its index to 0 (the end).</summary>
        internal static readonly Enumerator Vide = new(Array.Empty<T>());

        /// <inheritdoc />
        public T Current => _elements[_index];

        object? IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            var suivant = _index + 1;
            if ((uint)suivant >= (uint)_elements.Length)
            {
                _index = _elements.Length;
                return false;
            }

            _index = suivant;
            return true;
        }

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public void Dispose()
        {
        }
    }
}

/// <summary>Builds <see cref="ValueList{T}"/>s.</summary>
internal static class ValueList
{
    /// <summary>Wraps an array the library has just built and will not touch again, without copying it.</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <param name="elements">The array; the caller gives it up.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Wrap<T>(T[] elements) => ValueList<T>.Wrap(elements);

    /// <summary>The elements as a value list: the same instance when it already is one, else a copy. Null stays null
    /// (so that a validator can report a missing list instead of a constructor throwing).</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From<T>(IEnumerable<T> source)
    {
        switch (source)
        {
            case null:
                return null!;
            case ValueList<T> liste:
                return liste;
            case T[] tableau:
                // Before the interface cases: a cast of an array to an interface costs more.
                return tableau.Length == 0 ? ValueList<T>.Empty : ValueList<T>.Wrap((T[])tableau.Clone());
            case ICollection<T> collection:
                if (collection.Count == 0)
                {
                    return ValueList<T>.Empty;
                }

                var copie = new T[collection.Count];
                collection.CopyTo(copie, 0);
                return ValueList<T>.Wrap(copie);
            case IReadOnlyList<T> lecture:
                var elements = new T[lecture.Count];
                for (var i = 0; i < elements.Length; i++)
                {
                    elements[i] = lecture[i];
                }

                return ValueList<T>.Wrap(elements);
            default:
                return ValueList<T>.Wrap(new List<T>(source).ToArray());
        }
    }

    /// <summary><see cref="From{T}(IEnumerable{T})"/> for a list that may be null.</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <param name="source">The elements, or null.</param>
    /// <returns>The list, or null.</returns>
    public static ValueList<T>? FromOrNull<T>(IEnumerable<T>? source) => source is null ? null : From(source);
}
