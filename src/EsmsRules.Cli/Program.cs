using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;

namespace EsmsRules.Cli;

/// <summary>
/// <c>esms-rules evaluate [FILE|-] [--json] [--ndjson] [--sans-arbre]</c> (CONTRACT.md "Command line").
/// Exit codes: 0 evaluated (whatever the verdict), 2 invalid input, 1 anything else.
/// </summary>
public static class Program
{
    /// <summary>Exit code: evaluated.</summary>
    public const int Evaluated = 0;

    /// <summary>Exit code: anything else (usage, unreadable file, unexpected failure).</summary>
    public const int Failure = 1;

    /// <summary>Exit code: invalid input.</summary>
    public const int InvalidInput = 2;

    private const string Usage = """
        Usage : esms-rules evaluate [FICHIER|-] [--json] [--ndjson] [--sans-arbre] [--bareme BAREME.json]

          FICHIER       dossier JSON (CONTRACT.md) ; « - » lit l'entrée standard ;
                        sans fichier, évalue le dossier d'exemple embarqué (exemple 7 du seed 004).
          --json        écrit la décision JSON du contrat au lieu de l'arbre lisible.
          --ndjson      lit un dossier par ligne sur l'entrée standard, écrit une décision par ligne.
          --sans-arbre  (avec --json / --ndjson) omet l'arbre expliqué et ne formate pas les explications.
          --bareme F    évalue avec le barème du document F (ex. le calendrier d'une ARS), posé sur la campagne
                        qu'il hérite (« herite ») ; un barème invalide est refusé (code 2) avec tous ses problèmes.

        Codes de sortie : 0 évalué (quel que soit le verdict), 2 entrée invalide, 1 autre erreur.
        """;

    /// <summary>Entry point.</summary>
    /// <param name="args">Arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.In, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line with the given streams (used by the tests).</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return RunCore(args, stdin, stdout, stderr);
        }
#pragma warning disable CA1031 // The command line reports any failure as exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine("esms-rules : erreur inattendue : " + ex.Message);
            return Failure;
        }
    }

    private static int RunCore(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? Failure : Evaluated;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(EsmsEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?");
            return Evaluated;
        }

        if (args[0] != "evaluate")
        {
            stderr.WriteLine($"Commande inconnue « {args[0]} ».");
            stderr.WriteLine(Usage);
            return Failure;
        }

        bool json = false, ndjson = false, sansArbre = false;
        string? file = null;
        string? baremeFile = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--ndjson":
                    ndjson = true;
                    break;
                case "--sans-arbre":
                    sansArbre = true;
                    break;
                case "--bareme" when i + 1 < args.Length:
                    baremeFile = args[++i];
                    break;
                case "-":
                    file = "-";
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        stderr.WriteLine($"Argument inattendu « {args[i]} ».");
                        stderr.WriteLine(Usage);
                        return Failure;
                    }

                    file = args[i];
                    break;
            }
        }

        Bareme? bareme = null;
        if (baremeFile is not null)
        {
            if (!File.Exists(baremeFile))
            {
                stderr.WriteLine($"Fichier de barème introuvable : {baremeFile}");
                return Failure;
            }

            var charge = BaremeLoader.Load(File.ReadAllText(baremeFile, Encoding.UTF8));
            if (charge.Bareme is null)
            {
                stderr.WriteLine(InputError.Describe("Barème invalide", charge.Errors));
                return InvalidInput;
            }

            bareme = charge.Bareme;
        }

        var evaluator = new EsmsEvaluator(new EvaluationOptions { Explications = !sansArbre, Bareme = bareme });
        if (ndjson)
        {
            return Batch(evaluator, stdin, stdout, stderr, !sansArbre);
        }

        string text;
        if (file is null)
        {
            text = Exemple();
        }
        else if (file == "-")
        {
            text = stdin.ReadToEnd();
        }
        else
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"Fichier introuvable : {file}");
                return Failure;
            }

            text = File.ReadAllText(file, Encoding.UTF8);
        }

        var result = evaluator.EvaluateJson(text);
        if (!result.IsValid)
        {
            WriteErrors(stderr, result.Errors, null);
            return InvalidInput;
        }

        if (json)
        {
            stdout.WriteLine(DecisionJsonWriter.Serialize(result.Decision!, indented: true, inclureArbre: !sansArbre));
        }
        else
        {
            TreePrinter.Print(stdout, result.Decision!);
        }

        return Evaluated;
    }

    private static int Batch(EsmsEvaluator evaluator, TextReader stdin, TextWriter stdout, TextWriter stderr, bool arbre)
    {
        var invalid = false;
        var lineNumber = 0;
        string? line;
        while ((line = stdin.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var result = evaluator.EvaluateJson(line);
            if (result.IsValid)
            {
                stdout.WriteLine(DecisionJsonWriter.Serialize(result.Decision!, indented: false, inclureArbre: arbre));
            }
            else
            {
                invalid = true;
                stdout.WriteLine(DecisionJsonWriter.SerializeErrors(result.Errors, indented: false));
                WriteErrors(stderr, result.Errors, lineNumber);
            }
        }

        return invalid ? InvalidInput : Evaluated;
    }

    private static void WriteErrors(TextWriter stderr, IReadOnlyList<InputError> errors, int? line) =>
        stderr.WriteLine(InputError.Describe(line is null ? "Dossier invalide" : $"Ligne {line} : dossier invalide", errors));

    /// <summary>The bundled example dossier.</summary>
    /// <returns>Its JSON.</returns>
    public static string Exemple()
    {
        using var s = typeof(Program).Assembly.GetManifestResourceStream("EsmsRules.Cli.exemple.json")
            ?? throw new InvalidOperationException("Exemple embarqué introuvable.");
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    }
}
