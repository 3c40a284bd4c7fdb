using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Serialization;

namespace EsmsRules.Cli.Ndjson;

/// <summary>
/// Writes the <c>--ndjson</c> answer lines into one reused buffer with one reused <see cref="Utf8JsonWriter"/>:
/// <c>{"ligne":N,</c> followed by the decision's fields (or <c>"erreurs"</c>), then a line break.
/// </summary>
/// <remarks>The library writes a decision as a whole object. Rather than parse it back to put <c>ligne</c> first, the
/// writer lays down <c>{"ligne":N</c>, lets the library write its object right after, and turns the library's opening
/// brace into the comma: the same bytes as a writer that knew about <c>ligne</c>, with no copy.</remarks>
internal sealed class NdjsonLineWriter : IBufferWriter<byte>
{
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);
    private readonly Utf8JsonWriter _json;
    private readonly bool _arbre;
    private byte[] _buffer = new byte[64 * 1024];
    private int _count;

    public NdjsonLineWriter(bool arbre)
    {
        _json = new Utf8JsonWriter(this, DecisionJsonWriter.Options(indented: false));
        _arbre = arbre;
    }

    /// <summary>The lines written since the last <see cref="Clear()"/>.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(0, _count);

    public void Clear() => _count = 0;

    /// <summary>Empties the writer, and lets its buffer go if it grew beyond <paramref name="capacity"/> bytes (a long
    /// line's answer): a writer kept for reuse then holds no more than that.</summary>
    public void Clear(int capacity)
    {
        _count = 0;
        if (_buffer.Length > capacity)
        {
            _buffer = new byte[capacity];
        }
    }

    /// <summary>Writes the line of a decision.</summary>
    public void Write(int ligne, Decision decision)
    {
        var brace = Begin(ligne);
        DecisionJsonWriter.Write(_json, decision, _arbre);
        End(brace);
    }

    /// <summary>Writes the line of a refused dossier.</summary>
    public void Write(int ligne, IReadOnlyList<InputError> errors)
    {
        var brace = Begin(ligne);
        DecisionJsonWriter.WriteErrors(_json, errors);
        End(brace);
    }

    /// <summary>Drops what was written from <paramref name="count"/> on (a line whose writing failed half way).</summary>
    public void Truncate(int count)
    {
        _json.Reset();
        _count = count;
    }

    /// <summary>The number of bytes written, to <see cref="Truncate"/> back to.</summary>
    public int Count => _count;

    private int Begin(int ligne)
    {
        _json.Reset();
        var span = GetSpan(16);
        "{\"ligne\":"u8.CopyTo(span);
        Utf8Formatter.TryFormat(ligne, span[9..], out var digits);
        Advance(9 + digits);
        return _count;
    }

    private void End(int brace)
    {
        _json.Flush();
        if (_count <= brace || _buffer[brace] != (byte)'{')
        {
            throw new InvalidOperationException("La décision écrite ne commence pas par « { ».");
        }

        _buffer[brace] = (byte)',';
        NewLine.CopyTo(GetSpan(NewLine.Length));
        Advance(NewLine.Length);
    }

    public void Advance(int count) => _count += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_count);
    }

    private void Ensure(int sizeHint)
    {
        var needed = _count + Math.Max(sizeHint, 256);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
