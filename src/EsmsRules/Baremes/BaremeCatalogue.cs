using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;
using System.Text;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using NodaTime;

using EsmsRules.Serialization;

namespace EsmsRules.Baremes;

/// <summary>
/// A set of campaigns, each a barème document, later ones inheriting earlier ones. The library ships
/// <see cref="Embedded"/> (2022, 2023, 2024, 2025, from the JSON documents embedded in the assembly); a catalogue of
/// one's own documents is read with <see cref="Load"/>. Immutable and thread-safe.
/// </summary>
public sealed class BaremeCatalogue
{
    private const string PrefixeRessource = "EsmsRules.Baremes.Campagnes.";

    private static readonly Lazy<BaremeCatalogue> Integre = new(ChargerIntegre);

    private readonly Dictionary<string, Bareme> _parCampagne;

    private BaremeCatalogue(IReadOnlyList<Bareme> baremes, string parDefaut)
    {
        _parCampagne = new Dictionary<string, Bareme>(StringComparer.Ordinal);
        var connues = new string[baremes.Count];
        for (var i = 0; i < baremes.Count; i++)
        {
            _parCampagne.Add(baremes[i].Campagne, baremes[i]);
            connues[i] = baremes[i].Campagne;
        }

        Connues = ValueList.Wrap(connues);
        ParDefaut = parDefaut;
    }

    /// <summary>The campaigns the library ships, read from its embedded JSON documents.</summary>
    /// <exception cref="InvalidBaremeException">An embedded document is invalid (a defect of the library).</exception>
    public static BaremeCatalogue Embedded => Integre.Value;

    /// <summary>The campaign identifiers, each after the one it inherits (document order among equals).</summary>
    public IReadOnlyList<string> Connues { get; }

    /// <summary>The campaign used when a dossier names none and its filing date falls in no campaign's window.</summary>
    public string ParDefaut { get; }

    /// <summary>The barème of the default campaign.</summary>
    public Bareme BaremeParDefaut => _parCampagne[ParDefaut];

    /// <summary>Reads a set of barème documents: each document either lists every parameter or inherits (<c>herite</c>)
    /// another campaign of the set. Every problem of every document is listed, with paths <c>$[i]…</c> (i = position
    /// of the document); an unknown parent, a cycle or a campaign defined twice is refused.</summary>
    /// <param name="documents">The documents (JSON text).</param>
    /// <param name="parDefaut">The default campaign; null → the first document without <c>herite</c>.</param>
    /// <returns>The catalogue, or every problem.</returns>
    public static BaremeCatalogueResult Load(IEnumerable<string> documents, string? parDefaut = null)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        var erreurs = new List<InputError>();
        var docs = new List<(DocumentBareme Doc, int Index)>();
        var premiers = new Dictionary<string, int>(StringComparer.Ordinal);
        var parCampagne = new Dictionary<string, DocumentBareme>(StringComparer.Ordinal);
        var invalides = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var json in documents)
        {
            var racine = "$[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var analyse = BaremeLoader.Parse(json ?? throw new ArgumentException("Document null.", nameof(documents)), racine, null);
            erreurs.AddRange(analyse.Erreurs);

            // A refused document still names its campaign when it can: a duplicate is listed with its other problems,
            // and its children are not reported as orphans (their parent's problems are listed).
            if (analyse.Campagne is not { } campagne)
            {
                var chemin = racine + ".campagne";
                if (!erreurs.Exists(e => string.Equals(e.Chemin, chemin, StringComparison.Ordinal)))
                {
                    erreurs.Add(new InputError(InputErrorCodes.Required, chemin, "Dans un ensemble de barèmes, chaque document nomme sa campagne."));
                }
            }
            else if (premiers.TryGetValue(campagne, out var premier))
            {
                erreurs.Add(new InputError(InputErrorCodes.DuplicateCampaign, racine + ".campagne",
                    $"La campagne {Citation.Entre(campagne)} est déjà définie par le document $[{premier}]."));
            }
            else
            {
                premiers.Add(campagne, index);
                if (analyse.Document is { } d)
                {
                    docs.Add((d, index));
                    parCampagne.Add(campagne, d);
                }
                else
                {
                    invalides.Add(campagne);
                }
            }

            index++;
        }

        // Resolve parents first: repeat passes until nothing more resolves; what is left has an unknown ancestor, is in
        // a cycle or descends from one, or descends from a refused document.
        var resolus = new Dictionary<string, Bareme>(StringComparer.Ordinal);
        var ordre = new List<Bareme>();
        var restants = new List<(DocumentBareme Doc, int Index)>(docs);
        bool progres;
        do
        {
            progres = false;
            for (var i = 0; i < restants.Count; i++)
            {
                var (d, _) = restants[i];
                Bareme? parent = null;
                if (d.Herite is not null && !resolus.TryGetValue(d.Herite, out parent))
                {
                    continue;
                }

                var b = d.Appliquer(parent);
                resolus.Add(b.Campagne, b);
                ordre.Add(b);
                restants.RemoveAt(i);
                i--;
                progres = true;
            }
        }
        while (progres && restants.Count > 0);

        foreach (var (d, i) in restants)
        {
            var chemin = "$[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].herite";
            if (Orphelin(d, chemin, parCampagne, invalides, premiers) is { } erreur)
            {
                erreurs.Add(erreur);
            }
        }

        string? defaut = parDefaut;
        if (defaut is null)
        {
            foreach (var (d, _) in docs)
            {
                if (d.Herite is null)
                {
                    defaut = d.Campagne;
                    break;
                }
            }
        }

        if (defaut is null ? erreurs.Count == 0 : !premiers.ContainsKey(defaut))
        {
            erreurs.Add(new InputError(InputErrorCodes.UnknownCampaign, "$", $"Campagne par défaut {Citation.Entre(defaut ?? "null")} absente de l'ensemble de barèmes."));
        }

        return erreurs.Count > 0 ? BaremeCatalogueResult.Invalid(erreurs) : BaremeCatalogueResult.Success(new BaremeCatalogue(ordre, defaut!));
    }

    /// <summary>Finds a campaign's barème.</summary>
    /// <param name="campagne">Identifier; null → <see cref="ParDefaut"/>.</param>
    /// <param name="bareme">The barème when known; else the default campaign's.</param>
    /// <returns>True when the campaign is known.</returns>
    public bool TryGet(string? campagne, out Bareme bareme)
    {
        if (_parCampagne.TryGetValue(campagne ?? ParDefaut, out var found))
        {
            bareme = found;
            return true;
        }

        bareme = BaremeParDefaut;
        return false;
    }

    /// <summary>Chooses the barème of a dossier: the named campaign when there is one; else the
    /// first campaign (in <see cref="Connues"/> order) whose regional or national filing window holds the filing date;
    /// else <see cref="ParDefaut"/>.</summary>
    /// <param name="campagne">The dossier's <c>campagne</c>; null when absent.</param>
    /// <param name="dateDepot">The dossier's <c>dateDepot</c>; null when absent.</param>
    /// <param name="selection">The barème chosen and why; the default campaign's when the named one is unknown.</param>
    /// <returns>False when <paramref name="campagne"/> names an unknown campaign.</returns>
    public bool TrySelect(string? campagne, LocalDate? dateDepot, out SelectionBareme selection)
    {
        if (campagne is not null)
        {
            var connue = TryGet(campagne, out var b);
            selection = new SelectionBareme(b, connue ? MotifSelection.Campagne : MotifSelection.ParDefaut);
            return connue;
        }

        if (dateDepot is { } date)
        {
            foreach (var c in Connues)
            {
                var b = _parCampagne[c];
                if ((b.FenetreRegionale?.Contains(date) ?? false) || (b.FenetreNationale?.Contains(date) ?? false))
                {
                    selection = new SelectionBareme(b, MotifSelection.DateDepot);
                    return true;
                }
            }
        }

        selection = new SelectionBareme(BaremeParDefaut, MotifSelection.ParDefaut);
        return true;
    }

    /// <summary>Why a document of the set could not be resolved, found by walking up its ancestors: an unknown
    /// campaign (its parent, or a further ancestor), a cycle it is in or descends from; null when an ancestor is a
    /// refused document, whose own problems are listed.</summary>
    private static InputError? Orphelin(DocumentBareme d, string chemin, Dictionary<string, DocumentBareme> parCampagne, HashSet<string> invalides, Dictionary<string, int> connues)
    {
        var vus = new HashSet<string>(StringComparer.Ordinal) { d.Campagne! };
        var courant = d.Herite!;
        var parent = true;
        while (true)
        {
            if (invalides.Contains(courant))
            {
                return null;
            }

            if (!parCampagne.TryGetValue(courant, out var ancetre))
            {
                return parent
                    ? BaremeLoader.UnknownParent(chemin, courant, new List<string>(connues.Keys))
                    : new InputError(InputErrorCodes.UnknownParent, chemin,
                        $"La campagne {Citation.Entre(d.Campagne!)} hérite de {Citation.Entre(d.Herite!)}, qui descend d'une campagne inconnue {Citation.Entre(courant)}.",
                        new Dictionary<string, string>(StringComparer.Ordinal) { ["valeur"] = Citation.Texte(courant) });
            }

            if (string.Equals(courant, d.Campagne, StringComparison.Ordinal))
            {
                return new InputError(InputErrorCodes.InheritanceCycle, chemin, $"La campagne {Citation.Entre(d.Campagne!)} hérite de {Citation.Entre(d.Herite!)} dans un cycle d'héritage.");
            }

            if (!vus.Add(courant) || ancetre.Herite is null)
            {
                // Back to an ancestor already seen, not to d: d descends from a cycle. (An ancestor without parent
                // would have been resolved, and d with it.)
                return new InputError(InputErrorCodes.InheritanceCycle, chemin,
                    $"La campagne {Citation.Entre(d.Campagne!)} hérite de {Citation.Entre(d.Herite!)}, qui descend d'un cycle d'héritage.");
            }

            courant = ancetre.Herite;
            parent = false;
        }
    }

    private static BaremeCatalogue ChargerIntegre()
    {
        var assembly = typeof(BaremeCatalogue).GetTypeInfo().Assembly;
        var noms = new List<string>();
        foreach (var nom in assembly.GetManifestResourceNames())
        {
            if (nom.StartsWith(PrefixeRessource, StringComparison.Ordinal) && nom.EndsWith(".json", StringComparison.Ordinal))
            {
                noms.Add(nom);
            }
        }

        noms.Sort(StringComparer.Ordinal);
        var textes = new List<string>();
        foreach (var nom in noms)
        {
            using var flux = assembly.GetManifestResourceStream(nom)!;
            using var lecteur = new StreamReader(flux, Encoding.UTF8);
            textes.Add(lecteur.ReadToEnd());
        }

        var r = Load(textes, Campagnes.ParDefaut);
        return r.Catalogue ?? throw new InvalidBaremeException(r.Errors);
    }
}

/// <summary>Why a barème was chosen for a dossier.</summary>
public enum MotifSelection
{
    /// <summary>The dossier names its campaign.</summary>
    Campagne,

    /// <summary>The dossier names no campaign; its filing date falls in the campaign's window.</summary>
    DateDepot,

    /// <summary>Neither: the default campaign.</summary>
    ParDefaut,

    /// <summary>The caller supplied the barème (<c>EvaluationOptions.Bareme</c>).</summary>
    Options,
}

/// <summary>The barème chosen for a dossier, and why.</summary>
/// <param name="Bareme">The barème.</param>
/// <param name="Motif">Why.</param>
public sealed record SelectionBareme(Bareme Bareme, MotifSelection Motif);

/// <summary>The outcome of reading a set of barème documents: a catalogue, or every problem (never both).</summary>
public sealed class BaremeCatalogueResult
{
    private BaremeCatalogueResult(BaremeCatalogue? catalogue, IReadOnlyList<InputError> errors)
    {
        Catalogue = catalogue;
        Errors = ValueList.From(errors);
    }

    /// <summary>The catalogue; null when refused.</summary>
    public BaremeCatalogue? Catalogue { get; }

    /// <summary>Every problem; empty when <see cref="Catalogue"/> is set.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>True when every document was read: <see cref="Catalogue"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Catalogue))]
    public bool IsValid => Catalogue is not null;

    /// <summary>The catalogue, or an <see cref="InvalidBaremeException"/> listing every problem.</summary>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidBaremeException">A document was refused.</exception>
    public BaremeCatalogue GetCatalogueOrThrow() => Catalogue ?? throw new InvalidBaremeException(Errors);

    internal static BaremeCatalogueResult Success(BaremeCatalogue catalogue) => new(catalogue, ValueList<InputError>.Empty);

    internal static BaremeCatalogueResult Invalid(IReadOnlyList<InputError> errors) => new(null, errors);
}
