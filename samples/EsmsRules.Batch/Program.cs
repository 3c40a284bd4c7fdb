// A campaign run: every dossier of an NDJSON file evaluated on every core, the decisions written in input order
// (decisions.ndjson) and a summary per region (synthese-regions.csv) in the current folder.
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EsmsRules.Batch;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using Spectre.Console;

var fichiers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var options = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var inconnues = options.Where(o => o is not ("--sans-arbre" or "--remedes")).ToArray();
if (fichiers.Length != 1 || inconnues.Length > 0)
{
    foreach (var o in inconnues)
    {
        Console.Error.WriteLine($"Option inconnue : {o}");
    }

    Console.Error.WriteLine("Usage : EsmsRules.Batch DOSSIERS.ndjson [--sans-arbre] [--remedes]");
    Console.Error.WriteLine("  Évalue un dossier par ligne et écrit decisions.ndjson et synthese-regions.csv dans le dossier courant.");
    return 1;
}

var entree = fichiers[0];
if (!File.Exists(entree))
{
    Console.Error.WriteLine($"Fichier introuvable : {entree}");
    return 1;
}

var sansArbre = options.Contains("--sans-arbre");
// sousReserve and remedes cost up to 32 more evaluations per dossier: off unless asked for, as the command line's --ndjson.
var remedes = options.Contains("--remedes");
var campagne = new Campagne(new EsmsEvaluator(new EvaluationOptions { Explications = !sansArbre, Remedes = remedes }), inclureArbre: !sansArbre);
var synthese = new SyntheseRegions();
var invalides = new System.Collections.Generic.List<ReponseLigne>();
var octets = new FileInfo(entree).Length;

async Task Executer(Action<long> avancer)
{
    await using var sortie = new StreamWriter("decisions.ndjson", append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    using var lecteur = new StreamReader(entree, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    await campagne.RunAsync(lecteur, async reponse =>
    {
        avancer(reponse.Octets);
        if (reponse.Json.Length == 0)
        {
            return; // A blank line: skipped, but counted in the line numbers.
        }

        await sortie.WriteLineAsync(reponse.Json);
        synthese.Add(reponse);
        if (reponse.Erreurs is not null)
        {
            invalides.Add(reponse);
        }
    });
}

// The progress bar only on a terminal: redirected to a file or a pipe (CI), nothing but the summary is written.
if (!Console.IsOutputRedirected)
{
    await AnsiConsole.Progress()
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
        .StartAsync(async contexte =>
        {
            var tache = contexte.AddTask($"Évaluation de {Path.GetFileName(entree)}", maxValue: Math.Max(octets, 1));
            await Executer(n => tache.Increment(n));
            tache.Value = tache.MaxValue;
        });
}
else
{
    await Executer(_ => { });
}

File.WriteAllText("synthese-regions.csv", synthese.ToCsv(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

foreach (var r in invalides.Take(20))
{
    Console.Error.WriteLine(InputError.Describe($"Ligne {r.Ligne} : dossier invalide", r.Erreurs!));
}

if (invalides.Count > 20)
{
    var autres = invalides.Count - 20;
    Console.Error.WriteLine($"… et {Nombre(autres, "autre ligne invalide", "autres lignes invalides")} (voir decisions.ndjson).");
}

Console.WriteLine($"{Nombre(synthese.Dossiers, "dossier lu", "dossiers lus")} : {Nombre(synthese.Dossiers - invalides.Count, "évalué", "évalués")}, {Nombre(invalides.Count, "invalide", "invalides")}. "
    + "Écrits dans le dossier courant : decisions.ndjson, synthese-regions.csv.");

// Like `esms-rules evaluate --ndjson`: 2 when some line was invalid (every other line was still evaluated and written).
return invalides.Count > 0 ? 2 : 0;

// "1 dossier lu", "0 invalide", "2 dossiers lus": French takes the plural from 2 on.
static string Nombre(int n, string singulier, string pluriel) =>
    $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(n >= 2 ? pluriel : singulier)}";
