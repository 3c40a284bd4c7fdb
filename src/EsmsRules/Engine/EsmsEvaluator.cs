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
    /// <c>dateDepot</c>. Off by default: CONTRACT.md says an absent <c>campagne</c> means the library's default (the
    /// 2022 généralisation barème), and RULES.md §10.14 makes 2022 the default.</summary>
    public bool CampagneParDateDepot { get; init; }

    /// <summary>The rules to evaluate with: the catalogue's (<see cref="JeuDeRegles.ParDefaut"/>, when null) or a set
    /// with rules replaced, removed or added (an ARS's own rule).</summary>
    public JeuDeRegles? Regles { get; init; }

    /// <summary>Refuse fields the dossier format does not know, as input errors (code <c>champInconnu</c>). Off by
    /// default: an unknown field is then ignored and reported in the decision's <c>avertissements</c>.</summary>
    public bool Strict { get; init; }

    /// <summary>The limits of a dossier read from JSON (document size, ESSMS per dossier, string length, nesting
    /// depth, problems listed); <see cref="InputLimits.Default"/> unless set.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}

/// <summary>
/// Evaluates a dossier: eligibility → grappe → orientation → recevabilité → procurement → funding → payments →
/// Prestation Ségur, as the decision chart of seed 000, and returns the decision with its explained tree.
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

        return Conclure(DossierJsonReader.Read(json, _options.Strict, _options.Limits ?? InputLimits.Default, Campagnes));
    }

    /// <summary>Reads and evaluates a dossier in UTF-8 JSON (see <see cref="EvaluateJson(string)"/>).</summary>
    /// <param name="utf8Json">The dossier.</param>
    /// <returns>The decision, or every input problem.</returns>
    public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json) =>
        Conclure(DossierJsonReader.Read(utf8Json.Span, _options.Strict, _options.Limits ?? InputLimits.Default, Campagnes));

    /// <summary>The campaigns a dossier's <c>campagne</c> must name (every problem is listed at once, an unknown
    /// campaign with the reader's); null when this evaluator has a barème of its own.</summary>
    private BaremeCatalogue? Campagnes => _options.Bareme is null ? _options.Catalogue ?? BaremeCatalogue.Embedded : null;

    /// <summary>The reader has run <see cref="DossierValidator"/> with the same campaign check: a dossier it returns
    /// is valid, and its warnings go into the decision.</summary>
    private EvaluationResult Conclure(DossierJsonReader.Lecture lu) =>
        lu.Dossier is { } dossier ? EvaluationResult.Success(EvaluateValid(dossier, lu.Avertissements)) : EvaluationResult.Invalid(lu.Errors);

    /// <summary>Evaluates a dossier already validated (by <see cref="DossierJsonReader"/> or
    /// <see cref="DossierValidator"/> against this evaluator's options); the benchmarks use it to time the batch path
    /// without its reading.</summary>
    internal Decision EvaluateValid(Dossier d, IReadOnlyList<Avertissement>? avertissementsLecture = null) =>
        EvaluateValidParSections(d, avertissementsLecture);

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
        return (_options.Regles ?? JeuDeRegles.ParDefaut).EvaluerSection(sectionId, new Faits(dossier, bareme) { Explications = _options.Explications }, verdictSuppose);
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

    /// <summary>Evaluates a dossier already validated with the rule set's sections (the redesigned engine).</summary>
    internal Decision EvaluateValidParSections(Dossier d, IReadOnlyList<Avertissement>? avertissementsLecture = null) =>
        Moteur.Decider(_options.Regles ?? JeuDeRegles.ParDefaut, d, Selectionner(d), _options.Explications, avertissementsLecture);

    /// <summary>As <see cref="EvaluateValid(Dossier, IReadOnlyList{Avertissement}?)"/>, handing
    /// <paramref name="observateur"/> the facts the evaluation established (to check the sections of the rule set
    /// against them while the rules move).</summary>
    internal Decision EvaluateValid(Dossier d, IReadOnlyList<Avertissement>? avertissementsLecture, Action<Faits>? observateur)
    {
        SelectionBareme selection;
        if (_options.Bareme is { } choisi)
        {
            selection = new SelectionBareme(choisi, MotifSelection.Options);
        }
        else
        {
            (_options.Catalogue ?? BaremeCatalogue.Embedded).TrySelect(d.Campagne, _options.CampagneParDateDepot ? d.DateDepot : null, out selection);
        }

        var bareme = selection.Bareme;
        var t = new Trace(_options.Explications);
        using var ctx = new Contexte(d, bareme, t);

        var eligibilite = EligibiliteEssms.Evaluer(ctx);
        var grappe = Grappe.Evaluer(ctx);
        ctx.MajoriteMedicoSociale = Recevabilite.MajoriteMedicoSociale(ctx);
        var orientation = OrientationRules.Evaluer(ctx);
        var recevabilite = Recevabilite.Evaluer(ctx);
        var achat = Achat.Evaluer(ctx, out var procedure);
        var recevable = ctx.Recevable;
        recevabilite.Add(Recevabilite.AvisFinal(ctx, recevable));
        var recevabiliteNode = t.Section(Regles.SectionRecevabilite, recevabilite, !t.Explain ? null : recevable switch
        {
            true => "Projet recevable.",
            false => "Projet non recevable.",
            null => "Recevabilité en attente de données manquantes.",
        });

        Financement financement;
        DecisionNode financementNode;
        IReadOnlyList<Versement> versements = ValueList<Versement>.Empty;
        SecondVersement? secondVersement = null;
        DecisionNode? versementsNode = null;
        if (recevable == true && ctx.Depose)
        {
            financementNode = Financements.Evaluer(ctx, out financement);
            if (financement.Total > 0)
            {
                versementsNode = Versements.Evaluer(ctx, financement.Total, out versements, out secondVersement);
            }
        }
        else
        {
            financement = Zero(ctx);
            financementNode = t.Section(Regles.SectionFinancement, Array.Empty<DecisionNode>(), !t.Explain ? null
                : ctx.SonsUniquement && recevable == true ? "Pas de financement ESMS numérique : l'éditeur est payé par la Prestation Ségur (GRAPPE-02)."
                : recevable == false ? "Projet non recevable : aucun montant allouable."
                : "Recevabilité indéterminée : aucun montant tant que les données manquantes ne sont pas fournies.",
                0m, Resultat.NotApplicable);
        }

        versementsNode ??= t.Section(Regles.SectionVersements, Array.Empty<DecisionNode>(), !t.Explain ? null : "Aucun versement ESMS numérique.", 0m, Resultat.NotApplicable);
        var sons = PrestationSegur.Evaluer(ctx, out var prestations);

        Orientation? orientationFinale = recevable switch
        {
            false => Orientation.NonRecevable,
            null => null,
            _ => ctx.SonsUniquement ? Orientation.SonsUniquement : ctx.OrientationProjet,
        };
        Instructeur? instructeur = orientationFinale switch
        {
            Orientation.Regional => Instructeur.ARS,
            Orientation.National => Instructeur.CNSA,
            _ => null,
        };

        var racine = t.Section(Regles.Dossier,
            new[] { eligibilite, grappe, orientation, recevabiliteNode, achat, financementNode, versementsNode, sons },
            !t.Explain ? null : Resume(ctx, recevable, orientationFinale, procedure, financement),
            financement.Total,
            recevable switch { true => Resultat.Satisfied, false => Resultat.NotSatisfied, null => Resultat.MissingInput });

        observateur?.Invoke(ctx.VersFaits(_options.Explications, recevable, procedure, Achat.MarchePossible(d.Porteur.SoumisCodeCommandePublique, d.Porteur.MarcheEnCoursMemeObjet),
            financement, versements, secondVersement, prestations));
        return new Decision(
            recevable,
            orientationFinale,
            instructeur,
            recevable == true ? procedure : null,
            Recevabilite.ReferencementsAcceptes(ctx),
            ctx.N,
            ValueList.Wrap(ctx.Exclus.ToArray()),
            financement,
            versements,
            prestations,
            t.NonSatisfaites,
            t.AApprecier,
            t.DonneesManquantes,
            racine,
            bareme.Campagne)
        {
            Bareme = Utilise(selection, t.Evaluees, t.Explain),
            SecondVersement = secondVersement,
            Region = orientationFinale == Orientation.Regional ? ctx.Region : null,
            Avertissements = Avertissements(ctx, avertissementsLecture),
        };
    }

    /// <summary>The barème's identity and the values read by the rules evaluated (outcome other than notApplicable).
    /// The list depends only on the barème and on which rules were evaluated, so it is computed once per pair and kept
    /// as long as the barème lives.</summary>
    private static BaremeUtilise Utilise(SelectionBareme selection, ulong evaluees, bool explain)
    {
        var b = selection.Bareme;
        IReadOnlyList<ValeurBareme> valeurs = explain ? Valeurs(b, evaluees) : ValueList<ValeurBareme>.Empty;
        return new BaremeUtilise(b.Campagne, b.Libelle, b.Source, b.DatePublication, b.Herite, selection.Motif, valeurs);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Bareme, System.Collections.Concurrent.ConcurrentDictionary<ulong, ValeursUtilisees>> ValeursParBareme = new();

    private static ValeursUtilisees Valeurs(Bareme b, ulong evaluees) =>
        ValeursParBareme.GetValue(b, _ => new System.Collections.Concurrent.ConcurrentDictionary<ulong, ValeursUtilisees>())
            .GetOrAdd(evaluees, masque => CalculerValeurs(b, masque));

    private static ValeursUtilisees CalculerValeurs(Bareme b, ulong evaluees)
    {
        // The parameters themselves (in the order of BaremeParametres.Noms) rather than a look-up by name for each.
        var valeurs = new List<ValeurBareme>();
        foreach (var parametre in BaremeParametres.Liste)
        {
            List<string>? regles = null;
            foreach (var r in parametre.Regles)
            {
                var index = Regles.Index(r);
                if (index >= 0 && (evaluees & (1UL << index)) != 0)
                {
                    (regles ??= new List<string>()).Add(r);
                }
            }

            if (regles is not null)
            {
                var nom = parametre.Nom;
                valeurs.Add(new ValeurBareme(nom, parametre.Valeur(b), b.Provenance.TryGetValue(nom, out var p) ? p : null, ValueList.Wrap(regles.ToArray())));
            }
        }

        return new ValeursUtilisees(valeurs.ToArray());
    }

    /// <summary>The reader's warnings, then a <c>finessInconnu</c> for each <c>mesures</c> entry and each
    /// <c>commandesSons</c> FINESS géographique that names no ESSMS of the dossier (ignored for the figures).</summary>
    private static IReadOnlyList<Avertissement> Avertissements(Contexte ctx, IReadOnlyList<Avertissement>? lecture)
    {
        List<Avertissement>? liste = null;
        var d = ctx.Dossier;
        for (var i = 0; i < d.Mesures.Count; i++)
        {
            var f = d.Mesures[i].FinessGeographique;
            if (!ctx.EssmsDuDossier(f))
            {
                (liste ??= new List<Avertissement>()).Add(new Avertissement(AvertissementCodes.FinessInconnu, "$.mesures[" + i + "].finessGeographique",
                    $"La mesure d'usage de {f.Value} ne concerne aucun ESSMS du dossier : elle est ignorée."));
            }
        }

        for (var c = 0; c < d.CommandesSons.Count; c++)
        {
            var finess = d.CommandesSons[c].FinessGeographiques;
            for (var k = 0; k < finess.Count; k++)
            {
                if (!ctx.EssmsDuDossier(finess[k]))
                {
                    (liste ??= new List<Avertissement>()).Add(new Avertissement(AvertissementCodes.FinessInconnu, "$.commandesSons[" + c + "].finessGeographiques[" + k + "]",
                        $"La commande SONS n°{c + 1} cite {finess[k].Value}, qui n'est aucun ESSMS du dossier : ignoré."));
                }
            }
        }

        if (liste is null)
        {
            return lecture ?? Array.Empty<Avertissement>();
        }

        if (lecture is { Count: > 0 })
        {
            liste.InsertRange(0, lecture);
        }

        return liste;
    }

    private static Financement Zero(Contexte ctx)
    {
        var parOg = new FinancementOrganisme[ctx.Ogs.Length];
        for (var i = 0; i < parOg.Length; i++)
        {
            parOg[i] = new FinancementOrganisme(ctx.Ogs[i].Og.FinessJuridique, 0m, 0m, 0m, 0m);
        }

        return new Financement(0m, 0m, 0m, 0m, 0m, 0m, ValueList.Wrap(parOg));
    }

    /// <summary>"procédure sad", or, when the porteur facts that decide it are missing (§10.8), says so.</summary>
    private static string Procedure(ProcedureAchat? procedure) =>
        procedure is { } p ? "procédure " + Wire.Procedure(p) : "procédure à préciser (soumisCodeCommandePublique, marcheEnCoursMemeObjet)";

    private static string Resume(Contexte ctx, bool? recevable, Orientation? orientation, ProcedureAchat? procedure, Financement f)
    {
        var type = ctx.Acquisition ? "Acquisition" : "Mise en conformité";
        var head = $"{type}, campagne {ctx.Bareme.Campagne}, {ctx.N} ESSMS retenu(s) sur {ctx.N + ctx.Exclus.Count}. ";
        return head + (recevable switch
        {
            false => "Projet non recevable.",
            null => "Recevabilité indéterminée : données manquantes.",
            _ => orientation switch
            {
                Orientation.SonsUniquement => "ESSMS seul en mise en conformité : Prestation Ségur uniquement.",
                Orientation.National => $"Recevable, appel à projets national (CNSA), {Procedure(procedure)} ; total allouable {Fr.Euros(f.Total)}.",
                _ => $"Recevable, appel à projets régional (ARS), {Procedure(procedure)} ; total allouable {Fr.Euros(f.Total)}.",
            },
        });
    }
}
