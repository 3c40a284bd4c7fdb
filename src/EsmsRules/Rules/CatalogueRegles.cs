using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EsmsRules.Decisions;
using EsmsRules.Serialization;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// The rule catalogue written out from the rule objects themselves: for each section of a rule set and each of its
/// rules, the id, the title, the public texts it follows (listed once at the top: the library's texts, then any other
/// text the set cites, such as an ARS's own), the barème parameters it reads, the outcomes it can have,
/// whether it can hold the verdict, and the French sentences it explains its nodes with. <c>docs/regles.md</c> and the
/// command <c>esms-rules regles</c> are this text for <see cref="JeuDeRegles.ParDefaut"/>.
/// </summary>
public static class CatalogueRegles
{
    /// <summary>The catalogue of <paramref name="jeu"/> in Markdown (French).</summary>
    /// <param name="jeu">The rule set; null → <see cref="JeuDeRegles.ParDefaut"/>.</param>
    /// <returns>The Markdown text, lines ending with <c>\n</c>.</returns>
    public static string ToMarkdown(JeuDeRegles? jeu = null)
    {
        jeu ??= JeuDeRegles.ParDefaut;
        var sb = new StringBuilder();
        sb.Append("# Règles d'EsmsRules\n\n");
        sb.Append("Ce catalogue est écrit à partir des règles elles-mêmes (`esms-rules regles` l'affiche ; un test vérifie que ce\n");
        sb.Append("fichier est à jour). Chaque règle porte un identifiant public stable, le nom qu'elle a dans l'arbre de décision\n");
        sb.Append("(`regle`), les textes publics qu'elle suit (`source`), les paramètres du barème qu'elle lit, les issues qu'elle\n");
        sb.Append("peut avoir et les phrases qui expliquent ses nœuds : les chiffres y sont nommés entre accolades (`{n}`), une partie\n");
        sb.Append("entre crochets n'est écrite que lorsque le nœud a tous les chiffres qu'elle nomme.\n\n");
        sb.Append("Issues : `satisfied` (la règle est respectée), `notSatisfied` (elle ne l'est pas), `notApplicable` (sans objet),\n");
        sb.Append("`reviewRequired` (à apprécier par l'autorité d'instruction), `missingInput` (une donnée manque ; le nœud la nomme).\n");
        sb.Append("Une règle « bloquante » peut rendre le projet non recevable (`notSatisfied`) ou suspendre le verdict (`missingInput`).\n\n");
        sb.Append("## Textes cités\n\n");
        sb.Append("| code | texte | adresse |\n|---|---|---|\n");
        foreach (var d in DocumentsCites(jeu))
        {
            sb.Append("| `").Append(d.Code).Append("` | ").Append(Cellule(d.Titre)).Append(" | ").Append(d.Url is null ? "—" : "<" + d.Url + ">").Append(" |\n");
        }

        sb.Append("\n## Sections, dans l'ordre du logigramme\n\n");
        foreach (var s in jeu.Sections)
        {
            sb.Append("- [").Append(s.Id).Append(" — ").Append(s.Titre).Append("](#").Append(Ancre(s.Id + " — " + s.Titre)).Append(") : ")
                .Append(string.Join(", ", s.Regles.Select(r => r.Id))).Append('\n');
        }

        foreach (var s in jeu.Sections)
        {
            sb.Append("\n## ").Append(s.Id).Append(" — ").Append(s.Titre).Append("\n\n");
            sb.Append("Sources : ").Append(Sources(s.References)).Append("\n");
            foreach (var r in s.Regles)
            {
                Regle(sb, r);
            }
        }

        return sb.ToString();
    }

    private static void Regle(StringBuilder sb, Regle r)
    {
        sb.Append("\n### ").Append(r.Id).Append(" — ").Append(r.Titre).Append("\n\n");
        sb.Append("- Sources : ").Append(Sources(r.References)).Append('\n');
        sb.Append("- Paramètres du barème : ").Append(r.Parametres.Count == 0 ? "aucun" : string.Join(", ", r.Parametres.Select(p => "`" + p + "`"))).Append('\n');
        sb.Append("- Issues possibles : ").Append(string.Join(", ", r.Issues.Select(i => "`" + Wire.Resultat(i) + "`"))).Append('\n');
        sb.Append("- Bloquante : ").Append(r.PeutBloquer ? "oui" : "non").Append('\n');
        sb.Append("- Phrases :\n");
        foreach (var m in r.Modeles)
        {
            sb.Append("  - `").Append(m.Motif).Append('`');
            if (m.Resultat is { } res)
            {
                sb.Append(" (").Append(Wire.Resultat(res)).Append(')');
            }

            sb.Append(" : « ").Append(m.Texte).Append(" »\n");
        }
    }

    /// <summary>The library's texts, then every other text the set's sections and rules cite (an ARS's own
    /// deliberation…), in the order they are first cited.</summary>
    private static IEnumerable<Document> DocumentsCites(JeuDeRegles jeu) =>
        Documents.Tous
            .Concat(jeu.Sections.SelectMany(s => s.References.Concat(s.Regles.SelectMany(r => r.References))).Select(r => r.Document))
            .Distinct();

    private static string Sources(IEnumerable<Reference> references) =>
        string.Join(" ; ", references.Select(r => r.Complete));

    private static string Cellule(string texte) => texte.Replace("|", "\\|");

    /// <summary>GitHub's anchor of a heading: lower case, spaces to dashes, punctuation dropped.</summary>
    private static string Ancre(string titre)
    {
        var sb = new StringBuilder(titre.Length);
        foreach (var c in titre.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }
}
