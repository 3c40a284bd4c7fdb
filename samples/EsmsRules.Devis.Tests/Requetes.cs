using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace EsmsRules.Devis.Tests;

/// <summary>Requests as the page builds them, and reading the answers.</summary>
internal static class Requetes
{
    /// <summary>The page's JSON for a grappe: <paramref name="ogs"/> as (ESSMS in the project, ESSMS in FINESS or null).</summary>
    public static string Grappe(
        string typeProjet = "acquisition",
        bool? segur = true,
        bool? sad = true,
        string devis = "null",
        bool? mature = null,
        string champ = "PA",
        params (int Essms, int? Finess)[] ogs)
    {
        static string Json(bool? b) => b is null ? "null" : b.Value ? "true" : "false";
        var liste = new StringBuilder();
        foreach (var (essms, finess) in ogs)
        {
            liste.Append(liste.Length > 0 ? "," : "")
                .Append("{\"nombreEssms\":").Append(essms).Append(",\"nombreEssmsFiness\":").Append(finess?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null").Append('}');
        }

        return "{\"typeProjet\":\"" + typeProjet + "\",\"champ\":\"" + champ + "\",\"maitriseOuvrageMature\":" + Json(mature)
            + ",\"dureePrevueMois\":12,\"editeur\":{\"referenceSegur\":" + Json(segur) + ",\"referenceSad\":" + Json(sad) + ",\"devis\":" + devis
            + "},\"organismesGestionnaires\":[" + liste + "]}";
    }

    public static async Task<(int Statut, JsonElement Corps)> PostAsync(HttpClient client, string json)
    {
        using var contenu = new StringContent(json, Encoding.UTF8, "application/json");
        using var reponse = await client.PostAsync("/api/devis", contenu);
        var texte = await reponse.Content.ReadAsStringAsync();
        Xunit.Assert.StartsWith("application/json", reponse.Content.Headers.ContentType?.ToString() ?? "");
        using var document = JsonDocument.Parse(texte);
        return ((int)reponse.StatusCode, document.RootElement.Clone());
    }

    /// <summary>An amount of the answer, in euros (<c>financement.total</c> → its <c>euros</c>).</summary>
    public static decimal Euros(this JsonElement corps, params string[] chemin)
    {
        var e = corps;
        foreach (var nom in chemin)
        {
            e = e.GetProperty(nom);
        }

        return e.GetProperty("euros").GetDecimal();
    }
}
