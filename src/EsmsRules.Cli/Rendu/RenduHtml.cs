using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EsmsRules.Decisions;
using EsmsRules.Formatting;

namespace EsmsRules.Cli.Rendu;

/// <summary>
/// One self-contained HTML page of a decision, to print on A4 or file: the verdict, the amounts and payments, the
/// Prestation Ségur, what the instructing authority must appreciate, the questions, the supposed answers, the remedies,
/// the explained tree (one collapsible <c>&lt;details&gt;</c> per section, open, with each rule's source) and the barème
/// used. Inline CSS only: no script, no external resource; every text of the decision is HTML-escaped.
/// </summary>
internal static class RenduHtml
{
    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1b1b1b; margin: 0; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
        .verdict { font-size: 1.3rem; font-weight: bold; padding: .5rem .8rem; border-radius: .3rem; display: inline-block; }
        .verdict-oui { background: #e3f4e1; color: #14532d; }
        .verdict-non { background: #fde2e1; color: #7f1d1d; }
        .verdict-indetermine { background: #fff4d6; color: #713f12; }
        dl.entete { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.entete dt { font-weight: bold; }
        dl.entete dd { margin: 0; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { border: 1px solid #bbb; padding: .25rem .6rem; text-align: left; vertical-align: top; }
        td.montant, th.montant { text-align: right; white-space: nowrap; }
        tr.total td { font-weight: bold; }
        details.section { border: 1px solid #ccc; border-radius: .3rem; margin: .5rem 0; padding: .3rem .8rem; }
        details.section > summary { font-weight: bold; cursor: pointer; }
        ul.regles { list-style: none; padding-left: 0; }
        ul.regles ul.regles { padding-left: 1.5rem; }
        ul.regles li { margin: .4rem 0; }
        .marque { display: inline-block; width: 1.2em; font-weight: bold; }
        .satisfied .marque { color: #15803d; }
        .notSatisfied .marque { color: #b91c1c; }
        .reviewRequired .marque, .missingInput .marque { color: #a16207; }
        .notApplicable { color: #6b7280; }
        .explication { margin: .1rem 0 0 1.2em; }
        .source { margin: .1rem 0 0 1.2em; font-size: .85em; color: #4b5563; }
        .note { color: #4b5563; font-size: .9em; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          details.section { break-inside: auto; }
          details > summary { list-style: none; }
          details::details-content { content-visibility: visible; display: block; }
          h2 { break-after: avoid; }
          tr, li { break-inside: avoid; }
        }
        """;

    /// <summary>Writes the page of <paramref name="d"/>.</summary>
    public static void Ecrire(TextWriter w, Decision d, OptionsRendu options)
    {
        var h = new StringBuilder(64 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E("Décision ESMS numérique — campagne " + d.Campagne + " — " + Contenu.Verdict(d))).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        h.Append("<h1>Décision ESMS numérique / Prestation Ségur</h1>\n");
        var classe = d.Recevable switch { true => "verdict-oui", false => "verdict-non", null => "verdict-indetermine" };
        h.Append("<section id=\"verdict\">\n<p class=\"verdict ").Append(classe).Append("\" id=\"verdict-texte\">").Append(E(Contenu.Verdict(d))).Append("</p>\n");
        h.Append("<dl class=\"entete\">\n");
        Entree(h, "Campagne", d.Campagne);
        Entree(h, "Recevable", Libelles.Recevable(d.Recevable));
        Entree(h, "Orientation", Contenu.Orientation(d));
        Entree(h, "Procédure d'achat", Contenu.Procedure(d));
        Entree(h, "ESSMS retenus", Contenu.Essms(d));
        if (d.ReferencementsAcceptes.Count > 0)
        {
            Entree(h, "Solutions acceptées", string.Join(" ou ", d.ReferencementsAcceptes.Select(Libelles.Referencement)));
        }

        h.Append("</dl>\n<p class=\"explication\">").Append(E(d.Arbre.Explication)).Append("</p>\n</section>\n");

        Financement(h, d);
        Prestation(h, d);
        Listes(h, d);
        Arbre(h, d, options);
        Bareme(h, d);
        h.Append("<p class=\"note\">Décision écrite par EsmsRules à partir du dossier fourni ; l'autorité d'instruction (ARS ou CNSA) reste seule juge de ce qui est « à apprécier ».</p>\n");
        h.Append("</main>\n</body>\n</html>");
        w.WriteLine(h.ToString());
    }

    /// <summary>The text HTML-escaped (<c>&amp; &lt; &gt; " '</c>).</summary>
    public static string E(string texte)
    {
        var sb = new StringBuilder(texte.Length + 16);
        foreach (var c in texte)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static void Entree(StringBuilder h, string libelle, string valeur) =>
        h.Append("<dt>").Append(E(libelle)).Append("</dt><dd>").Append(E(valeur)).Append("</dd>\n");

    private static void Financement(StringBuilder h, Decision d)
    {
        var f = d.Financement;
        h.Append("<section id=\"financement\">\n<h2>Financement ESMS numérique</h2>\n<table class=\"montants\">\n<thead><tr><th>Poste</th><th class=\"montant\">Montant</th></tr></thead>\n<tbody>\n");
        foreach (var (libelle, champ, montant) in Contenu.Parts(f))
        {
            h.Append("<tr data-champ=\"").Append(champ).Append("\"><td>").Append(E(libelle)).Append("</td><td class=\"montant\">").Append(E(Fr.Euros(montant))).Append("</td></tr>\n");
        }

        h.Append("<tr class=\"total\" data-champ=\"total\"><td>Total allouable</td><td class=\"montant\">").Append(E(Fr.Euros(f.Total))).Append("</td></tr>\n</tbody>\n</table>\n");
        if (f.ParOrganisme.Count > 1)
        {
            h.Append("<h3>Par organisme gestionnaire</h3>\n<table class=\"par-organisme\">\n<thead><tr><th>OG</th><th class=\"montant\">Part ESSMS</th><th class=\"montant\">Part éditeur</th><th class=\"montant\">Équipements</th><th class=\"montant\">Total</th></tr></thead>\n<tbody>\n");
            foreach (var og in f.ParOrganisme)
            {
                h.Append("<tr><td>").Append(E(og.FinessJuridique.Value)).Append("</td><td class=\"montant\">").Append(E(Fr.Euros(og.PartEssms)))
                    .Append("</td><td class=\"montant\">").Append(E(Fr.Euros(og.PartEditeur))).Append("</td><td class=\"montant\">").Append(E(Fr.Euros(og.Equipements)))
                    .Append("</td><td class=\"montant\">").Append(E(Fr.Euros(og.Total))).Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }

        if (d.Versements.Count > 0)
        {
            h.Append("<h3>Versements</h3>\n<table class=\"versements\">\n<thead><tr><th>Versement</th><th class=\"montant\">Taux</th><th class=\"montant\">Montant</th></tr></thead>\n<tbody>\n");
            foreach (var v in d.Versements)
            {
                h.Append("<tr data-ordre=\"").Append(v.Ordre).Append("\"><td>").Append(v.Ordre == 1 ? "Premier" : "Second").Append("</td><td class=\"montant\">")
                    .Append(E(Fr.Pourcent(v.Taux))).Append("</td><td class=\"montant\">").Append(E(Fr.EurosCentimes(v.Montant))).Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }

        if (d.SecondVersement is { } sv)
        {
            h.Append("<p>Second versement : ").Append(E(sv.Libere switch { true => "libéré", false => "non libéré", null => "en attente" }))
                .Append(sv.ConditionsNonRemplies.Count > 0 ? E(" ; conditions non remplies : " + string.Join(", ", sv.ConditionsNonRemplies)) : string.Empty)
                .Append(sv.ConditionsEnAttente.Count > 0 ? E(" ; en attente : " + string.Join(", ", sv.ConditionsEnAttente)) : string.Empty)
                .Append(".</p>\n");
        }

        h.Append("</section>\n");
    }

    private static void Prestation(StringBuilder h, Decision d)
    {
        h.Append("<section id=\"prestation-segur\">\n<h2>Prestation Ségur (SONS)</h2>\n");
        if (d.PrestationSegur.Count == 0)
        {
            h.Append("<p>Aucune Prestation Ségur.</p>\n</section>\n");
            return;
        }

        h.Append("<table class=\"prestation\">\n<thead><tr><th>OG</th><th class=\"montant\">ESSMS</th><th>Tranche</th><th class=\"montant\">Par ESSMS</th><th class=\"montant\">Total</th><th class=\"montant\">Avance</th><th class=\"montant\">Solde</th></tr></thead>\n<tbody>\n");
        foreach (var s in d.PrestationSegur)
        {
            h.Append("<tr><td>").Append(E(s.FinessJuridique.Value)).Append("</td><td class=\"montant\">").Append(s.NombreEssms.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(E(s.Tranche)).Append("</td><td class=\"montant\">").Append(E(Fr.Euros(s.MontantParEssms)))
                .Append("</td><td class=\"montant\" data-champ=\"total\">").Append(E(Fr.Euros(s.Total)))
                .Append("</td><td class=\"montant\">").Append(E(Fr.EurosCentimes(s.Avance)))
                .Append("</td><td class=\"montant\">").Append(E(Fr.EurosCentimes(s.Solde))).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Listes(StringBuilder h, Decision d)
    {
        Liste(h, "non-satisfaites", "Règles non satisfaites", Contenu.AvecTitres(d, d.ReglesNonSatisfaites), ordonnee: false);
        Liste(h, "a-apprecier", "À apprécier par l'autorité d'instruction", Contenu.AvecTitres(d, d.AApprecier), ordonnee: false);
        Liste(h, "questions", "Questions (les plus importantes d'abord)", d.Questions.Select(Contenu.Question).ToArray(), ordonnee: true);
        if (d.SousReserve is { } s)
        {
            h.Append("<section id=\"sous-reserve\">\n<h2>Sous réserve</h2>\n<p>").Append(E("Recevable " + Contenu.SousReserve(s) + ".")).Append("</p>\n</section>\n");
        }

        if (d.Remedes is { Count: > 0 } remedes)
        {
            h.Append("<section id=\"remedes\">\n<h2>").Append(E(Contenu.TitreRemedes(d))).Append("</h2>\n<table class=\"remedes\">\n<thead><tr><th>Changement</th><th>Règles</th><th class=\"montant\">Total</th></tr></thead>\n<tbody>\n");
            foreach (var r in remedes)
            {
                h.Append("<tr><td>").Append(E(r.Changement)).Append("</td><td>").Append(E(string.Join(", ", r.Regles))).Append("</td><td class=\"montant\">")
                    .Append(E(Fr.Euros(r.Total))).Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n</section>\n");
        }

        Liste(h, "avertissements", "Avertissements", d.Avertissements.Select(a => a.Chemin + " : " + a.Message).ToArray(), ordonnee: false);
    }

    private static void Liste(StringBuilder h, string id, string titre, IReadOnlyList<string> elements, bool ordonnee)
    {
        if (elements.Count == 0)
        {
            return;
        }

        var balise = ordonnee ? "ol" : "ul";
        h.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(E(titre)).Append("</h2>\n<").Append(balise).Append(">\n");
        foreach (var e in elements)
        {
            h.Append("<li>").Append(E(e)).Append("</li>\n");
        }

        h.Append("</").Append(balise).Append(">\n</section>\n");
    }

    private static void Arbre(StringBuilder h, Decision d, OptionsRendu options)
    {
        h.Append("<section id=\"arbre\">\n<h2>Décision expliquée</h2>\n<p class=\"note\">").Append(E("Légende : " + Contenu.Legende)).Append("</p>\n");
        foreach (var section in d.Arbre.Enfants)
        {
            h.Append("<details class=\"section ").Append(Classe(section.Resultat)).Append("\" open data-regle=\"").Append(E(section.Regle)).Append("\">\n<summary>")
                .Append("<span class=\"marque\">").Append(Contenu.Marque(section.Resultat)).Append("</span>")
                .Append(E(section.Regle + " — " + section.Titre + (section.Montant is { } m && m != 0 ? " : " + Fr.Euros(m) : string.Empty))).Append("</summary>\n");
            Textes(h, section, options);
            Enfants(h, section, options);
            h.Append("</details>\n");
        }

        var masques = Contenu.PhraseMasques(Contenu.Masques(d.Arbre, options.Complet));
        if (masques.Length > 0)
        {
            h.Append("<p class=\"note\">").Append(E(masques)).Append("</p>\n");
        }

        h.Append("</section>\n");
    }

    private static void Enfants(StringBuilder h, DecisionNode n, OptionsRendu options)
    {
        var enfants = n.Enfants.Where(e => Contenu.Visible(e, options.Complet)).ToArray();
        if (enfants.Length == 0)
        {
            return;
        }

        h.Append("<ul class=\"regles\">\n");
        foreach (var e in enfants)
        {
            h.Append("<li class=\"").Append(Classe(e.Resultat)).Append("\" data-regle=\"").Append(E(e.Regle)).Append("\"><span class=\"marque\">")
                .Append(Contenu.Marque(e.Resultat)).Append("</span><strong>").Append(E(e.Regle)).Append("</strong> — ").Append(E(e.Titre))
                .Append(e.Montant is { } m && m != 0 ? " : <span class=\"montant\">" + E(Fr.Euros(m)) + "</span>" : string.Empty).Append('\n');
            Textes(h, e, options);
            Enfants(h, e, options);
            h.Append("</li>\n");
        }

        h.Append("</ul>\n");
    }

    private static void Textes(StringBuilder h, DecisionNode n, OptionsRendu options)
    {
        if (n.Explication.Length > 0)
        {
            h.Append("<p class=\"explication\">").Append(E(n.Explication)).Append("</p>\n");
        }

        if (n.Source.Length > 0)
        {
            h.Append("<p class=\"source\">Source : ").Append(E(n.Source)).Append("</p>\n");
        }
    }

    private static string Classe(Resultat r) => r switch
    {
        Resultat.Satisfied => "satisfied",
        Resultat.NotSatisfied => "notSatisfied",
        Resultat.ReviewRequired => "reviewRequired",
        Resultat.MissingInput => "missingInput",
        _ => "notApplicable",
    };

    private static void Bareme(StringBuilder h, Decision d)
    {
        if (d.Bareme is not { } b)
        {
            return;
        }

        h.Append("<section id=\"bareme\">\n<h2>Barème utilisé</h2>\n<p>").Append(E(Contenu.Bareme(b))).Append("</p>\n");
        if (b.Valeurs.Count > 0)
        {
            h.Append("<table class=\"bareme\">\n<thead><tr><th>Paramètre</th><th>Valeur</th><th>Règles</th><th>Provenance</th></tr></thead>\n<tbody>\n");
            foreach (var v in b.Valeurs)
            {
                h.Append("<tr><td>").Append(E(v.Parametre)).Append("</td><td>").Append(E(Valeur(v.Valeur))).Append("</td><td>").Append(E(string.Join(", ", v.Regles)))
                    .Append("</td><td>").Append(E(v.Provenance is { } p ? p.Source + " (campagne " + p.Campagne + ", publié le " + Fr.Date(p.Publie) + ")" : string.Empty)).Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }

        h.Append("</section>\n");
    }

    /// <summary>A barème value in French.</summary>
    internal static string Valeur(object? valeur) => valeur switch
    {
        null => "—",
        decimal m => Fr.Nombre(m, m == decimal.Truncate(m) ? 0 : 2),
        int i => Fr.Entier(i),
        long l => Fr.Entier(l),
        bool b => b ? "oui" : "non",
        NodaTime.LocalDate date => Fr.Date(date),
        System.Collections.IEnumerable liste when valeur is not string => string.Join(", ", liste.Cast<object?>().Select(Valeur)),
        _ => System.Convert.ToString(valeur, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
