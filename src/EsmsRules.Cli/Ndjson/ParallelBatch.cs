using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Decisions;

namespace EsmsRules.Cli.Ndjson;

/// <summary>
/// <c>evaluate --ndjson --parallele N</c> with N &gt; 1: the calling thread reads the lines and copies them into lots
/// (at most <see cref="LotLines"/> lines or <see cref="LotBytes"/> bytes, a longer line alone); N worker threads
/// evaluate the lots, each into the lot's own answer buffer; a lot's answers are written once it and every lot read
/// before it are done, so the output is the sequential run's bytes in input order, and so are the standard error's
/// descriptions of invalid lines.
/// </summary>
/// <remarks>
/// <para>Memory is bounded: at most <see cref="Window"/> lots exist at once (read, being evaluated, or waiting for an
/// earlier lot), and the reader waits for the oldest to be written before it starts another. The whole input is never
/// held.</para>
/// <para>Interactive use over a pipe: before each read of the input, which may wait, the lot being filled is handed to
/// the workers, and whoever writes the last lot handed over flushes the output; so every line read is answered without
/// waiting for more input.</para>
/// <para>A line that fails is that line's answer, as in the sequential run. A failure of the batch itself (the output
/// cannot be written, the input cannot be read) stops it: the answers to the lines read before are written when the
/// output allows it, and the failure is raised on the calling thread.</para>
/// </remarks>
internal sealed class ParallelBatch
{
    /// <summary>A lot is handed to the workers when it holds this many lines…</summary>
    internal const int LotLines = 256;

    /// <summary>… or this many bytes of input (a line longer than this is a lot of its own).</summary>
    internal const int LotBytes = 64 * 1024;

    private readonly IDossierEvaluator _evaluator;
    private readonly bool _arbre;
    private readonly TextWriter _stderr;
    private readonly int _workers;
    private readonly int _window;

    private readonly SemaphoreSlim _free;
    private readonly BlockingCollection<Lot> _queue = new();
    private readonly ConcurrentQueue<Lot> _pool = new();
    private readonly CancellationTokenSource _failed = new();
    private readonly object _order = new();
    private readonly Lot?[] _done;
    private IAnswerSink _output = null!;
    private Exception? _failure;
    private Lot? _filling;
    private long _handedOver;
    private long _written;
    private bool _invalid;

    public ParallelBatch(IDossierEvaluator evaluator, bool arbre, TextWriter stderr, int workers)
    {
        _evaluator = evaluator;
        _arbre = arbre;
        _stderr = stderr;
        _workers = workers;
        _window = Window(workers);
        _free = new SemaphoreSlim(_window, _window);
        _done = new Lot?[_window];
    }

    /// <summary>The most lots that exist at once for <paramref name="workers"/> workers: one being filled, one being
    /// evaluated by each worker, and as many again finished and waiting for an earlier, longer one.</summary>
    internal static int Window(int workers) => (2 * workers) + 1;

    /// <inheritdoc cref="NdjsonBatch.Run"/>
    public int Run(Func<Action, ILineSource> input, IAnswerSink output)
    {
        _output = output;
        var threads = new Thread[_workers];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = "esms-rules --ndjson " + (i + 1) };
            threads[i].Start();
        }

        try
        {
            Read(input);
        }
        catch (OperationCanceledException) when (_failed.IsCancellationRequested)
        {
            // A worker failed while the reader waited for room: its failure is raised below.
        }
        finally
        {
            // Whatever stopped the reading, the lines read so far are evaluated and written, then the workers end.
            if (_filling is { Count: > 0 } && !_failed.IsCancellationRequested)
            {
                HandOver();
            }

            _queue.CompleteAdding();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            if (!_failed.IsCancellationRequested)
            {
                output.Flush();
            }
        }

        if (_failure is not null)
        {
            ExceptionDispatchInfo.Capture(_failure).Throw();
        }

        return _invalid ? Program.InvalidInput : Program.Evaluated;
    }

    private void Read(Func<Action, ILineSource> input)
    {
        var lines = input(() =>
        {
            // The next read may wait for input: what has been read is handed over now, to be answered meanwhile.
            if (_filling is { Count: > 0 })
            {
                HandOver();
            }
        });

        var number = 0;
        while (lines.TryRead(out var line))
        {
            number++;
            if (CliErrors.IsBlank(line.Span))
            {
                continue;
            }

            if (_filling is null)
            {
                _free.Wait(_failed.Token);
                _filling = _pool.TryDequeue(out var reused) ? reused : new Lot(_arbre);
            }

            _filling.Add(line.Span, number);
            if (_filling.Count >= LotLines || _filling.Bytes >= LotBytes)
            {
                HandOver();
            }
        }
    }

    private void HandOver()
    {
        var lot = _filling!;
        _filling = null;
        lot.Sequence = _handedOver;
        Interlocked.Increment(ref _handedOver);
        _queue.Add(lot);
    }

    private void Work()
    {
        try
        {
            foreach (var lot in _queue.GetConsumingEnumerable(_failed.Token))
            {
                lot.Evaluate(_evaluator);
                Finish(lot);
            }
        }
        catch (OperationCanceledException) when (_failed.IsCancellationRequested)
        {
            // Another worker failed; its failure is raised by Run.
        }
#pragma warning disable CA1031 // Raised on the calling thread by Run, as the sequential run would raise it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            lock (_order)
            {
                _failure ??= ex;
            }

            _failed.Cancel();
        }
    }

    /// <summary>Records <paramref name="lot"/> as evaluated and writes, in order, every lot whose predecessors are all
    /// written; flushes when nothing handed over is left to write.</summary>
    private void Finish(Lot lot)
    {
        lock (_order)
        {
            _done[lot.Sequence % _window] = lot;
            while (_done[_written % _window] is { } next && next.Sequence == _written)
            {
                _done[_written % _window] = null;
                _output.Write(next.Answers);
                foreach (var (number, errors) in next.Errors)
                {
                    _invalid = true;
                    CliErrors.Write(_stderr, errors, number);
                }

                _written++;
                next.Clear();
                _pool.Enqueue(next);
                _free.Release();
            }

            if (_written == Interlocked.Read(ref _handedOver))
            {
                _output.Flush();
            }
        }
    }

    /// <summary>Lines read together, evaluated by one worker, and their answers.</summary>
    private sealed class Lot
    {
        private readonly NdjsonLineWriter _writer;
        private readonly List<(int Start, int Length, int Number)> _lines = new();
        private byte[] _input = new byte[LotBytes];

        public Lot(bool arbre) => _writer = new NdjsonLineWriter(arbre);

        /// <summary>Its rank among the lots handed over, from 0.</summary>
        public long Sequence { get; set; }

        public int Count => _lines.Count;

        public int Bytes { get; private set; }

        /// <summary>The answers, once evaluated.</summary>
        public ReadOnlySpan<byte> Answers => _writer.Pending;

        /// <summary>The problems of each invalid line, once evaluated, in input order.</summary>
        public List<(int Number, IReadOnlyList<InputError> Errors)> Errors { get; } = new();

        public void Add(ReadOnlySpan<byte> line, int number)
        {
            if (Bytes + line.Length > _input.Length)
            {
                Array.Resize(ref _input, Math.Max(Bytes + line.Length, _input.Length * 2));
            }

            line.CopyTo(_input.AsSpan(Bytes));
            _lines.Add((Bytes, line.Length, number));
            Bytes += line.Length;
        }

        public void Evaluate(IDossierEvaluator evaluator)
        {
            foreach (var (start, length, number) in _lines)
            {
                if (NdjsonBatch.Answer(evaluator, _writer, _input.AsMemory(start, length), number) is { } errors)
                {
                    Errors.Add((number, errors));
                }
            }
        }

        public void Clear()
        {
            _lines.Clear();
            Errors.Clear();
            _writer.Clear(16 * LotBytes);
            Bytes = 0;
            if (_input.Length > LotBytes)
            {
                // A long line's buffer is not kept: the memory held stays that of the window.
                _input = new byte[LotBytes];
            }
        }
    }
}
