using System;
using System.IO;
using System.Text;

namespace EsmsRules.Cli.Ndjson;

/// <summary>The lines of an input, as UTF-8 bytes, split as <see cref="TextReader.ReadLine"/> splits them (\n, \r or
/// \r\n; a last line without terminator counts).</summary>
internal interface ILineSource
{
    /// <summary>The next line, without its terminator; false at the end of the input.</summary>
    /// <param name="line">The line, valid until the next call.</param>
    /// <returns>False at the end of the input.</returns>
    bool TryRead(out ReadOnlyMemory<byte> line);
}

/// <summary>The lines of a UTF-8 stream, read in blocks without decoding (a leading byte order mark is skipped).
/// <c>beforeRead</c> runs before each read of the stream, which may wait for input: the batch writes its answers
/// then, so a caller that writes one dossier and waits for its decision gets it.</summary>
internal sealed class Utf8Lines : ILineSource
{
    private readonly Stream _stream;
    private readonly Action _beforeRead;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _first = true;
    private bool _skipLf;

    public Utf8Lines(Stream stream, Action beforeRead)
    {
        _stream = stream;
        _beforeRead = beforeRead;
    }

    public bool TryRead(out ReadOnlyMemory<byte> line)
    {
        var scanned = 0;
        while (true)
        {
            if (_skipLf && _start < _end)
            {
                _skipLf = false;
                if (_buffer[_start] == (byte)'\n')
                {
                    _start++;
                }
            }

            var span = _buffer.AsSpan(_start + scanned, _end - _start - scanned);
            var i = span.IndexOfAny((byte)'\n', (byte)'\r');
            if (i >= 0)
            {
                var length = scanned + i;
                line = _buffer.AsMemory(_start, length);
                _skipLf = _buffer[_start + length] == (byte)'\r';
                _start += length + 1;
                return true;
            }

            scanned = _end - _start;
            if (_eof)
            {
                line = _buffer.AsMemory(_start, scanned);
                _start = _end;
                return scanned > 0;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _beforeRead();
        do
        {
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _eof = true;
                break;
            }

            _end += n;
        }
        while (_first && _end < 3);

        if (_first)
        {
            _first = false;
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
    }
}

/// <summary>The lines of a <see cref="TextReader"/> (the tests' text streams), encoded to UTF-8 as
/// <see cref="Encoding.UTF8"/> encodes (an unpaired surrogate becomes U+FFFD: text read from bytes never holds one).</summary>
internal sealed class TextLines : ILineSource
{
    private readonly TextReader _reader;
    private readonly Action _beforeRead;
    private byte[] _bytes = Array.Empty<byte>();

    public TextLines(TextReader reader, Action beforeRead)
    {
        _reader = reader;
        _beforeRead = beforeRead;
    }

    public bool TryRead(out ReadOnlyMemory<byte> line)
    {
        _beforeRead();
        var text = _reader.ReadLine();
        if (text is null)
        {
            line = default;
            return false;
        }

        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length < max)
        {
            _bytes = new byte[max];
        }

        line = _bytes.AsMemory(0, Encoding.UTF8.GetBytes(text, 0, text.Length, _bytes, 0));
        return true;
    }
}
