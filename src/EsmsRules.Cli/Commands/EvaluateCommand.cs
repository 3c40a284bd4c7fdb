using System;
using System.CommandLine;
using System.IO;
using System.Text;
using EsmsRules.Baremes;
using EsmsRules.Cli.CommandLine;
using EsmsRules.Cli.Ndjson;
using EsmsRules.Cli.Rendu;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;

namespace EsmsRules.Cli.Commands;

/// <summary>What <c>evaluate</c>'s command line asked for.</summary>
/// <param name="Fichier">The dossier (or the batch) file; <c>-</c> for standard input; null when none was given.</param>
/// <param name="Json">Write the decision's JSON instead of the readable tree.</param>
/// <param name="Ndjson">One dossier per line in, one answer per line out.</param>
/// <param name="SansArbre">Leave the explained tree out (and its explanations unformatted).</param>
/// <param name="Bareme">A barème document to evaluate with.</param>
/// <param name="Strict">Refuse unknown fields of the dossier.</param>
/// <param name="Remedes">With <c>--ndjson</c>, compute <c>sousReserve</c> and <c>remedes</c> (a single dossier always
/// has them).</param>
/// <param name="Parallele">With <paramref name="Ndjson"/>: the number of threads evaluating lines (1: one after the other).</param>
/// <param name="Format">The single dossier's output format (<c>--format</c>; <c>--json</c> is <see cref="FormatSortie.Json"/>).</param>
/// <param name="Rendu">What the readable formats show (<c>--complet</c>, <c>--sources</c>, the width).</param>
/// <param name="Sortie">The file to write the single dossier's output to (<c>-o</c>); null for standard output.</param>
internal sealed record EvaluateSettings(string? Fichier, bool Json, bool Ndjson, bool SansArbre, string? Bareme, bool Strict, bool Remedes = false, int Parallele = 1,
    FormatSortie Format = FormatSortie.Texte, OptionsRendu? Rendu = null, string? Sortie = null)
{
    /// <summary>The library's options for these settings: <c>sousReserve</c> and <c>remedes</c> for a single dossier,
    /// and in a batch only with <c>--remedes</c> (they cost up to 32 more evaluations per dossier).</summary>
    public EvaluationOptions ToEvaluationOptions(Bareme? bareme) =>
        new() { Explications = !SansArbre, Bareme = bareme, Strict = Strict, Remedes = !Ndjson || Remedes };
}

/// <summary><c>esms-rules evaluate [FICHIER|-] [--format texte|html|markdown|json] [--complet] [--sources]
/// [-o FICHIER] [--json] [--ndjson] [--sans-arbre] [--remedes] [--bareme FICHIER] [--strict] [--parallele N]</c>.</summary>
internal sealed class EvaluateCommand : CliCommand
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    private readonly CliContext _context;

    private readonly Argument<string?> _fichier = new("FICHIER")
    {
        HelpName = "FICHIER|-",
        Arity = ArgumentArity.ZeroOrOne,
        Description = "Le dossier JSON à évaluer ; « - » lit l'entrée standard. Sans fichier : le dossier d'exemple embarqué "
            + "(ou, avec --ndjson, l'entrée standard).",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Écrit la décision en JSON au lieu de l'arbre lisible.",
    };

    private readonly Option<bool> _ndjson = new("--ndjson")
    {
        Description = "Lit un dossier par ligne (du FICHIER ou de l'entrée standard) et écrit un objet JSON par ligne non "
            + "vide, dans l'ordre, commençant par \"ligne\": N (numéro de la ligne lue, à partir de 1) : la décision, ou "
            + "\"erreurs\" pour une ligne invalide ; une ligne invalide n'arrête pas le lot.",
    };

    private readonly Option<bool> _sansArbre = new("--sans-arbre")
    {
        Description = "Avec --json ou --ndjson : omet l'arbre expliqué et ne formate pas les explications (plus rapide).",
    };

    private readonly Option<bool> _remedes = new("--remedes")
    {
        Description = "Avec --ndjson : calcule aussi « sousReserve » (le meilleur résultat si les données manquantes "
            + "bloquantes sont fournies) et « remedes » (les changements qui rendraient le dossier recevable), jusqu'à 32 "
            + "évaluations de plus par dossier. Un dossier seul les a toujours.",
    };

    private readonly Option<string?> _bareme = new("--bareme")
    {
        HelpName = "FICHIER",
        Description = "Évalue avec le barème de ce document (par exemple le calendrier d'une ARS), posé sur la campagne "
            + "dont il hérite ; un barème invalide est refusé (code 2) avec tous ses problèmes.",
    };

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Refuse les champs inconnus du dossier comme des erreurs d'entrée (sans --strict, ils sont ignorés "
            + "et signalés dans « avertissements »).",
    };

    private readonly Option<int> _parallele = new("--parallele")
    {
        HelpName = "N",
        Description = "Avec --ndjson : évalue les lignes sur N fils d'exécution (par défaut, un par cœur du processeur ; 1 : "
            + "une ligne après l'autre). La sortie est la même, octet pour octet et dans l'ordre des lignes, quel que soit N.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxParallele)
            {
                return n;
            }

            result.AddError($"l'option --parallele attend un nombre entier de 1 à {MaxParallele} (reçu « {text} »).");
            return 0;
        },
    };

    private readonly Option<FormatSortie?> _format = new("--format")
    {
        HelpName = "texte|html|markdown|json",
        Description = "Le format de la décision d'un dossier : « texte » (par défaut, l'arbre lisible), « html » (une page "
            + "autonome à imprimer ou à classer), « markdown » (pour un ticket), « json » (comme --json).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            FormatSortie? format = text switch
            {
                "texte" => FormatSortie.Texte,
                "html" => FormatSortie.Html,
                "markdown" => FormatSortie.Markdown,
                "json" => FormatSortie.Json,
                _ => null,
            };
            if (format is null)
            {
                result.AddError($"l'option --format attend texte, html, markdown ou json (reçu « {text} »).");
            }

            return format;
        },
    };

    private readonly Option<bool> _complet = new("--complet")
    {
        Description = "Montre aussi les règles sans objet pour ce dossier (masquées par défaut dans l'arbre lisible, "
            + "qui dit combien il en masque).",
    };

    private readonly Option<bool> _sources = new("--sources")
    {
        Description = "Montre sous chaque règle de l'arbre lisible les textes publics qu'elle suit.",
    };

    private readonly Option<string?> _sortie = new("--sortie", "-o")
    {
        HelpName = "FICHIER",
        Description = "Écrit la décision d'un dossier dans FICHIER (UTF-8) au lieu de la sortie standard.",
    };

    /// <summary>The most threads <c>--parallele</c> accepts.</summary>
    internal const int MaxParallele = 256;

    public EvaluateCommand(CliContext context)
        : base("evaluate", "Évalue un dossier ESMS numérique / Prestation Ségur et écrit la décision expliquée.")
    {
        _context = context;
        _fichier.Validators.Add(result =>
        {
            // System.CommandLine hands an unknown option to the argument: refuse it as what it is.
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError(CommandLineRunner.UnknownToken(token.Value, atRoot: false));
                }
            }
        });

        Add(_fichier);
        Add(_json);
        Add(_ndjson);
        Add(_sansArbre);
        Add(_remedes);
        Add(_bareme);
        Add(_strict);
        Add(_parallele);
        Add(_format);
        Add(_complet);
        Add(_sources);
        Add(_sortie);
        SetAction(parseResult => Conflit(parseResult) is { } conflit ? Usage(conflit) : Execute(Settings(parseResult)));
    }

    /// <inheritdoc />
    public override string Epilogue => """
        Codes de sortie :
          0  évalué, quel que soit le verdict ;
          2  entrée invalide : chaque problème est écrit sur la sortie d'erreur avec son chemin JSON
             (avec --ndjson : au moins une ligne invalide ; toutes les autres ont été évaluées et écrites) ;
          1  toute autre erreur (usage, fichier introuvable ou illisible).
        Format du dossier : « esms-rules schema », « esms-rules modele » ; format de la décision JSON :
        docs/format-decision.md du dépôt (https://github.com/esms-rules/esms-rules).
        """;

    /// <summary>The settings the command line asked for.</summary>
    private EvaluateSettings Settings(ParseResult r)
    {
        var format = r.GetValue(_json) ? FormatSortie.Json : r.GetValue(_format) ?? FormatSortie.Texte;
        var sortie = r.GetValue(_sortie);
        var terminal = sortie is null && _context.Io.OutBytes is not null && !Console.IsOutputRedirected;
        var largeur = OptionsRendu.Resoudre(terminal, () => Console.WindowWidth, Environment.GetEnvironmentVariable("COLUMNS"));
        return new(r.GetValue(_fichier), format == FormatSortie.Json, r.GetValue(_ndjson), r.GetValue(_sansArbre), r.GetValue(_bareme), r.GetValue(_strict),
            r.GetValue(_remedes), r.GetValue(_parallele), format, new OptionsRendu(r.GetValue(_complet), r.GetValue(_sources), largeur), sortie);
    }

    /// <summary>The options that cannot go together, said in French; null when there is none. (Checked once the command
    /// line is parsed: a validator reading <c>--format</c> would throw on its own parse error.)</summary>
    private string? Conflit(ParseResult r)
    {
        var format = r.GetValue(_format);
        if (r.GetValue(_json) && format is { } f && f != FormatSortie.Json)
        {
            return $"--json et --format {Nom(f)} s'excluent : --json est --format json.";
        }

        if (r.GetValue(_ndjson) && format is { } g && g != FormatSortie.Json)
        {
            return $"--ndjson écrit une décision JSON par ligne : --format {Nom(g)} ne s'y applique pas.";
        }

        return r.GetValue(_ndjson) && r.GetValue(_sortie) is not null
            ? "--ndjson écrit sur la sortie standard : redirigez-la (> FICHIER) au lieu de --sortie."
            : null;
    }

    private int Usage(string message)
    {
        _context.Io.Err.WriteLine("esms-rules : " + message);
        _context.Io.Err.WriteLine("Voir « esms-rules evaluate --help ».");
        return Program.Failure;
    }

    private static string Nom(FormatSortie f) => f switch
    {
        FormatSortie.Html => "html",
        FormatSortie.Markdown => "markdown",
        FormatSortie.Json => "json",
        _ => "texte",
    };

    private int Execute(EvaluateSettings settings)
    {
        var io = _context.Io;
        Bareme? bareme = null;
        if (settings.Bareme is { } baremeFile)
        {
            if (!TryReadFile(baremeFile, "Fichier de barème", out var bytes))
            {
                return Program.Failure;
            }

            var charge = BaremeLoader.Load(Encoding.UTF8.GetString(WithoutBom(bytes).Span));
            if (charge.Bareme is null)
            {
                io.Err.WriteLine(InputError.Describe("Barème invalide", charge.Errors));
                return Program.InvalidInput;
            }

            bareme = charge.Bareme;
        }

        var evaluator = _context.Evaluators(settings.ToEvaluationOptions(bareme));
        return settings.Ndjson ? Batch(settings, evaluator) : Single(settings, evaluator);
    }

    private int Single(EvaluateSettings settings, IDossierEvaluator evaluator)
    {
        var io = _context.Io;
        ReadOnlyMemory<byte> dossier;
        string sujet, complement;
        if (settings.Fichier is null)
        {
            dossier = Encoding.UTF8.GetBytes(Program.Exemple());
            (sujet, complement) = ("Le dossier d'exemple", "du dossier d'exemple");
        }
        else if (settings.Fichier == "-")
        {
            dossier = ReadStandardInput();
            (sujet, complement) = ("L'entrée standard", "de l'entrée standard");
        }
        else
        {
            if (!TryReadFile(settings.Fichier, "Fichier", out var bytes))
            {
                return Program.Failure;
            }

            dossier = bytes;
            (sujet, complement) = ($"Le fichier « {settings.Fichier} »", $"du fichier « {settings.Fichier} »");
        }

        // An empty input is not JSON: invalid input (code 2), said plainly rather than as a parser's position.
        dossier = WithoutBom(dossier);
        var result = CliErrors.IsBlank(dossier.Span) ? EvaluationResult.Invalid(new[] { CliErrors.Empty(sujet) })
            : !System.Text.Unicode.Utf8.IsValid(dossier.Span) ? EvaluationResult.Invalid(new[] { CliErrors.InvalidUtf8(dossier.Span, complement) })
            : evaluator.EvaluateJson(dossier);
        if (!result.IsValid)
        {
            CliErrors.WriteWithPositions(io.Err, result.Errors, dossier.Span);
            return Program.InvalidInput;
        }

        if (settings.Sortie is null)
        {
            Rendre(io.Out, settings, result.Decision);
            return Program.Evaluated;
        }

        try
        {
            using var fichier = new StreamWriter(settings.Sortie, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Rendre(fichier, settings, result.Decision);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Err.WriteLine($"Fichier de sortie impossible à écrire : {settings.Sortie} ({ex.Message})");
            return Program.Failure;
        }

        return Program.Evaluated;
    }

    private static void Rendre(TextWriter w, EvaluateSettings settings, Decision decision)
    {
        var options = settings.Rendu ?? new OptionsRendu();
        switch (settings.Format)
        {
            case FormatSortie.Json:
                w.WriteLine(DecisionJsonWriter.Serialize(decision, indented: true, inclureArbre: !settings.SansArbre));
                break;
            case FormatSortie.Html:
                RenduHtml.Ecrire(w, decision, options);
                break;
            case FormatSortie.Markdown:
                RenduMarkdown.Ecrire(w, decision, options);
                break;
            default:
                RenduTexte.Ecrire(w, decision, options);
                break;
        }
    }

    private int Batch(EvaluateSettings settings, IDossierEvaluator evaluator)
    {
        var io = _context.Io;
        var batch = new NdjsonBatch(evaluator, !settings.SansArbre, io.Err, settings.Parallele);
        IAnswerSink sink = io.OutBytes is { } outBytes ? new StreamSink(outBytes) : new TextSink(io.Out);
        if (settings.Fichier is null or "-")
        {
            return io.InBytes is { } inBytes
                ? batch.Run(flush => new Utf8Lines(inBytes, flush), sink)
                : batch.Run(flush => new TextLines(io.In, flush), sink);
        }

        FileStream file;
        try
        {
            file = new FileStream(settings.Fichier, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            ReportUnreadable("Fichier", settings.Fichier, ex);
            return Program.Failure;
        }

        using (file)
        {
            try
            {
                return batch.Run(flush => new Utf8Lines(file, flush), sink);
            }
            catch (IOException ex)
            {
                io.Err.WriteLine($"esms-rules : lecture du fichier « {settings.Fichier} » interrompue : {ex.Message}");
                return Program.Failure;
            }
        }
    }

    private ReadOnlyMemory<byte> ReadStandardInput()
    {
        var io = _context.Io;
        if (io.InBytes is { } stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.GetBuffer().AsMemory(0, (int)copy.Length);
        }

        return Encoding.UTF8.GetBytes(io.In.ReadToEnd());
    }

    private bool TryReadFile(string path, string what, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            ReportUnreadable(what, path, ex);
            bytes = Array.Empty<byte>();
            return false;
        }
    }

    private void ReportUnreadable(string what, string path, Exception ex) =>
        _context.Io.Err.WriteLine(ex is FileNotFoundException or DirectoryNotFoundException
            ? $"{what} introuvable : {path}"
            : $"{what} illisible : {path} ({ex.Message})");

    private static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes) => bytes.Span.StartsWith(Bom) ? bytes[Bom.Length..] : bytes;
}
