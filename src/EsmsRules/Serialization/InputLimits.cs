using System;

namespace EsmsRules.Serialization;

/// <summary>
/// The limits a dossier read from JSON must keep, so that hostile or broken input is refused at once, with a short
/// error, rather than costing time, memory or pages of error output. Every default is here, in one place.
/// </summary>
/// <remarks>
/// <para>A dossier beyond a limit is refused like any other invalid dossier: an <see cref="Decisions.InputError"/>
/// with the code <c>limitExceeded</c>, the JSON path where the limit was crossed and the limit in its arguments
/// (<c>limite</c>), listed with every other problem found (the document size excepted: a document too large is not
/// read at all).</para>
/// <para>These limits concern reading. The bounds of the values themselves (a usage counter at most 10⁹, a duration
/// at most 120 months, an amount at most 10⁹ €…) are part of the dossier format and hold whatever the limits
/// (code <c>outOfRange</c>).</para>
/// </remarks>
public sealed record InputLimits
{
    /// <summary>Default <see cref="MaxDocumentBytes"/>: 64 MiB (67 108 864 bytes).</summary>
    public const int DefaultMaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>Default <see cref="MaxEssms"/>: 100 000.</summary>
    public const int DefaultMaxEssms = 100_000;

    /// <summary>Default <see cref="MaxStringLength"/>: 500 characters.</summary>
    public const int DefaultMaxStringLength = 500;

    /// <summary>Default <see cref="MaxDepth"/>: 64 nested objects or arrays.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Default <see cref="MaxProblems"/>: 1 000.</summary>
    public const int DefaultMaxProblems = 1_000;

    private readonly int _maxDocumentBytes = DefaultMaxDocumentBytes;
    private readonly int _maxEssms = DefaultMaxEssms;
    private readonly int _maxStringLength = DefaultMaxStringLength;
    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly int _maxProblems = DefaultMaxProblems;

    /// <summary>The default limits.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Size of the document, in bytes of its UTF-8 encoding (for a .NET string: the bytes it encodes to,
    /// never fewer than its characters). A larger document is refused before it is read.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = Positive(value);
    }

    /// <summary>ESSMS in a dossier, over all its OGs; the same number bounds each other list of the dossier (OGs,
    /// <c>mesures</c>, <c>commandesSons</c>, the FINESS numbers of an order), each of which names ESSMS or their OGs.
    /// The entries beyond it are not read.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxEssms
    {
        get => _maxEssms;
        init => _maxEssms = Positive(value);
    }

    /// <summary>Characters of a free text (<c>nom</c>, <c>campagne</c>). Coded values have their own length: a FINESS
    /// number 9 characters, a date 10, a category 3; a longer one is refused without being copied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = Positive(value);
    }

    /// <summary>Objects and arrays nested in one another, the dossier itself counting as one (the format needs 5:
    /// dossier, list of OGs, OG, list of ESSMS, ESSMS), anywhere in the document, unknown fields included.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Positive(value);
    }

    /// <summary>Problems (input errors and warnings together) listed for one document: once it is reached, reading
    /// stops and one more error says so. Bounds the memory and the error output a hostile document can cost.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxProblems
    {
        get => _maxProblems;
        init => _maxProblems = Positive(value);
    }

    private static int Positive(int value) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Une limite vaut au moins 1.");
}
