using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;

namespace EsmsRules.Serialization;

/// <summary>
/// Reads a dossier from its JSON and reports <b>every</b> problem at once, each with its JSON path, a stable code and
/// a French message: wrong types, unknown enum values, bad FINESS numbers, bad dates, numbers that do not read back
/// exactly, values beyond their bounds, duplicates, strings that are not Unicode text, input beyond the
/// <see cref="InputLimits"/>… No exception escapes for bad input, and no message quotes more than a few dozen
/// characters of it.
/// </summary>
/// <remarks>
/// <para>One forward pass of <see cref="Utf8JsonReader"/>, driven by the description of the format: each field is
/// read by the type the description gives it, checked against its bounds, and the problems are listed as they are
/// met; the semantic checks of <see cref="DossierValidator"/> (duplicates, no ESSMS, campaign) then run on what could
/// be read.</para>
/// <para>A field the format does not know is not silently dropped: it is a warning (<see cref="Avertissement"/>, code
/// <c>champInconnu</c>, with the nearest known name when one is close: <c>devi</c> → « devis »), or an input error in
/// strict mode (<see cref="DossierReadOptions.Strict"/>). The same field written twice in one object is an error.</para>
/// </remarks>
public static partial class DossierJsonReader
{
    /// <summary>Reads a dossier (default limits, unknown fields as warnings, which this overload does not return: see
    /// <see cref="Read(string, DossierReadOptions?)"/>).</summary>
    /// <param name="json">UTF-16 JSON text.</param>
    /// <param name="dossier">The dossier when valid.</param>
    /// <param name="errors">Every problem (empty when valid).</param>
    /// <returns>True when the dossier is valid.</returns>
    public static bool TryRead(string json, [NotNullWhen(true)] out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Conclude(Read(json, strict: false, InputLimits.Default, campagnes: null), out dossier, out errors);
    }

    /// <summary>Reads a dossier from UTF-8 bytes (see <see cref="TryRead(string, out Dossier?, out IReadOnlyList{InputError})"/>).</summary>
    /// <param name="utf8Json">UTF-8 JSON.</param>
    /// <param name="dossier">The dossier when valid.</param>
    /// <param name="errors">Every problem (empty when valid).</param>
    /// <returns>True when the dossier is valid.</returns>
    public static bool TryRead(ReadOnlyMemory<byte> utf8Json, [NotNullWhen(true)] out Dossier? dossier, out IReadOnlyList<InputError> errors) =>
        Conclude(Read(utf8Json.Span, strict: false, InputLimits.Default, campagnes: null), out dossier, out errors);

    /// <summary>Reads a dossier from a parsed element (its text is read again, as for the other overloads).</summary>
    /// <param name="root">The root element.</param>
    /// <param name="dossier">The dossier when valid.</param>
    /// <param name="errors">Every problem (empty when valid).</param>
    /// <returns>True when the dossier is valid.</returns>
    public static bool TryRead(JsonElement root, [NotNullWhen(true)] out Dossier? dossier, out IReadOnlyList<InputError> errors) =>
        TryRead(root.GetRawText(), out dossier, out errors);

    /// <summary>Reads a dossier and returns it with its warnings, or every problem.</summary>
    /// <param name="json">UTF-16 JSON text.</param>
    /// <param name="options">Strict mode and limits; null → <see cref="DossierReadOptions.Default"/>.</param>
    /// <returns>The dossier and its warnings, or the errors (with the warnings found before).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DossierReadResult Read(string json, DossierReadOptions? options = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        options ??= DossierReadOptions.Default;
        return Read(json, options.Strict, options.Limits ?? InputLimits.Default, campagnes: null).Resultat();
    }

    /// <summary>Reads a dossier from UTF-8 bytes and returns it with its warnings, or every problem.</summary>
    /// <param name="utf8Json">UTF-8 JSON.</param>
    /// <param name="options">Strict mode and limits; null → <see cref="DossierReadOptions.Default"/>.</param>
    /// <returns>The dossier and its warnings, or the errors (with the warnings found before).</returns>
    public static DossierReadResult Read(ReadOnlyMemory<byte> utf8Json, DossierReadOptions? options = null)
    {
        options ??= DossierReadOptions.Default;
        return Read(utf8Json.Span, options.Strict, options.Limits ?? InputLimits.Default, campagnes: null).Resultat();
    }

    /// <summary>Reads a dossier; with <paramref name="campagnes"/>, a <c>campagne</c> it does not know is one more
    /// problem listed with the others (the evaluator without a barème of its own).</summary>
    internal static Lecture Read(string json, bool strict, InputLimits limits, BaremeCatalogue? campagnes)
    {
        // Each UTF-16 code unit is at least one byte of UTF-8: a text longer than the limit is refused before anything
        // else. A lone surrogate (not encodable) becomes the text \udfff, an escape the reader then reports at its path.
        if (json.Length > limits.MaxDocumentBytes)
        {
            return TropGrand(json.Length, auMoins: true, limits);
        }

        var taille = Utf8AvecEchappement.GetByteCount(json);
        if (taille > limits.MaxDocumentBytes)
        {
            return TropGrand(taille, auMoins: false, limits);
        }

        var octets = ArrayPool<byte>.Shared.Rent(Math.Max(taille, 1));
        try
        {
            var n = Utf8AvecEchappement.GetBytes(json, 0, json.Length, octets, 0);
            return Lire(octets.AsSpan(0, n), strict, limits, campagnes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(octets);
        }
    }

    /// <summary>Reads a dossier from UTF-8 bytes; see <see cref="Read(string, bool, InputLimits, BaremeCatalogue?)"/>.</summary>
    internal static Lecture Read(ReadOnlySpan<byte> utf8Json, bool strict, InputLimits limits, BaremeCatalogue? campagnes) =>
        utf8Json.Length > limits.MaxDocumentBytes ? TropGrand(utf8Json.Length, auMoins: false, limits) : Lire(utf8Json, strict, limits, campagnes);

    /// <summary>UTF-8 that writes a lone surrogate of a .NET string as the six characters <c>\udfff</c>.</summary>
    private static readonly Encoding Utf8AvecEchappement = Encoding.GetEncoding(
        "utf-8", new EncoderReplacementFallback("\\udfff"), DecoderFallback.ReplacementFallback);

    [ThreadStatic]
    private static Lecteur? t_lecteur;

    private static Lecture Lire(ReadOnlySpan<byte> utf8, bool strict, InputLimits limits, BaremeCatalogue? campagnes)
    {
        var lecteur = t_lecteur ??= new Lecteur();
        var lu = lecteur.Lire(utf8, strict, limits);
        return Conclude(lu, lecteur.Erreurs(), lecteur.Avertissements(), lecteur.Complet, campagnes);
    }

    private static Lecture TropGrand(long taille, bool auMoins, InputLimits limits)
    {
        var error = new InputError(InputErrorCodes.LimitExceeded, "$",
            string.Format(CultureInfo.InvariantCulture, "Document de {0}{1} octets : au plus {2} octets sont lus (limite MaxDocumentBytes).",
                auMoins ? "plus de " : string.Empty, taille, limits.MaxDocumentBytes),
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["limite"] = limits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture),
                ["taille"] = taille.ToString(CultureInfo.InvariantCulture),
            });
        return new Lecture(null, new[] { error }, Array.Empty<Avertissement>());
    }

    /// <summary>The reader's result: the problems of the read (<paramref name="list"/>; null when there were none), then
    /// the semantic ones of what could be read (when it could be read to its end).</summary>
    private static Lecture Conclude(Dossier? built, List<InputError>? list, List<Avertissement>? avertissements, bool complet, BaremeCatalogue? campagnes)
    {
        if (built is not null && complet
            && DossierValidator.Validate(built, campagnes is not null, campagnes ?? BaremeCatalogue.Embedded, formatVerifie: true) is { Count: > 0 } semantiques)
        {
            // Semantic checks (duplicates, no ESSMS, campaign…) on what could be read; a path already reported keeps
            // its first message.
            list ??= new List<InputError>();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in list)
            {
                reported.Add(e.Chemin);
            }

            foreach (var e in semantiques)
            {
                // A problem under a path already reported (a missing or mistyped object) is an artefact of the
                // placeholder the reader used for it, not a problem of the input.
                if (!SousCheminSignale(reported, e.Chemin) && reported.Add(e.Chemin))
                {
                    list.Add(e);
                }
            }
        }

        IReadOnlyList<Avertissement> warnings = avertissements is null ? Array.Empty<Avertissement>() : avertissements.ToArray();
        if (list is { Count: > 0 })
        {
            return new Lecture(null, list, warnings);
        }

        return new Lecture(built, Array.Empty<InputError>(), warnings);
    }

    private static bool Conclude(Lecture result, [NotNullWhen(true)] out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        dossier = result.Dossier;
        errors = result.Errors;
        return dossier is not null;
    }

    /// <summary>What a read gives, before it is handed to a caller (<see cref="DossierReadResult"/> for the public
    /// API; the evaluator and <c>TryRead</c> take it as it is).</summary>
    internal readonly struct Lecture
    {
        public Lecture(Dossier? dossier, IReadOnlyList<InputError> errors, IReadOnlyList<Avertissement> avertissements)
        {
            Dossier = dossier;
            Errors = errors;
            Avertissements = avertissements;
        }

        public Dossier? Dossier { get; }

        public IReadOnlyList<InputError> Errors { get; }

        public IReadOnlyList<Avertissement> Avertissements { get; }

        public DossierReadResult Resultat() => new(Dossier, Errors, Avertissements);
    }

    private static bool SousCheminSignale(HashSet<string> reported, string chemin)
    {
        for (var i = chemin.Length - 1; i > 0; i--)
        {
            if ((chemin[i] == '.' || chemin[i] == '[') && reported.Contains(chemin.Substring(0, i)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Options of <see cref="DossierJsonReader.Read(string, DossierReadOptions?)"/>.</summary>
public sealed record DossierReadOptions
{
    /// <summary>Default options: unknown fields are warnings, default limits.</summary>
    public static DossierReadOptions Default { get; } = new();

    /// <summary>Refuse fields the dossier format does not know, as input errors (code <c>champInconnu</c>), rather than
    /// reporting them as warnings.</summary>
    public bool Strict { get; init; }

    /// <summary>The limits of the input; <see cref="InputLimits.Default"/> unless set.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}

/// <summary>A dossier read from JSON, with its warnings; or every problem (never both a dossier and errors).</summary>
public sealed class DossierReadResult
{
    internal DossierReadResult(Dossier? dossier, IReadOnlyList<InputError> errors, IReadOnlyList<Avertissement> avertissements)
    {
        Dossier = dossier;
        Errors = errors;
        Avertissements = avertissements;
    }

    /// <summary>The dossier; null when the input was invalid.</summary>
    public Dossier? Dossier { get; }

    /// <summary>Every input problem; empty when <see cref="Dossier"/> is set.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>What was accepted but deserves a look (unknown fields, outside strict mode), in document order; given
    /// for an invalid input too.</summary>
    public IReadOnlyList<Avertissement> Avertissements { get; }

    /// <summary>True when the dossier was read: <see cref="Dossier"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Dossier))]
    public bool IsValid => Dossier is not null;
}
