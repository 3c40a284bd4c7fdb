using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using NodaTime;

using EsmsRules.Serialization;

namespace EsmsRules.Baremes;

/// <summary>
/// Reads a barème document (JSON, schema in <c>Baremes/README.md</c>): a complete barème, or one that inherits a
/// campaign and overrides only the parameters it lists. A malformed or incomplete document is refused with every
/// problem listed, each with its JSON path and a stable code (<see cref="InputErrorCodes"/>).
/// </summary>
/// <example>
/// <code>
/// var arsOccitanie = BaremeLoader.Load(File.ReadAllText("occitanie-2022.json"), Campagnes.Generalisation2022).GetBaremeOrThrow();
/// var evaluator = new EsmsEvaluator(new EvaluationOptions { Bareme = arsOccitanie });
/// </code>
/// </example>
public static class BaremeLoader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip };

    private static readonly string[] ChampsDocument = { "$schema", "campagne", "herite", "libelle", "publie", "source", "commentaire", "parametres" };

    private static readonly string[] ChampsEntree = { "valeur", "source", "publie", "commentaire" };

    /// <summary>Reads a barème document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="parent">The barème it is loaded on top of; null → the campaign its <c>herite</c> names among
    /// <see cref="Campagnes"/>, or none (then the document must list every parameter).</param>
    /// <returns>The barème, or every problem of the document.</returns>
    public static BaremeResult Load(string json, Bareme? parent = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        // The parent is checked even when the document has other problems: every problem is listed at once.
        var doc = Parse(json, "$", parent is not null ? (bool?)true : null);
        var erreurs = new List<InputError>(doc.Erreurs);
        var parentEffectif = parent;
        if (parent is not null)
        {
            if (doc.Herite is not null && !string.Equals(doc.Herite, parent.Campagne, StringComparison.Ordinal))
            {
                erreurs.Add(new InputError(InputErrorCodes.ParentMismatch, "$.herite",
                    $"Le document hérite de {Citation.Entre(doc.Herite)} mais est chargé sur le barème de la campagne {Citation.Entre(parent.Campagne)}."));
            }
        }
        else if (doc.Herite is not null)
        {
            if (!BaremeCatalogue.Embedded.TryGet(doc.Herite, out var trouve))
            {
                erreurs.Add(UnknownParent("$.herite", doc.Herite, BaremeCatalogue.Embedded.Connues));
            }

            parentEffectif = trouve;
        }

        return erreurs.Count > 0 || doc.Document is not { } d ? BaremeResult.Invalid(erreurs) : BaremeResult.Success(d.Appliquer(parentEffectif));
    }

    /// <summary>Reads a barème document in UTF-8.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="parent">See <see cref="Load(string, Bareme)"/>.</param>
    /// <returns>The barème, or every problem of the document.</returns>
    public static BaremeResult Load(ReadOnlyMemory<byte> utf8Json, Bareme? parent = null) =>
        Load(System.Text.Encoding.UTF8.GetString(utf8Json.ToArray()), parent);

    internal static InputError UnknownParent(string chemin, string herite, IReadOnlyList<string> connues)
    {
        // The known campaigns, each quoted shortly, at most ten of them: a set of documents can name many.
        var liste = new List<string>();
        for (var i = 0; i < connues.Count && i < 10; i++)
        {
            liste.Add(Citation.Texte(connues[i]));
        }

        if (connues.Count > 10)
        {
            liste.Add("…");
        }

        return new(InputErrorCodes.UnknownParent, chemin, $"Campagne parente inconnue {Citation.Entre(herite)} ; campagnes connues : {string.Join(", ", liste)}.",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["valeur"] = Citation.Texte(herite) });
    }

    /// <summary>Parses one document without resolving its parent.</summary>
    /// <param name="json">The text.</param>
    /// <param name="racine">JSON path of the document (<c>$</c>, or <c>$[2]</c> in a set).</param>
    /// <param name="aUnParent">True when a parent is supplied by the caller; null → the document's <c>herite</c>
    /// decides. Without a parent every parameter is required.</param>
    internal static Analyse Parse(string json, string racine, bool? aUnParent)
    {
        var erreurs = new List<InputError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            erreurs.Add(new InputError(InputErrorCodes.MalformedJson, racine, "Le barème n'est pas un JSON valide : " + ex.Message));
            return new Analyse(null, null, null, erreurs);
        }
        catch (ArgumentException)
        {
            // The text itself holds a lone surrogate character: it cannot be encoded in UTF-8 to be parsed.
            erreurs.Add(new InputError(InputErrorCodes.InvalidString, racine,
                "Le texte du barème n'est pas de l'Unicode valide : il contient une moitié isolée de paire de substitution UTF-16."));
            return new Analyse(null, null, null, erreurs);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                erreurs.Add(Lecteurs.Type(racine, "un objet"));
                return new Analyse(null, null, null, erreurs);
            }

            // Every string and name that is not valid Unicode, once, wherever it is (the readers skip them).
            Lecteurs.VerifierChaines(root, racine, erreurs);
            foreach (var m in root.EnumerateObject())
            {
                if (Lecteurs.Nom(m) is { } nom && Array.IndexOf(ChampsDocument, nom) < 0)
                {
                    erreurs.Add(Lecteurs.ChampInconnu(racine, nom, ChampsDocument));
                }
            }

            var herite = TexteOptionnel(root, "herite", racine, erreurs);
            // A document naming a parent, even an unreadable one (reported above), is not required to list every parameter.
            var heriteNomme = Lecteurs.Propriete(root, "herite", out var h) && h.ValueKind != JsonValueKind.Null;
            var complet = !(aUnParent ?? heriteNomme);
            var campagne = Campagne(root, racine, erreurs, requis: complet);
            var libelle = TexteOptionnel(root, "libelle", racine, erreurs);
            if (complet && libelle is null && !Lecteurs.Propriete(root, "libelle", out _))
            {
                erreurs.Add(Requis(racine + ".libelle"));
            }

            var source = TexteOptionnel(root, "source", racine, erreurs);
            if (source is null && !Lecteurs.Propriete(root, "source", out _))
            {
                erreurs.Add(Requis(racine + ".source"));
            }

            LocalDate? publie = null;
            if (!Lecteurs.Propriete(root, "publie", out var p))
            {
                erreurs.Add(Requis(racine + ".publie"));
            }
            else if (Lecteurs.Date(p, racine + ".publie", erreurs, out var date))
            {
                publie = date;
            }

            var entrees = new List<Entree>();
            if (!Lecteurs.Propriete(root, "parametres", out var parametres))
            {
                erreurs.Add(Requis(racine + ".parametres"));
            }
            else if (parametres.ValueKind != JsonValueKind.Object)
            {
                erreurs.Add(Lecteurs.Type(racine + ".parametres", "un objet { nom : { valeur, source, publie } }"));
            }
            else
            {
                var vus = new HashSet<string>(StringComparer.Ordinal);
                var ecrits = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var m in parametres.EnumerateObject())
                {
                    if (Lecteurs.Nom(m) is not { } ecrit)
                    {
                        continue;
                    }

                    // A former name (deprecated) is read as the parameter it now names; both given is a duplicate.
                    var chemin = Citation.Membre(racine + ".parametres", ecrit);
                    var nom = BaremeParametres.NomActuel(ecrit);
                    if (!vus.Add(nom))
                    {
                        var premier = ecrits[nom];
                        erreurs.Add(new InputError(InputErrorCodes.UnknownField, chemin, string.Equals(premier, ecrit, StringComparison.Ordinal)
                            ? $"Le paramètre {Citation.Entre(nom)} est listé deux fois."
                            : $"{Citation.Entre(premier)} et {Citation.Entre(ecrit)} nomment le même paramètre (l'ancien nom et le nouveau) : n'en donnez qu'un."));
                        continue;
                    }

                    ecrits[nom] = ecrit;

                    if (!BaremeParametres.TryGet(nom, out var parametre))
                    {
                        erreurs.Add(new InputError(InputErrorCodes.UnknownParameter, chemin,
                            $"Paramètre de barème inconnu {Citation.Entre(nom)} (voir BaremeParametres.Noms).",
                            new Dictionary<string, string>(StringComparer.Ordinal) { ["nom"] = Citation.Texte(nom) }));
                        continue;
                    }

                    if (Entree(m.Value, chemin, parametre, source, publie, erreurs) is { } entree)
                    {
                        entrees.Add(entree);
                    }
                }

                if (complet)
                {
                    foreach (var nom in BaremeParametres.Noms)
                    {
                        if (!vus.Contains(nom))
                        {
                            erreurs.Add(new InputError(InputErrorCodes.Required, racine + ".parametres." + nom,
                                $"Paramètre « {nom} » absent : un barème sans « herite » doit lister tous les paramètres.",
                                new Dictionary<string, string> { ["nom"] = nom }));
                        }
                    }
                }
            }

            if (erreurs.Count > 0)
            {
                return new Analyse(null, campagne, herite, erreurs);
            }

            return new Analyse(new DocumentBareme(campagne, herite, libelle, source!, publie!.Value, entrees), campagne, herite, erreurs);
        }
    }

    private static Entree? Entree(JsonElement e, string chemin, Parametre parametre, string? sourceDocument, LocalDate? publieDocument, List<InputError> erreurs)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            erreurs.Add(Lecteurs.Type(chemin, "un objet { valeur, source, publie }"));
            return null;
        }

        var ok = true;
        foreach (var m in e.EnumerateObject())
        {
            if (Lecteurs.Nom(m) is not { } nom)
            {
                ok = false;
            }
            else if (Array.IndexOf(ChampsEntree, nom) < 0)
            {
                erreurs.Add(Lecteurs.ChampInconnu(chemin, nom, ChampsEntree));
                ok = false;
            }
        }

        Func<Bareme, Bareme>? appliquer = null;
        if (!Lecteurs.Propriete(e, "valeur", out var valeur))
        {
            erreurs.Add(Requis(chemin + ".valeur"));
            ok = false;
        }
        else
        {
            appliquer = parametre.Lire(valeur, chemin + ".valeur", erreurs);
            ok &= appliquer is not null;
        }

        var source = TexteOptionnel(e, "source", chemin, erreurs) ?? sourceDocument;
        var publie = publieDocument;
        if (Lecteurs.Propriete(e, "publie", out var p))
        {
            if (Lecteurs.Date(p, chemin + ".publie", erreurs, out var d))
            {
                publie = d;
            }
            else
            {
                ok = false;
            }
        }

        return ok && source is not null && publie is not null ? new Entree(parametre.Nom, appliquer!, source, publie.Value) : null;
    }

    private static string? Campagne(JsonElement root, string racine, List<InputError> erreurs, bool requis)
    {
        if (!Lecteurs.Propriete(root, "campagne", out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (requis)
            {
                erreurs.Add(Requis(racine + ".campagne"));
            }

            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var annee))
        {
            return annee.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Lecteurs.Texte(v, racine + ".campagne", erreurs, out var s) ? s : null;
    }

    private static string? TexteOptionnel(JsonElement o, string nom, string racine, List<InputError> erreurs)
    {
        if (!Lecteurs.Propriete(o, nom, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Lecteurs.Texte(v, racine + "." + nom, erreurs, out var s) ? s : null;
    }

    private static InputError Requis(string chemin) =>
        new(InputErrorCodes.Required, chemin, $"Le champ « {chemin.Substring(chemin.LastIndexOf('.') + 1)} » est obligatoire.");

    /// <summary>The outcome of <see cref="Parse"/>: a document, or its problems; its campaign and parent as far as they
    /// could be read either way (so that a refused document's parent is checked too).</summary>
    internal sealed class Analyse
    {
        public Analyse(DocumentBareme? document, string? campagne, string? herite, List<InputError> erreurs)
        {
            Document = document;
            Campagne = campagne;
            Herite = herite;
            Erreurs = erreurs;
        }

        public DocumentBareme? Document { get; }

        /// <summary>The campaign the document names; null when absent or unreadable.</summary>
        public string? Campagne { get; }

        /// <summary>The campaign the document inherits; null when absent or unreadable.</summary>
        public string? Herite { get; }

        public List<InputError> Erreurs { get; }
    }
}

/// <summary>One parameter listed by a document, ready to apply.</summary>
internal sealed class Entree
{
    public Entree(string nom, Func<Bareme, Bareme> appliquer, string source, LocalDate publie)
    {
        Nom = nom;
        Appliquer = appliquer;
        Source = source;
        Publie = publie;
    }

    public string Nom { get; }

    public Func<Bareme, Bareme> Appliquer { get; }

    public string Source { get; }

    public LocalDate Publie { get; }
}

/// <summary>A parsed, valid barème document whose parent is not yet resolved.</summary>
internal sealed class DocumentBareme
{
    public DocumentBareme(string? campagne, string? herite, string? libelle, string source, LocalDate publie, IReadOnlyList<Entree> entrees)
    {
        Campagne = campagne;
        Herite = herite;
        Libelle = libelle;
        Source = source;
        Publie = publie;
        Entrees = entrees;
    }

    public string? Campagne { get; }

    public string? Herite { get; }

    public string? Libelle { get; }

    public string Source { get; }

    public LocalDate Publie { get; }

    public IReadOnlyList<Entree> Entrees { get; }

    /// <summary>The barème: <paramref name="parent"/> (or the C# defaults for a complete document) with the listed
    /// values, identity and provenance.</summary>
    public Bareme Appliquer(Bareme? parent)
    {
        var campagne = Campagne ?? parent?.Campagne ?? Campagnes.ParDefaut;
        var provenance = new Dictionary<string, ParametreSource>(StringComparer.Ordinal);
        if (parent is not null)
        {
            foreach (var nom in BaremeParametres.Noms)
            {
                provenance[nom] = parent.Provenance.TryGetValue(nom, out var s) ? s : new ParametreSource(parent.Source, parent.DatePublication, parent.Campagne);
            }
        }

        var b = parent ?? new Bareme();
        foreach (var e in Entrees)
        {
            b = e.Appliquer(b);
            provenance[e.Nom] = new ParametreSource(e.Source, e.Publie, campagne);
        }

        return b with
        {
            Campagne = campagne,
            Herite = parent?.Campagne ?? Herite,
            Libelle = Libelle ?? parent?.Libelle ?? b.Libelle,
            Source = Source,
            DatePublication = Publie,
            Provenance = ValueDictionary.Wrap(provenance),
        };
    }
}

/// <summary>The outcome of reading a barème document: a barème, or the list of its problems (never both).</summary>
public sealed class BaremeResult
{
    private BaremeResult(Bareme? bareme, IReadOnlyList<InputError> errors)
    {
        Bareme = bareme;
        Errors = ValueList.From(errors);
    }

    /// <summary>The barème; null when the document was refused.</summary>
    public Bareme? Bareme { get; }

    /// <summary>Every problem of the document; empty when <see cref="Bareme"/> is set.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>True when the document was read: <see cref="Bareme"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Bareme))]
    public bool IsValid => Bareme is not null;

    /// <summary>A barème read.</summary>
    /// <param name="bareme">The barème.</param>
    /// <returns>The result.</returns>
    internal static BaremeResult Success(Bareme bareme) => new(bareme ?? throw new ArgumentNullException(nameof(bareme)), ValueList<InputError>.Empty);

    /// <summary>A refused document.</summary>
    /// <param name="errors">At least one problem.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No problem given.</exception>
    internal static BaremeResult Invalid(IReadOnlyList<InputError> errors)
    {
        if (errors is null || errors.Count == 0)
        {
            throw new ArgumentException("Un refus doit lister au moins un problème.", nameof(errors));
        }

        return new BaremeResult(null, errors);
    }

    /// <summary>The barème, or an <see cref="InvalidBaremeException"/> listing every problem.</summary>
    /// <returns>The barème.</returns>
    /// <exception cref="InvalidBaremeException">The document was refused.</exception>
    public Bareme GetBaremeOrThrow() => Bareme ?? throw new InvalidBaremeException(Errors);
}

/// <summary>A barème document was refused: every problem is listed.</summary>
public sealed class InvalidBaremeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every problem found.</param>
    public InvalidBaremeException(IReadOnlyList<InputError> errors)
        : base(BuildMessage(errors))
    {
        Errors = ValueList.From(errors);
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<InputError> errors) => InputError.Describe("Barème invalide", errors);
}
