using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using EsmsRules.Engine;
using EsmsRules.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace EsmsRules.Devis;

/// <summary>The quoting screen's web application: <c>GET /</c> the page, <c>POST /api/devis</c> the figures.</summary>
public static class DevisApp
{
    /// <summary>The address used when none is given (<c>--urls</c>, <c>ASPNETCORE_URLS</c>): loopback only.</summary>
    public const string AdresseParDefaut = "http://127.0.0.1:5180";

    /// <summary>Builds the application (not started).</summary>
    /// <param name="args">Command-line arguments (<c>--urls http://127.0.0.1:0</c> for a free port).</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(AdresseParDefaut);
        }

        var app = builder.Build();
        var page = Page();
        app.MapGet("/", () => Results.Text(page, "text/html; charset=utf-8"));
        app.MapPost("/api/devis", Chiffrer);
        return app;
    }

    /// <summary>One evaluation: the page's JSON → the dossier → the decision's figures (200), or every problem with
    /// its code, JSON path and French message (400). Never a 500 for what the page sends.</summary>
    private static async Task<IResult> Chiffrer(HttpRequest requete)
    {
        var corps = await Lire(requete.Body).ConfigureAwait(false);
        if (corps is null)
        {
            return Erreurs(new[]
            {
                new Decisions.InputError(Decisions.InputErrorCodes.LimitExceeded, "$",
                    $"Requête de plus de {DevisRequete.TailleMax} octets : elle n'est pas lue.",
                    new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal) { ["limite"] = DevisRequete.TailleMax.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            });
        }

        var devis = DevisRequete.Read(corps, out var erreursPage);
        if (devis is null)
        {
            return Erreurs(erreursPage);
        }

        // The library checks the dossier built from what could be read, so that every problem is listed at once. An OG
        // whose count could not be read was built without ESSMS: "no ESSMS at all" would then only repeat that error.
        var resultat = EsmsEvaluator.Default.Evaluate(Chiffrage.Dossier(devis));
        if (erreursPage.Count == 0 && resultat.IsValid)
        {
            return Results.Json(Chiffrage.Reponse(resultat.Decision));
        }

        var compteIllisible = erreursPage.Any(e => e.Chemin.StartsWith("$.organismesGestionnaires", StringComparison.Ordinal));
        return Erreurs(erreursPage
            .Concat(resultat.Errors.Where(e => !(compteIllisible && e.Code == Decisions.InputErrorCodes.NoEssms)))
            .ToArray());
    }

    private static IResult Erreurs(System.Collections.Generic.IReadOnlyList<Decisions.InputError> erreurs) =>
        Results.Content(DecisionJsonWriter.SerializeErrors(erreurs, indented: false), "application/json; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);

    /// <summary>The body as text, or null beyond <see cref="DevisRequete.TailleMax"/> bytes.</summary>
    private static async Task<string?> Lire(Stream corps)
    {
        using var memoire = new MemoryStream();
        var tampon = new byte[8192];
        int lus;
        while ((lus = await corps.ReadAsync(tampon).ConfigureAwait(false)) > 0)
        {
            if (memoire.Length + lus > DevisRequete.TailleMax)
            {
                return null;
            }

            memoire.Write(tampon, 0, lus);
        }

        return Encoding.UTF8.GetString(memoire.GetBuffer(), 0, (int)memoire.Length);
    }

    private static string Page()
    {
        using var flux = Assembly.GetExecutingAssembly().GetManifestResourceStream("devis.html")
            ?? throw new InvalidOperationException("La page devis.html n'est pas dans l'assemblage.");
        using var lecteur = new StreamReader(flux, Encoding.UTF8);
        return lecteur.ReadToEnd();
    }
}
