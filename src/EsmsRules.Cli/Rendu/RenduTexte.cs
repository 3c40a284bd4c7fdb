using System.Collections.Generic;
using System.IO;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Formatting;

namespace EsmsRules.Cli.Rendu;

/// <summary>The terminal's rendering: a header (verdict, amounts, what to appreciate, the questions, the supposed
/// answers, the remedies) and the explained tree with its outcome marks, every line at most
/// <see cref="OptionsRendu.Largeur"/> characters (wrapped, never cut), the rules that do not concern the dossier hidden
/// unless <see cref="OptionsRendu.Complet"/>, sources on demand.</summary>
internal static class RenduTexte
{
    private const int ColonneLibelle = 22;

    /// <summary>Writes <paramref name="d"/>.</summary>
    public static void Ecrire(TextWriter w, Decision d, OptionsRendu options)
    {
        var largeur = System.Math.Max(options.Largeur, OptionsRendu.LargeurMinimale);
        foreach (var ligne in Habillage.Lignes("Décision EsmsRules — campagne " + d.Campagne + " — " + Contenu.Verdict(d), largeur))
        {
            w.WriteLine(ligne);
        }

        foreach (var (libelle, valeurs) in Entete(d))
        {
            Champ(w, libelle, valeurs, largeur);
        }

        w.WriteLine();
        Ecrire(w, "Légende : " + Contenu.Legende, string.Empty, string.Empty, largeur);
        w.WriteLine();
        Noeud(w, d.Arbre, string.Empty, string.Empty, options, largeur);
        var masques = Contenu.PhraseMasques(Contenu.Masques(d.Arbre, options.Complet));
        if (masques.Length > 0)
        {
            w.WriteLine();
            Ecrire(w, masques, string.Empty, string.Empty, largeur);
        }
    }

    /// <summary>The header's fields: a label and its values (one line each, wrapped).</summary>
    private static IEnumerable<(string Libelle, IReadOnlyList<string> Valeurs)> Entete(Decision d)
    {
        yield return ("recevable", new[] { Libelles.Recevable(d.Recevable) });
        yield return ("orientation", new[] { Contenu.Orientation(d) });
        yield return ("procédure d'achat", new[] { Contenu.Procedure(d) });
        yield return ("ESSMS retenus", new[] { Contenu.Essms(d) });
        yield return ("financement", new[] { Contenu.Financement(d.Financement) });
        if (d.Financement.ParOrganisme.Count > 1)
        {
            yield return ("par OG", d.Financement.ParOrganisme
                .Select(o => $"{o.FinessJuridique.Value} : {Fr.Euros(o.Total)} (part ESSMS {Fr.Euros(o.PartEssms)}, part éditeur {Fr.Euros(o.PartEditeur)}, équipements {Fr.Euros(o.Equipements)})")
                .ToArray());
        }

        if (d.Versements.Count > 0)
        {
            yield return (d.Versements.Count >= 2 ? "versements" : "versement", d.Versements.Select(Contenu.Versement).ToArray());
        }

        if (d.PrestationSegur.Count > 0)
        {
            yield return ("Prestation Ségur", d.PrestationSegur.Select(Contenu.PrestationSegur).ToArray());
        }

        if (d.Bareme is { } b)
        {
            yield return ("barème", new[] { Contenu.Bareme(b) });
        }

        if (d.ReglesNonSatisfaites.Count > 0)
        {
            yield return ("non satisfaites", Contenu.AvecTitres(d, d.ReglesNonSatisfaites));
        }

        if (d.AApprecier.Count > 0)
        {
            yield return ("à apprécier", Contenu.AvecTitres(d, d.AApprecier));
        }

        if (d.Questions.Count > 0)
        {
            yield return ("questions", d.Questions.Select((q, i) => $"{i + 1}. {Contenu.Question(q)}").ToArray());
        }

        if (d.SousReserve is { } s)
        {
            yield return ("sous réserve", new[] { Contenu.SousReserve(s) });
        }

        if (d.Remedes is { Count: > 0 } remedes)
        {
            yield return (d.Recevable == true ? "pour financer plus" : "pour être recevable", remedes.Select(r => "• " + Contenu.Remede(r)).ToArray());
        }

        if (d.Avertissements.Count > 0)
        {
            yield return ("avertissements", d.Avertissements.Select(a => a.Chemin + " : " + a.Message).ToArray());
        }
    }

    private static void Champ(TextWriter w, string libelle, IReadOnlyList<string> valeurs, int largeur)
    {
        var entete = ("  " + libelle).PadRight(ColonneLibelle) + ": ";
        var suite = new string(' ', entete.Length);
        if (largeur - entete.Length < 30)
        {
            // Narrow: the label on its own line, the values under it.
            w.WriteLine(("  " + libelle + " :").TrimEnd());
            entete = suite = "      ";
        }

        for (var i = 0; i < valeurs.Count; i++)
        {
            Ecrire(w, valeurs[i], i == 0 ? entete : suite, suite + (valeurs[i].StartsWith("• ", System.StringComparison.Ordinal) ? "  " : string.Empty), largeur);
        }
    }

    private static void Noeud(TextWriter w, DecisionNode n, string prefixe, string prefixeEnfants, OptionsRendu options, int largeur)
    {
        var enfants = n.Enfants.Where(e => Contenu.Visible(e, options.Complet)).ToArray();
        var ligne = Contenu.Marque(n.Resultat) + " " + n.Regle + " — " + n.Titre + (n.Montant is { } m && m != 0 ? " [" + Fr.Euros(m) + "]" : string.Empty);
        var prefixeTexte = prefixeEnfants + (enfants.Length > 0 ? "│   " : "    ");
        Ecrire(w, ligne, prefixe, prefixeTexte + "  ", largeur);
        if (n.Explication.Length > 0)
        {
            Ecrire(w, n.Explication, prefixeTexte, prefixeTexte, largeur);
        }

        if (options.Sources && n.Source.Length > 0)
        {
            Ecrire(w, "Source : " + n.Source, prefixeTexte, prefixeTexte, largeur);
        }

        for (var i = 0; i < enfants.Length; i++)
        {
            var dernier = i == enfants.Length - 1;
            Noeud(w, enfants[i], prefixeEnfants + (dernier ? "└── " : "├── "), prefixeEnfants + (dernier ? "    " : "│   "), options, largeur);
        }
    }

    /// <summary>Writes <paramref name="texte"/> wrapped to the width, its first line after <paramref name="premier"/>,
    /// the others after <paramref name="suivants"/>.</summary>
    private static void Ecrire(TextWriter w, string texte, string premier, string suivants, int largeur)
    {
        var disponible = System.Math.Max(largeur - System.Math.Max(premier.Length, suivants.Length), 10);
        var lignes = Habillage.Lignes(texte, disponible);
        for (var i = 0; i < lignes.Count; i++)
        {
            w.WriteLine(((i == 0 ? premier : suivants) + lignes[i]).TrimEnd());
        }
    }
}
