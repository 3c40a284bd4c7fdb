using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// A rule evaluated on each ESSMS of the dossier (ESSMS-01…05): an exclusion rule removes an ESSMS whose outcome is
/// notSatisfied (it then counts neither for the grappe nor for any amount); a flag rule (<see cref="Exclut"/> false) is
/// evaluated on the retained ESSMS only. Its node gives the counts over the ESSMS and a child for each ESSMS that does
/// not simply satisfy it.
/// </summary>
public abstract class RegleEssms : Regle
{
    /// <summary>Creates a rule on each ESSMS.</summary>
    /// <param name="id">Public id.</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows.</param>
    /// <param name="modeles">Its sentences: the motifs <see cref="MotifResume"/> (the node, figures <c>ok</c>,
    /// <c>total</c> and, when not zero, <c>exclus</c>, <c>aApprecier</c>, <c>manquants</c>) and those its
    /// <see cref="Detail"/> gives each ESSMS.</param>
    /// <param name="champ">The ESSMS field it reads (<c>relevantL312_1</c>), named in its inputs and missing inputs.</param>
    /// <param name="parametres">The barème parameters it reads.</param>
    protected RegleEssms(string id, string titre, IEnumerable<Reference> references, IEnumerable<Modele> modeles, string champ, IEnumerable<string>? parametres = null)
        : base(id, titre, references, modeles, parametres)
    {
        Champ = champ ?? throw new ArgumentNullException(nameof(champ));
    }

    /// <summary>The motif of the rule's node over every ESSMS.</summary>
    public const string MotifResume = "resume";

    /// <inheritdoc />
    /// <remarks>Its node is satisfied when some ESSMS satisfy it, notApplicable when none is concerned, else the most
    /// severe outcome of its ESSMS.</remarks>
    public override IReadOnlyList<Resultat> Issues => EsmsRules.Collections.ValueList.Wrap(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.OrderBy(
        System.Linq.Enumerable.Distinct(System.Linq.Enumerable.Concat(base.Issues, new[] { Resultat.NotApplicable })), r => r)));

    /// <summary>The ESSMS field the rule reads.</summary>
    public string Champ { get; }

    /// <summary>Whether a notSatisfied removes the ESSMS from the project (false: a flag on retained ESSMS).</summary>
    public virtual bool Exclut => true;

    /// <summary>The outcome on one ESSMS.</summary>
    /// <param name="essms">The ESSMS.</param>
    /// <param name="contexte">The facts of the dossier and what the rules share while they go through its ESSMS.</param>
    /// <returns>The outcome.</returns>
    public abstract Resultat EvaluateEssms(Essms essms, ContexteEssms contexte);

    /// <summary>The value of <see cref="Champ"/> on an ESSMS, as the dossier's JSON writes it (the input
    /// read).</summary>
    /// <param name="essms">The ESSMS.</param>
    /// <returns>"true", "false", or null when absent.</returns>
    protected abstract bool? Valeur(Essms essms);

    /// <summary>The motif explaining one ESSMS's outcome (notSatisfied, missingInput or reviewRequired); its template
    /// writes <c>finess</c> and, when it has one, <c>nom</c>.</summary>
    /// <param name="essms">The ESSMS.</param>
    /// <param name="resultat">Its outcome.</param>
    /// <param name="contexte">The shared context.</param>
    /// <returns>The motif.</returns>
    protected abstract string Detail(Essms essms, Resultat resultat, ContexteEssms contexte);

    /// <summary>The figures of the summary beyond the counts (e.g. the reading a switch selects); none by default.</summary>
    /// <param name="faits">The facts.</param>
    /// <returns>The motif of the summary.</returns>
    protected virtual string Resume(Faits faits) => MotifResume;

    /// <summary>Not used: the section evaluates a rule on each ESSMS (<see cref="EvaluateEssms"/>) and builds its node
    /// from the outcomes (<see cref="Noeud"/>).</summary>
    /// <param name="faits">The facts.</param>
    /// <returns>Never.</returns>
    /// <exception cref="InvalidOperationException">Always.</exception>
    public override DecisionNode Evaluate(Faits faits) =>
        throw new InvalidOperationException($"{Id} s'évalue ESSMS par ESSMS, dans la section ELIGIBILITE.");

    /// <summary>The rule's node over the ESSMS it was evaluated on.</summary>
    /// <param name="contexte">The shared context.</param>
    /// <param name="resultats">Each ESSMS evaluated (its OG, its index, the ESSMS) and its outcome, in list order.</param>
    /// <returns>The node.</returns>
    internal DecisionNode Noeud(ContexteEssms contexte, ResultatsEssms resultats)
    {
        if (contexte is null)
        {
            throw new ArgumentNullException(nameof(contexte));
        }

        if (resultats is null)
        {
            throw new ArgumentNullException(nameof(resultats));
        }

        var faits = contexte.Faits;
        int satisfied = resultats.Satisfied, notSatisfied = 0, missing = 0, review = 0, notApplicable = resultats.NotApplicable;
        List<DecisionNode>? enfants = null;
        foreach (var (og, index, essms, r) in resultats.Autres)
        {
            switch (r)
            {
                case Resultat.NotSatisfied:
                    notSatisfied++;
                    break;
                case Resultat.MissingInput:
                    missing++;
                    break;
                default:
                    review++;
                    break;
            }

            var nom = essms.Nom;
            var chiffres = nom is null
                ? new[] { Chiffre.Mot("finess", essms.FinessGeographique.Value) }
                : new[] { Chiffre.Mot("finess", essms.FinessGeographique.Value), Chiffre.Mot("nom", nom) };
            var valeur = Valeur(essms);
            (enfants ??= new List<DecisionNode>()).Add(Conclude(
                faits,
                r,
                Detail(essms, r, contexte),
                chiffres,
                manquantes: r == Resultat.MissingInput ? new[] { Champ } : null,
                entrees: faits.Explications ? new[] { new EntreeLue(Chemins.Essms(og, index, Champ), valeur is null ? null : valeur.Value ? "true" : "false") } : null));
        }

        var liste = (IReadOnlyList<DecisionNode>?)enfants ?? Array.Empty<DecisionNode>();
        var resultat = liste.Count > 0 ? Section.Aggregate(liste) : satisfied > 0 ? Resultat.Satisfied : Resultat.NotApplicable;
        var resume = new List<Chiffre>(5)
        {
            Chiffre.Entier("ok", satisfied + notApplicable),
            Chiffre.Entier("total", resultats.Total),
        };
        if (notSatisfied > 0)
        {
            resume.Add(Chiffre.Entier("exclus", notSatisfied));
        }

        if (review > 0)
        {
            resume.Add(Chiffre.Entier("aApprecier", review));
        }

        if (missing > 0)
        {
            resume.Add(Chiffre.Entier("manquants", missing));
        }

        return Conclude(faits, resultat, Resume(faits), resume, enfants: liste);
    }
}

/// <summary>One ESSMS rule's outcomes over the dossier's ESSMS, in dossier order: the satisfied and not concerned ones
/// counted, the others (each a child node) kept with their place.</summary>
internal sealed class ResultatsEssms
{
    private List<(int Og, int Index, Essms Essms, Resultat Resultat)>? _autres;

    /// <summary>ESSMS evaluated.</summary>
    public int Total { get; private set; }

    /// <summary>Outcomes <see cref="Resultat.Satisfied"/>.</summary>
    public int Satisfied { get; private set; }

    /// <summary>Outcomes <see cref="Resultat.NotApplicable"/>.</summary>
    public int NotApplicable { get; private set; }

    /// <summary>The other outcomes, with the ESSMS's OG index and index in its OG.</summary>
    public IReadOnlyList<(int Og, int Index, Essms Essms, Resultat Resultat)> Autres =>
        (IReadOnlyList<(int, int, Essms, Resultat)>?)_autres ?? Array.Empty<(int, int, Essms, Resultat)>();

    /// <summary>Records the outcome of ESSMS <paramref name="index"/> of OG <paramref name="og"/>.</summary>
    public void Add(int og, int index, Essms essms, Resultat resultat)
    {
        Total++;
        switch (resultat)
        {
            case Resultat.Satisfied:
                Satisfied++;
                break;
            case Resultat.NotApplicable:
                NotApplicable++;
                break;
            default:
                (_autres ??= new List<(int, int, Essms, Resultat)>()).Add((og, index, essms, resultat));
                break;
        }
    }
}

/// <summary>What the rules on each ESSMS share while the section goes through the dossier's ESSMS: the facts, and
/// what is computed once for all ESSMS (the FINESS of the dossier's SONS orders).</summary>
public sealed class ContexteEssms
{
    private HashSet<Finess>? _commandes;

    /// <summary>A context for one evaluation of the section.</summary>
    /// <param name="faits">The facts.</param>
    public ContexteEssms(Faits faits) => Faits = faits ?? throw new ArgumentNullException(nameof(faits));

    /// <summary>The facts.</summary>
    public Faits Faits { get; }

    /// <summary>Whether <paramref name="finess"/> is named by one of the dossier's SONS orders.</summary>
    /// <param name="finess">A FINESS géographique.</param>
    /// <returns>True when an order names it.</returns>
    public bool CommandeSons(Finess finess)
    {
        if (_commandes is null)
        {
            var set = new HashSet<Finess>();
            var listeC = Faits.Dossier.CommandesSons;
            for (var iC = 0; iC < listeC.Count; iC++)
            {
                var c = listeC[iC];
                var listeF = c.FinessGeographiques;
                for (var iF = 0; iF < listeF.Count; iF++)
                {
                    var f = listeF[iF];
                    set.Add(f);
                }
            }

            _commandes = set;
        }

        return _commandes.Contains(finess);
    }
}

/// <summary>The JSON paths of the dossier's fields, for the inputs a rule read.</summary>
public static class Chemins
{
    /// <summary>An ESSMS field: <c>$.organismesGestionnaires[0].essms[3].relevantL312_1</c>.</summary>
    /// <param name="og">Index of the OG.</param>
    /// <param name="index">Index of the ESSMS in its OG.</param>
    /// <param name="champ">Field name.</param>
    /// <returns>The path.</returns>
    public static string Essms(int og, int index, string champ) =>
        "$.organismesGestionnaires[" + og.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].essms[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]." + champ;

    /// <summary>An OG field: <c>$.organismesGestionnaires[0].autodiagnosticFourni</c>.</summary>
    /// <param name="og">Index of the OG.</param>
    /// <param name="champ">Field name.</param>
    /// <returns>The path.</returns>
    public static string Og(int og, string champ) =>
        "$.organismesGestionnaires[" + og.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]." + champ;

    /// <summary>A boolean input as the dossier's JSON writes it: "true", "false", or null when absent.</summary>
    /// <param name="valeur">The value.</param>
    /// <returns>The text.</returns>
    public static string? Texte(bool? valeur) => valeur is null ? null : valeur.Value ? "true" : "false";
}
