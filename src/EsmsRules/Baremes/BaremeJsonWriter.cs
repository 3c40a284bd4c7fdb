using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace EsmsRules.Baremes;

/// <summary>Writes barèmes and their values in the JSON of a barème document (<c>Baremes/README.md</c>).</summary>
public static class BaremeJsonWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The barème as a complete document (no <c>herite</c>: every parameter, with its provenance where known,
    /// else the barème's own source and date). <see cref="BaremeLoader.Load(string, Bareme)"/> reads it back to the
    /// same values.</summary>
    /// <param name="bareme">The barème.</param>
    /// <param name="indented">Indent the output.</param>
    /// <returns>The JSON document.</returns>
    public static string Serialize(Bareme bareme, bool indented = true)
    {
        if (bareme is null)
        {
            throw new ArgumentNullException(nameof(bareme));
        }

        using var buffer = new MemoryStream(8192);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("campagne", bareme.Campagne);
            w.WriteString("libelle", bareme.Libelle);
            w.WriteString("publie", Iso(bareme.DatePublication));
            w.WriteString("source", bareme.Source);
            w.WriteStartObject("parametres");
            foreach (var nom in BaremeParametres.Noms)
            {
                w.WritePropertyName(nom);
                w.WriteStartObject();
                w.WritePropertyName("valeur");
                WriteValue(w, BaremeParametres.Valeur(bareme, nom));
                var s = bareme.Provenance.TryGetValue(nom, out var p) ? p : new ParametreSource(bareme.Source, bareme.DatePublication, bareme.Campagne);
                w.WriteString("source", s.Source);
                w.WriteString("publie", Iso(s.Publie));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes one parameter value (as <see cref="BaremeParametres.Valeur"/> returns it) in the document's form.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="valeur">The value.</param>
    /// <exception cref="ArgumentException">A type that is not a barème value type.</exception>
    internal static void WriteValue(Utf8JsonWriter w, object? valeur)
    {
        if (w is null)
        {
            throw new ArgumentNullException(nameof(w));
        }

        switch (valeur)
        {
            case null:
                w.WriteNullValue();
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case decimal d:
                w.WriteNumberValue(d);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case Enum e:
                w.WriteStringValue(Lecteurs.Camel(e.ToString()));
                break;
            case Period p:
                w.WriteStringValue(PeriodPattern.Roundtrip.Format(p));
                break;
            case LocalDate date:
                w.WriteStringValue(Iso(date));
                break;
            case TarifParRang t:
                w.WriteStartObject();
                w.WriteNumber("avantRangReduit", t.AvantRangReduit);
                w.WriteNumber("aPartirDuRangReduit", t.APartirDuRangReduit);
                w.WriteEndObject();
                break;
            case FenetreDepot f:
                w.WriteStartObject();
                w.WriteString("debut", Iso(f.Debut));
                w.WriteString("fin", Iso(f.Fin));
                w.WriteEndObject();
                break;
            case IReadOnlyList<TrancheSons> tranches:
                w.WriteStartArray();
                foreach (var t in tranches)
                {
                    w.WriteStartObject();
                    w.WriteString("code", t.Code);
                    w.WriteNumber("minimum", t.Minimum);
                    if (t.Maximum is { } max)
                    {
                        w.WriteNumber("maximum", max);
                    }
                    else
                    {
                        w.WriteNull("maximum");
                    }

                    w.WriteNumber("montantParEssms", t.MontantParEssms);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case IReadOnlyList<CalendrierSons> calendriers:
                w.WriteStartArray();
                foreach (var c in calendriers)
                {
                    w.WriteStartObject();
                    w.WriteString("publie", Iso(c.DatePublication));
                    w.WriteString("finCommandes", Iso(c.FinCommandes));
                    w.WriteString("finSoldes", Iso(c.FinSoldes));
                    w.WriteString("source", c.Source);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, string> dict:
                w.WriteStartObject();
                foreach (var kv in dict)
                {
                    w.WriteString(kv.Key, kv.Value);
                }

                w.WriteEndObject();
                break;
            case IReadOnlyList<string> liste:
                w.WriteStartArray();
                foreach (var s in liste)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException("Type de valeur de barème inconnu : " + valeur.GetType().Name, nameof(valeur));
        }
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
