using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EsmsRules.Decisions;

namespace EsmsRules.Cli.CommandLine;

/// <summary>The input errors the tool reports itself, before or around the library's reading of a dossier.</summary>
internal static class CliErrors
{
    /// <summary>Code of an evaluation that failed inside the library (an exception rather than a list of problems):
    /// the line is reported with it and the batch goes on.</summary>
    public const string InternalError = "internalError";

    /// <summary>"Dossier invalide (n problèmes) :" (singular for one) (or "Ligne N : dossier invalide…") and one line per problem.</summary>
    public static void Write(TextWriter stderr, IReadOnlyList<InputError> errors, int? line) =>
        stderr.WriteLine(InputError.Describe(line is null ? "Dossier invalide" : $"Ligne {line} : dossier invalide", errors));

    /// <summary>As <see cref="Write"/> for a single dossier, each problem with the line and column of its JSON path in
    /// <paramref name="utf8"/> (of the value, or of the object lacking a missing field): « $.typeProjet (ligne 4,
    /// colonne 17) : … ». A malformed document's problem already says where the text stops being JSON.</summary>
    public static void WriteWithPositions(TextWriter stderr, IReadOnlyList<InputError> errors, ReadOnlySpan<byte> utf8)
    {
        var chemins = new string[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            chemins[i] = errors[i].Chemin;
        }

        var positions = PositionsJson.Trouver(utf8, chemins);
        stderr.WriteLine($"Dossier invalide ({errors.Count} problème{(errors.Count >= 2 ? "s" : string.Empty)}) :");
        for (var i = 0; i < errors.Count; i++)
        {
            var e = errors[i];
            var ou = positions[i] is { } p && e.Code != InputErrorCodes.MalformedJson
                ? FormattableString.Invariant($" (ligne {p.Ligne}, colonne {p.Colonne})")
                : string.Empty;
            stderr.WriteLine($"  {e.Chemin}{ou} : {e.Message} [{e.Code}]");
        }
    }

    /// <summary>Bytes that are not UTF-8 are not JSON text (RFC 8259 §8.1): <c>malformedJson</c>, with the position of the
    /// first bad byte.</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="where">"de la ligne", "du fichier « x »"…</param>
    public static InputError InvalidUtf8(ReadOnlySpan<byte> utf8, string where)
    {
        var position = FirstInvalidByte(utf8) + 1;
        var octet = position.ToString(CultureInfo.InvariantCulture);
        return new InputError(InputErrorCodes.MalformedJson, "$", $"Texte UTF-8 invalide (octet {octet} {where}) : un dossier JSON s'écrit en UTF-8.",
            new Dictionary<string, string> { ["octet"] = octet });
    }

    /// <summary>An input that holds nothing but white space.</summary>
    public static InputError Empty(string what) =>
        new(InputErrorCodes.MalformedJson, "$", $"{what} est vide : un dossier JSON est attendu.");

    /// <summary>The library threw instead of answering: reported as the dossier's problem, with the exception's type.</summary>
    public static InputError Internal(Exception ex) =>
        new(InternalError, "$", $"Erreur interne pendant l'évaluation de ce dossier ({ex.GetType().Name} : {ex.Message.TrimEnd('.')}).",
            new Dictionary<string, string> { ["exception"] = ex.GetType().FullName ?? ex.GetType().Name });

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <summary>True when <paramref name="utf8"/> holds only white space (as <c>string.Trim().Length == 0</c> on its text).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                return System.Text.Encoding.UTF8.GetString(utf8).Trim().Length == 0;
            }

            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
