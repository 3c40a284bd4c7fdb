using System.IO;
using System.Reflection;
using System.Text;

namespace EsmsRules.Baremes;

/// <summary>
/// Regional calendars shipped with the library as barème documents on top of a campaign (an ARS's own calendar is
/// data, not applied by default). Pass one as <c>EvaluationOptions.Bareme</c>, or load your own with
/// <see cref="BaremeLoader"/>.
/// </summary>
public static class CalendriersRegionaux
{
    /// <summary>ARS Occitanie 2022 (its webinar of April 2022): acquisitions outside the social champs until 1 July
    /// 2022; mise en conformité and the social champs until 30 September 2022; on top of the 2022 barème.</summary>
    public static Bareme Occitanie2022 { get; } = Charger("occitanie-2022");

    private static Bareme Charger(string nom)
    {
        using var flux = typeof(CalendriersRegionaux).GetTypeInfo().Assembly
            .GetManifestResourceStream("EsmsRules.Baremes.Calendriers." + nom + ".json")!;
        using var lecteur = new StreamReader(flux, Encoding.UTF8);
        return BaremeLoader.Load(lecteur.ReadToEnd(), Campagnes.Generalisation2022).GetBaremeOrThrow();
    }
}
