using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Formatting;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Serialization;

namespace EsmsRules.Engine;

/// <summary>Options of an evaluation.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The default options: explanations on, barème chosen by the dossier's campaign.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Format the French explanations of the tree (default). When false the tree keeps its rule ids, outcomes
    /// and amounts but its explanations are empty: for hot paths that only read the figures.</summary>
    public bool Explications { get; init; } = true;

    /// <summary>A barème to use whatever the dossier's <c>campagne</c> (e.g. an ARS's own calendar, read with
    /// <see cref="BaremeLoader"/>); null → the barème <see cref="Catalogue"/> selects for the dossier.</summary>
    public Bareme? Bareme { get; init; }

    /// <summary>The campaigns a dossier's <c>campagne</c> or <c>dateDepot</c> selects from
    /// (<see cref="BaremeCatalogue.TrySelect"/>); null → <see cref="BaremeCatalogue.Embedded"/>.</summary>
    public BaremeCatalogue? Catalogue { get; init; }

    /// <summary>When the dossier names no <c>campagne</c>, select the campaign whose filing window holds its
    /// <c>dateDepot</c>. Off by default: an absent <c>campagne</c> means the library's default, the 2022 généralisation
    /// barème.</summary>
    public bool CampagneParDateDepot { get; init; }

    /// <summary>The rules to evaluate with: the catalogue's (<see cref="JeuDeRegles.ParDefaut"/>, when null) or a set
    /// with rules replaced, removed or added (an ARS's own rule).</summary>
    public JeuDeRegles? Regles { get; init; }

    /// <summary>Refuse fields the dossier format does not know, as input errors (code <c>champInconnu</c>). Off by
    /// default: an unknown field is then ignored and reported in the decision's <c>avertissements</c>.</summary>
    public bool Strict { get; init; }

    /// <summary>Compute, beyond the verdict, what would change it (default): <see cref="Decision.SousReserve"/> (the most
    /// favourable completion of the blocking missing inputs) and <see cref="Decision.Remedes"/> (the changes that make a
    /// refused dossier recevable; what a Ségur-referenced solution would add to a recevable acquisition). Each is checked
    /// by evaluating changed copies of the dossier with the same rules and barème, without explanations: at most 32 more
    /// evaluations per dossier. Off: both are null and absent from the JSON, for batches that only want the verdict
    /// (the command line's <c>--ndjson</c> computes them only with <c>--remedes</c>). <see cref="Decision.Questions"/>
    /// is always given (read from the tree, no evaluation).</summary>
    public bool Remedes { get; init; } = true;

    /// <summary>The limits of a dossier read from JSON (document size, ESSMS per dossier, string length, nesting
    /// depth, problems listed); <see cref="InputLimits.Default"/> unless set.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}

/// <summary>
/// Evaluates a dossier: eligibility → grappe → orientation → recevabilité → procurement → funding → payments →
/// Prestation Ségur, in the order of the CNSA decision chart, and returns the decision with its explained tree.
/// Thread-safe and stateless: one instance can serve concurrent callers.
/// </summary>
public sealed class EsmsEvaluator
{
    private readonly EvaluationOptions _options;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">Options; null → <see cref="EvaluationOptions.Default"/>.</param>
    public EsmsEvaluator(EvaluationOptions? options = null) => _options = options ?? EvaluationOptions.Default;

    /// <summary>An evaluator with the default options.</summary>
    public static EsmsEvaluator Default { get; } = new();

    /// <summary>Evaluates a dossier built in code.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <returns>The decision, or every input problem.</returns>
    public EvaluationResult Evaluate(Dossier dossier)
    {
        var errors = DossierValidator.Validate(dossier, _options.Bareme is null, _options.Catalogue ?? BaremeCatalogue.Embedded);
        return errors.Count > 0 ? EvaluationResult.Invalid(errors) : EvaluationResult.Success(EvaluateValid(dossier));
    }

    /// <summary>Reads and evaluates a dossier in JSON. Fields the format does not know are reported in the decision's
    /// <see cref="Decision.Avertissements"/> (refused with <see cref="EvaluationOptions.Strict"/>).</summary>
    /// <param name="json">The dossier.</param>
    /// <returns>The decision, or every input problem.</returns>
    public EvaluationResult EvaluateJson(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Conclude(DossierJsonReader.Read(json, _options.Strict, _options.Limits ?? InputLimits.Default, Campagnes));
    }

    /// <summary>Reads and evaluates a dossier in UTF-8 JSON (see <see cref="EvaluateJson(string)"/>).</summary>
    /// <param name="utf8Json">The dossier.</param>
    /// <returns>The decision, or every input problem.</returns>
    public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json) =>
        Conclude(DossierJsonReader.Read(utf8Json.Span, _options.Strict, _options.Limits ?? InputLimits.Default, Campagnes));

    /// <summary>The campaigns a dossier's <c>campagne</c> must name (every problem is listed at once, an unknown
    /// campaign with the reader's); null when this evaluator has a barème of its own.</summary>
    private BaremeCatalogue? Campagnes => _options.Bareme is null ? _options.Catalogue ?? BaremeCatalogue.Embedded : null;

    /// <summary>The reader has run <see cref="DossierValidator"/> with the same campaign check: a dossier it returns
    /// is valid, and its warnings go into the decision.</summary>
    private EvaluationResult Conclude(DossierJsonReader.Lecture lu) =>
        lu.Dossier is { } dossier ? EvaluationResult.Success(EvaluateValid(dossier, lu.Avertissements)) : EvaluationResult.Invalid(lu.Errors);

    /// <summary>Evaluates a dossier already validated (by <see cref="DossierJsonReader"/> or
    /// <see cref="DossierValidator"/> against this evaluator's options); the benchmarks use it to time the batch path
    /// without its reading.</summary>
    internal Decision EvaluateValid(Dossier d, IReadOnlyList<Avertissement>? avertissementsLecture = null)
    {
        var jeu = _options.Regles ?? JeuDeRegles.ParDefaut;
        var selection = Selectionner(d);
        var decision = Moteur.Decider(jeu, d, selection, _options.Explications, avertissementsLecture);
        return _options.Remedes ? Suites.Completer(decision, jeu, d, selection.Bareme) : decision;
    }

    /// <summary>
    /// Evaluates the decision chart up to one section and gives that section's node and the facts established so far —
    /// e.g. the funding of a grappe already known to be recevable, for a quoting screen:
    /// <c>EvaluateSection(dossier, SectionFinancement.Identifiant, new FaitsVerdict(true))</c>.
    /// </summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="sectionId">The section (<c>FINANCEMENT</c>…).</param>
    /// <param name="verdictSuppose">A verdict to take instead of the rules' one; null → the rules' verdict.</param>
    /// <returns>The section's node and the facts (<see cref="Faits.Financement"/>…).</returns>
    /// <exception cref="InvalidDossierException">The dossier is invalid (every problem listed).</exception>
    /// <exception cref="KeyNotFoundException">No section has that id.</exception>
    public ResultatSection EvaluateSection(Dossier dossier, string sectionId, FaitsVerdict? verdictSuppose = null)
    {
        var errors = DossierValidator.Validate(dossier, _options.Bareme is null, _options.Catalogue ?? BaremeCatalogue.Embedded);
        if (errors.Count > 0)
        {
            throw new InvalidDossierException(errors);
        }

        var bareme = Selectionner(dossier).Bareme;
        return (_options.Regles ?? JeuDeRegles.ParDefaut).EvaluateSection(sectionId, new Faits(dossier, bareme) { Explications = _options.Explications }, verdictSuppose);
    }

    private SelectionBareme Selectionner(Dossier d)
    {
        if (_options.Bareme is { } choisi)
        {
            return new SelectionBareme(choisi, MotifSelection.Options);
        }

        (_options.Catalogue ?? BaremeCatalogue.Embedded).TrySelect(d.Campagne, _options.CampagneParDateDepot ? d.DateDepot : null, out var selection);
        return selection;
    }

}
