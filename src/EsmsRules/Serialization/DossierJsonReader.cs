using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;
using NodaTime.Text;

namespace EsmsRules.Serialization;

/// <summary>
/// Reads a dossier from its JSON (CONTRACT.md) and reports <b>every</b> problem at once, each with its JSON path and a
/// French message: wrong types, unknown enum values, bad FINESS numbers, bad dates, duplicates, negative counts…
/// Unknown fields are ignored. No exception escapes for bad input.
/// </summary>
/// <remarks>
/// A tolerant walk over <see cref="JsonDocument"/> rather than a generated deserializer: a generated deserializer stops
/// at the first type error, while the contract asks for every problem with its path. Text and bytes are first read by
/// a forward-only pass (<c>Direct</c>) that builds the dossier when the input has no problem and gives up at the first
/// one; only then does the walk run, to report every problem.
/// </remarks>
public static partial class DossierJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Reads a dossier.</summary>
    /// <param name="json">UTF-16 JSON text.</param>
    /// <param name="dossier">The dossier when valid.</param>
    /// <param name="errors">Every problem (empty when valid).</param>
    /// <returns>True when the dossier is valid.</returns>
    public static bool TryRead(string json, out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return TryRead(json, verifierCampagne: false, out dossier, out errors);
    }

    /// <summary>Reads a dossier from UTF-8 bytes.</summary>
    /// <param name="utf8Json">UTF-8 JSON.</param>
    /// <param name="dossier">The dossier when valid.</param>
    /// <param name="errors">Every problem (empty when valid).</param>
    /// <returns>True when the dossier is valid.</returns>
    public static bool TryRead(ReadOnlyMemory<byte> utf8Json, out Dossier? dossier, out IReadOnlyList<InputError> errors) =>
        TryRead(utf8Json, verifierCampagne: false, out dossier, out errors);

    /// <summary>Reads a dossier from a parsed element.</summary>
    /// <param name="root">The root element.</param>
    /// <param name="dossier">The dossier when valid.</param>
    /// <param name="errors">Every problem (empty when valid).</param>
    /// <returns>True when the dossier is valid.</returns>
    public static bool TryRead(JsonElement root, out Dossier? dossier, out IReadOnlyList<InputError> errors) =>
        TryRead(root, verifierCampagne: false, out dossier, out errors);

    /// <summary>Reads a dossier; with <paramref name="verifierCampagne"/>, an unknown <c>campagne</c> is one more
    /// problem listed with the others (the evaluator without a barème of its own).</summary>
    internal static bool TryRead(string json, bool verifierCampagne, out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        if (Direct.Read(json) is { } lu)
        {
            return Conclude(lu, null, verifierCampagne, out dossier, out errors);
        }

        try
        {
            using var doc = JsonDocument.Parse(json, DocumentOptions);
            return TryRead(doc.RootElement, verifierCampagne, out dossier, out errors);
        }
        catch (JsonException ex)
        {
            return Malformed(ex, out dossier, out errors);
        }
    }

    /// <summary>Reads a dossier from UTF-8 bytes; see <see cref="TryRead(string, bool, out Dossier?, out IReadOnlyList{InputError})"/>.</summary>
    internal static bool TryRead(ReadOnlyMemory<byte> utf8Json, bool verifierCampagne, out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        if (Direct.Read(utf8Json.Span) is { } lu)
        {
            return Conclude(lu, null, verifierCampagne, out dossier, out errors);
        }

        try
        {
            using var doc = JsonDocument.Parse(utf8Json, DocumentOptions);
            return TryRead(doc.RootElement, verifierCampagne, out dossier, out errors);
        }
        catch (JsonException ex)
        {
            return Malformed(ex, out dossier, out errors);
        }
    }

    private static bool TryRead(JsonElement root, bool verifierCampagne, out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        var r = new Walker();
        return Conclude(r.Dossier(root), r.Errors, verifierCampagne, out dossier, out errors);
    }

    /// <summary>The reader's result: the problems of the read (<paramref name="list"/>; null when there were none), then
    /// the semantic ones of what could be read.</summary>
    private static bool Conclude(Dossier? built, List<InputError>? list, bool verifierCampagne, out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        if (built is not null && DossierValidator.Validate(built, verifierCampagne) is { Count: > 0 } semantiques)
        {
            // Semantic checks (duplicates, no ESSMS, campaign…) on what could be read; a path already reported keeps
            // its first message.
            list ??= new List<InputError>();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in list)
            {
                reported.Add(e.Chemin);
            }

            foreach (var e in semantiques)
            {
                // A problem under a path already reported (a missing or mistyped object) is an artefact of the
                // placeholder the walk used for it, not a problem of the input.
                if (!SousCheminSignale(reported, e.Chemin) && reported.Add(e.Chemin))
                {
                    list.Add(e);
                }
            }
        }

        if (list is { Count: > 0 })
        {
            dossier = null;
            errors = list;
            return false;
        }

        dossier = built;
        errors = Array.Empty<InputError>();
        return true;
    }

    private static bool SousCheminSignale(HashSet<string> reported, string chemin)
    {
        for (var i = chemin.Length - 1; i > 0; i--)
        {
            if ((chemin[i] == '.' || chemin[i] == '[') && reported.Contains(chemin.Substring(0, i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Malformed(JsonException ex, out Dossier? dossier, out IReadOnlyList<InputError> errors)
    {
        dossier = null;
        var where = ex.LineNumber is { } line
            ? $" (ligne {(line + 1).ToString(CultureInfo.InvariantCulture)}, position {((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)})"
            : string.Empty;
        errors = new[] { new InputError(InputErrorCodes.MalformedJson, ex.Path ?? "$", "JSON mal formé" + where + ".") };
        return false;
    }

    private sealed class Walker
    {
        public List<InputError> Errors { get; } = new();

        private void Error(string code, Lieu path, string message) => Errors.Add(new InputError(code, path.ToString(), message));

        public Dossier? Dossier(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error(InputErrorCodes.WrongType, "$", "Le dossier doit être un objet JSON.");
                return null;
            }

            var campagne = Campagne(root);
            var date = Date(root, "dateDepot", "$");
            var type = Enum(root, "typeProjet", "$", TypesProjet, required: true);
            var rep = Bool(root, "representativiteNationale", "$");
            var mature = Bool(root, "maitriseOuvrageMature", "$");
            var duree = Int(root, "dureePrevueMois", "$");
            var porteur = Porteur(root);
            var editeur = Editeur(root);
            var ogs = Ogs(root);
            var mesures = Mesures(root);
            var depenses = Decimal(root, "depensesRealisees", "$");
            var commandes = Commandes(root);
            return new Dossier(type ?? TypeProjet.Acquisition, porteur ?? new Porteur(default, Champ.PA), editeur ?? new Editeur(), ogs)
            {
                Campagne = campagne,
                DateDepot = date,
                RepresentativiteNationale = rep,
                MaitriseOuvrageMature = mature,
                DureePrevueMois = duree,
                Mesures = mesures,
                DepensesRealisees = depenses,
                CommandesSons = commandes,
            };
        }

        private string? Campagne(JsonElement root)
        {
            if (!root.TryGetProperty("campagne", out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            switch (v.ValueKind)
            {
                case JsonValueKind.String:
                    return v.GetString();
                case JsonValueKind.Number when v.TryGetInt32(out var year):
                    return year.ToString(CultureInfo.InvariantCulture);
                default:
                    Error(InputErrorCodes.WrongType, "$.campagne", "La campagne est une chaîne ou un nombre entier (« 2022 »).");
                    return null;
            }
        }

        private Porteur? Porteur(JsonElement root)
        {
            var o = Object(root, "porteur", "$", required: true);
            if (o is not { } p)
            {
                return null;
            }

            const string path = "$.porteur";
            var finess = Finess(p, "finessJuridique", path, required: true);
            var champ = Enum(p, "champ", path, Champs, required: true);
            return new Porteur(finess ?? default, champ ?? Champ.PA)
            {
                SoumisCodeCommandePublique = Bool(p, "soumisCodeCommandePublique", path),
                MarcheEnCoursMemeObjet = Bool(p, "marcheEnCoursMemeObjet", path),
            };
        }

        private Editeur? Editeur(JsonElement root)
        {
            var o = Object(root, "editeur", "$", required: true);
            if (o is not { } e)
            {
                return null;
            }

            const string path = "$.editeur";
            return new Editeur
            {
                Nom = String(e, "nom", path),
                ReferenceSegur = Bool(e, "referenceSegur", path),
                ReferenceSad = Bool(e, "referenceSad", path),
                Devis = Decimal(e, "devis", path),
            };
        }

        private IReadOnlyList<OrganismeGestionnaire> Ogs(JsonElement root)
        {
            var arr = Array(root, "organismesGestionnaires", "$", required: true);
            if (arr is not { } a)
            {
                return System.Array.Empty<OrganismeGestionnaire>();
            }

            var list = new List<OrganismeGestionnaire>(a.GetArrayLength());
            var i = 0;
            foreach (var item in a.EnumerateArray())
            {
                var path = "$.organismesGestionnaires[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                i++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Error(InputErrorCodes.WrongType, path, "Un organisme gestionnaire doit être un objet JSON.");
                    list.Add(null!); // keeps the input index, so that later paths stay right; never returned
                    continue;
                }

                var finess = Finess(item, "finessJuridique", path, required: true);
                var essms = Essms(item, path);
                list.Add(new OrganismeGestionnaire(finess ?? default, essms)
                {
                    Nom = String(item, "nom", path),
                    NombreEssmsFiness = Int(item, "nombreEssmsFiness", path),
                    AutodiagnosticFourni = Bool(item, "autodiagnosticFourni", path),
                });
            }

            return list;
        }

        private IReadOnlyList<Essms> Essms(JsonElement og, string ogPath)
        {
            var arr = Array(og, "essms", ogPath, required: true);
            if (arr is not { } a)
            {
                return System.Array.Empty<Essms>();
            }

            var list = new List<Essms>(a.GetArrayLength());
            var i = 0;
            foreach (var e in a.EnumerateArray())
            {
                var path = new Lieu(ogPath, "essms", i);
                i++;
                if (e.ValueKind != JsonValueKind.Object)
                {
                    Error(InputErrorCodes.WrongType, path, "Un ESSMS doit être un objet JSON.");
                    list.Add(null!); // keeps the input index, so that later paths stay right; never returned
                    continue;
                }

                var finess = Finess(e, "finessGeographique", path, required: true);
                var champ = Enum(e, "champ", path, Champs, required: true);
                var categorie = String(e, "categorieFiness", path);
                if (categorie is not null && !DossierValidator.EstCategorie(categorie))
                {
                    Error(InputErrorCodes.InvalidCategory, path.Membre("categorieFiness"), $"Une catégorie FINESS s'écrit avec 3 chiffres : « {categorie} ».");
                    categorie = null;
                }

                list.Add(new Essms(finess ?? default, champ ?? Champ.PA)
                {
                    Nom = String(e, "nom", path),
                    Territoire = Enum(e, "territoire", path, Territoires, required: false),
                    RelevantL312_1 = Bool(e, "relevantL312_1", path),
                    FinancementEsmsNumeriqueAnterieur = Bool(e, "financementEsmsNumeriqueAnterieur", path),
                    CommandeSonsAutreLogiciel = Bool(e, "commandeSonsAutreLogiciel", path),
                    ActivitesConfort = Bool(e, "activitesConfort", path),
                    RattacheEntiteNationale = Bool(e, "rattacheEntiteNationale", path),
                    AccordEntiteNationale = Bool(e, "accordEntiteNationale", path),
                    CategorieFiness = categorie,
                    EquipeDui = Bool(e, "equipeDui", path),
                });
            }

            return list;
        }

        private IReadOnlyList<Mesure> Mesures(JsonElement root)
        {
            var arr = Array(root, "mesures", "$", required: false);
            if (arr is not { } a)
            {
                return System.Array.Empty<Mesure>();
            }

            var list = new List<Mesure>(a.GetArrayLength());
            var i = 0;
            foreach (var m in a.EnumerateArray())
            {
                var path = new Lieu("$", "mesures", i);
                i++;
                if (m.ValueKind != JsonValueKind.Object)
                {
                    Error(InputErrorCodes.WrongType, path, "Une mesure doit être un objet JSON.");
                    list.Add(null!); // keeps the input index, so that later paths stay right; never returned
                    continue;
                }

                var finess = Finess(m, "finessGeographique", path, required: true);
                var c1 = Counter(m, "personnesAccompagnees", path);
                var c2 = Counter(m, "personnesEligiblesProjetAccueil", path);
                var c3 = Counter(m, "messagesMss", path);
                var c4 = Counter(m, "dmpAlimentes", path);
                var c5 = Counter(m, "dossiersActifs", path);
                var c6 = Counter(m, "dossiersActifsAvecProjetPersonnalise", path);
                var c7 = Counter(m, "dossiersActifsAvecEvenement", path);
                list.Add(new Mesure(finess ?? default, c1, c2, c3, c4, c5, c6, c7));
            }

            return list;
        }

        private long Counter(JsonElement o, string name, Lieu path)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                Error(InputErrorCodes.Required, path.Membre(name), $"Compteur « {name} » obligatoire dans une mesure.");
                return 0;
            }

            return Long(v, path.Membre(name)) ?? 0;
        }

        private IReadOnlyList<CommandeSons> Commandes(JsonElement root)
        {
            var arr = Array(root, "commandesSons", "$", required: false);
            if (arr is not { } a)
            {
                return System.Array.Empty<CommandeSons>();
            }

            var list = new List<CommandeSons>(a.GetArrayLength());
            var i = 0;
            foreach (var c in a.EnumerateArray())
            {
                var path = new Lieu("$", "commandesSons", i);
                i++;
                if (c.ValueKind != JsonValueKind.Object)
                {
                    Error(InputErrorCodes.WrongType, path, "Une commande SONS doit être un objet JSON.");
                    list.Add(null!); // keeps the input index, so that later paths stay right; never returned
                    continue;
                }

                var finess = Finess(c, "finessJuridique", path, required: true);
                var date = Date(c, "dateCommande", path);
                if (date is null && !(c.TryGetProperty("dateCommande", out var dv) && dv.ValueKind != JsonValueKind.Null))
                {
                    Error(InputErrorCodes.Required, path.Membre("dateCommande"), "Date de commande obligatoire.");
                }

                var couloir = Enum(c, "couloir", path, Couloirs, required: true);
                var ets = new List<Finess>();
                var fa = Array(c, "finessGeographiques", path, required: true);
                if (fa is { } fl)
                {
                    var k = 0;
                    foreach (var f in fl.EnumerateArray())
                    {
                        var fp = new Lieu(path.ToString(), "finessGeographiques", k);
                        k++;
                        if (FinessValue(f, fp) is { } parsed)
                        {
                            ets.Add(parsed);
                        }
                    }
                }

                list.Add(new CommandeSons(finess ?? default, date ?? default, couloir ?? Couloir.MS1, ets)
                {
                    DateDemandeSolde = Date(c, "dateDemandeSolde", path),
                    SousConditionReferencement = Bool(c, "sousConditionReferencement", path),
                    DateDossierReferencement = Date(c, "dateDossierReferencement", path),
                });
            }

            return list;
        }

        // ----- primitives

        private JsonElement? Object(JsonElement o, string name, Lieu parent, bool required)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Error(InputErrorCodes.Required, parent.Membre(name), $"Champ « {name} » obligatoire.");
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.Object)
            {
                Error(InputErrorCodes.WrongType, parent.Membre(name), $"« {name} » doit être un objet JSON.");
                return null;
            }

            return v;
        }

        private JsonElement? Array(JsonElement o, string name, Lieu parent, bool required)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Error(InputErrorCodes.Required, parent.Membre(name), $"Champ « {name} » obligatoire.");
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.Array)
            {
                Error(InputErrorCodes.WrongType, parent.Membre(name), $"« {name} » doit être un tableau JSON.");
                return null;
            }

            return v;
        }

        private string? String(JsonElement o, string name, Lieu parent)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                Error(InputErrorCodes.WrongType, parent.Membre(name), $"« {name} » doit être une chaîne.");
                return null;
            }

            return v.GetString();
        }

        private bool? Bool(JsonElement o, string name, Lieu parent)
        {
            if (!o.TryGetProperty(name, out var v))
            {
                return null;
            }

            switch (v.ValueKind)
            {
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    Error(InputErrorCodes.WrongType, parent.Membre(name), $"« {name} » doit être true, false ou null.");
                    return null;
            }
        }

        private int? Int(JsonElement o, string name, Lieu parent)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var l = Long(v, parent.Membre(name));
            if (l is null)
            {
                return null;
            }

            if (l.Value > int.MaxValue)
            {
                Error(InputErrorCodes.NotInteger, parent.Membre(name), $"« {name} » est trop grand.");
                return null;
            }

            return (int)l.Value;
        }

        private long? Long(JsonElement v, Lieu path)
        {
            if (v.ValueKind != JsonValueKind.Number)
            {
                Error(InputErrorCodes.WrongType, path, "Un nombre entier est attendu.");
                return null;
            }

            if (!v.TryGetInt64(out var l))
            {
                Error(InputErrorCodes.NotInteger, path, $"Un nombre entier est attendu : {v.GetRawText()}.");
                return null;
            }

            if (l < 0)
            {
                Error(InputErrorCodes.Negative, path, $"Un nombre ne peut pas être négatif : {l.ToString(CultureInfo.InvariantCulture)}.");
                return null;
            }

            return l;
        }

        private decimal? Decimal(JsonElement o, string name, Lieu parent)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var path = parent.Membre(name);
            if (v.ValueKind != JsonValueKind.Number)
            {
                Error(InputErrorCodes.WrongType, path, "Un montant (nombre) est attendu.");
                return null;
            }

            if (!v.TryGetDecimal(out var d))
            {
                Error(InputErrorCodes.InvalidAmount, path, $"Montant hors limites : {v.GetRawText()}.");
                return null;
            }

            if (d < 0)
            {
                Error(InputErrorCodes.Negative, path, $"Un montant ne peut pas être négatif : {v.GetRawText()}.");
                return null;
            }

            if (Math.Round(d, 2) != d)
            {
                Error(InputErrorCodes.InvalidAmount, path, $"Un montant a au plus 2 décimales : {v.GetRawText()}.");
                return null;
            }

            return d;
        }

        private LocalDate? Date(JsonElement o, string name, Lieu parent)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var path = parent.Membre(name);
            if (v.ValueKind != JsonValueKind.String)
            {
                Error(InputErrorCodes.WrongType, path, "Une date ISO « AAAA-MM-JJ » est attendue.");
                return null;
            }

            var s = v.GetString()!;
            var parsed = LocalDatePattern.Iso.Parse(s);
            if (!parsed.Success || s.Length != 10)
            {
                Error(InputErrorCodes.InvalidDate, path, $"« {s} » n'est pas une date ISO réelle (AAAA-MM-JJ).");
                return null;
            }

            return parsed.Value;
        }

        private Finess? Finess(JsonElement o, string name, Lieu parent, bool required)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Error(InputErrorCodes.Required, parent.Membre(name), $"Numéro FINESS « {name} » obligatoire.");
                }

                return null;
            }

            return FinessValue(v, parent.Membre(name));
        }

        private Finess? FinessValue(JsonElement v, Lieu path)
        {
            if (v.ValueKind != JsonValueKind.String)
            {
                Error(InputErrorCodes.WrongType, path, "Un numéro FINESS s'écrit comme une chaîne de 9 caractères.");
                return null;
            }

            var s = v.GetString();
            if (Identifiers.Finess.TryParse(s, out var f, out var err))
            {
                return f;
            }

            Error(err == FinessError.CheckKey ? InputErrorCodes.FinessCheckKey : InputErrorCodes.FinessShape, path, Identifiers.Finess.Describe(err, s));
            return null;
        }

        private T? Enum<T>(JsonElement o, string name, Lieu parent, IReadOnlyDictionary<string, T> values, bool required)
            where T : struct
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Error(InputErrorCodes.Required, parent.Membre(name), $"Champ « {name} » obligatoire.");
                }

                return null;
            }

            if (v.ValueKind == JsonValueKind.String && values.TryGetValue(v.GetString()!, out var e))
            {
                return e;
            }

            Error(InputErrorCodes.UnknownValue, parent.Membre(name),
                $"Valeur inconnue pour « {name} » : {v.GetRawText()} ; valeurs admises : {string.Join(", ", values.Keys)}.");
            return null;
        }
    }

    /// <summary>
    /// A JSON path, turned into text only when a problem is reported: <c>parent</c>, or
    /// <c>parent.tableau[index]</c>, then <c>.membre</c>. A valid dossier thus builds no path per ESSMS.
    /// </summary>
    private readonly struct Lieu
    {
        private readonly string _parent;
        private readonly string? _tableau;
        private readonly int _index;
        private readonly string? _membre;

        public Lieu(string parent, string tableau, int index)
            : this(parent, tableau, index, null)
        {
        }

        private Lieu(string parent, string? tableau, int index, string? membre)
        {
            _parent = parent;
            _tableau = tableau;
            _index = index;
            _membre = membre;
        }

        public static implicit operator Lieu(string path) => new(path, null, 0, null);

        /// <summary>The path of member <paramref name="name"/> of this object.</summary>
        public Lieu Membre(string name) => _membre is null ? new(_parent, _tableau, _index, name) : new(ToString(), null, 0, name);

        public override string ToString()
        {
            var s = _tableau is null ? _parent : _parent + "." + _tableau + "[" + _index.ToString(CultureInfo.InvariantCulture) + "]";
            return _membre is null ? s : s + "." + _membre;
        }
    }

    internal static readonly Dictionary<string, TypeProjet> TypesProjet = new(StringComparer.Ordinal)
    {
        ["acquisition"] = TypeProjet.Acquisition,
        ["miseEnConformite"] = TypeProjet.MiseEnConformite,
    };

    internal static readonly Dictionary<string, Champ> Champs = new(StringComparer.Ordinal)
    {
        ["PA"] = Champ.PA, ["PH"] = Champ.PH, ["DOM"] = Champ.DOM, ["PDS"] = Champ.PDS,
        ["PDE"] = Champ.PDE, ["AHI"] = Champ.AHI, ["PJM"] = Champ.PJM,
    };

    internal static readonly Dictionary<string, Territoire> Territoires = new(StringComparer.Ordinal)
    {
        ["metropole"] = Territoire.Metropole,
        ["corse"] = Territoire.Corse,
        ["outreMer"] = Territoire.OutreMer,
    };

    internal static readonly Dictionary<string, Couloir> Couloirs = new(StringComparer.Ordinal)
    {
        ["MS1"] = Couloir.MS1, ["MS2"] = Couloir.MS2, ["MS3"] = Couloir.MS3,
    };
}
