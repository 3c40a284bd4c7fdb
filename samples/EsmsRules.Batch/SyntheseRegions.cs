using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EsmsRules.Decisions;

namespace EsmsRules.Batch;

/// <summary>
/// The summary per region of a campaign run: for each row, the dossiers, the recevable ones, the ESMS numérique total
/// allowable and the Prestation Ségur total. A regional project counts in the row of its region (the decision's
/// <c>Region</c>: the ARS that instructs it); the other dossiers, which have no region, in rows of their own: national
/// (CNSA), SONS only, not recevable, verdict waiting for missing data, invalid.
/// </summary>
/// <remarks>The CSV is for Excel in French: <c>;</c> as separator, a comma before the cents, UTF-8 with a byte order
/// mark (so that Excel reads the accents), lines ending with CRLF; amounts in euros without thousands separator.</remarks>
internal sealed class SyntheseRegions
{
    public const string National = "National (CNSA)";
    public const string SonsUniquement = "SONS uniquement";
    public const string NonRecevable = "Non recevable";
    public const string EnAttente = "En attente de données manquantes";
    public const string Invalides = "Dossiers invalides";
    public const string Total = "Total";

    private static readonly string[] RowsAfterRegions = { National, SonsUniquement, NonRecevable, EnAttente, Invalides };

    private readonly Dictionary<string, Ligne> _lignes = new(StringComparer.Ordinal);

    /// <summary>Non-blank input lines counted.</summary>
    public int Dossiers { get; private set; }

    /// <summary>Counts one answer (a blank line is not a dossier).</summary>
    public void Add(ReponseLigne reponse)
    {
        if (reponse.Json.Length == 0)
        {
            return;
        }

        Dossiers++;
        var d = reponse.Decision;
        var cle = d is null ? Invalides : Row(d);
        if (!_lignes.TryGetValue(cle, out var ligne))
        {
            _lignes[cle] = ligne = new Ligne();
        }

        ligne.Dossiers++;
        if (d is not null)
        {
            ligne.Recevables += d.Recevable == true ? 1 : 0;
            ligne.TotalAllouable += d.Financement.Total;
            ligne.PrestationSegur += d.PrestationSegur.Sum(p => p.Total);
        }
    }

    /// <summary>The row a decision counts in.</summary>
    public static string Row(Decision d) => d.Orientation switch
    {
        Orientation.Regional => d.Region ?? "Régional (région non déterminée)",
        Orientation.National => National,
        Orientation.SonsUniquement => SonsUniquement,
        Orientation.NonRecevable => NonRecevable,
        _ => EnAttente,
    };

    /// <summary>The CSV: a header, the regions in alphabetical order, the other rows, then the total.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.Append("Région;Dossiers;Recevables;Total allouable (€);Prestation Ségur (€)\r\n");
        var regions = _lignes.Keys.Where(k => !RowsAfterRegions.Contains(k)).OrderBy(k => k, StringComparer.InvariantCulture);
        foreach (var cle in regions.Concat(RowsAfterRegions.Where(_lignes.ContainsKey)))
        {
            Append(csv, cle, _lignes[cle]);
        }

        Append(csv, Total, new Ligne
        {
            Dossiers = _lignes.Values.Sum(l => l.Dossiers),
            Recevables = _lignes.Values.Sum(l => l.Recevables),
            TotalAllouable = _lignes.Values.Sum(l => l.TotalAllouable),
            PrestationSegur = _lignes.Values.Sum(l => l.PrestationSegur),
        });
        return csv.ToString();
    }

    private static void Append(StringBuilder csv, string libelle, Ligne l) =>
        csv.Append(Champ(libelle)).Append(';')
            .Append(l.Dossiers.ToString(CultureInfo.InvariantCulture)).Append(';')
            .Append(l.Recevables.ToString(CultureInfo.InvariantCulture)).Append(';')
            .Append(Euros(l.TotalAllouable)).Append(';')
            .Append(Euros(l.PrestationSegur)).Append("\r\n");

    /// <summary>"1234567,50": French decimal comma, no thousands separator (Excel reads it as a number).</summary>
    private static string Euros(decimal montant) => montant.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A text field, quoted when it holds the separator, a quote or a line end.</summary>
    private static string Champ(string texte) =>
        texte.IndexOfAny(new[] { ';', '"', '\r', '\n' }) >= 0 ? "\"" + texte.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : texte;

    private sealed class Ligne
    {
        public int Dossiers { get; set; }

        public int Recevables { get; set; }

        public decimal TotalAllouable { get; set; }

        public decimal PrestationSegur { get; set; }
    }
}
