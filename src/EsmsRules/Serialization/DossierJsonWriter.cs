using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using EsmsRules.Format;
using EsmsRules.Identifiers;
using EsmsRules.Model;

namespace EsmsRules.Serialization;

/// <summary>
/// Writes a dossier in the dossier JSON format, the one <see cref="DossierJsonReader"/> reads: a dossier built in code
/// (<see cref="Dossier.Acquisition"/>, <see cref="Dossier.AddEssms(Finess, Essms[])"/>…) can be saved, sent to the
/// command line or to another tool, and read back to an equal dossier.
/// </summary>
/// <remarks>Fields in the order of the format's documentation; an optional fact that is null is left out (absent and
/// null read the same), as are empty <c>mesures</c> and <c>commandesSons</c>; enum values as the format spells them;
/// dates <c>yyyy-MM-dd</c>; amounts as JSON numbers in euros; French text unescaped, only what JSON requires escaped.
/// Nothing is checked: a dossier the reader would refuse (an ESSMS listed twice…) is written as it is, and refused
/// when read (a null porteur or list is written as null or left out, never thrown on).</remarks>
public static class DossierJsonWriter
{
    /// <summary>The dossier as JSON text.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="indented">Indent the output (default).</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static string Serialize(Dossier dossier, bool indented = true)
    {
        if (dossier is null)
        {
            throw new ArgumentNullException(nameof(dossier));
        }

        using var buffer = new TamponOctets(null);
        using (var w = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Ecrire(w, dossier);
        }

        return Encoding.UTF8.GetString(buffer.Tableau, 0, buffer.Longueur);
    }

    /// <summary>Writes the dossier as UTF-8 JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="dossier">The dossier.</param>
    /// <param name="indented">Indent the output.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public static void Write(Stream stream, Dossier dossier, bool indented = false)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (dossier is null)
        {
            throw new ArgumentNullException(nameof(dossier));
        }

        using var w = new Utf8JsonWriter(stream, Options(indented));
        Ecrire(w, dossier);
    }

    private static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = DecisionJsonWriter.Encoder };

    private static void Ecrire(Utf8JsonWriter w, Dossier d)
    {
        w.WriteStartObject();
        Texte(w, "campagne", d.Campagne);
        Date(w, "dateDepot", d.DateDepot);
        w.WriteString("typeProjet", Nom(DossierFormat.TypesProjet, (int)d.TypeProjet));
        Booleen(w, "representativiteNationale", d.RepresentativiteNationale);
        Booleen(w, "maitriseOuvrageMature", d.MaitriseOuvrageMature);
        Entier(w, "dureePrevueMois", d.DureePrevueMois);
        Booleen(w, "nonRetenu2021", d.NonRetenu2021);
        w.WritePropertyName("porteur");
        if (d.Porteur is null)
        {
            w.WriteNullValue();
        }
        else
        {
            Porteur(w, d.Porteur);
        }

        w.WritePropertyName("editeur");
        if (d.Editeur is null)
        {
            w.WriteNullValue();
        }
        else
        {
            Editeur(w, d.Editeur);
        }

        w.WriteStartArray("organismesGestionnaires");
        foreach (var og in d.OrganismesGestionnaires ?? Array.Empty<OrganismeGestionnaire>())
        {
            Organisme(w, og);
        }

        w.WriteEndArray();
        if (d.Mesures is { Count: > 0 })
        {
            w.WriteStartArray("mesures");
            foreach (var m in d.Mesures)
            {
                Mesure(w, m);
            }

            w.WriteEndArray();
        }

        Montant(w, "depensesRealisees", d.DepensesRealisees);
        if (d.CommandesSons is { Count: > 0 })
        {
            w.WriteStartArray("commandesSons");
            foreach (var c in d.CommandesSons)
            {
                Commande(w, c);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Porteur(Utf8JsonWriter w, Porteur p)
    {
        w.WriteStartObject();
        w.WriteString("finessJuridique", p.FinessJuridique.Value);
        w.WriteString("champ", Nom(DossierFormat.Champs, (int)p.Champ));
        Booleen(w, "soumisCodeCommandePublique", p.SoumisCodeCommandePublique);
        Booleen(w, "marcheEnCoursMemeObjet", p.MarcheEnCoursMemeObjet);
        w.WriteEndObject();
    }

    private static void Editeur(Utf8JsonWriter w, Editeur e)
    {
        w.WriteStartObject();
        Texte(w, "nom", e.Nom);
        Booleen(w, "referenceSegur", e.ReferenceSegur);
        Booleen(w, "referenceSad", e.ReferenceSad);
        Montant(w, "devis", e.Devis);
        w.WriteEndObject();
    }

    private static void Organisme(Utf8JsonWriter w, OrganismeGestionnaire og)
    {
        w.WriteStartObject();
        w.WriteString("finessJuridique", og.FinessJuridique.Value);
        Texte(w, "nom", og.Nom);
        Entier(w, "nombreEssmsFiness", og.NombreEssmsFiness);
        Booleen(w, "autodiagnosticFourni", og.AutodiagnosticFourni);
        w.WriteStartArray("essms");
        foreach (var e in og.Essms ?? Array.Empty<Essms>())
        {
            Essms(w, e);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Essms(Utf8JsonWriter w, Essms e)
    {
        w.WriteStartObject();
        w.WriteString("finessGeographique", e.FinessGeographique.Value);
        Texte(w, "nom", e.Nom);
        w.WriteString("champ", Nom(DossierFormat.Champs, (int)e.Champ));
        if (e.Territoire is { } t)
        {
            w.WriteString("territoire", Nom(DossierFormat.Territoires, (int)t));
        }

        Booleen(w, "relevantL312_1", e.RelevantL312_1);
        Booleen(w, "financementEsmsNumeriqueAnterieur", e.FinancementEsmsNumeriqueAnterieur);
        Booleen(w, "commandeSonsAutreLogiciel", e.CommandeSonsAutreLogiciel);
        Booleen(w, "activitesConfort", e.ActivitesConfort);
        Booleen(w, "rattacheEntiteNationale", e.RattacheEntiteNationale);
        Booleen(w, "accordEntiteNationale", e.AccordEntiteNationale);
        Texte(w, "categorieFiness", e.CategorieFiness);
        Booleen(w, "equipeDui", e.EquipeDui);
        w.WriteEndObject();
    }

    private static void Mesure(Utf8JsonWriter w, Mesure m)
    {
        w.WriteStartObject();
        w.WriteString("finessGeographique", m.FinessGeographique.Value);
        w.WriteNumber("personnesAccompagnees", m.PersonnesAccompagnees);
        w.WriteNumber("personnesEligiblesProjetAccueil", m.PersonnesEligiblesProjetAccueil);
        w.WriteNumber("messagesMss", m.MessagesMss);
        w.WriteNumber("dmpAlimentes", m.DmpAlimentes);
        w.WriteNumber("dossiersActifs", m.DossiersActifs);
        w.WriteNumber("dossiersActifsAvecProjetPersonnalise", m.DossiersActifsAvecProjetPersonnalise);
        w.WriteNumber("dossiersActifsAvecEvenement", m.DossiersActifsAvecEvenement);
        w.WriteEndObject();
    }

    private static void Commande(Utf8JsonWriter w, CommandeSons c)
    {
        w.WriteStartObject();
        w.WriteString("finessJuridique", c.FinessJuridique.Value);
        Date(w, "dateCommande", c.DateCommande);
        w.WriteString("couloir", Nom(DossierFormat.Couloirs, (int)c.Couloir));
        w.WriteStartArray("finessGeographiques");
        foreach (var f in c.FinessGeographiques ?? Array.Empty<Finess>())
        {
            w.WriteStringValue(f.Value);
        }

        w.WriteEndArray();
        Date(w, "dateDemandeSolde", c.DateDemandeSolde);
        Booleen(w, "sousConditionReferencement", c.SousConditionReferencement);
        Date(w, "dateDossierReferencement", c.DateDossierReferencement);
        w.WriteEndObject();
    }

    /// <summary>The name the format gives an enum value.</summary>
    private static string Nom(IReadOnlyList<ValeurEnum> valeurs, int code)
    {
        foreach (var v in valeurs)
        {
            if (v.Code == code)
            {
                return v.Nom;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, "Valeur hors du format du dossier.");
    }

    private static void Texte(Utf8JsonWriter w, string nom, string? valeur)
    {
        if (valeur is not null)
        {
            w.WriteString(nom, valeur);
        }
    }

    private static void Booleen(Utf8JsonWriter w, string nom, bool? valeur)
    {
        if (valeur is { } b)
        {
            w.WriteBoolean(nom, b);
        }
    }

    private static void Entier(Utf8JsonWriter w, string nom, int? valeur)
    {
        if (valeur is { } n)
        {
            w.WriteNumber(nom, n);
        }
    }

    private static void Montant(Utf8JsonWriter w, string nom, decimal? valeur)
    {
        if (valeur is { } m)
        {
            w.WriteNumber(nom, m);
        }
    }

    private static void Date(Utf8JsonWriter w, string nom, NodaTime.LocalDate? valeur)
    {
        if (valeur is { } d)
        {
            w.WriteString(nom, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
