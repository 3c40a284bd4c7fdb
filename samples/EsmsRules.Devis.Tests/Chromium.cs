using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace EsmsRules.Devis.Tests;

/// <summary>
/// Headless Chromium driven through the Chrome DevTools Protocol over a WebSocket (System.Net.WebSockets): no browser
/// download, no driver — Debian's <c>chromium</c> package. The browser is started on a page; <see cref="EvaluateAsync"/>
/// runs JavaScript in it (<c>Runtime.evaluate</c>) and returns the value.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _page;
    private readonly DirectoryInfo _profil;
    private int _dernierId;

    private Chromium(Process process, ClientWebSocket page, DirectoryInfo profil)
    {
        _process = process;
        _page = page;
        _profil = profil;
    }

    /// <summary>The browser to use: <c>ESMSRULES_CHROMIUM</c> when set, else <c>chromium</c> (Debian),
    /// <c>chromium-browser</c> or <c>google-chrome</c> on the PATH; null when there is none.</summary>
    public static string? Chemin()
    {
        if (Environment.GetEnvironmentVariable("ESMSRULES_CHROMIUM") is { Length: > 0 } choisi)
        {
            return File.Exists(choisi) ? choisi : null;
        }

        var dossiers = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(nom => dossiers.Select(d => Path.Combine(d, nom)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Starts the browser on <paramref name="adresse"/> and connects to that page.</summary>
    public static async Task<Chromium> StartAsync(string chemin, Uri adresse, CancellationToken annulation)
    {
        var profil = Directory.CreateTempSubdirectory("esmsrules-devis-chromium-");
        var demarrage = new ProcessStartInfo(chemin)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--user-data-dir=" + profil.FullName, adresse.ToString(),
        })
        {
            demarrage.ArgumentList.Add(argument);
        }

        var process = Process.Start(demarrage) ?? throw new InvalidOperationException($"{chemin} n'a pas démarré.");
        try
        {
            // Chromium writes "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…" on standard error.
            var ecoute = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            var journal = new System.Collections.Concurrent.ConcurrentQueue<string>();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    ecoute.TrySetException(new InvalidOperationException("Chromium s'est arrêté : " + string.Join(" | ", journal)));
                    return;
                }

                journal.Enqueue(e.Data);
                const string Prefixe = "DevTools listening on ";
                if (e.Data.StartsWith(Prefixe, StringComparison.Ordinal))
                {
                    ecoute.TrySetResult(new Uri(e.Data[Prefixe.Length..].Trim()));
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            var navigateur = await ecoute.Task.WaitAsync(TimeSpan.FromSeconds(60), annulation);

            // The page's own WebSocket, from the list of targets.
            using var http = new HttpClient();
            string? cible = null;
            for (var essai = 0; cible is null; essai++)
            {
                using var cibles = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://{navigateur.Authority}/json/list"), annulation));
                cible = cibles.RootElement.EnumerateArray()
                    .Where(c => c.GetProperty("type").GetString() == "page")
                    .Select(c => c.GetProperty("webSocketDebuggerUrl").GetString())
                    .FirstOrDefault();
                if (cible is null)
                {
                    if (essai > 100)
                    {
                        throw new InvalidOperationException("Chromium n'a pas ouvert la page.");
                    }

                    await Task.Delay(100, annulation);
                }
            }

            var page = new ClientWebSocket();
            await page.ConnectAsync(new Uri(cible), annulation);
            return new Chromium(process, page, profil);
        }
        catch
        {
            Arreter(process, profil);
            throw;
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (promises awaited) and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken annulation)
    {
        var id = ++_dernierId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new
        {
            id,
            method = "Runtime.evaluate",
            @params = new { expression, returnByValue = true, awaitPromise = true },
        });
        await _page.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, annulation);

        while (true)
        {
            using var reponse = JsonDocument.Parse(await RecevoirAsync(annulation));
            var racine = reponse.RootElement;
            if (!racine.TryGetProperty("id", out var recu) || recu.GetInt32() != id)
            {
                continue; // An event, or the answer to an earlier call.
            }

            if (racine.TryGetProperty("error", out var erreur))
            {
                throw new InvalidOperationException("Runtime.evaluate : " + erreur);
            }

            var resultat = racine.GetProperty("result");
            if (resultat.TryGetProperty("exceptionDetails", out var exception))
            {
                throw new InvalidOperationException("Exception JavaScript : " + exception);
            }

            return resultat.GetProperty("result").TryGetProperty("value", out var valeur) ? valeur.Clone() : default;
        }
    }

    private async Task<byte[]> RecevoirAsync(CancellationToken annulation)
    {
        using var message = new MemoryStream();
        var tampon = new byte[16 * 1024];
        WebSocketReceiveResult recu;
        do
        {
            recu = await _page.ReceiveAsync(tampon, annulation);
            if (recu.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("Chromium a fermé la connexion à la page.");
            }

            message.Write(tampon, 0, recu.Count);
        }
        while (!recu.EndOfMessage);
        return message.ToArray();
    }

    public ValueTask DisposeAsync()
    {
        _page.Dispose();
        Arreter(_process, _profil);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the browser this instance started (its process tree) and removes its profile.</summary>
    private static void Arreter(Process process, DirectoryInfo profil)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        try
        {
            profil.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a child that is ending: the temporary folder is left behind.
        }
    }
}
