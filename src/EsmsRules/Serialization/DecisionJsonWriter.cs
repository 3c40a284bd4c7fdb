using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using NodaTime.Text;
using EsmsRules.Rules;

namespace EsmsRules.Serialization;

/// <summary>
/// Writes a decision (and input errors) in the JSON format of a decision: camelCase names, enum strings, amounts as
/// JSON numbers in euros with at most 2 decimals and no trailing zeros.
/// </summary>
public static class DecisionJsonWriter
{
    /// <summary>The JSON encoder: French text written as it is, only what JSON requires escaped.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // A tree repeats the catalogue's titles and sources (long French text) in every node: they are escaped and encoded
    // to UTF-8 once, as are the node's property names and outcomes.
    private static readonly JsonEncodedText RegleName = JsonEncodedText.Encode("regle");
    private static readonly JsonEncodedText TitreName = JsonEncodedText.Encode("titre");
    private static readonly JsonEncodedText ResultatName = JsonEncodedText.Encode("resultat");
    private static readonly JsonEncodedText ExplicationName = JsonEncodedText.Encode("explication");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText MontantName = JsonEncodedText.Encode("montant");
    private static readonly JsonEncodedText EnfantsName = JsonEncodedText.Encode("enfants");
    private static readonly JsonEncodedText ValeursName = JsonEncodedText.Encode("valeurs");
    private static readonly JsonEncodedText[] Resultats = ResultatsEncodes();

    /// <summary>The writer options of the decision JSON (French text unescaped), for callers that keep one
    /// <see cref="Utf8JsonWriter"/> over many decisions (<see cref="Write"/>, <see cref="WriteErrors(Utf8JsonWriter, IReadOnlyList{InputError})"/>).</summary>
    /// <param name="indented">Indent the output.</param>
    /// <returns>The options.</returns>
    internal static JsonWriterOptions Options(bool indented = false) => new() { Indented = indented, Encoder = Encoder };

    /// <summary>The decision as JSON text.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Indent the output.</param>
    /// <param name="inclureArbre">Include the explained tree (<c>arbre</c>).</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentException">The tree is nested deeper than <see cref="ProfondeurMaxArbre"/> levels (nothing is written).</exception>
    public static string Serialize(Decision decision, bool indented = true, bool inclureArbre = true)
    {
        using var buffer = new TamponOctets(null);
        using (var w = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Write(w, decision, inclureArbre);
        }

        return Encoding.UTF8.GetString(buffer.Tableau, 0, buffer.Longueur);
    }

    /// <summary>One node of a decision tree and its descendants as JSON text, as the decision's <c>arbre</c> writes it
    /// (e.g. the node of one section evaluated alone).</summary>
    /// <param name="noeud">The node.</param>
    /// <param name="indented">Indent the output.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentException">The tree is nested deeper than <see cref="ProfondeurMaxArbre"/> levels (nothing is written).</exception>
    public static string Serialize(DecisionNode noeud, bool indented = true)
    {
        if (noeud is null)
        {
            throw new ArgumentNullException(nameof(noeud));
        }

        VerifierProfondeur(noeud, nameof(noeud));
        using var buffer = new TamponOctets(null);
        using (var w = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Node(w, noeud);
        }

        return Encoding.UTF8.GetString(buffer.Tableau, 0, buffer.Longueur);
    }

    /// <summary>Writes the decision to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="stream">The target stream.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Indent the output.</param>
    /// <param name="inclureArbre">Include the explained tree.</param>
    /// <exception cref="ArgumentException">The tree is nested deeper than <see cref="ProfondeurMaxArbre"/> levels (nothing is written).</exception>
    public static void Serialize(Stream stream, Decision decision, bool indented = false, bool inclureArbre = true)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        // Through a pooled buffer handed to the stream every 16 KB: a writer over the stream itself would allocate a
        // buffer the size of the explained tree for every decision.
        using var buffer = new TamponOctets(stream);
        using (var w = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Write(w, decision, inclureArbre);
        }

        buffer.Vider();
        stream.Flush();
    }

    /// <summary>Input errors as JSON text: <c>{"erreurs":[{"code","chemin","message","arguments"}]}</c>.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="indented">Indent the output.</param>
    /// <returns>The JSON.</returns>
    public static string SerializeErrors(IReadOnlyList<InputError> errors, bool indented = true)
    {
        using var buffer = new TamponOctets(null);
        using (var w = new Utf8JsonWriter(buffer, Options(indented)))
        {
            WriteErrors(w, errors);
        }

        return Encoding.UTF8.GetString(buffer.Tableau, 0, buffer.Longueur);
    }

    /// <summary>Writes input errors.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="errors">The errors.</param>
    internal static void WriteErrors(Utf8JsonWriter w, IReadOnlyList<InputError> errors)
    {
        if (w is null)
        {
            throw new ArgumentNullException(nameof(w));
        }

        w.WriteStartObject();
        w.WriteStartArray("erreurs");
        foreach (var e in errors ?? throw new ArgumentNullException(nameof(errors)))
        {
            w.WriteStartObject();
            w.WriteString("code", e.Code);
            w.WriteString("chemin", e.Chemin);
            w.WriteString("message", e.Message);
            if (e.Arguments.Count > 0)
            {
                w.WriteStartObject("arguments");
                foreach (var kv in e.Arguments)
                {
                    w.WriteString(kv.Key, kv.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The second payment's conditions (<c>secondVersement</c>), or null.</summary>
    private static void WriteSecondVersement(Utf8JsonWriter w, SecondVersement? s)
    {
        if (s is null)
        {
            w.WriteNull("secondVersement");
            return;
        }

        w.WriteStartObject("secondVersement");
        Amount(w, "montant", s.Montant);
        w.WriteString("resultat", Wire.Resultat(s.Resultat));
        if (s.Libere is { } libere)
        {
            w.WriteBoolean("libere", libere);
        }
        else
        {
            w.WriteNull("libere");
        }

        Strings(w, "conditionsNonRemplies", s.ConditionsNonRemplies);
        Strings(w, "conditionsEnAttente", s.ConditionsEnAttente);
        w.WriteStartArray("indicateurs");
        foreach (var i in s.Indicateurs)
        {
            w.WriteStartObject();
            w.WriteString("regle", i.Regle);
            w.WriteNumber("numerateur", i.Numerateur);
            w.WriteNumber("denominateur", i.Denominateur);
            if (i.Taux is { } taux)
            {
                Amount(w, "taux", taux);
            }
            else
            {
                w.WriteNull("taux");
            }

            Amount(w, "cible", i.Cible);
            w.WriteBoolean("atteint", i.Atteint);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("essmsSousCible");
        foreach (var e in s.EssmsSousCible)
        {
            w.WriteStartObject();
            w.WriteString("finessGeographique", e.FinessGeographique.Value);
            Strings(w, "regles", e.Regles);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The barème used (<c>bareme</c>): identity, why it was chosen, and the values read with their source.</summary>
    private static void WriteBareme(Utf8JsonWriter w, BaremeUtilise b, bool valeurs)
    {
        w.WriteStartObject("bareme");
        w.WriteString("libelle", b.Libelle);
        w.WriteString("source", b.Source);
        w.WriteString("publie", LocalDatePattern.Iso.Format(b.Publie));
        NullableString(w, "herite", b.Herite);
        w.WriteString("selection", b.Selection switch
        {
            MotifSelection.Campagne => "campagne",
            MotifSelection.DateDepot => "dateDepot",
            MotifSelection.Options => "options",
            _ => "parDefaut",
        });
        if (!valeurs)
        {
            w.WriteEndObject();
            return;
        }

        w.WritePropertyName(ValeursName);
        if (b.Valeurs is ValeursUtilisees partagees && !w.Options.Indented && ReferenceEquals(w.Options.Encoder, Encoder))
        {
            // The engine shares one list per barème and set of rules evaluated: its block is encoded once.
            w.WriteRawValue(partagees.Json ??= ValeursJson(partagees), skipInputValidation: true);
        }
        else
        {
            WriteValeurs(w, b.Valeurs);
        }

        w.WriteEndObject();
    }

    private static byte[] ValeursJson(IReadOnlyList<ValeurBareme> valeurs)
    {
        using var buffer = new MemoryStream(4096);
        using (var w = new Utf8JsonWriter(buffer, Options(indented: false)))
        {
            WriteValeurs(w, valeurs);
        }

        return buffer.ToArray();
    }

    private static void WriteValeurs(Utf8JsonWriter w, IReadOnlyList<ValeurBareme> valeurs)
    {
        w.WriteStartObject();
        foreach (var v in valeurs)
        {
            w.WriteStartObject(v.Parametre);
            w.WritePropertyName("valeur");
            BaremeJsonWriter.WriteValue(w, v.Valeur);
            if (v.Provenance is { } p)
            {
                w.WriteString("source", p.Source);
                w.WriteString("publie", LocalDatePattern.Iso.Format(p.Publie));
                w.WriteString("campagne", p.Campagne);
            }

            w.WriteStartArray("regles");
            foreach (var r in v.Regles)
            {
                w.WriteStringValue(r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes the decision.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="d">The decision.</param>
    /// <param name="inclureArbre">Include the explained tree.</param>
    internal static void Write(Utf8JsonWriter w, Decision d, bool inclureArbre = true) => WriteCore(w, d, inclureArbre, direct: true);

    /// <summary>Writes the decision; <paramref name="direct"/> false writes the tree node by node through the writer
    /// even where <see cref="ArbreCompact"/> could write it (the reference its tests compare with).</summary>
    internal static void WriteCore(Utf8JsonWriter w, Decision d, bool inclureArbre, bool direct)
    {
        if (w is null)
        {
            throw new ArgumentNullException(nameof(w));
        }

        if (d is null)
        {
            throw new ArgumentNullException(nameof(d));
        }

        // The tree first: written directly into its own buffer, or checked for depth before a byte of the decision is
        // written (a tree too deep for the JSON writer is refused whole, never half written).
        ArbreCompact.Arbre? arbre = null;
        if (inclureArbre)
        {
            arbre = direct ? ArbreCompact.Preparer(w, d.Arbre) : null;
            if (arbre is null)
            {
                VerifierProfondeur(d.Arbre, nameof(d));
            }
        }

        try
        {
            WriteDecision(w, d, inclureArbre, arbre);
        }
        finally
        {
            if (arbre is { } prepare)
            {
                ArbreCompact.Rendre(prepare);
            }
        }
    }

    /// <summary>The deepest tree a decision's JSON holds, in levels of nodes (the root is level 1): each level is two
    /// levels of JSON (the node and its <c>enfants</c>), within the writer's limit of 1 000.</summary>
    public const int ProfondeurMaxArbre = 400;

    /// <summary>Refuses a tree nested deeper than <see cref="ProfondeurMaxArbre"/> (an ARS's own rule nesting its
    /// nodes), walked with an explicit stack.</summary>
    private static void VerifierProfondeur(DecisionNode racine, string parametre)
    {
        var pile = new Stack<(DecisionNode Noeud, int Niveau)>();
        pile.Push((racine, 1));
        while (pile.Count > 0)
        {
            var (n, niveau) = pile.Pop();
            if (niveau > ProfondeurMaxArbre)
            {
                throw new ArgumentException(
                    $"L'arbre de la décision dépasse {ProfondeurMaxArbre} niveaux de nœuds (au nœud {n.Regle}) : son JSON ne peut pas être écrit. Une règle propre imbrique-t-elle ses nœuds ?",
                    parametre);
            }

            var enfants = n.Enfants;
            for (var i = 0; i < enfants.Count; i++)
            {
                if (enfants[i].Enfants.Count > 0 || niveau + 1 > ProfondeurMaxArbre)
                {
                    pile.Push((enfants[i], niveau + 1));
                }
            }
        }
    }

    private static void WriteDecision(Utf8JsonWriter w, Decision d, bool inclureArbre, ArbreCompact.Arbre? arbre)
    {
        w.WriteStartObject();
        w.WriteString("campagne", d.Campagne);
        if (d.Bareme is { } bareme)
        {
            // The values used are part of the explanation: written with the tree only.
            WriteBareme(w, bareme, inclureArbre);
        }

        if (d.Recevable is { } rec)
        {
            w.WriteBoolean("recevable", rec);
        }
        else
        {
            w.WriteNull("recevable");
        }

        NullableString(w, "orientation", d.Orientation is { } o ? Wire.Orientation(o) : null);
        NullableString(w, "instructeur", d.Instructeur?.ToString());
        NullableString(w, "region", d.Region);
        NullableString(w, "procedureAchat", d.ProcedureAchat is { } p ? Wire.Procedure(p) : null);
        w.WriteStartArray("referencementsAcceptes");
        foreach (var r in d.ReferencementsAcceptes)
        {
            w.WriteStringValue(r == Referencement.Segur ? "segur" : "sad");
        }

        w.WriteEndArray();
        w.WriteNumber("essmsRetenus", d.EssmsRetenus);
        w.WriteStartArray("essmsExclus");
        foreach (var e in d.EssmsExclus)
        {
            Vider(w);
            w.WriteStartObject();
            w.WriteString("finessGeographique", e.FinessGeographique.Value);
            w.WriteString("regle", e.Regle);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        var f = d.Financement;
        w.WriteStartObject("financement");
        Amount(w, "partEssms", f.PartEssms);
        Amount(w, "partEditeur", f.PartEditeur);
        Amount(w, "equipements", f.Equipements);
        Amount(w, "amoaMarche", f.AmoaMarche);
        Amount(w, "amoaProjet", f.AmoaProjet);
        Amount(w, "total", f.Total);
        w.WriteStartArray("parOrganisme");
        foreach (var og in f.ParOrganisme)
        {
            w.WriteStartObject();
            w.WriteString("finessJuridique", og.FinessJuridique.Value);
            Amount(w, "partEssms", og.PartEssms);
            Amount(w, "partEditeur", og.PartEditeur);
            Amount(w, "equipements", og.Equipements);
            Amount(w, "total", og.Total);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("versements");
        foreach (var v in d.Versements)
        {
            w.WriteStartObject();
            w.WriteNumber("ordre", v.Ordre);
            Amount(w, "taux", v.Taux);
            Amount(w, "montant", v.Montant);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteSecondVersement(w, d.SecondVersement);
        w.WriteStartArray("prestationSegur");
        foreach (var s in d.PrestationSegur)
        {
            w.WriteStartObject();
            w.WriteString("finessJuridique", s.FinessJuridique.Value);
            w.WriteNumber("nombreEssms", s.NombreEssms);
            w.WriteString("tranche", s.Tranche);
            Amount(w, "montantParEssms", s.MontantParEssms);
            Amount(w, "total", s.Total);
            Amount(w, "avance", s.Avance);
            Amount(w, "solde", s.Solde);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "reglesNonSatisfaites", d.ReglesNonSatisfaites);
        Strings(w, "aApprecier", d.AApprecier);
        Strings(w, "donneesManquantes", d.DonneesManquantes);
        w.WriteStartArray("avertissements");
        foreach (var a in d.Avertissements)
        {
            Vider(w);
            w.WriteStartObject();
            w.WriteString("code", a.Code);
            w.WriteString("chemin", a.Chemin);
            w.WriteString("message", a.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteSuites(w, d);
        if (inclureArbre)
        {
            w.WritePropertyName("arbre");
            if (arbre is { } prepare)
            {
                ArbreCompact.Ecrire(w, prepare);
            }
            else
            {
                Node(w, d.Arbre);
            }
        }

        w.WriteEndObject();
    }

    /// <summary>Beyond the verdict: <c>questions</c> always (empty when nothing is missing); <c>sousReserve</c> and
    /// <c>remedes</c> when they were computed (<see cref="Decision.Remedes"/> not null), absent otherwise.</summary>
    private static void WriteSuites(Utf8JsonWriter w, Decision d)
    {
        w.WriteStartArray("questions");
        foreach (var q in d.Questions)
        {
            w.WriteStartObject();
            w.WriteString("champ", q.Champ);
            Strings(w, "chemins", q.Chemins);
            Strings(w, "regles", q.Regles);
            w.WriteBoolean("bloquant", q.Bloquant);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (d.Remedes is null && d.SousReserve is null)
        {
            return;
        }

        if (d.SousReserve is { } s)
        {
            w.WriteStartObject("sousReserve");
            w.WriteStartArray("hypotheses");
            foreach (var h in s.Hypotheses)
            {
                w.WriteStartObject();
                w.WriteString("chemin", h.Chemin);
                w.WriteBoolean("valeur", h.Valeur);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("recevable", s.Recevable);
            NullableString(w, "orientation", s.Orientation is { } o ? Wire.Orientation(o) : null);
            Amount(w, "total", s.Total);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("sousReserve");
        }

        if (d.Remedes is { } remedes)
        {
            w.WriteStartArray("remedes");
            foreach (var r in remedes)
            {
                w.WriteStartObject();
                Strings(w, "regles", r.Regles);
                w.WriteString("changement", r.Changement);
                w.WriteBoolean("recevable", r.Recevable);
                Amount(w, "total", r.Total);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    private static void Node(Utf8JsonWriter w, DecisionNode n)
    {
        Vider(w);
        w.WriteStartObject();
        if (n.Definition is { } definition)
        {
            var c = Encodage(definition);
            w.WriteString(RegleName, c.Regle);
            Text(w, TitreName, n.Titre, c.Info.Titre, c.Titre);
            w.WriteString(ResultatName, ResultatEncode(n.Resultat));
            w.WriteString(ExplicationName, n.Explication);
            Text(w, SourceName, n.Source, c.Info.Source, c.Source);
        }
        else
        {
            w.WriteString(RegleName, n.Regle);
            w.WriteString(TitreName, n.Titre);
            w.WriteString(ResultatName, ResultatEncode(n.Resultat));
            w.WriteString(ExplicationName, n.Explication);
            w.WriteString(SourceName, n.Source);
        }

        if (n.Montant is { } m)
        {
            w.WritePropertyName(MontantName);
            AmountValue(w, m);
        }
        else
        {
            w.WriteNull(MontantName);
        }

        if (n.DonneesManquantes.Count > 0)
        {
            Strings(w, "donneesManquantes", n.DonneesManquantes);
        }

        if (n.Entrees.Count > 0)
        {
            w.WriteStartArray("entrees");
            foreach (var e in n.Entrees)
            {
                w.WriteStartObject();
                w.WriteString("chemin", e.Chemin);
                NullableString(w, "valeur", e.Valeur);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray(EnfantsName);
        foreach (var child in n.Enfants)
        {
            Node(w, child);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Hands the pending bytes to the output once they pass 16 KB, so that writing a large decision to a stream
    /// does not grow the writer's buffer to the whole decision (onto the large-object heap for big grappes).</summary>
    private static void Vider(Utf8JsonWriter w)
    {
        if (w.BytesPending > 16 * 1024)
        {
            w.Flush();
        }
    }

    /// <summary>The catalogue's encoded text when the node carries the catalogue's text (a node built through
    /// <see cref="DecisionNode.Create"/> may carry its own).</summary>
    private static void Text(Utf8JsonWriter w, JsonEncodedText name, string value, string catalogue, JsonEncodedText encoded)
    {
        if (string.Equals(value, catalogue, StringComparison.Ordinal))
        {
            w.WriteString(name, encoded);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>The id, title and source of a catalogue entry encoded once, on first use, and kept with it.</summary>
    private static Catalogue Encodage(Definition d) =>
        d.EncodageNoeud as Catalogue ?? (Catalogue)(d.EncodageNoeud = new Catalogue(d, JsonEncodedText.Encode(d.Id, Encoder), JsonEncodedText.Encode(d.Titre, Encoder), JsonEncodedText.Encode(d.Source, Encoder)));

    private static JsonEncodedText ResultatEncode(Resultat r) =>
        (uint)r < (uint)Resultats.Length ? Resultats[(int)r] : JsonEncodedText.Encode(Wire.Resultat(r), Encoder);

    private static JsonEncodedText[] ResultatsEncodes()
    {
        var values = (Resultat[])Enum.GetValues(typeof(Resultat));
        var max = 0;
        foreach (var v in values)
        {
            max = Math.Max(max, (int)v);
        }

        var a = new JsonEncodedText[max + 1];
        for (var i = 0; i <= max; i++)
        {
            a[i] = JsonEncodedText.Encode(Wire.Resultat((Resultat)i), Encoder);
        }

        return a;
    }

    private sealed class Catalogue
    {
        public Catalogue(Definition info, JsonEncodedText regle, JsonEncodedText titre, JsonEncodedText source)
        {
            Info = info;
            Regle = regle;
            Titre = titre;
            Source = source;
        }

        public Definition Info { get; }

        public JsonEncodedText Regle { get; }

        public JsonEncodedText Titre { get; }

        public JsonEncodedText Source { get; }
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var s in values)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>An amount rounded to 2 decimals, without trailing zeros (494500, 26611.2).</summary>
    private static void Amount(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        AmountValue(w, value);
    }

    /// <summary>An amount as a value: a whole amount other than zero as the <see cref="long"/> it is (same digits,
    /// faster than a decimal).</summary>
    private static void AmountValue(Utf8JsonWriter w, decimal value)
    {
        var n = Normalize(value, out var entier);
        if (entier)
        {
            w.WriteNumberValue((long)n);
        }
        else
        {
            w.WriteNumberValue(n);
        }
    }

    /// <summary>Writes <paramref name="value"/> normalised (<see cref="Normalize(decimal)"/>) as UTF-8 digits; a whole
    /// amount other than zero is formatted as a <see cref="long"/>, which gives the same digits as the decimal at a
    /// fraction of the cost (<c>DecisionJsonWriterTests</c> compare both).</summary>
    internal static bool TryFormatAmount(decimal value, Span<byte> destination, out int written)
    {
        var n = Normalize(value, out var entier);
        return entier
            ? System.Buffers.Text.Utf8Formatter.TryFormat((long)n, destination, out written)
            : System.Buffers.Text.Utf8Formatter.TryFormat(n, destination, out written);
    }

    /// <summary>Rounds to 2 decimals (midpoint away from zero) and removes trailing zeros.</summary>
    /// <remarks>Dividing by 1.000… removes them but a decimal division is slow, and a tree has an amount in most
    /// nodes: an amount below 2^32 cents (all in practice) has its zeros removed from its integer mantissa instead,
    /// with the same result, sign of zero and scale included (<c>DecisionJsonWriterTests</c>).</remarks>
    internal static decimal Normalize(decimal value) => Normalize(value, out _);

    /// <summary><see cref="Normalize(decimal)"/>, telling whether the result is a whole number other than zero below
    /// 2^32 (only known on the fast path: false otherwise, which is always safe).</summary>
    private static decimal Normalize(decimal value, out bool entier)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
#if NET8_0_OR_GREATER
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rounded, bits);
        if (bits[1] == 0 && bits[2] == 0)
        {
            var mantissa = (uint)bits[0];
            var scale = (bits[3] >> 16) & 0xFF;
            while (scale > 0 && mantissa % 10 == 0)
            {
                mantissa /= 10;
                scale--;
            }

            entier = scale == 0 && mantissa != 0;
            return new decimal((int)mantissa, 0, 0, bits[3] < 0, (byte)scale);
        }
#endif
        entier = false;
        return rounded / 1.000000000000000000000000000000000m;
    }
}

/// <summary>The wire names of the enums in the JSON formats.</summary>
internal static class Wire
{
    /// <summary>Wire name of an outcome.</summary>
    /// <param name="r">The outcome.</param>
    /// <returns><c>satisfied</c>, <c>notSatisfied</c>, <c>notApplicable</c>, <c>reviewRequired</c> or <c>missingInput</c>.</returns>
    public static string Resultat(Resultat r) => r switch
    {
        Decisions.Resultat.Satisfied => "satisfied",
        Decisions.Resultat.NotSatisfied => "notSatisfied",
        Decisions.Resultat.NotApplicable => "notApplicable",
        Decisions.Resultat.ReviewRequired => "reviewRequired",
        _ => "missingInput",
    };

    /// <summary>Wire name of an orientation.</summary>
    /// <param name="o">The orientation.</param>
    /// <returns><c>regional</c>, <c>national</c>, <c>sonsUniquement</c> or <c>nonRecevable</c>.</returns>
    public static string Orientation(Orientation o) => o switch
    {
        Decisions.Orientation.Regional => "regional",
        Decisions.Orientation.National => "national",
        Decisions.Orientation.SonsUniquement => "sonsUniquement",
        _ => "nonRecevable",
    };

    /// <summary>Wire name of a procurement.</summary>
    /// <param name="p">The procurement.</param>
    /// <returns><c>sad</c>, <c>marcheEnCours</c>, <c>libre</c> or <c>sansObjet</c>.</returns>
    public static string Procedure(ProcedureAchat p) => p switch
    {
        ProcedureAchat.Sad => "sad",
        ProcedureAchat.MarcheEnCours => "marcheEnCours",
        ProcedureAchat.Libre => "libre",
        _ => "sansObjet",
    };
}
