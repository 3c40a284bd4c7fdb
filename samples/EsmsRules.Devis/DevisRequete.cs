using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Serialization;

namespace EsmsRules.Devis;

/// <summary>What the quoting page sends: the grappe as a salesperson edits it.</summary>
/// <remarks>The names are the dossier format's where the field is one (<c>typeProjet</c>, <c>editeur.devis</c>,
/// <c>organismesGestionnaires[i].nombreEssmsFiness</c>…), so that the library's errors, whose paths are those of the
/// dossier, point at the page's own fields. <c>nombreEssms</c> (the OG's ESSMS in the project) is the page's: the server
/// builds that many ESSMS.</remarks>
/// <param name="TypeProjet">Acquisition or mise en conformité.</param>
/// <param name="Champ">The champ of the porteur and of every ESSMS.</param>
/// <param name="ReferenceSegur">The solution is referenced Ségur; null: not known yet.</param>
/// <param name="ReferenceSad">The solution is referenced in the SAD; null: not known yet.</param>
/// <param name="Devis">The editor's quote for the project, in euros; null: none yet.</param>
/// <param name="MaitriseOuvrageMature">Whether the maîtrise d'ouvrage is mature; null: not known yet.</param>
/// <param name="DureePrevueMois">Planned duration in months; null: not known yet.</param>
/// <param name="Organismes">The OGs, in order (the first one files the project).</param>
internal sealed record DevisRequete(
    TypeProjet TypeProjet,
    Champ Champ,
    bool? ReferenceSegur,
    bool? ReferenceSad,
    decimal? Devis,
    bool? MaitriseOuvrageMature,
    int? DureePrevueMois,
    IReadOnlyList<OgDevis> Organismes)
{
    /// <summary>The largest request body read (the page sends a few hundred bytes).</summary>
    public const int TailleMax = 64 * 1024;

    /// <summary>Reads the page's JSON: its problems, each with the code, JSON path and French message of an
    /// <see cref="InputError"/>, and the grappe as far as it can be read (a field in error is read as absent, an OG in
    /// error as an OG of no ESSMS, so that the library still checks the rest). What the dossier format checks (amounts,
    /// the dossier's counts, no ESSMS at all) is left to the library, which checks the dossier built from the grappe.</summary>
    /// <returns>The grappe; null when nothing can be built from the text (not JSON, not an object, more ESSMS than a
    /// dossier may hold).</returns>
    public static DevisRequete? Read(string json, out IReadOnlyList<InputError> erreurs)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            // The library's diagnosis of the syntax (its message says where the JSON breaks).
            var lecture = DossierJsonReader.Read(json).Errors
                .Where(e => e.Code is InputErrorCodes.MalformedJson or InputErrorCodes.InvalidString or InputErrorCodes.LimitExceeded)
                .ToArray();
            erreurs = lecture.Length > 0 ? lecture : new[] { new InputError(InputErrorCodes.MalformedJson, "$", "JSON mal formé.") };
            return null;
        }

        using (document)
        {
            var lecteur = new Lecteur();
            var requete = lecteur.Requete(document.RootElement);
            erreurs = lecteur.Erreurs;
            return requete;
        }
    }

    private sealed class Lecteur
    {
        private readonly List<InputError> _erreurs = new();

        public IReadOnlyList<InputError> Erreurs => _erreurs;

        public DevisRequete? Requete(JsonElement racine)
        {
            if (racine.ValueKind != JsonValueKind.Object)
            {
                _erreurs.Add(MauvaisType("$", "un objet"));
                return null;
            }

            var type = Enumeration<TypeProjet>(racine, "typeProjet", "$.typeProjet", new Dictionary<string, TypeProjet>
            {
                ["acquisition"] = TypeProjet.Acquisition,
                ["miseEnConformite"] = TypeProjet.MiseEnConformite,
            });
            var champ = Enumeration<Champ>(racine, "champ", "$.champ", Enum.GetValues<Champ>().ToDictionary(c => c.ToString(), c => c, StringComparer.Ordinal));
            var mature = Booleen(racine, "maitriseOuvrageMature", "$.maitriseOuvrageMature");
            var duree = Entier(racine, "dureePrevueMois", "$.dureePrevueMois", obligatoire: false);

            bool? segur = null, sad = null;
            decimal? devis = null;
            if (Objet(racine, "editeur", "$.editeur") is { } editeur)
            {
                segur = Booleen(editeur, "referenceSegur", "$.editeur.referenceSegur");
                sad = Booleen(editeur, "referenceSad", "$.editeur.referenceSad");
                devis = Montant(editeur, "devis", "$.editeur.devis");
            }

            var organismes = new List<OgDevis>();
            if (!racine.TryGetProperty("organismesGestionnaires", out var liste) || liste.ValueKind == JsonValueKind.Null)
            {
                _erreurs.Add(new InputError(InputErrorCodes.Required, "$.organismesGestionnaires", "Valeur obligatoire absente."));
            }
            else if (liste.ValueKind != JsonValueKind.Array)
            {
                _erreurs.Add(MauvaisType("$.organismesGestionnaires", "une liste"));
            }
            else
            {
                var i = 0;
                long total = 0;
                foreach (var og in liste.EnumerateArray())
                {
                    var chemin = $"$.organismesGestionnaires[{i.ToString(CultureInfo.InvariantCulture)}]";
                    i++;
                    if (og.ValueKind != JsonValueKind.Object)
                    {
                        _erreurs.Add(MauvaisType(chemin, "un objet"));
                        organismes.Add(new OgDevis(0, null)); // Kept, so that the next OGs keep their index.
                        continue;
                    }

                    var nombre = Entier(og, "nombreEssms", chemin + ".nombreEssms", obligatoire: true);
                    if (nombre < 0)
                    {
                        _erreurs.Add(new InputError(InputErrorCodes.Negative, chemin + ".nombreEssms",
                            $"Un nombre ne peut pas être négatif : {nombre.Value.ToString(CultureInfo.InvariantCulture)}.",
                            Args("valeur", nombre.Value.ToString(CultureInfo.InvariantCulture))));
                    }

                    total += Math.Max(nombre ?? 0, 0);
                    organismes.Add(new OgDevis(Math.Max(nombre ?? 0, 0), Entier(og, "nombreEssmsFiness", chemin + ".nombreEssmsFiness", obligatoire: false)));
                }

                // The dossier's own limit, checked before the ESSMS are built (a count of 10⁹ must not be built).
                if (total > InputLimits.DefaultMaxEssms)
                {
                    var limite = InputLimits.DefaultMaxEssms.ToString(CultureInfo.InvariantCulture);
                    _erreurs.Add(new InputError(InputErrorCodes.LimitExceeded, "$.organismesGestionnaires",
                        $"Plus de {limite} ESSMS dans le projet ({total.ToString(CultureInfo.InvariantCulture)}) : la limite d'un dossier est {limite}.",
                        Args("limite", limite)));
                    return null;
                }
            }

            return new DevisRequete(type ?? TypeProjet.Acquisition, champ ?? Champ.PA, segur, sad, devis, mature, duree, organismes);
        }

        private T? Enumeration<T>(JsonElement objet, string nom, string chemin, IReadOnlyDictionary<string, T> valeurs)
            where T : struct
        {
            if (!objet.TryGetProperty(nom, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                _erreurs.Add(new InputError(InputErrorCodes.Required, chemin, "Valeur obligatoire absente."));
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                _erreurs.Add(MauvaisType(chemin, "un texte"));
                return null;
            }

            string texte;
            try
            {
                texte = v.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // An escaped lone surrogate ("\ud800") is JSON but not text.
                _erreurs.Add(new InputError(InputErrorCodes.InvalidString, chemin, "Texte invalide : il contient un caractère qui n'est pas de l'Unicode valide."));
                return null;
            }

            if (valeurs.TryGetValue(texte, out var valeur))
            {
                return valeur;
            }

            _erreurs.Add(new InputError(InputErrorCodes.UnknownValue, chemin,
                $"Valeur inconnue « {Citer(texte)} » ; valeurs possibles : {string.Join(", ", valeurs.Keys)}.", Args("valeur", Citer(texte))));
            return null;
        }

        private JsonElement? Objet(JsonElement objet, string nom, string chemin)
        {
            if (!objet.TryGetProperty(nom, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                _erreurs.Add(new InputError(InputErrorCodes.Required, chemin, "Valeur obligatoire absente."));
                return null;
            }

            if (v.ValueKind != JsonValueKind.Object)
            {
                _erreurs.Add(MauvaisType(chemin, "un objet"));
                return null;
            }

            return v;
        }

        private bool? Booleen(JsonElement objet, string nom, string chemin)
        {
            if (!objet.TryGetProperty(nom, out var v))
            {
                return null;
            }

            switch (v.ValueKind)
            {
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.Null: return null;
                default:
                    _erreurs.Add(MauvaisType(chemin, "true, false ou null"));
                    return null;
            }
        }

        private int? Entier(JsonElement objet, string nom, string chemin, bool obligatoire)
        {
            if (!objet.TryGetProperty(nom, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (obligatoire)
                {
                    _erreurs.Add(new InputError(InputErrorCodes.Required, chemin, "Valeur obligatoire absente."));
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.Number)
            {
                _erreurs.Add(MauvaisType(chemin, "un nombre entier"));
                return null;
            }

            if (v.TryGetInt32(out var n))
            {
                return n;
            }

            var texte = Citer(v.GetRawText());
            if (v.TryGetDecimal(out var d) && decimal.Truncate(d) != d)
            {
                _erreurs.Add(new InputError(InputErrorCodes.NotInteger, chemin, $"Un nombre entier est attendu : {texte}.", Args("valeur", texte)));
            }
            else
            {
                _erreurs.Add(new InputError(InputErrorCodes.OutOfRange, chemin, $"Nombre hors limites : {texte}.", Args("valeur", texte)));
            }

            return null;
        }

        private decimal? Montant(JsonElement objet, string nom, string chemin)
        {
            if (!objet.TryGetProperty(nom, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.Number)
            {
                _erreurs.Add(MauvaisType(chemin, "un montant en euros (nombre)"));
                return null;
            }

            if (v.TryGetDecimal(out var d))
            {
                return d; // Negative, more than 2 decimals, beyond 10⁹ €: the library says so.
            }

            var texte = Citer(v.GetRawText());
            _erreurs.Add(new InputError(InputErrorCodes.InvalidAmount, chemin, $"Montant illisible : {texte}.", Args("valeur", texte)));
            return null;
        }

        private static InputError MauvaisType(string chemin, string attendu) =>
            new(InputErrorCodes.WrongType, chemin, $"Type inattendu : {attendu} est attendu.", Args("attendu", attendu));

        private static string Citer(string texte) => texte.Length <= 60 ? texte : texte[..60] + "…";

        private static Dictionary<string, string> Args(string cle, string valeur) => new(StringComparer.Ordinal) { [cle] = valeur };
    }
}

/// <summary>One OG of the page.</summary>
/// <param name="NombreEssms">Its ESSMS in the project.</param>
/// <param name="NombreEssmsFiness">All the ESSMS it manages in FINESS (decides whether it is a small OG); null: those of
/// the project.</param>
internal sealed record OgDevis(int NombreEssms, int? NombreEssmsFiness);
