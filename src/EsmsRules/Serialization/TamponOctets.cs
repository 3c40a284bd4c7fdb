using System;
using System.Buffers;
using System.IO;
using System.Text.Json;

namespace EsmsRules.Serialization;

/// <summary>
/// A byte buffer rented from <see cref="ArrayPool{T}.Shared"/> for one serialisation, as the
/// <see cref="IBufferWriter{T}"/> of a <see cref="Utf8JsonWriter"/>: writing a decision allocates no buffer of its own
/// (a <see cref="Utf8JsonWriter"/> over a stream, or a <see cref="MemoryStream"/>, grows fresh arrays to the size of
/// the decision). With a <see cref="Stream"/>, the bytes are handed to it once <see cref="Seuil"/> are pending, so a
/// large decision is streamed through a buffer of bounded size.
/// </summary>
internal sealed class TamponOctets : IBufferWriter<byte>, IDisposable
{
    /// <summary>Bytes pending before they are written to the stream.</summary>
    internal const int Seuil = 16 * 1024;

    private const int TailleInitiale = 32 * 1024;

    private readonly Stream? _sortie;
    private byte[] _buffer;
    private int _position;

    /// <summary>A buffer that keeps everything written (<paramref name="sortie"/> null) or hands it to
    /// <paramref name="sortie"/>.</summary>
    public TamponOctets(Stream? sortie)
    {
        _sortie = sortie;
        _buffer = ArrayPool<byte>.Shared.Rent(TailleInitiale);
    }

    /// <summary>The array holding the bytes not yet handed to the stream, from index 0.</summary>
    public byte[] Tableau => _buffer;

    /// <summary>How many bytes of <see cref="Tableau"/> are written.</summary>
    public int Longueur => _position;

    /// <inheritdoc />
    public void Advance(int count)
    {
        if (count < 0 || _position + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "count exceeds the memory handed out.");
        }

        _position += count;
        if (_sortie is not null && _position >= Seuil)
        {
            Vider();
        }
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserver(sizeHint);
        return _buffer.AsMemory(_position);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserver(sizeHint);
        return _buffer.AsSpan(_position);
    }

    /// <summary>Writes the pending bytes to the stream (nothing without one).</summary>
    public void Vider()
    {
        if (_sortie is not null && _position > 0)
        {
            _sortie.Write(_buffer, 0, _position);
            _position = 0;
        }
    }

    /// <summary>Returns the array to the pool; the buffer is unusable afterwards.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _position = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Reserver(int sizeHint)
    {
        if (sizeHint < 1)
        {
            sizeHint = 1;
        }

        if (_buffer.Length - _position >= sizeHint)
        {
            return;
        }

        Vider();
        if (_buffer.Length - _position >= sizeHint)
        {
            return;
        }

        var plus = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _position + sizeHint));
        Buffer.BlockCopy(_buffer, 0, plus, 0, _position);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = plus;
    }
}
