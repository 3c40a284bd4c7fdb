using System;

namespace EsmsRules.Serialization;

/// <summary>
/// Checks that the raw bytes of a JSON string (as <see cref="System.Text.Json.Utf8JsonReader.ValueSpan"/> gives them,
/// escapes not yet decoded) are Unicode text: valid UTF-8, and every escaped surrogate in a pair (<c>"\ud800"</c>,
/// <c>"\udc00x"</c> or a high surrogate followed by anything but a low one are not). <see cref="System.Text.Json"/>
/// throws <see cref="InvalidOperationException"/> when asked to decode such a string; a reader that checks first
/// reports it as an input error instead. Shared by the dossier reader (the barème loader has the same need).
/// </summary>
internal static class TexteJson
{
    /// <summary>Whether <paramref name="brut"/> decodes to valid UTF-16 text.</summary>
    /// <param name="brut">The string's bytes between its quotes, escapes included.</param>
    /// <param name="echappe">Whether the string has escapes (<see cref="System.Text.Json.Utf8JsonReader.ValueIsEscaped"/>).</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Valide(ReadOnlySpan<byte> brut, bool echappe) =>
        (!echappe && Ascii16(brut)) || (Utf8Valide(brut) && (!echappe || SubstitutsApparies(brut)));

    /// <summary>8 to 16 bytes, all ASCII: a FINESS number, a date, an enum value (checked in place).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool Ascii16(ReadOnlySpan<byte> s)
    {
        if (s.Length < 8 || s.Length > 16)
        {
            return false;
        }

        var debut = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(s);
        var fin = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(s.Slice(s.Length - 8));
        return ((debut | fin) & 0x8080808080808080UL) == 0;
    }

    /// <summary>Whether the bytes are well-formed UTF-8 (no overlong form, no surrogate code point, nothing beyond
    /// U+10FFFF).</summary>
    public static bool Utf8Valide(ReadOnlySpan<byte> s)
    {
        var i = 0;

        // ASCII first, eight bytes at a time: names, FINESS numbers, enum values and dates are ASCII.
        while (i + 8 <= s.Length && (System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(s.Slice(i)) & 0x8080808080808080UL) == 0)
        {
            i += 8;
        }

        while (i < s.Length)
        {
            var b = s[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int n;
            int min;
            if ((b & 0xE0) == 0xC0)
            {
                n = 1;
                min = 0x80;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                n = 2;
                min = 0x800;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                n = 3;
                min = 0x10000;
            }
            else
            {
                return false;
            }

            if (i + n >= s.Length)
            {
                return false;
            }

            var cp = b & (0x3F >> n);
            for (var k = 1; k <= n; k++)
            {
                var c = s[i + k];
                if ((c & 0xC0) != 0x80)
                {
                    return false;
                }

                cp = (cp << 6) | (c & 0x3F);
            }

            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            {
                return false;
            }

            i += n + 1;
        }

        return true;
    }

    /// <summary>Whether every <c>\uD800</c>–<c>\uDBFF</c> escape is followed by a <c>\uDC00</c>–<c>\uDFFF</c> escape, and
    /// no low one stands alone. The escapes' syntax was checked by the reader.</summary>
    private static bool SubstitutsApparies(ReadOnlySpan<byte> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != (byte)'\\')
            {
                continue;
            }

            i++;
            if (i >= s.Length || s[i] != (byte)'u')
            {
                continue; // \n, \", \\ …: one character
            }

            var u = Hex4(s, i + 1);
            i += 4;
            if (u >= 0xDC00 && u <= 0xDFFF)
            {
                return false;
            }

            if (u >= 0xD800 && u <= 0xDBFF)
            {
                if (i + 6 >= s.Length || s[i + 1] != (byte)'\\' || s[i + 2] != (byte)'u')
                {
                    return false;
                }

                var bas = Hex4(s, i + 3);
                if (bas < 0xDC00 || bas > 0xDFFF)
                {
                    return false;
                }

                i += 6;
            }
        }

        return true;
    }

    private static int Hex4(ReadOnlySpan<byte> s, int debut)
    {
        if (debut + 4 > s.Length)
        {
            return -1;
        }

        var v = 0;
        for (var k = 0; k < 4; k++)
        {
            var c = s[debut + k];
            var d = c >= (byte)'0' && c <= (byte)'9' ? c - '0'
                : c >= (byte)'a' && c <= (byte)'f' ? c - 'a' + 10
                : c >= (byte)'A' && c <= (byte)'F' ? c - 'A' + 10
                : -1;
            if (d < 0)
            {
                return -1;
            }

            v = (v << 4) | d;
        }

        return v;
    }
}
