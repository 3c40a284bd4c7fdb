using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace EsmsRules.Devis.Tests;

/// <summary>
/// The quoting page end to end: the application on a free loopback port (Kestrel on 127.0.0.1:0), the page in headless
/// Chromium, a field changed as a salesperson types, and the amount shown read from the page.
/// </summary>
public class PageTests
{
    /// <summary>How long the page may take to show a new figure (a wait, not a timing assertion).</summary>
    private static readonly TimeSpan Attente = TimeSpan.FromSeconds(30);

    [ChromiumFact]
    public async Task Page_SalespersonEditsTheGrappe_ShowsTheNewFiguresWithoutReload()
    {
        var chemin = Chromium.Chemin();
        Assert.True(chemin is not null,
            "Chromium est introuvable (chromium, chromium-browser ou google-chrome, ou ESMSRULES_CHROMIUM) : .ci/run l'installe "
            + "(apt-get install chromium) ; sur un poste sans Chromium, ESMSRULES_SKIP_CHROMIUM=1 saute ce test (jamais en CI).");

        using var annulation = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = annulation.Token;
        await using var app = DevisApp.Build(new[] { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning" });
        await app.StartAsync(ct);
        var adresse = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", adresse);
        Assert.NotEqual("http://127.0.0.1:0", adresse);

        await using var chromium = await Chromium.StartAsync(chemin!, new Uri(adresse + "/"), ct);

        // The opening grappe (10 ESSMS of an OG managing 40, a small OG of 8): evaluated when the page loads.
        Assert.Equal("662 000 €", await AttendreTexte(chromium, "total", "662 000 €", ct));
        Assert.Equal(1, await Evaluations(chromium, ct));
        await chromium.EvaluateAsync("window.marqueurSansRechargement = 42", ct);

        // One more ESSMS in the first OG: + 7 000 € (part ESSMS) + 14 500 € (part éditeur, Ségur).
        await Saisir(chromium, "$.organismesGestionnaires[0].nombreEssms", "11", ct);
        Assert.Equal("683 500 €", await AttendreTexte(chromium, "total", "683 500 €", ct));
        Assert.Equal("160 000 €", await Texte(chromium, "equipements", ct)); // The small OG's 8 ESSMS, unchanged.
        Assert.Equal(2, await Evaluations(chromium, ct));

        // A quote with three decimals: the library's French message, the field marked.
        await Saisir(chromium, "$.editeur.devis", "1234,567", ct);
        Assert.Contains("Un montant a au plus 2 décimales : 1234.567.", await AttendreTexte(chromium, "erreurs", "Un montant a au plus 2 décimales", ct));
        Assert.True((await chromium.EvaluateAsync("document.getElementById('devis').classList.contains('invalide')", ct)).GetBoolean());

        // A quote below the ceiling (19 × 14 500 € = 275 500 €) caps the part éditeur: 133 000 + 200 000 + 160 000 + 115 000.
        await Saisir(chromium, "$.editeur.devis", "200000", ct);
        Assert.Equal("608 000 €", await AttendreTexte(chromium, "total", "608 000 €", ct));
        Assert.Equal("200 000 €", await Texte(chromium, "part-editeur", ct));
        Assert.Equal("", await Texte(chromium, "erreurs", ct));

        // Below the minimum (2 + 8 = 10 ESSMS) with the maturity not known: the verdict waits, the question is asked, and
        // the provisional figure is shown once the library gives it (10 × 7 000 € + 145 000 € + 160 000 € + 115 000 €).
        await Saisir(chromium, "$.organismesGestionnaires[0].nombreEssms", "2", ct);
        Assert.Contains("En attente", await AttendreTexte(chromium, "verdict", "En attente", ct));
        Assert.Equal("0 €", await Texte(chromium, "total", ct));
        Assert.Contains("La maîtrise d'ouvrage est-elle mature ?", await Texte(chromium, "questions", ct));
        Assert.Contains("490 000 €", await AttendreTexte(chromium, "sous-reserve", "490 000 €", ct));

        // The page was never reloaded: the marker set in it is still there.
        Assert.Equal(42, (await chromium.EvaluateAsync("window.marqueurSansRechargement", ct)).GetInt32());
    }

    /// <summary>Sets the input whose <c>data-chemin</c> is <paramref name="chemin"/> as typing would, and fires
    /// <c>input</c>.</summary>
    private static Task Saisir(Chromium chromium, string chemin, string valeur, CancellationToken ct) =>
        chromium.EvaluateAsync(
            $"(() => {{ const champ = document.querySelector('[data-chemin=\"{chemin}\"]'); champ.value = {JsonSerializer.Serialize(valeur)}; "
            + "champ.dispatchEvent(new Event('input', { bubbles: true })); return true; })()",
            ct);

    private static async Task<string> Texte(Chromium chromium, string id, CancellationToken ct) =>
        (await chromium.EvaluateAsync($"document.getElementById('{id}')?.textContent ?? ''", ct)).GetString() ?? ""; // '' while the page loads

    private static async Task<int> Evaluations(Chromium chromium, CancellationToken ct) =>
        int.Parse((await chromium.EvaluateAsync("document.getElementById('etat').dataset.evaluations", ct)).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Polls the text of element <paramref name="id"/> until it contains <paramref name="attendu"/> (or the wait
    /// is over) and returns the last text read.</summary>
    private static async Task<string> AttendreTexte(Chromium chromium, string id, string attendu, CancellationToken ct)
    {
        var fin = DateTime.UtcNow + Attente;
        string texte;
        while (!(texte = await Texte(chromium, id, ct)).Contains(attendu, StringComparison.Ordinal) && DateTime.UtcNow < fin)
        {
            await Task.Delay(100, ct);
        }

        return texte;
    }
}

/// <summary>A test that needs Chromium. It runs wherever <c>ESMSRULES_SKIP_CHROMIUM</c> is not <c>1</c>, and always in
/// CI (<c>CI=true</c>), where a missing browser fails it.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ESMSRULES_SKIP_CHROMIUM") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "ESMSRULES_SKIP_CHROMIUM=1 : le test de la page dans Chromium est sauté (jamais en CI).";
        }
    }
}
