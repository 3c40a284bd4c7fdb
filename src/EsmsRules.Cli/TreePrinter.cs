using System.IO;
using System.Text;
using EsmsRules.Decisions;
using EsmsRules.Formatting;
using EsmsRules.Serialization;

namespace EsmsRules.Cli;

/// <summary>Renders a decision as a readable, indented tree with rule ids, outcome marks and amounts.</summary>
internal static class TreePrinter
{
    public static string Mark(Resultat r) => r switch
    {
        Resultat.Satisfied => "✔",
        Resultat.NotSatisfied => "✘",
        Resultat.ReviewRequired => "?",
        Resultat.MissingInput => "…",
        _ => "·",
    };

    public static void Print(TextWriter w, Decision d)
    {
        w.WriteLine("Décision EsmsRules — campagne " + d.Campagne);
        if (d.Bareme is { } b)
        {
            w.WriteLine($"  barème           : {b.Libelle} ({b.Source}, publié le {Fr.Date(b.Publie)})");
        }

        w.WriteLine("  recevable        : " + (d.Recevable is null ? "indéterminé" : d.Recevable.Value ? "oui" : "non"));
        w.WriteLine("  orientation      : " + (d.Orientation is { } o ? Wire.Orientation(o) : "indéterminée")
            + (d.Instructeur is { } i ? " (instruction " + i + ")" : string.Empty));
        w.WriteLine("  procédure d'achat: " + (d.ProcedureAchat is { } p ? Wire.Procedure(p) : "—"));
        w.WriteLine("  ESSMS retenus    : " + d.EssmsRetenus + (d.EssmsExclus.Count > 0 ? $" ({d.EssmsExclus.Count} exclu(s))" : string.Empty));
        var f = d.Financement;
        w.WriteLine($"  financement      : {Fr.Euros(f.Total)} (part ESSMS {Fr.Euros(f.PartEssms)}, part éditeur {Fr.Euros(f.PartEditeur)}, équipements {Fr.Euros(f.Equipements)}, AMOA marché {Fr.Euros(f.AmoaMarche)}, AMOA projet {Fr.Euros(f.AmoaProjet)})");
        foreach (var v in d.Versements)
        {
            w.WriteLine($"  versement {v.Ordre}      : {Fr.Pourcent(v.Taux)} = {Fr.EurosCentimes(v.Montant)}");
        }

        foreach (var s in d.PrestationSegur)
        {
            w.WriteLine($"  Prestation Ségur : OG {s.FinessJuridique} — {s.NombreEssms} × {Fr.Euros(s.MontantParEssms)} (tranche {s.Tranche}) = {Fr.Euros(s.Total)} ; avance {Fr.EurosCentimes(s.Avance)}, solde {Fr.EurosCentimes(s.Solde)}");
        }

        if (d.ReglesNonSatisfaites.Count > 0)
        {
            w.WriteLine("  non satisfaites   : " + string.Join(", ", d.ReglesNonSatisfaites));
        }

        if (d.AApprecier.Count > 0)
        {
            w.WriteLine("  à apprécier      : " + string.Join(", ", d.AApprecier));
        }

        if (d.DonneesManquantes.Count > 0)
        {
            w.WriteLine("  données manquantes: " + string.Join(", ", d.DonneesManquantes));
        }

        w.WriteLine();
        w.WriteLine("Légende : ✔ satisfaite  ✘ non satisfaite  ? à apprécier  … donnée manquante  · sans objet");
        w.WriteLine();
        Node(w, d.Arbre, string.Empty, string.Empty);
    }

    private static void Node(TextWriter w, DecisionNode n, string prefix, string childPrefix)
    {
        var line = new StringBuilder();
        line.Append(prefix).Append(Mark(n.Resultat)).Append(' ').Append(n.Regle).Append(" — ").Append(n.Titre);
        if (n.Montant is { } m && m != 0)
        {
            line.Append(" [").Append(Fr.Euros(m)).Append(']');
        }

        w.WriteLine(line.ToString());
        var textPrefix = childPrefix + (n.Enfants.Count > 0 ? "│   " : "    ");
        if (n.Explication.Length > 0)
        {
            w.WriteLine(textPrefix + n.Explication);
        }

        for (var i = 0; i < n.Enfants.Count; i++)
        {
            var last = i == n.Enfants.Count - 1;
            Node(w, n.Enfants[i], childPrefix + (last ? "└── " : "├── "), childPrefix + (last ? "    " : "│   "));
        }
    }
}
