using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Formatting;

namespace EsmsRules.Cli.Rendu;

/// <summary>What every readable rendering of a decision says, in French, whatever its format (terminal, HTML,
/// Markdown): the header's values, the titles of the rules a list names, the questions, the supposed answers and the
/// remedies.</summary>
internal static class Contenu
{
    /// <summary>A figure and its noun, singular for 0 and 1 ("1 règle", "12 règles").</summary>
    public static string Nombre(long n, string singulier, string pluriel) => Fr.Entier(n) + " " + (n >= 2 ? pluriel : singulier);

    /// <summary>The outcome's mark in the tree.</summary>
    public static string Marque(Resultat r) => r switch
    {
        Resultat.Satisfied => "✔",
        Resultat.NotSatisfied => "✘",
        Resultat.ReviewRequired => "?",
        Resultat.MissingInput => "…",
        _ => "·",
    };

    /// <summary>The legend of the marks (no-break spaces inside each entry: a wrapped legend never splits one).</summary>
    public const string Legende = "✔\u00A0satisfaite  ✘\u00A0non\u00A0satisfaite  ?\u00A0à\u00A0apprécier  …\u00A0donnée\u00A0manquante  ·\u00A0sans\u00A0objet";

    /// <summary>The verdict in words, as a title ("Recevable", "Non recevable", "Recevabilité indéterminée").</summary>
    public static string Verdict(Decision d) => d.Recevable switch
    {
        true => "Recevable",
        false => "Non recevable",
        null => "Recevabilité indéterminée (données manquantes)",
    };

    /// <summary>The rule's id and title (« GRAPPE-03 — Grappe sous le minimum… »), the id alone when the tree does not
    /// hold it.</summary>
    public static string RegleEtTitre(Decision d, string id) => d.Arbre.Find(id) is { } n && n.Titre.Length > 0 ? id + " — " + n.Titre : id;

    /// <summary>The orientation with the instructing authority and region.</summary>
    public static string Orientation(Decision d)
    {
        if (d.Orientation is not { } o)
        {
            return "indéterminée";
        }

        var texte = Libelles.Orientation(o);
        if (d.Instructeur is { } i)
        {
            texte += ", instruction " + Libelles.Instructeur(i) + (d.Region is { } r ? " " + r : string.Empty);
        }

        return texte;
    }

    /// <summary>The procurement procedure, « à préciser » when a recevable project's is undetermined, « — » otherwise.</summary>
    public static string Procedure(Decision d) => d.ProcedureAchat is { } p ? Libelles.ProcedureAchat(p) : d.Recevable == true ? "à préciser" : "—";

    /// <summary>The retained ESSMS, and the excluded ones with their rule.</summary>
    public static string Essms(Decision d) => Fr.Entier(d.EssmsRetenus)
        + (d.EssmsExclus.Count > 0
            ? " (" + Nombre(d.EssmsExclus.Count, "exclu", "exclus") + " : " + string.Join(", ", d.EssmsExclus.Select(e => e.FinessGeographique.Value + " par " + e.Regle)) + ")"
            : string.Empty);

    /// <summary>The funding's parts, in order, with their labels.</summary>
    public static IReadOnlyList<(string Libelle, string Champ, decimal Montant)> Parts(Financement f) => new[]
    {
        ("Part ESSMS", "partEssms", f.PartEssms),
        ("Part éditeur", "partEditeur", f.PartEditeur),
        ("Équipements", "equipements", f.Equipements),
        ("AMOA marché", "amoaMarche", f.AmoaMarche),
        ("AMOA projet", "amoaProjet", f.AmoaProjet),
    };

    /// <summary>The funding in one line.</summary>
    public static string Financement(Financement f) =>
        Fr.Euros(f.Total) + " (" + string.Join(", ", Parts(f).Select(p => p.Libelle.ToLowerInvariant().Replace("essms", "ESSMS").Replace("amoa", "AMOA") + " " + Fr.Euros(p.Montant))) + ")";

    /// <summary>One payment.</summary>
    public static string Versement(Versement v) => $"{v.Ordre} : {Fr.Pourcent(v.Taux)} = {Fr.EurosCentimes(v.Montant)}";

    /// <summary>One OG's Prestation Ségur.</summary>
    public static string PrestationSegur(PrestationSegurOrganisme s) =>
        $"OG {s.FinessJuridique.Value} — {Fr.Entier(s.NombreEssms)} × {Fr.Euros(s.MontantParEssms)} (tranche {s.Tranche}) = {Fr.Euros(s.Total)} ; avance {Fr.EurosCentimes(s.Avance)}, solde {Fr.EurosCentimes(s.Solde)}";

    /// <summary>The barème used, in one line.</summary>
    public static string Bareme(BaremeUtilise b) =>
        $"{b.Libelle} ({Libelles.MotifSelection(b.Selection)} ; publié le {Fr.Date(b.Publie)}) — {b.Source}";

    /// <summary>A question: the field, whether the verdict waits for it, the rules that need it.</summary>
    public static string Question(Question q) =>
        q.Champ + " (" + (q.Bloquant ? "bloquante" : "non bloquante") + " ; " + string.Join(", ", q.Regles) + ")";

    /// <summary>The field a JSON path names, without the root's <c>$.</c> (<c>editeur.referenceSegur</c>).</summary>
    public static string Champ(string chemin) => chemin.StartsWith("$.", System.StringComparison.Ordinal) ? chemin.Substring(2) : chemin;

    /// <summary>The most favourable outcome under supposed answers: « sous réserve de maitriseOuvrageMature = oui :
    /// 613 000 € (régional (ARS)) ».</summary>
    public static string SousReserve(SousReserve s) =>
        "sous réserve de " + string.Join(" et ", s.Hypotheses.Select(h => Champ(h.Chemin) + " = " + (h.Valeur ? "oui" : "non")))
        + " : " + Fr.Euros(s.Total) + (s.Orientation is { } o ? " (" + Libelles.Orientation(o) + ")" : string.Empty);

    /// <summary>What the remedies are for: being recevable, or (for a recevable acquisition) a higher funding.</summary>
    public static string TitreRemedes(Decision d) => d.Recevable == true ? "Pour un financement plus élevé" : "Pour être recevable";

    /// <summary>One remedy: the change, the total it gives, the rules it answers.</summary>
    public static string Remede(Remede r) => r.Changement + " → " + Fr.Euros(r.Total) + " (" + string.Join(", ", r.Regles) + ")";

    /// <summary>The rules ids of a list with their titles.</summary>
    public static IReadOnlyList<string> AvecTitres(Decision d, IReadOnlyList<string> ids) => ids.Select(id => RegleEtTitre(d, id)).ToArray();

    /// <summary>Whether a node is shown: every node with <paramref name="complet"/>, else all but the rules that do not
    /// concern the dossier (the root always).</summary>
    public static bool Visible(DecisionNode n, bool complet) => complet || n.Resultat != Resultat.NotApplicable;

    /// <summary>The nodes a rendering without <paramref name="complet"/> hides, descendants included.</summary>
    public static int Masques(DecisionNode racine, bool complet)
    {
        if (complet)
        {
            return 0;
        }

        var masques = 0;
        foreach (var enfant in racine.Enfants)
        {
            masques += Visible(enfant, false) ? Masques(enfant, false) : enfant.DescendantsAndSelf().Count();
        }

        return masques;
    }

    /// <summary>The sentence saying how many nodes were hidden, empty when none.</summary>
    public static string PhraseMasques(int masques) => masques == 0
        ? string.Empty
        : Nombre(masques, "règle sans objet masquée", "règles sans objet masquées") + " (--complet pour les afficher).";
}
