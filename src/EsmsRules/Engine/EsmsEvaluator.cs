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

    /// <summary>Refuse fields the dossier format does not know, as input errors (code <c>champInconnu</c>). Off by
    /// default: an unknown field is then ignored and reported in the decision's <c>avertissements</c>.</summary>
    public bool Strict { get; init; }
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

    /// <summary>Reads and evaluates a dossier in JSON (CONTRACT.md).</summary>
    /// <param name="json">The dossier.</param>
    /// <returns>The decision, or every input problem.</returns>
    public EvaluationResult EvaluateJson(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        // An unknown campaign is listed with the reader's problems (every problem at once, CONTRACT.md "Invalid input").
        // The reader has run DossierValidator with the same campaign check: a dossier it returns is valid.
        return DossierJsonReader.TryRead(json, _options.Bareme is null, out var dossier, out var errors) ? EvaluationResult.Success(EvaluateValid(dossier!)) : EvaluationResult.Invalid(errors);
    }

    /// <summary>Reads and evaluates a dossier in UTF-8 JSON.</summary>
    /// <param name="utf8Json">The dossier.</param>
    /// <returns>The decision, or every input problem.</returns>
    public EvaluationResult EvaluateJson(ReadOnlyMemory<byte> utf8Json) =>
        DossierJsonReader.TryRead(utf8Json, _options.Bareme is null, out var dossier, out var errors) ? EvaluationResult.Success(EvaluateValid(dossier!)) : EvaluationResult.Invalid(errors);

    /// <summary>Evaluates a dossier already validated (by <see cref="DossierJsonReader"/> or
    /// <see cref="DossierValidator"/> against this evaluator's options); the benchmarks use it to time the batch path
    /// without its reading.</summary>
    internal Decision EvaluateValid(Dossier d, IReadOnlyList<Avertissement>? avertissementsLecture = null)
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
            Avertissements = avertissementsLecture ?? ValueList<Avertissement>.Empty,
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

    private static Financement Zero(Contexte ctx)
    {
        var parOg = new FinancementOrganisme[ctx.Ogs.Length];
        for (var i = 0; i < parOg.Length; i++)
        {
            parOg[i] = new FinancementOrganisme(ctx.Ogs[i].Og.FinessJuridique, 0m, 0m, 0m, 0m);
        }

        return new Financement(0m, 0m, 0m, 0m, 0m, 0m, ValueList.Wrap(parOg));
    }

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
                Orientation.National => $"Recevable, appel à projets national (CNSA), procédure {Wire.Procedure(procedure ?? ProcedureAchat.SansObjet)} ; total allouable {Fr.Euros(f.Total)}.",
                _ => $"Recevable, appel à projets régional (ARS), procédure {Wire.Procedure(procedure ?? ProcedureAchat.SansObjet)} ; total allouable {Fr.Euros(f.Total)}.",
            },
        });
    }
}
