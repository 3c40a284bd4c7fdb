using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EsmsRules.Decisions;
using EsmsRules.Formatting;

namespace EsmsRules.Cli.Rendu;

/// <summary>A decision in GitHub Markdown, for a ticket: the content of the HTML page (verdict, amounts in tables,
/// Prestation Ségur, what to appreciate, questions, supposed answers, remedies, the explained tree by section, the barème)
/// with the text of the decision escaped.</summary>
internal static class RenduMarkdown
{
    /// <summary>Writes <paramref name="d"/>.</summary>
    public static void Ecrire(TextWriter w, Decision d, OptionsRendu options)
    {
        var m = new StringBuilder(32 * 1024);
        m.Append("# Décision ESMS numérique — campagne ").Append(E(d.Campagne)).Append("\n\n");
        m.Append("**").Append(E(Contenu.Verdict(d))).Append("**\n\n");
        m.Append("| | |\n|---|---|\n");
        Ligne(m, "Recevable", Libelles.Recevable(d.Recevable));
        Ligne(m, "Orientation", Contenu.Orientation(d));
        Ligne(m, "Procédure d'achat", Contenu.Procedure(d));
        Ligne(m, "ESSMS retenus", Contenu.Essms(d));
        if (d.ReferencementsAcceptes.Count > 0)
        {
            Ligne(m, "Solutions acceptées", string.Join(" ou ", d.ReferencementsAcceptes.Select(Libelles.Referencement)));
        }

        m.Append('\n').Append(E(d.Arbre.Explication)).Append("\n\n");

        m.Append("## Financement ESMS numérique\n\n| Poste | Montant |\n|---|---:|\n");
        foreach (var (libelle, _, montant) in Contenu.Parts(d.Financement))
        {
            Ligne(m, libelle, Fr.Euros(montant));
        }

        m.Append("| **Total allouable** | **").Append(E(Fr.Euros(d.Financement.Total))).Append("** |\n\n");
        if (d.Financement.ParOrganisme.Count > 1)
        {
            m.Append("| OG | Part ESSMS | Part éditeur | Équipements | Total |\n|---|---:|---:|---:|---:|\n");
            foreach (var og in d.Financement.ParOrganisme)
            {
                m.Append("| ").Append(E(og.FinessJuridique.Value)).Append(" | ").Append(E(Fr.Euros(og.PartEssms))).Append(" | ").Append(E(Fr.Euros(og.PartEditeur)))
                    .Append(" | ").Append(E(Fr.Euros(og.Equipements))).Append(" | ").Append(E(Fr.Euros(og.Total))).Append(" |\n");
            }

            m.Append('\n');
        }

        if (d.Versements.Count > 0)
        {
            m.Append("| Versement | Taux | Montant |\n|---|---:|---:|\n");
            foreach (var v in d.Versements)
            {
                m.Append("| ").Append(v.Ordre == 1 ? "Premier" : "Second").Append(" | ").Append(E(Fr.Pourcent(v.Taux))).Append(" | ").Append(E(Fr.EurosCentimes(v.Montant))).Append(" |\n");
            }

            m.Append('\n');
        }

        m.Append("## Prestation Ségur (SONS)\n\n");
        if (d.PrestationSegur.Count == 0)
        {
            m.Append("Aucune Prestation Ségur.\n\n");
        }
        else
        {
            m.Append("| OG | ESSMS | Tranche | Par ESSMS | Total | Avance | Solde |\n|---|---:|---|---:|---:|---:|---:|\n");
            foreach (var s in d.PrestationSegur)
            {
                m.Append("| ").Append(E(s.FinessJuridique.Value)).Append(" | ").Append(Fr.Entier(s.NombreEssms)).Append(" | ").Append(E(s.Tranche)).Append(" | ")
                    .Append(E(Fr.Euros(s.MontantParEssms))).Append(" | ").Append(E(Fr.Euros(s.Total))).Append(" | ").Append(E(Fr.EurosCentimes(s.Avance)))
                    .Append(" | ").Append(E(Fr.EurosCentimes(s.Solde))).Append(" |\n");
            }

            m.Append('\n');
        }

        Liste(m, "Règles non satisfaites", Contenu.AvecTitres(d, d.ReglesNonSatisfaites), ordonnee: false);
        Liste(m, "À apprécier par l'autorité d'instruction", Contenu.AvecTitres(d, d.AApprecier), ordonnee: false);
        Liste(m, "Questions (les plus importantes d'abord)", d.Questions.Select(Contenu.Question).ToArray(), ordonnee: true);
        if (d.SousReserve is { } sr)
        {
            m.Append("## Sous réserve\n\n").Append(E("Recevable " + Contenu.SousReserve(sr) + ".")).Append("\n\n");
        }

        if (d.Remedes is { Count: > 0 } remedes)
        {
            m.Append("## ").Append(E(Contenu.TitreRemedes(d))).Append("\n\n| Changement | Règles | Total |\n|---|---|---:|\n");
            foreach (var r in remedes)
            {
                m.Append("| ").Append(E(r.Changement)).Append(" | ").Append(E(string.Join(", ", r.Regles))).Append(" | ").Append(E(Fr.Euros(r.Total))).Append(" |\n");
            }

            m.Append('\n');
        }

        Liste(m, "Avertissements", d.Avertissements.Select(a => a.Chemin + " : " + a.Message).ToArray(), ordonnee: false);

        m.Append("## Décision expliquée\n\n").Append(E("Légende : " + Contenu.Legende)).Append("\n\n");
        foreach (var section in d.Arbre.Enfants)
        {
            m.Append("### ").Append(Contenu.Marque(section.Resultat)).Append(' ').Append(E(section.Regle + " — " + section.Titre)).Append("\n\n");
            if (section.Explication.Length > 0)
            {
                m.Append(E(section.Explication)).Append("\n\n");
            }

            if (options.Sources && section.Source.Length > 0)
            {
                m.Append("*Source : ").Append(E(section.Source)).Append("*\n\n");
            }

            Enfants(m, section, options, 0);
            m.Append('\n');
        }

        var masques = Contenu.PhraseMasques(Contenu.Masques(d.Arbre, options.Complet));
        if (masques.Length > 0)
        {
            m.Append('*').Append(E(masques)).Append("*\n\n");
        }

        if (d.Bareme is { } b)
        {
            m.Append("## Barème utilisé\n\n").Append(E(Contenu.Bareme(b))).Append('\n');
        }

        w.Write(m.ToString());
    }

    /// <summary>The text with the characters Markdown would read escaped, on one line.</summary>
    public static string E(string texte)
    {
        var sb = new StringBuilder(texte.Length + 16);
        foreach (var c in texte)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~')
            {
                sb.Append('\\').Append(c);
            }
            else if (c is '\n' or '\r')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void Ligne(StringBuilder m, string libelle, string valeur) =>
        m.Append("| ").Append(E(libelle)).Append(" | ").Append(E(valeur)).Append(" |\n");

    private static void Liste(StringBuilder m, string titre, IReadOnlyList<string> elements, bool ordonnee)
    {
        if (elements.Count == 0)
        {
            return;
        }

        m.Append("## ").Append(E(titre)).Append("\n\n");
        for (var i = 0; i < elements.Count; i++)
        {
            m.Append(ordonnee ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " : "- ").Append(E(elements[i])).Append('\n');
        }

        m.Append('\n');
    }

    private static void Enfants(StringBuilder m, DecisionNode n, OptionsRendu options, int niveau)
    {
        var retrait = new string(' ', niveau * 2);
        foreach (var e in n.Enfants.Where(e => Contenu.Visible(e, options.Complet)))
        {
            m.Append(retrait).Append("- ").Append(Contenu.Marque(e.Resultat)).Append(" **").Append(E(e.Regle)).Append("** — ").Append(E(e.Titre))
                .Append(e.Montant is { } mt && mt != 0 ? " : " + E(Fr.Euros(mt)) : string.Empty);
            if (e.Explication.Length > 0)
            {
                m.Append("  \n").Append(retrait).Append("  ").Append(E(e.Explication));
            }

            if (options.Sources && e.Source.Length > 0)
            {
                m.Append("  \n").Append(retrait).Append("  *Source : ").Append(E(e.Source)).Append('*');
            }

            m.Append('\n');
            Enfants(m, e, options, niveau + 1);
        }
    }
}
