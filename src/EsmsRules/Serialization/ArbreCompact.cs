using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Rules;

namespace EsmsRules.Serialization;

/// <summary>
/// Writes the explained tree (<c>arbre</c>) as compact UTF-8 JSON straight into a byte buffer, for the compact writer
/// with the JSON encoder (the batch path): the bytes are exactly those <see cref="DecisionJsonWriter"/> writes
/// node by node through <see cref="Utf8JsonWriter"/> (<c>ArbreCompactTests</c> compare both on every example and on
/// random dossiers), at a fraction of the cost, since a node of the catalogue is mostly constant text.
/// </summary>
/// <remarks>
/// Per catalogue rule, the start of a node (<c>{"regle":"ID","titre":"…","resultat":"</c>) and its middle
/// (<c>","source":"…","montant":</c>) are encoded once. Variable text (explanations, inputs read) is written as UTF-8
/// when no character of it needs escaping under the JSON encoder (French text never does: accents, <c>€</c>,
/// narrow no-break spaces are written as they are); otherwise, or when the tree is deeper than
/// <see cref="ProfondeurMax"/> or larger than <see cref="TailleMax"/>, <see cref="Preparer"/> gives null, and the caller
/// writes the tree through the <see cref="Utf8JsonWriter"/>, which escapes and checks.
/// </remarks>
internal static class ArbreCompact
{
    /// <summary>Largest tree written in one piece (bytes): with the writer flushed before it, a stream-backed
    /// <see cref="Utf8JsonWriter"/> never grows its buffer onto the large-object heap (it grows to at most twice the
    /// request).</summary>
    internal const int TailleMax = 40 * 1024;

    /// <summary>Deepest tree written directly (the writer's own limit, 1 000 by default, is checked on the fallback).</summary>
    internal const int ProfondeurMax = 64;

    private const int TailleInitiale = 32 * 1024;

    private static readonly JavaScriptEncoder Encoder = DecisionJsonWriter.Encoder;

    /// <summary>One bit per UTF-16 code unit: set when the JSON encoder writes it as it is (surrogates are never
    /// set: a string holding one is left to the writer).</summary>
    private static readonly ulong[] Surs = CaracteresSurs();

#if NET8_0_OR_GREATER
    /// <summary>The ASCII characters written as they are (printable, other than the quote and the backslash).</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiSurs = System.Buffers.SearchValues.Create(AsciiSursTexte());
#endif

    private static readonly byte[] RegleDebut = U("{\"regle\":");
    private static readonly byte[] TitreNom = U(",\"titre\":");
    private static readonly byte[] ResultatNom = U(",\"resultat\":\"");
    private static readonly byte[] SourceNom = U("\",\"source\":");
    private static readonly byte[] MontantNom = U(",\"montant\":");
    private static readonly byte[] Null = U("null");
    private static readonly byte[] ManquantesNom = U(",\"donneesManquantes\":[");
    private static readonly byte[] EntreesNom = U(",\"entrees\":[");
    private static readonly byte[] CheminNom = U("{\"chemin\":");
    private static readonly byte[] ValeurNom = U(",\"valeur\":");
    private static readonly byte[] EnfantsNom = U(",\"enfants\":[");
    private static readonly byte[] FinNoeud = U("]}");
    private static readonly byte[] Feuille = [.. EnfantsNom, .. FinNoeud];

    // Built from the names above (static fields are initialised in the order they are written).
    private static readonly byte[][] Resultats = ResultatsSuivisExplication();

    /// <summary>The tree's bytes, written before anything else of the decision (so that a tree left to the writer is
    /// known before a byte is written), or null when <paramref name="w"/> is not compact with the JSON encoder or the
    /// tree cannot be written directly. The caller hands it to <see cref="Ecrire"/> and gives it back with
    /// <see cref="Rendre"/>.</summary>
    internal static Arbre? Preparer(Utf8JsonWriter w, DecisionNode racine)
    {
        if (w.Options.Indented || !ReferenceEquals(w.Options.Encoder, Encoder))
        {
            return null;
        }

        var e = new Emetteur(ArrayPool<byte>.Shared.Rent(TailleInitiale));
        if (!e.Noeud(racine, 0))
        {
            ArrayPool<byte>.Shared.Return(e.Buffer);
            return null;
        }

        return new Arbre(e.Buffer, e.Position);
    }

    /// <summary>Writes a prepared tree as the next value of <paramref name="w"/>.</summary>
    internal static void Ecrire(Utf8JsonWriter w, Arbre arbre)
    {
        if (w.BytesPending + arbre.Longueur > TailleMax)
        {
            w.Flush();
        }

        w.WriteRawValue(new ReadOnlySpan<byte>(arbre.Octets, 0, arbre.Longueur), skipInputValidation: true);
    }

    /// <summary>Gives a prepared tree's buffer back to the pool.</summary>
    internal static void Rendre(Arbre arbre) => ArrayPool<byte>.Shared.Return(arbre.Octets);

    /// <summary>A tree's bytes in a pooled buffer (a value: preparing a tree allocates nothing).</summary>
    internal readonly struct Arbre
    {
        public Arbre(byte[] octets, int longueur)
        {
            Octets = octets;
            Longueur = longueur;
        }

        public byte[] Octets { get; }

        public int Longueur { get; }
    }

    /// <summary>The bytes of <paramref name="racine"/> written directly, or null when it would be left to the writer
    /// (for tests).</summary>
    internal static byte[]? Bytes(DecisionNode racine)
    {
        var e = new Emetteur(ArrayPool<byte>.Shared.Rent(TailleInitiale));
        try
        {
            return e.Noeud(racine, 0) ? new ReadOnlySpan<byte>(e.Buffer, 0, e.Position).ToArray() : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(e.Buffer);
        }
    }

    /// <summary>Whether the JSON encoder writes <paramref name="c"/> as it is (for tests).</summary>
    internal static bool EstSur(char c) => (Surs[c >> 6] & (1UL << (c & 63))) != 0;

    private struct Emetteur
    {
        public byte[] Buffer;
        public int Position;

        public Emetteur(byte[] buffer)
        {
            Buffer = buffer;
            Position = 0;
        }

        public bool Noeud(DecisionNode n, int profondeur)
        {
            if (profondeur > ProfondeurMax || (uint)n.Resultat >= (uint)Resultats.Length)
            {
                return false;
            }

            var f = n.Definition is { } definition ? FragmentsDe(definition) : null;
            if (f is not null && string.Equals(n.Titre, f.Info.Titre, StringComparison.Ordinal))
            {
                if (!Copier(f.Debut[(int)n.Resultat]))
                {
                    return false;
                }
            }
            else if (!Copier(RegleDebut) || !Chaine(n.Regle) || !Copier(TitreNom) || !Chaine(n.Titre) || !Copier(ResultatNom)
                || !Copier(Resultats[(int)n.Resultat]))
            {
                return false;
            }

            // The sentence written straight from its template, without a string (a decision has about fifty).
            if (!Contenu(n.ExplicationEcrite()))
            {
                return false;
            }

            if (f is not null && string.Equals(n.Source, f.Info.Source, StringComparison.Ordinal))
            {
                if (!(n.Montant is { } montant ? Copier(f.Milieu) && Nombre(montant) : Copier(f.MilieuNull)))
                {
                    return false;
                }
            }
            else if (!Copier(SourceNom) || !Chaine(n.Source) || !Copier(MontantNom) || !(n.Montant is { } m ? Nombre(m) : Copier(Null)))
            {
                return false;
            }

            if (n.DonneesManquantes.Count == 0 && n.Entrees.Count == 0 && n.Enfants.Count == 0)
            {
                return Copier(Feuille);
            }

            if (n.DonneesManquantes.Count > 0)
            {
                if (!Copier(ManquantesNom))
                {
                    return false;
                }

                for (var i = 0; i < n.DonneesManquantes.Count; i++)
                {
                    if ((i > 0 && !Octet((byte)',')) || !Chaine(n.DonneesManquantes[i]))
                    {
                        return false;
                    }
                }

                if (!Octet((byte)']'))
                {
                    return false;
                }
            }

            if (n.Entrees.Count > 0)
            {
                if (!Copier(EntreesNom))
                {
                    return false;
                }

                for (var i = 0; i < n.Entrees.Count; i++)
                {
                    var entree = n.Entrees[i];
                    if ((i > 0 && !Octet((byte)','))
                        || !Copier(CheminNom) || !Chaine(entree.Chemin) || !Copier(ValeurNom)
                        || !(entree.Valeur is { } v ? Chaine(v) : Copier(Null))
                        || !Octet((byte)'}'))
                    {
                        return false;
                    }
                }

                if (!Octet((byte)']'))
                {
                    return false;
                }
            }

            if (!Copier(EnfantsNom))
            {
                return false;
            }

            for (var i = 0; i < n.Enfants.Count; i++)
            {
                if ((i > 0 && !Octet((byte)',')) || !Noeud(n.Enfants[i], profondeur + 1))
                {
                    return false;
                }
            }

            return Copier(FinNoeud);
        }

        private bool Chaine(string s) => Octet((byte)'"') && Contenu(s.AsSpan()) && Octet((byte)'"');

        /// <summary>The UTF-8 bytes of <paramref name="s"/> without quotes; false when a character needs escaping.</summary>
        private bool Contenu(ReadOnlySpan<char> s)
        {
            // At most 3 bytes per UTF-16 code unit (no surrogate pair gets here).
            if (!Reserver(s.Length * 3))
            {
                return false;
            }

            var buffer = Buffer;
            var p = Position;
            var i = 0;
#if NET8_0_OR_GREATER
            var chars = s;
            while (true)
            {
                // Runs of printable ASCII other than '"' and '\\' are narrowed with vector instructions.
                var run = chars.Slice(i).IndexOfAnyExcept(AsciiSurs);
                var end = run < 0 ? chars.Length : i + run;
                if (end > i)
                {
                    System.Text.Ascii.FromUtf16(chars.Slice(i, end - i), new Span<byte>(buffer, p, end - i), out var written);
                    p += written;
                    i = end;
                }

                if (i == chars.Length)
                {
                    break;
                }

                if (!Caractere(chars[i++], buffer, ref p))
                {
                    return false;
                }
            }
#else
            for (; i < s.Length; i++)
            {
                if (!Caractere(s[i], buffer, ref p))
                {
                    return false;
                }
            }
#endif

            Position = p;
            return true;
        }

        /// <summary>Writes one UTF-16 code unit as UTF-8 at <paramref name="p"/>; false when the JSON encoder
        /// would escape it.</summary>
        private static bool Caractere(char c, byte[] buffer, ref int p)
        {
            if ((Surs[c >> 6] & (1UL << (c & 63))) == 0)
            {
                return false;
            }

            if (c < 0x80)
            {
                buffer[p++] = (byte)c;
            }
            else if (c < 0x800)
            {
                buffer[p++] = (byte)(0xC0 | (c >> 6));
                buffer[p++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                buffer[p++] = (byte)(0xE0 | (c >> 12));
                buffer[p++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[p++] = (byte)(0x80 | (c & 0x3F));
            }

            return true;
        }

        private bool Nombre(decimal m)
        {
            // A decimal has at most 29 digits, a sign, a point and leading zeros after it: 64 bytes is ample.
            if (!Reserver(64)
                || !DecisionJsonWriter.TryFormatAmount(m, new Span<byte>(Buffer, Position, 64), out var written))
            {
                return false;
            }

            Position += written;
            return true;
        }

        private bool Copier(byte[] bytes)
        {
            if (!Reserver(bytes.Length))
            {
                return false;
            }

            bytes.AsSpan().CopyTo(Buffer.AsSpan(Position));
            Position += bytes.Length;
            return true;
        }

        private bool Octet(byte b)
        {
            if (!Reserver(1))
            {
                return false;
            }

            Buffer[Position++] = b;
            return true;
        }

        /// <summary>Makes room for <paramref name="count"/> more bytes; false past <see cref="TailleMax"/>.</summary>
        private bool Reserver(int count)
        {
            var needed = Position + count;
            if (needed <= Buffer.Length)
            {
                return true;
            }

            if (needed > TailleMax + 256)
            {
                return false;
            }

            var plus = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Buffer.Length * 2));
            Buffer.AsSpan(0, Position).CopyTo(plus);
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = plus;
            return true;
        }
    }

    private sealed class Fragments
    {
        public Fragments(Definition info)
        {
            Info = info;
            var debut = Concat(RegleDebut, Quoted(info.Id), TitreNom, Quoted(info.Titre), ResultatNom);
            Debut = new byte[Resultats.Length][];
            for (var r = 0; r < Resultats.Length; r++)
            {
                Debut[r] = Concat(debut, Resultats[r]);
            }

            Milieu = Concat(SourceNom, Quoted(info.Source), MontantNom);
            MilieuNull = Concat(Milieu, Null);
        }

        public Definition Info { get; }

        /// <summary>By outcome: <c>{"regle":"ID","titre":"…","resultat":"satisfied","explication":"</c></summary>
        public byte[][] Debut { get; }

        /// <summary><c>","source":"…","montant":</c> (the quote closes the explanation).</summary>
        public byte[] Milieu { get; }

        /// <summary><see cref="Milieu"/> followed by <c>null</c>.</summary>
        public byte[] MilieuNull { get; }

        private static byte[] Concat(params byte[][] parts)
        {
            var bytes = new List<byte>(512);
            foreach (var part in parts)
            {
                bytes.AddRange(part);
            }

            return bytes.ToArray();
        }

        private static byte[] Quoted(string s)
        {
            var encoded = JsonEncodedText.Encode(s, Encoder).EncodedUtf8Bytes;
            var a = new byte[encoded.Length + 2];
            a[0] = (byte)'"';
            encoded.CopyTo(new Span<byte>(a, 1, encoded.Length));
            a[a.Length - 1] = (byte)'"';
            return a;
        }
    }

    /// <summary>The fragments of a catalogue entry, encoded on first use and kept with it.</summary>
    private static Fragments FragmentsDe(Definition definition) =>
        definition.FragmentsArbre as Fragments ?? (Fragments)(definition.FragmentsArbre = new Fragments(definition));

    private static byte[][] ResultatsSuivisExplication()
    {
        var values = (Resultat[])Enum.GetValues(typeof(Resultat));
        var max = 0;
        foreach (var v in values)
        {
            max = Math.Max(max, (int)v);
        }

        var a = new byte[max + 1][];
        for (var i = 0; i <= max; i++)
        {
            a[i] = U(Wire.Resultat((Resultat)i) + "\",\"explication\":\"");
        }

        return a;
    }

    private static ulong[] CaracteresSurs()
    {
        var bits = new ulong[65536 / 64];
        for (var c = 0; c < 65536; c++)
        {
            if ((c < 0xD800 || c > 0xDFFF) && !Encoder.WillEncode(c))
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }

#if NET8_0_OR_GREATER
    private static string AsciiSursTexte()
    {
        var sb = new StringBuilder(128);
        for (var c = (char)0; c < 0x80; c++)
        {
            if (EstSur(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
#endif

    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);
}
