using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Format;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;
using NodaTime.Text;

namespace EsmsRules.Serialization;

public static partial class DossierJsonReader
{
    /// <summary>
    /// The single forward pass over <see cref="Utf8JsonReader"/>, driven by <see cref="DossierFormat"/>: it builds the
    /// dossier and lists every problem in document order. One instance per thread, reused.
    /// </summary>
    /// <remarks>
    /// <para>Each object's fields are read into slots of a reused stack (<see cref="Valeur"/>), then its record is
    /// built by the description; an entry of a list that is not an object keeps its place as null, so that later
    /// paths keep the input's indices. A dossier with problems is still built (placeholders where a value was missing
    /// or invalid) so that <see cref="Engine.DossierValidator"/> can add the semantic problems; it is never returned.</para>
    /// <para>Paths are kept as a stack of segments and written out only for a problem. The reader's own depth limit is
    /// lifted: nesting is checked here, so that a value nested too deep is one problem among the others rather than
    /// the end of the read.</para>
    /// </remarks>
    private sealed class Lecteur
    {
        private static readonly JsonReaderOptions Options = new() { MaxDepth = int.MaxValue };

        private static readonly IReadOnlyDictionary<string, string> SansArguments = new Dictionary<string, string>();

        /// <summary>Longest name of the format, in bytes: an escaped name longer than six times this is unknown.</summary>
        private static readonly int NomLePlusLong = PlusLongNom();

        private readonly Valeur[] _valeurs = new Valeur[128];
        private int _sommet;
        private int _sommetMax;
        private Niveau[] _pile = new Niveau[16];
        private int _niveaux;

        private InputLimits _limites = InputLimits.Default;
        private int _profondeurMax;
        private bool _strict;
        private List<InputError>? _erreurs;
        private List<Avertissement>? _avertissements;
        private int _problemes;
        private int _essms;
        private bool _essmsSignales;

        /// <summary>Whether the document was read to its end (not malformed, not stopped at the problem limit): only
        /// then are the semantic checks worth running.</summary>
        public bool Complet { get; private set; }

        public List<InputError>? Erreurs() => _erreurs;

        public List<Avertissement>? Avertissements() => _avertissements;

        public Dossier? Lire(ReadOnlySpan<byte> utf8, bool strict, InputLimits limites)
        {
            _limites = limites;
            _profondeurMax = limites.MaxDepth;
            _strict = strict;
            _erreurs = null;
            _avertissements = null;
            _problemes = 0;
            _essms = 0;
            _essmsSignales = false;
            _sommet = 0;
            _niveaux = 0;
            Complet = false;

            var r = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(Options));
            Dossier? dossier = null;
            try
            {
                if (!r.Read())
                {
                    throw new JsonException("Aucune valeur JSON.", null, 0, 0);
                }

                if (r.TokenType == JsonTokenType.StartObject)
                {
                    dossier = (Dossier?)LireObjet(ref r, DossierFormat.ObjetDossier);
                }
                else
                {
                    Sauter(ref r);
                    Erreur(InputErrorCodes.WrongType, "$", "Le dossier doit être un objet JSON.");
                }

                // Nothing but white space after the dossier: a second value or trailing text throws.
                r.Read();
                Complet = true;
                return dossier;
            }
            catch (JsonException ex)
            {
                Malforme(ex, ref r);
                return null;
            }
            catch (ArretLecture)
            {
                return null;
            }
            finally
            {
                // The records the slots refer to let go, and every slot absent (a read stopped midway leaves some
                // set). The path stack holds only the format's own objects and short segments: left as it is.
                Array.Clear(_valeurs, 0, _sommetMax);
                _sommetMax = 0;
            }
        }

        // ----- objects and lists

        /// <summary>Reads the object the reader is on; its record, or null when it is nested too deep.</summary>
        private object? LireObjet(ref Utf8JsonReader r, ObjetFormat format)
        {
            if (r.CurrentDepth >= _profondeurMax)
            {
                TropProfond(ref r);
                return null;
            }

            var proprietes = format.Tableau;
            var debut = _sommet;
            var niveau = Entrer(format, debut, proprietes.Length);
            var valeurs = _valeurs;
            ulong vus = 0;
            var attendu = 0;

            // The hot loop: known names, unescaped, each once. Everything else is in methods of its own, so that this
            // one stays small enough for its variables to live in registers.
            while (true)
            {
                r.Read();
                if (r.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                // The expected field (the dossier format's order) is compared here, the others by a search.
                int i;
                if (r.ValueIsEscaped)
                {
                    i = -1;
                }
                else if ((uint)attendu < (uint)proprietes.Length && proprietes[attendu].NomEgal(r.ValueSpan))
                {
                    i = attendu;
                }
                else
                {
                    i = format.Indice(r.ValueSpan, attendu);
                }

                if (i < 0 || ((vus >> i) & 1) != 0)
                {
                    AutreNom(ref r, format, niveau, debut, ref vus);
                    continue;
                }

                r.Read();
                vus |= 1UL << i;
                attendu = i + 1;
                var p = proprietes[i];
                ref var slot = ref valeurs[debut + i];
                var jeton = r.TokenType;
                if (p.Type == TypeValeur.Booleen && jeton is JsonTokenType.True or JsonTokenType.False)
                {
                    // Most fields: a boolean, read here (nothing to report, so the path is not kept up to date).
                    slot.Entier = jeton == JsonTokenType.True ? 1 : 0;
                    slot.Etat = EtatValeur.Present;
                    continue;
                }

                _pile[niveau].Position = i;
                switch (p.Type)
                {
                    case TypeValeur.Finess when jeton == JsonTokenType.String:
                        LireFiness(ref r, ref slot);
                        break;
                    case TypeValeur.Enumeration when jeton == JsonTokenType.String:
                        LireEnumeration(ref r, p, ref slot);
                        break;
                    default:
                        LireValeur(ref r, p, ref slot);
                        break;
                }
            }

            return Sortir(format, niveau, debut, vus);
        }

        /// <summary>Enters an object: its slots, above those of the objects it is in, and its level of the path.</summary>
        private int Entrer(ObjetFormat format, int debut, int n)
        {
            if (debut + n > _valeurs.Length)
            {
                // Never: only the format's own objects are read into slots (at most 30 along its deepest path), and a
                // slot is written through a reference that a resize would leave behind.
                throw new InvalidOperationException("Pile de valeurs du lecteur épuisée.");
            }

            // The slots are clean: each object makes absent again the ones it wrote.
            _sommet = debut + n;
            _sommetMax = Math.Max(_sommetMax, _sommet);
            return Empiler(format, -1);
        }

        /// <summary>Leaves an object: its required fields checked, its record built, its slots absent again.</summary>
        private object Sortir(ObjetFormat format, int niveau, int debut, ulong vus)
        {
            // Required fields, at the end of the object (a field may come anywhere in it).
            var valeurs = _valeurs;
            foreach (var i in format.Obligatoires)
            {
                if (valeurs[debut + i].Etat is EtatValeur.Absent or EtatValeur.Null)
                {
                    Manquant(format, niveau, i);
                }
            }

            _niveaux = niveau;
            _sommet = debut;
            var record = format.Construire(new ReadOnlySpan<Valeur>(valeurs, debut, format.Tableau.Length));

            // Absent again, for the next object, the slots written (the references they hold are let go at the end).
#if NET8_0_OR_GREATER
            for (; vus != 0; vus &= vus - 1)
            {
                valeurs[debut + System.Numerics.BitOperations.TrailingZeroCount(vus)].Etat = EtatValeur.Absent;
            }
#else
            for (var i = debut; vus != 0; i++, vus >>= 1)
            {
                if ((vus & 1) != 0)
                {
                    valeurs[i].Etat = EtatValeur.Absent;
                }
            }
#endif

            return record;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Manquant(ObjetFormat format, int niveau, int i)
        {
            var p = format.Tableau[i];
            _pile[niveau].Position = i;
            Erreur(InputErrorCodes.Required, Chemin(), Obligatoire(p), Args("champ", p.Nom));
        }

        /// <summary>The reader on a property name that is escaped, unknown, or of a field already read: reads its
        /// value accordingly (the field's, or skipped).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void AutreNom(ref Utf8JsonReader r, ObjetFormat format, int niveau, int debut, ref ulong vus)
        {
            var nom = r.ValueSpan;
            var echappe = r.ValueIsEscaped;
            int i;
            string? texteNom = null;
            if (!echappe)
            {
                i = format.Indice(nom, 0);
            }
            else if (nom.Length > 6 * NomLePlusLong)
            {
                i = -1;
            }
            else if (!TexteJson.Valide(nom, true))
            {
                i = -2;
            }
            else
            {
                texteNom = r.GetString()!;
                i = format.Indice(texteNom);
            }

            r.Read();
            if (i < 0)
            {
                Inconnu(ref r, format, niveau, nom, echappe, texteNom, invalide: i == -2);
                return;
            }

            var p = format.Tableau[i];
            _pile[niveau].Position = i;
            if (((vus >> i) & 1) != 0)
            {
                Erreur(InputErrorCodes.DuplicateField, Chemin(),
                    $"Le champ « {p.Nom} » est écrit deux fois dans le même objet : lequel compte n'est pas dit.",
                    Args("champ", p.Nom));
                Sauter(ref r);
                return;
            }

            vus |= 1UL << i;
            LireValeur(ref r, p, ref _valeurs[debut + i]);
        }

        private static string Obligatoire(ProprieteFormat p) => p.Type switch
        {
            TypeValeur.Finess => $"Numéro FINESS « {p.Nom} » obligatoire.",
            _ => $"Champ « {p.Nom} » obligatoire.",
        };

        /// <summary>Reads the array of objects the reader is on into a list of their records.</summary>
        private object? LireListe(ref Utf8JsonReader r, ProprieteFormat p)
        {
            if (r.CurrentDepth >= _limites.MaxDepth)
            {
                TropProfond(ref r);
                return null;
            }

            var format = p.Objet!;
            var essms = ReferenceEquals(format, DossierFormat.ObjetEssms);
            var liste = format.NouvelleListe();
            var niveau = Empiler(null, 0);
            var i = 0;

            // The entries this list may still have: ESSMS are counted over the whole dossier.
            var reste = _limites.MaxEssms - (essms ? _essms : 0);
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                _pile[niveau].Position = i;
                if (i >= reste)
                {
                    if (!essms || !_essmsSignales)
                    {
                        _essmsSignales |= essms;
                        Erreur(InputErrorCodes.LimitExceeded, Chemin(), essms
                            ? $"Plus de {Fr(_limites.MaxEssms)} ESSMS dans le dossier : les suivants ne sont pas lus (limite MaxEssms)."
                            : $"Plus de {Fr(_limites.MaxEssms)} entrées dans « {p.Nom} » : les suivantes ne sont pas lues (limite MaxEssms).",
                            Args("limite", _limites.MaxEssms.ToString(CultureInfo.InvariantCulture)));
                    }

                    SauterLeReste(ref r);
                    break;
                }

                if (r.TokenType == JsonTokenType.StartObject)
                {
                    format.Ajouter(liste, LireObjet(ref r, format));
                }
                else
                {
                    Erreur(InputErrorCodes.WrongType, Chemin(), $"Un élément de « {p.Nom} » ({format.Titre}) doit être un objet JSON, pas {Decrire(ref r)}.");
                    Sauter(ref r);
                    format.Ajouter(liste, null);
                }

                i++;
                if (essms)
                {
                    _essms++;
                }
            }

            _niveaux = niveau;
            return liste;
        }

        /// <summary>Reads the array of FINESS numbers the reader is on.</summary>
        private List<Finess>? LireListeFiness(ref Utf8JsonReader r, ProprieteFormat p)
        {
            if (r.CurrentDepth >= _limites.MaxDepth)
            {
                TropProfond(ref r);
                return null;
            }

            var liste = new List<Finess>();
            var niveau = Empiler(null, 0);
            var i = 0;
            var valeur = default(Valeur);
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                _pile[niveau].Position = i;
                if (i >= _limites.MaxEssms)
                {
                    Erreur(InputErrorCodes.LimitExceeded, Chemin(),
                        $"Plus de {Fr(_limites.MaxEssms)} entrées dans « {p.Nom} » : les suivantes ne sont pas lues (limite MaxEssms).",
                        Args("limite", _limites.MaxEssms.ToString(CultureInfo.InvariantCulture)));
                    SauterLeReste(ref r);
                    break;
                }

                valeur = default;
                if (r.TokenType == JsonTokenType.Null)
                {
                    Erreur(InputErrorCodes.WrongType, Chemin(), "Un numéro FINESS s'écrit comme une chaîne de 9 caractères, pas null.");
                }
                else
                {
                    LireFiness(ref r, ref valeur);
                }

                if (valeur.Present)
                {
                    liste.Add(valeur.Finess);
                }

                i++;
            }

            _niveaux = niveau;
            return liste;
        }

        // ----- values

        private void LireValeur(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            if (r.TokenType == JsonTokenType.Null)
            {
                v.Etat = EtatValeur.Null;
                return;
            }

            switch (p.Type)
            {
                case TypeValeur.Booleen:
                    if (r.TokenType is JsonTokenType.True or JsonTokenType.False)
                    {
                        v.Entier = r.TokenType == JsonTokenType.True ? 1 : 0;
                        v.Etat = EtatValeur.Present;
                        return;
                    }

                    Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » doit être true, false ou null, pas {Decrire(ref r)}.");
                    return;
                case TypeValeur.Finess:
                    LireFiness(ref r, ref v);
                    return;
                case TypeValeur.Enumeration:
                    LireEnumeration(ref r, p, ref v);
                    return;
                case TypeValeur.Texte:
                    LireTexte(ref r, p, ref v);
                    return;
                case TypeValeur.Entier:
                    LireEntier(ref r, p, ref v);
                    return;
                case TypeValeur.Montant:
                    LireMontant(ref r, p, ref v);
                    return;
                case TypeValeur.Date:
                    LireDate(ref r, ref v);
                    return;
                case TypeValeur.Categorie:
                    LireCategorie(ref r, p, ref v);
                    return;
                case TypeValeur.Campagne:
                    LireCampagne(ref r, p, ref v);
                    return;
                case TypeValeur.Objet:
                    if (r.TokenType == JsonTokenType.StartObject)
                    {
                        Present(ref v, LireObjet(ref r, p.Objet!));
                    }
                    else
                    {
                        Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » doit être un objet JSON, pas {Decrire(ref r)}.");
                    }

                    return;
                case TypeValeur.ListeObjets:
                    if (r.TokenType == JsonTokenType.StartArray)
                    {
                        Present(ref v, LireListe(ref r, p));
                    }
                    else
                    {
                        Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » doit être un tableau JSON, pas {Decrire(ref r)}.");
                    }

                    return;
                case TypeValeur.ListeFiness:
                    if (r.TokenType == JsonTokenType.StartArray)
                    {
                        Present(ref v, LireListeFiness(ref r, p));
                    }
                    else
                    {
                        Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » doit être un tableau de numéros FINESS, pas {Decrire(ref r)}.");
                    }

                    return;
                default:
                    throw new InvalidOperationException("Type de champ non traité : " + p.Type);
            }
        }

        private static void Present(ref Valeur v, object? objet)
        {
            // Null: a container nested too deep, already reported.
            v.Objet = objet;
            v.Etat = objet is null ? EtatValeur.Invalide : EtatValeur.Present;
        }

        /// <summary>Reports the value the reader is on, skips it and marks the slot invalid.</summary>
        private void Invalide(ref Utf8JsonReader r, ref Valeur v, string code, string message, Dictionary<string, string>? args = null)
        {
            Erreur(code, Chemin(), message, args);
            Sauter(ref r);
            v.Etat = EtatValeur.Invalide;
        }

        private void LireFiness(ref Utf8JsonReader r, ref Valeur v)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                Invalide(ref r, ref v, InputErrorCodes.WrongType, $"Un numéro FINESS s'écrit comme une chaîne de 9 caractères, pas {Decrire(ref r)}.");
                return;
            }

            var brut = r.ValueSpan;
            var echappe = r.ValueIsEscaped;
            if (!TexteValide(ref r, ref v))
            {
                return;
            }

            // Refused on its length without being copied (a character is 1 to 4 bytes, 1 to 12 when escaped).
            if (brut.Length < Finess.Length || brut.Length > (echappe ? 12 : 4) * Finess.Length)
            {
                var citation = Citer(ref r);
                Invalide(ref r, ref v, InputErrorCodes.FinessShape, brut.Length < Finess.Length && !echappe
                    ? $"Un numéro FINESS comporte 9 caractères ; « {citation} » en a {Encoding.UTF8.GetCharCount(brut.ToArray()).ToString(CultureInfo.InvariantCulture)}."
                    : $"Un numéro FINESS comporte 9 caractères ; « {citation} » en a {(brut.Length < Finess.Length ? "moins" : "plus")}.",
                    Args("valeur", citation));
                return;
            }

            var texte = brut.Length == Finess.Length && !echappe && TexteJson.Ascii16(brut) ? Ascii9(brut) : r.GetString()!;
            if (Finess.TryParse(texte, out var finess, out var erreur))
            {
                v.Finess = finess;
                v.Etat = EtatValeur.Present;
                return;
            }

            var cite = Citation.Texte(texte);
            var message = erreur switch
            {
                FinessError.Length => $"Un numéro FINESS comporte 9 caractères ; « {cite} » en a {texte.Length.ToString(CultureInfo.InvariantCulture)}.",
                FinessError.Characters => $"Un numéro FINESS ne contient que des chiffres et des lettres : « {cite} ».",
                _ => $"La clé de contrôle (Luhn) du numéro FINESS « {cite} » est fausse.",
            };
            Invalide(ref r, ref v, erreur == FinessError.CheckKey ? InputErrorCodes.FinessCheckKey : InputErrorCodes.FinessShape, message, Args("valeur", cite));
        }

        /// <summary>Nine bytes checked ASCII (<see cref="TexteJson.Valide"/>) as a string, without the transcoder.</summary>
        private static string Ascii9(ReadOnlySpan<byte> s)
        {
#if NET8_0_OR_GREATER
            Span<char> c = stackalloc char[9];
            for (var i = 0; i < 9; i++)
            {
                c[i] = (char)s[i];
            }

            return new string(c);
#else
            return Encoding.ASCII.GetString(s.ToArray());
#endif
        }

        private void LireEnumeration(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            var valeurs = p.ValeursTableau;
            if (r.TokenType == JsonTokenType.String)
            {
                var brut = r.ValueSpan;
                if (!r.ValueIsEscaped)
                {
                    for (var k = 0; k < valeurs.Length; k++)
                    {
                        if (brut.SequenceEqual(valeurs[k].NomUtf8))
                        {
                            v.Entier = valeurs[k].Code;
                            v.Etat = EtatValeur.Present;
                            return;
                        }
                    }
                }
                else if (brut.Length <= 6 * NomLePlusLong)
                {
                    if (!TexteValide(ref r, ref v))
                    {
                        return;
                    }

                    var texte = r.GetString();
                    for (var k = 0; k < valeurs.Length; k++)
                    {
                        if (string.Equals(texte, valeurs[k].Nom, StringComparison.Ordinal))
                        {
                            v.Entier = valeurs[k].Code;
                            v.Etat = EtatValeur.Present;
                            return;
                        }
                    }
                }

                if (!TexteValide(ref r, ref v))
                {
                    return;
                }
            }

            var admises = ValeursAdmises(p);
            var valeur = r.TokenType is JsonTokenType.String or JsonTokenType.Number ? Citer(ref r) : Decrire(ref r);
            Invalide(ref r, ref v, InputErrorCodes.UnknownValue, $"Valeur inconnue pour « {p.Nom} » : {Decrire(ref r)} ; valeurs admises : {admises}.",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["valeur"] = valeur, ["valeursAdmises"] = admises });
        }

        private static string ValeursAdmises(ProprieteFormat p)
        {
            var sb = new StringBuilder();
            foreach (var e in p.Valeurs)
            {
                sb.Append(sb.Length == 0 ? string.Empty : ", ").Append(e.Nom);
            }

            return sb.ToString();
        }

        private void LireTexte(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » doit être une chaîne, pas {Decrire(ref r)}.");
                return;
            }

            if (LireChaineBornee(ref r, p, ref v) is { } s)
            {
                v.Objet = s;
                v.Etat = EtatValeur.Present;
            }
        }

        /// <summary>The string the reader is on when it is valid text of at most <see cref="InputLimits.MaxStringLength"/>
        /// characters; otherwise reports it (a long one without copying it) and returns null.</summary>
        private string? LireChaineBornee(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            var max = _limites.MaxStringLength;
            var brut = r.ValueSpan;
            var echappe = r.ValueIsEscaped;

            // A character is at least one byte, and at most six when escaped: decided on the bytes when possible.
            if (brut.Length > max && (echappe ? brut.Length > 6L * max : CaracteresUtf16(brut) > max))
            {
                TropLong(ref r, p, ref v);
                return null;
            }

            if (!TexteValide(ref r, ref v))
            {
                return null;
            }

            var s = r.GetString()!;
            if (s.Length > max)
            {
                TropLong(ref r, p, ref v);
                return null;
            }

            return s;
        }

        private void TropLong(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            var cite = Citer(ref r);
            Invalide(ref r, ref v, InputErrorCodes.LimitExceeded,
                $"« {p.Nom} » a plus de {Fr(_limites.MaxStringLength)} caractères (limite MaxStringLength) : « {cite} ».",
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["limite"] = _limites.MaxStringLength.ToString(CultureInfo.InvariantCulture),
                    ["valeur"] = cite,
                });
        }

        /// <summary>UTF-16 code units of well-formed UTF-8 (an estimate for ill-formed bytes, checked later).</summary>
        private static long CaracteresUtf16(ReadOnlySpan<byte> utf8)
        {
            long n = 0;
            foreach (var b in utf8)
            {
                if ((b & 0xC0) != 0x80)
                {
                    n += b >= 0xF0 ? 2 : 1;
                }
            }

            return n;
        }

        private void LireEntier(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            if (r.TokenType != JsonTokenType.Number)
            {
                Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » doit être un nombre entier, pas {Decrire(ref r)}.");
                return;
            }

            var brut = r.ValueSpan;
            switch (Nombre.Entier(brut, p.Min, p.Max, out var valeur))
            {
                case LectureNombre.Exact:
                    v.Entier = valeur;
                    v.Etat = EtatValeur.Present;
                    return;
                case LectureNombre.Negatif:
                    Invalide(ref r, ref v, InputErrorCodes.Negative, $"« {p.Nom} » ne peut pas être négatif : « {Citation.Texte(brut)} ».", Args("valeur", Citation.Texte(brut)));
                    return;
                case LectureNombre.TropGrand:
                    Invalide(ref r, ref v, InputErrorCodes.OutOfRange,
                        $"« {p.Nom} » vaut au plus {Fr(p.Max)} ({p.RaisonBorne}) : « {Citation.Texte(brut)} ».",
                        new Dictionary<string, string>(StringComparer.Ordinal)
                        {
                            ["max"] = p.Max.ToString(CultureInfo.InvariantCulture),
                            ["valeur"] = Citation.Texte(brut),
                        });
                    return;
                default:
                    Invalide(ref r, ref v, InputErrorCodes.NotInteger, $"« {p.Nom} » doit être un nombre entier : « {Citation.Texte(brut)} ».", Args("valeur", Citation.Texte(brut)));
                    return;
            }
        }

        private void LireMontant(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            if (r.TokenType != JsonTokenType.Number)
            {
                Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » doit être un montant (nombre), pas {Decrire(ref r)}.");
                return;
            }

            var brut = r.ValueSpan;
            switch (Nombre.Montant(brut, p.MontantMax, out var valeur))
            {
                case LectureNombre.Exact:
                    v.Objet = valeur;
                    v.Etat = EtatValeur.Present;
                    return;
                case LectureNombre.Negatif:
                    Invalide(ref r, ref v, InputErrorCodes.Negative, $"Un montant ne peut pas être négatif : « {Citation.Texte(brut)} ».", Args("valeur", Citation.Texte(brut)));
                    return;
                case LectureNombre.TropGrand:
                    Invalide(ref r, ref v, InputErrorCodes.OutOfRange,
                        $"« {p.Nom} » vaut au plus {Fr(p.MontantMax)} € ({p.RaisonBorne}) : « {Citation.Texte(brut)} ».",
                        new Dictionary<string, string>(StringComparer.Ordinal)
                        {
                            ["max"] = p.MontantMax.ToString(CultureInfo.InvariantCulture),
                            ["valeur"] = Citation.Texte(brut),
                        });
                    return;
                default:
                    Invalide(ref r, ref v, InputErrorCodes.InvalidAmount,
                        $"Un montant a au plus 2 décimales, au centime près : « {Citation.Texte(brut)} » ne se lit pas exactement ainsi.",
                        Args("valeur", Citation.Texte(brut)));
                    return;
            }
        }

        private void LireDate(ref Utf8JsonReader r, ref Valeur v)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                Invalide(ref r, ref v, InputErrorCodes.WrongType, $"Une date ISO « AAAA-MM-JJ » est attendue, pas {Decrire(ref r)}.");
                return;
            }

            var brut = r.ValueSpan;
            if (!r.ValueIsEscaped && IsoDate(brut) is { } date)
            {
                v.Entier = Valeur.CoderDate(date);
                v.Etat = EtatValeur.Present;
                return;
            }

            if (r.ValueIsEscaped && brut.Length <= 60)
            {
                if (!TexteValide(ref r, ref v))
                {
                    return;
                }

                var s = r.GetString()!;
                var parsed = LocalDatePattern.Iso.Parse(s);
                if (parsed.Success && s.Length == 10)
                {
                    v.Entier = Valeur.CoderDate(parsed.Value);
                    v.Etat = EtatValeur.Present;
                    return;
                }
            }

            if (!TexteValide(ref r, ref v))
            {
                return;
            }

            var cite = Citer(ref r);
            Invalide(ref r, ref v, InputErrorCodes.InvalidDate, $"« {cite} » n'est pas une date ISO réelle (AAAA-MM-JJ).", Args("valeur", cite));
        }

        private void LireCategorie(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            var brut = r.ValueSpan;
            switch (r.TokenType)
            {
                case JsonTokenType.String:
                    if (!r.ValueIsEscaped && brut.Length == 3 && brut[0] >= (byte)'1' && brut[0] <= (byte)'9'
                        && brut[1] >= (byte)'0' && brut[1] <= (byte)'9' && brut[2] >= (byte)'0' && brut[2] <= (byte)'9')
                    {
                        v.Objet = Categories[((brut[0] - '0') * 100) + ((brut[1] - '0') * 10) + (brut[2] - '0') - 100];
                        v.Etat = EtatValeur.Present;
                        return;
                    }

                    if (r.ValueIsEscaped && brut.Length <= 36)
                    {
                        if (!TexteValide(ref r, ref v))
                        {
                            return;
                        }

                        var s = r.GetString()!;
                        if (DossierFormat.EstCategorie(s))
                        {
                            v.Objet = s;
                            v.Etat = EtatValeur.Present;
                            return;
                        }
                    }

                    if (!TexteValide(ref r, ref v))
                    {
                        return;
                    }

                    break;
                case JsonTokenType.Number:
                    if (Nombre.Entier(brut, p.Min, p.Max, out var code) == LectureNombre.Exact)
                    {
                        v.Objet = Categories[code - 100];
                        v.Etat = EtatValeur.Present;
                        return;
                    }

                    break;
                default:
                    Invalide(ref r, ref v, InputErrorCodes.WrongType, $"« {p.Nom} » s'écrit en chaîne (« \"500\" ») ou en entier (500), pas {Decrire(ref r)}.");
                    return;
            }

            var categorie = Citer(ref r);
            Invalide(ref r, ref v, InputErrorCodes.InvalidCategory,
                $"Une catégorie FINESS s'écrit avec 3 chiffres, de 100 à 999 : « {categorie} ».", Args("valeur", categorie));
        }

        private static readonly string[] Categories = CreerCategories();

        /// <summary>The years 2000 to 2099 as strings, so that a campaign written <c>"2022"</c> or <c>2022</c> is not
        /// decoded and allocated for every dossier.</summary>
        private static readonly string[] Annees = Enumerable.Range(2000, 100).Select(a => a.ToString(CultureInfo.InvariantCulture)).ToArray();

        private static string? CampagneConnue(ReadOnlySpan<byte> s) =>
            s.Length == 4 && s[0] == (byte)'2' && s[1] == (byte)'0' && s[2] >= (byte)'0' && s[2] <= (byte)'9' && s[3] >= (byte)'0' && s[3] <= (byte)'9'
                ? Annees[((s[2] - '0') * 10) + (s[3] - '0')]
                : null;

        private static string[] CreerCategories()
        {
            var t = new string[900];
            for (var i = 0; i < t.Length; i++)
            {
                t[i] = (i + 100).ToString(CultureInfo.InvariantCulture);
            }

            return t;
        }

        private void LireCampagne(ref Utf8JsonReader r, ProprieteFormat p, ref Valeur v)
        {
            switch (r.TokenType)
            {
                case JsonTokenType.String:
                    var texte = r.ValueIsEscaped ? null : CampagneConnue(r.ValueSpan);
                    texte ??= LireChaineBornee(ref r, p, ref v);
                    if (texte is not null)
                    {
                        v.Objet = texte;
                        v.Etat = EtatValeur.Present;
                    }

                    return;
                case JsonTokenType.Number when CampagneConnue(r.ValueSpan) is { } annee:
                    v.Objet = annee;
                    v.Etat = EtatValeur.Present;
                    return;
                case JsonTokenType.Number when Nombre.Entier(r.ValueSpan, int.MinValue, int.MaxValue, out var entier) == LectureNombre.Exact:
                    v.Objet = entier.ToString(CultureInfo.InvariantCulture);
                    v.Etat = EtatValeur.Present;
                    return;
                default:
                    Invalide(ref r, ref v, InputErrorCodes.WrongType, $"La campagne est une chaîne ou un nombre entier (« 2022 »), pas {Decrire(ref r)}.");
                    return;
            }
        }

        /// <summary>Whether the string the reader is on is Unicode text; otherwise reports it and skips it.</summary>
        private bool TexteValide(ref Utf8JsonReader r, ref Valeur v)
        {
            if (TexteJson.Valide(r.ValueSpan, r.ValueIsEscaped))
            {
                return true;
            }

            Invalide(ref r, ref v, InputErrorCodes.InvalidString, MessageTexteInvalide);
            return false;
        }

        private const string MessageTexteInvalide =
            "Chaîne qui n'est pas un texte Unicode valide (demi-paire de substitution isolée, « \\ud800 » par exemple, ou octets hors UTF-8).";

        // ----- unknown fields

        private void Inconnu(ref Utf8JsonReader r, ObjetFormat format, int niveau, ReadOnlySpan<byte> brut, bool echappe, string? texte, bool invalide)
        {
            if (invalide || !TexteJson.Valide(brut, echappe))
            {
                _pile[niveau].Position = Inconnue;
                _pile[niveau].Nom = "[" + Citation.Texte(brut) + "]";
                Erreur(InputErrorCodes.InvalidString, Chemin(), "Nom de champ qui n'est pas un texte Unicode valide : « " + Citation.Texte(brut) + " ».");
                SauterEnVerifiant(ref r, dejaSignale: false);
                return;
            }

            // The name as text: decoded when short enough to be quoted whole, else quoted from its bytes (an escaped
            // one then shows its escapes).
            var nom = texte ?? (!echappe && brut.Length <= 4 * Citation.Longueur ? Encoding.UTF8.GetString(brut.ToArray()) : Citation.Texte(brut));
            _pile[niveau].Position = Inconnue;
            _pile[niveau].Nom = SegmentDeChemin(nom);
            var cite = Citation.Texte(nom);
            var proche = Proche(format, nom);
            var message = proche is not null
                ? $"Champ « {cite} » inconnu du format du dossier ; vouliez-vous dire « {proche} » ?"
                : $"Champ « {cite} » inconnu du format du dossier ; champs connus ici : {Connus(format)}.";
            var chemin = Chemin();
            var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["champ"] = cite };
            if (proche is not null)
            {
                args["suggestion"] = proche;
            }

            if (_strict)
            {
                Erreur(InputErrorCodes.ChampInconnu, chemin, message, args);
            }
            else
            {
                Avertir(chemin, message);
            }

            SauterEnVerifiant(ref r, dejaSignale: false);
        }

        /// <summary>The path segment of a name: <c>.nom</c> for a plain identifier, else <c>['nom']</c> with its
        /// quotes and backslashes escaped (and the name cut as quotes cut it).</summary>
        private static string SegmentDeChemin(string nom)
        {
            var simple = nom.Length > 0 && nom.Length <= Citation.Longueur;
            for (var i = 0; simple && i < nom.Length; i++)
            {
                var c = nom[i];
                simple = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
            }

            return simple ? nom : "['" + Citation.Texte(nom).Replace("'", "\\'") + "']";
        }

        /// <summary>The known name of <paramref name="format"/> nearest to <paramref name="nom"/>: the same name in
        /// other case, else one at most 2 edits away (Damerau–Levenshtein, adjacent transpositions counting one); the
        /// first in the format's order on a tie; null when none is that close.</summary>
        internal static string? Proche(ObjetFormat format, string nom)
        {
            string? meilleur = null;
            var distance = 3;
            foreach (var p in format.Proprietes)
            {
                if (string.Equals(p.Nom, nom, StringComparison.OrdinalIgnoreCase))
                {
                    return p.Nom;
                }

                if (Math.Abs(p.Nom.Length - nom.Length) < distance)
                {
                    var d = Distance(p.Nom, nom, distance);
                    if (d < distance)
                    {
                        distance = d;
                        meilleur = p.Nom;
                    }
                }
            }

            return meilleur;
        }

        /// <summary>Optimal string alignment distance, case-insensitive, or <paramref name="borne"/> once it is reached.</summary>
        private static int Distance(string a, string b, int borne)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var minLigne = int.MaxValue;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cout = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                    var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cout);
                    if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                        && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                    {
                        v = Math.Min(v, d[i - 2, j - 2] + 1);
                    }

                    d[i, j] = v;
                    minLigne = Math.Min(minLigne, v);
                }

                if (minLigne >= borne)
                {
                    return borne;
                }
            }

            return Math.Min(d[a.Length, b.Length], borne);
        }

        private static string Connus(ObjetFormat format)
        {
            var sb = new StringBuilder();
            foreach (var p in format.Proprietes)
            {
                sb.Append(sb.Length == 0 ? string.Empty : ", ").Append(p.Nom);
            }

            return sb.ToString();
        }

        // ----- skipping

        /// <summary>Skips the value the reader is on (one already reported): a scalar as it is, an object or an array
        /// checking its strings and its depth.</summary>
        private void Sauter(ref Utf8JsonReader r)
        {
            if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                SauterEnVerifiant(ref r, dejaSignale: false);
            }
        }

        /// <summary>Skips the value the reader is on; reports once a string in it that is not Unicode text and once
        /// a nesting beyond <see cref="InputLimits.MaxDepth"/> (at the path of the value skipped).</summary>
        private void SauterEnVerifiant(ref Utf8JsonReader r, bool dejaSignale)
        {
            var texteSignale = false;
            if (r.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                if (r.TokenType == JsonTokenType.String && !TexteJson.Valide(r.ValueSpan, r.ValueIsEscaped))
                {
                    Erreur(InputErrorCodes.InvalidString, Chemin(), MessageTexteInvalide);
                }

                return;
            }

            var profondeurSignalee = dejaSignale;
            if (!profondeurSignalee && r.CurrentDepth >= _limites.MaxDepth)
            {
                SignalerProfondeur();
                profondeurSignalee = true;
            }

            var depart = r.CurrentDepth;
            while (r.Read() && r.CurrentDepth > depart)
            {
                switch (r.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when !profondeurSignalee && r.CurrentDepth >= _limites.MaxDepth:
                        SignalerProfondeur();
                        profondeurSignalee = true;
                        break;
                    case JsonTokenType.String or JsonTokenType.PropertyName when !texteSignale && !TexteJson.Valide(r.ValueSpan, r.ValueIsEscaped):
                        Erreur(InputErrorCodes.InvalidString, Chemin(), MessageTexteInvalide);
                        texteSignale = true;
                        break;
                }
            }
        }

        /// <summary>Skips the rest of the array the reader is in, from the entry it is on, unread.</summary>
        private static void SauterLeReste(ref Utf8JsonReader r)
        {
            do
            {
                r.Skip();
            }
            while (r.Read() && r.TokenType != JsonTokenType.EndArray);
        }

        private void TropProfond(ref Utf8JsonReader r)
        {
            SignalerProfondeur();
            SauterEnVerifiant(ref r, dejaSignale: true);
        }

        private void SignalerProfondeur() =>
            Erreur(InputErrorCodes.LimitExceeded, Chemin(),
                $"Plus de {Fr(_limites.MaxDepth)} objets ou tableaux imbriqués (limite MaxDepth).",
                Args("limite", _limites.MaxDepth.ToString(CultureInfo.InvariantCulture)));

        // ----- problems

        private void Erreur(string code, string chemin, string message, Dictionary<string, string>? args = null)
        {
            Compter(chemin);
            (_erreurs ??= new List<InputError>()).Add(new InputError(code, chemin, message, (IReadOnlyDictionary<string, string>?)args ?? SansArguments));
        }

        private void Avertir(string chemin, string message)
        {
            Compter(chemin);
            (_avertissements ??= new List<Avertissement>()).Add(new Avertissement(AvertissementCodes.ChampInconnu, chemin, message));
        }

        private void Compter(string chemin)
        {
            if (++_problemes <= _limites.MaxProblems)
            {
                return;
            }

            (_erreurs ??= new List<InputError>()).Add(new InputError(InputErrorCodes.LimitExceeded, chemin,
                $"Plus de {Fr(_limites.MaxProblems)} problèmes : la lecture s'arrête ici (limite MaxProblems).",
                Args("limite", _limites.MaxProblems.ToString(CultureInfo.InvariantCulture))));
            throw new ArretLecture();
        }

        private void Malforme(JsonException ex, ref Utf8JsonReader r)
        {
            // Malformed JSON is the one problem reported: what was found before it may be an artefact of the break.
            var ou = ex.LineNumber is { } line
                ? $" (ligne {(line + 1).ToString(CultureInfo.InvariantCulture)}, position {((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)})"
                : string.Empty;
            _avertissements = null;
            _erreurs = new List<InputError>
            {
                new(InputErrorCodes.MalformedJson, _niveaux > 0 ? Chemin() : "$", "JSON mal formé" + ou + "."),
            };
        }

        private static Dictionary<string, string> Args(string cle, string valeur) => new(StringComparer.Ordinal) { [cle] = valeur };

        private static string Fr(long n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "\u202f");

        private static string Fr(decimal n) => n.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(",", "\u202f");

        /// <summary>What the value the reader is on is, for a message: a scalar quoted, a container named.</summary>
        private static string Decrire(ref Utf8JsonReader r) => r.TokenType switch
        {
            JsonTokenType.StartObject => "un objet",
            JsonTokenType.StartArray => "un tableau",
            JsonTokenType.String => "« \"" + Citer(ref r) + "\" »",
            JsonTokenType.Null => "null",
            _ => "« " + Citation.Texte(r.ValueSpan) + " »",
        };

        /// <summary>The string or number the reader is on, quoted: decoded when it has escapes and is short enough to
        /// be quoted whole (escapes then quoted as <see cref="Citation"/> writes them), else from its bytes.</summary>
        private static string Citer(ref Utf8JsonReader r)
        {
            var brut = r.ValueSpan;
            return r.TokenType == JsonTokenType.String && r.ValueIsEscaped && brut.Length <= 6 * (Citation.Longueur + 1) && TexteJson.Valide(brut, true)
                ? Citation.Texte(r.GetString())
                : Citation.Texte(brut);
        }

        // ----- paths

        /// <summary>A position of <see cref="Niveau"/>: an unknown field, whose segment is <see cref="Niveau.Nom"/>.</summary>
        private const int Inconnue = -2;

        /// <summary>One level of the path: an object (its format, the field being read) or a list (the entry's index).</summary>
        private struct Niveau
        {
            /// <summary>The object's format; null for a list.</summary>
            public ObjetFormat? Format;

            /// <summary>The field's index in the format (-1 before the first, <see cref="Inconnue"/> for an unknown
            /// one); for a list, the entry's index.</summary>
            public int Position;

            /// <summary>The path segment of an unknown field (<c>devi</c>, <c>['a b']</c>).</summary>
            public string? Nom;
        }

        private int Empiler(ObjetFormat? format, int position)
        {
            if (_niveaux == _pile.Length)
            {
                Array.Resize(ref _pile, _pile.Length * 2);
            }

            // Nom is read only for an unknown field, which sets it: left as it is.
            ref var n = ref _pile[_niveaux];
            n.Format = format;
            n.Position = position;
            return _niveaux++;
        }

        /// <summary>The JSON path of the value being read.</summary>
        private string Chemin()
        {
            var sb = new StringBuilder("$", 64);
            for (var i = 0; i < _niveaux; i++)
            {
                ref var n = ref _pile[i];
                if (n.Format is null)
                {
                    sb.Append('[').Append(n.Position.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (n.Position >= 0)
                {
                    sb.Append('.').Append(n.Format.Tableau[n.Position].Nom);
                }
                else if (n.Position == Inconnue && n.Nom is { } nom)
                {
                    if (nom.Length == 0 || nom[0] != '[')
                    {
                        sb.Append('.');
                    }

                    sb.Append(nom);
                }
            }

            return sb.ToString();
        }

        // ----- dates

        /// <summary>A real date written <c>AAAA-MM-JJ</c> in ASCII digits (year 1 to 9999), which
        /// <see cref="LocalDatePattern.Iso"/> reads the same; null for anything else.</summary>
        private static LocalDate? IsoDate(ReadOnlySpan<byte> s)
        {
            if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
            {
                return null;
            }

            var year = Digits(s.Slice(0, 4));
            var month = Digits(s.Slice(5, 2));
            var day = Digits(s.Slice(8, 2));
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return null;
            }

            return new LocalDate(year, month, day);
        }

        private static int Digits(ReadOnlySpan<byte> s)
        {
            var n = 0;
            foreach (var b in s)
            {
                if (b < (byte)'0' || b > (byte)'9')
                {
                    return -1;
                }

                n = (n * 10) + (b - '0');
            }

            return n;
        }

        private static int PlusLongNom()
        {
            var max = 0;
            foreach (var o in DossierFormat.Objets)
            {
                foreach (var p in o.Proprietes)
                {
                    max = Math.Max(max, p.NomUtf8.Length);
                    foreach (var e in p.Valeurs)
                    {
                        max = Math.Max(max, e.NomUtf8.Length);
                    }
                }
            }

            return max;
        }
    }

    /// <summary>Thrown inside the reader when <see cref="InputLimits.MaxProblems"/> is reached; never escapes it.</summary>
    private sealed class ArretLecture : Exception
    {
    }
}
