using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EsmsRules.Serialization;

namespace EsmsRules.Format;

/// <summary>
/// The JSON Schema (draft 2020-12) and the Markdown documentation of the dossier format, both derived from
/// <see cref="DossierFormat"/>: what the reader checks and what they say cannot drift apart; and the template dossier
/// that fills in every field. <c>esms-rules schema</c> and <c>esms-rules modele</c> write the first and the last;
/// <c>docs/format-dossier.md</c> is <see cref="Documentation"/> (a test checks it).
/// </summary>
/// <remarks>
/// The schema says what JSON Schema can say: types, required fields, enumerations, bounds, string lengths and shapes.
/// The reader checks more (the Luhn key of all-digit FINESS numbers, real calendar dates, duplicates, the limits of
/// <see cref="InputLimits"/> over the whole dossier, and in strict mode unknown fields); a document the schema refuses
/// is refused by the reader.
/// </remarks>
internal static class DossierFormatExport
{
    private const string PatternFiness = "^[0-9A-Za-z]{9}$";
    private const string PatternDate = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private const string PatternCategorie = "^[1-9][0-9]{2}$";

    /// <summary>The JSON Schema of the dossier.</summary>
    /// <param name="strict">Whether unknown fields are refused (<c>additionalProperties: false</c>), as the reader's
    /// strict mode does; otherwise they are allowed, as the reader's default mode accepts them with a warning.</param>
    /// <param name="limites">The limits whose string length and list sizes the schema states; null → the defaults.</param>
    /// <returns>The schema, indented.</returns>
    public static string Schema(bool strict, InputLimits? limites = null)
    {
        limites ??= InputLimits.Default;
        using var flux = new MemoryStream();
        using (var w = new Utf8JsonWriter(flux, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("title", "Dossier ESMS numérique");
            w.WriteString("description", DossierFormat.ObjetDossier.Description);
            w.WriteString("$ref", "#/$defs/" + DossierFormat.ObjetDossier.Nom);
            w.WriteStartObject("$defs");
            foreach (var objet in DossierFormat.Objets)
            {
                w.WriteStartObject(objet.Nom);
                w.WriteString("title", objet.Titre);
                w.WriteString("description", objet.Description);
                w.WriteString("type", "object");
                w.WriteStartObject("properties");
                foreach (var p in objet.Proprietes)
                {
                    w.WriteStartObject(p.Nom);
                    w.WriteString("description", p.Description);
                    Schema(w, p, limites);
                    if (p.Exemple is { } exemple)
                    {
                        // Through a parsed document, not as raw text: the indented output stays regular.
                        w.WriteStartArray("examples");
                        using (var valeur = JsonDocument.Parse(exemple))
                        {
                            valeur.RootElement.WriteTo(w);
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartArray("required");
                foreach (var p in objet.Proprietes.Where(p => p.Obligatoire))
                {
                    w.WriteStringValue(p.Nom);
                }

                w.WriteEndArray();
                if (strict)
                {
                    w.WriteBoolean("additionalProperties", false);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(flux.ToArray());
    }

    private static void Schema(Utf8JsonWriter w, ProprieteFormat p, InputLimits limites)
    {
        var nul = !p.Obligatoire;
        switch (p.Type)
        {
            case TypeValeur.Texte:
                Types(w, nul, "string");
                w.WriteNumber("maxLength", limites.MaxStringLength);
                break;
            case TypeValeur.Booleen:
                Types(w, nul, "boolean");
                break;
            case TypeValeur.Entier:
                Types(w, nul, "integer");
                w.WriteNumber("minimum", p.Min);
                w.WriteNumber("maximum", p.Max);
                break;
            case TypeValeur.Montant:
                Types(w, nul, "number");
                w.WriteNumber("minimum", 0);
                w.WriteNumber("maximum", p.MontantMax);
                w.WriteNumber("multipleOf", 0.01m);
                break;
            case TypeValeur.Date:
                Types(w, nul, "string");
                w.WriteString("format", "date");
                w.WriteString("pattern", PatternDate);
                break;
            case TypeValeur.Enumeration:
                w.WriteStartArray("enum");
                foreach (var v in p.Valeurs)
                {
                    w.WriteStringValue(v.Nom);
                }

                if (nul)
                {
                    w.WriteNullValue();
                }

                w.WriteEndArray();
                break;
            case TypeValeur.Finess:
                Types(w, nul, "string");
                w.WriteString("pattern", PatternFiness);
                break;
            case TypeValeur.Categorie:
                Types(w, nul, "string", "integer");
                w.WriteString("pattern", PatternCategorie);
                w.WriteNumber("minimum", p.Min);
                w.WriteNumber("maximum", p.Max);
                break;
            case TypeValeur.Campagne:
                Types(w, nul, "string", "integer");
                w.WriteNumber("maxLength", limites.MaxStringLength);
                break;
            case TypeValeur.Objet when nul:
                w.WriteStartArray("anyOf");
                w.WriteStartObject();
                w.WriteString("$ref", "#/$defs/" + p.Objet!.Nom);
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("type", "null");
                w.WriteEndObject();
                w.WriteEndArray();
                break;
            case TypeValeur.Objet:
                w.WriteString("$ref", "#/$defs/" + p.Objet!.Nom);
                break;
            case TypeValeur.ListeObjets:
                Types(w, nul, "array");
                w.WriteStartObject("items");
                w.WriteString("$ref", "#/$defs/" + p.Objet!.Nom);
                w.WriteEndObject();
                w.WriteNumber("maxItems", limites.MaxEssms);
                break;
            case TypeValeur.ListeFiness:
                Types(w, nul, "array");
                w.WriteStartObject("items");
                w.WriteString("type", "string");
                w.WriteString("pattern", PatternFiness);
                w.WriteEndObject();
                w.WriteNumber("maxItems", limites.MaxEssms);
                break;
            default:
                throw new InvalidOperationException("Type de champ non traité : " + p.Type);
        }
    }

    private static void Types(Utf8JsonWriter w, bool nul, params string[] types)
    {
        if (types.Length == 1 && !nul)
        {
            w.WriteString("type", types[0]);
            return;
        }

        w.WriteStartArray("type");
        foreach (var t in types)
        {
            w.WriteStringValue(t);
        }

        if (nul)
        {
            w.WriteStringValue("null");
        }

        w.WriteEndArray();
    }

    /// <summary>The documentation of the format, in French Markdown: one table per object (field, type and bounds,
    /// required, description, example), then the rules every field follows.</summary>
    /// <param name="limites">The limits the documentation states; null → the defaults.</param>
    /// <returns>The Markdown text.</returns>
    public static string Documentation(InputLimits? limites = null)
    {
        limites ??= InputLimits.Default;
        var sb = new StringBuilder();
        sb.Append("# Format du dossier (JSON)\n\n")
          .Append("Ce document est écrit à partir de la description du format que suit le lecteur de dossiers (un test ")
          .Append("vérifie qu'il est à jour). `esms-rules schema` écrit le JSON Schema du dossier (draft 2020-12, tiré de la ")
          .Append("même description) ; `esms-rules modele` écrit un dossier modèle qui renseigne chaque champ et s'évalue tel ")
          .Append("quel ([exemple complet](#exemple-complet)).\n\n")
          .Append("Un dossier est un objet JSON en UTF-8 ; les noms de champs sont fixés (camelCase, sans accents). ")
          .Append("Un champ facultatif absent ou `null` signifie « non renseigné » : une règle qui en a besoin le demande ")
          .Append("(`missingInput`). Un champ inconnu du format est signalé en avertissement (`champInconnu`, avec le nom connu ")
          .Append("le plus proche) et ignoré ; le mode strict le refuse. Un même champ écrit deux fois dans un objet est refusé.\n\n")
          .Append("- Montants : nombres JSON en euros, au plus 2 décimales ; un nombre dont la valeur n'est pas exactement ")
          .Append("son texte est refusé plutôt qu'arrondi.\n")
          .Append("- Dates : chaînes ISO `AAAA-MM-JJ`, dates réelles du calendrier.\n")
          .Append("- Numéros FINESS : 9 caractères, chiffres ou lettres (`2A`, `2B` pour la Corse) ; la clé de Luhn est ")
          .Append("vérifiée quand le numéro n'a que des chiffres.\n")
          .Append("- L'ordre des ESSMS, OG par OG, est leur rang au barème à partir du 50e.\n")
          .Append("- Un problème d'entrée est signalé avec son chemin JSON (`$.organismesGestionnaires[0].essms[2].champ`), ")
          .Append("un code stable et un message en français ; tous les problèmes d'un dossier sont listés ensemble.\n");
        foreach (var objet in DossierFormat.Objets)
        {
            sb.Append("\n## ").Append(objet.Titre).Append(" (`").Append(objet.Nom).Append("`)\n\n")
              .Append(objet.Description).Append("\n\n")
              .Append("| Champ | Type | Obligatoire | Description | Exemple |\n")
              .Append("|---|---|---|---|---|\n");
            foreach (var p in objet.Proprietes)
            {
                sb.Append("| `").Append(p.Nom).Append("` | ").Append(Cellule(TypeEnClair(p, limites)))
                  .Append(" | ").Append(p.Obligatoire ? "oui" : "non")
                  .Append(" | ").Append(Cellule(p.Description))
                  .Append(" | ").Append(p.Exemple is { } e ? "`" + Cellule(e) + "`" : string.Empty)
                  .Append(" |\n");
            }
        }

        sb.Append("\n## Limites\n\n")
          .Append("Au-delà, le dossier est refusé (`limitExceeded`, avec la limite en argument) ; chaque limite se règle dans ")
          .Append("`EvaluationOptions.Limits`.\n\n")
          .Append("| Limite | Valeur par défaut |\n|---|---|\n")
          .Append("| Taille du document (octets UTF-8) | ").Append(Nombre(limites.MaxDocumentBytes)).Append(" |\n")
          .Append("| ESSMS par dossier (et entrées de chaque liste) | ").Append(Nombre(limites.MaxEssms)).Append(" |\n")
          .Append("| Caractères d'un texte libre | ").Append(Nombre(limites.MaxStringLength)).Append(" |\n")
          .Append("| Objets et tableaux imbriqués | ").Append(Nombre(limites.MaxDepth)).Append(" |\n")
          .Append("| Problèmes signalés pour un document | ").Append(Nombre(limites.MaxProblems)).Append(" |\n");

        sb.Append("\n## Ce que le schéma ne dit pas\n\n")
          .Append("Le JSON Schema d'`esms-rules schema` dit les types, les champs obligatoires, les valeurs admises, les bornes ")
          .Append("et la forme des chaînes. Le lecteur vérifie en plus : la clé de Luhn des numéros FINESS tout en chiffres, ")
          .Append("que chaque date existe, qu'un ESSMS n'est pas listé deux fois, qu'il y a au moins un ESSMS, ")
          .Append("que la campagne est connue, et les limites ci-dessus sur l'ensemble du dossier. ")
          .Append("Un document que le schéma refuse, le lecteur le refuse aussi. ")
          .Append("`esms-rules schema --strict` refuse en outre les champs inconnus, comme `evaluate --strict`.\n");

        sb.Append("\n## Exemple complet\n\n")
          .Append("Le dossier d'`esms-rules modele` : une acquisition par un petit OG de deux ESSMS, avec ses mesures d'usage ")
          .Append("et une commande SONS. Il s'évalue tel quel (`esms-rules modele > dossier.json` puis ")
          .Append("`esms-rules evaluate dossier.json`).\n\n")
          .Append("```json\n").Append(Modele()).Append("```\n");
        return sb.ToString();
    }

    /// <summary>The template dossier: every field of the format filled in with a plausible value (an acquisition by a
    /// small OG of two ESSMS, with usage measures and a SONS order); it evaluates as it is.</summary>
    /// <returns>Its JSON, indented, ending with a line break.</returns>
    public static string Modele()
    {
        using var flux = typeof(DossierFormatExport).Assembly.GetManifestResourceStream("EsmsRules.Format.modele-dossier.json")
            ?? throw new InvalidOperationException("Dossier modèle embarqué introuvable.");
        using var lecteur = new StreamReader(flux, Encoding.UTF8);
        return lecteur.ReadToEnd().Replace("\r\n", "\n");
    }

    private static string TypeEnClair(ProprieteFormat p, InputLimits limites) => p.Type switch
    {
        TypeValeur.Texte => "chaîne, au plus " + Nombre(limites.MaxStringLength) + " caractères",
        TypeValeur.Booleen => "booléen",
        TypeValeur.Entier => "entier de " + Nombre(p.Min) + " à " + Nombre(p.Max) + " (" + p.RaisonBorne + ")",
        TypeValeur.Montant => "montant en euros, de 0 à " + Nombre(p.MontantMax) + " €, au plus 2 décimales (" + p.RaisonBorne + ")",
        TypeValeur.Date => "date `AAAA-MM-JJ` (chaîne)",
        TypeValeur.Enumeration => "l'une des valeurs " + string.Join(", ", p.Valeurs.Select(v => "`" + v.Nom + "` (" + v.Description + ")")),
        TypeValeur.Finess => "numéro FINESS : chaîne de 9 chiffres ou lettres, clé de Luhn vérifiée si tout en chiffres",
        TypeValeur.Categorie => "chaîne de 3 chiffres (`\"500\"`) ou entier (`500`), de 100 à 999",
        TypeValeur.Campagne => "chaîne ou entier",
        TypeValeur.Objet => "objet " + Lien(p.Objet!),
        TypeValeur.ListeObjets => "tableau d'objets " + Lien(p.Objet!),
        TypeValeur.ListeFiness => "tableau de numéros FINESS",
        _ => throw new InvalidOperationException("Type de champ non traité : " + p.Type),
    };

    private static string Lien(ObjetFormat o) => "[" + o.Titre + "](#" + Ancre(o) + ")";

    /// <summary>The anchor most Markdown renderers give the object's heading.</summary>
    private static string Ancre(ObjetFormat o)
    {
        var titre = (o.Titre + " (" + o.Nom + ")").ToLowerInvariant();
        var sb = new StringBuilder();
        foreach (var c in titre)
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
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

    private static string Cellule(string texte) => texte.Replace("|", "\\|");

    private static string Nombre(long n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "\u202f");

    private static string Nombre(decimal n) => n.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(",", "\u202f");
}
