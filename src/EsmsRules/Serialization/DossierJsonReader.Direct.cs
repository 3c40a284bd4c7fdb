using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;
using NodaTime.Text;

namespace EsmsRules.Serialization;

public static partial class DossierJsonReader
{
    /// <summary>
    /// The fast path for a dossier without problems: one forward pass of <see cref="Utf8JsonReader"/> (no
    /// <see cref="JsonDocument"/>), each property visited once and its name compared as UTF-8.
    /// </summary>
    /// <remarks>
    /// It reports nothing: at the first thing the tolerant walk would report (a wrong type, a missing field, a bad
    /// FINESS…), at malformed JSON, or at what it leaves to the walk (an escaped property name), it gives up and returns
    /// null, and the walk reads the input again to list every problem with its path. When it returns a dossier, it is
    /// the one the walk builds (the last of duplicated properties wins, as with <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>);
    /// <c>DossierJsonReaderDirectTests</c> checks this on mutated dossiers.
    /// </remarks>
    private static class Direct
    {
        private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = DocumentOptions.MaxDepth };
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static readonly Noms<TypeProjet> NomsTypesProjet = new(TypesProjet);
        private static readonly Noms<Champ> NomsChamps = new(Champs);
        private static readonly Noms<Territoire> NomsTerritoires = new(Territoires);
        private static readonly Noms<Couloir> NomsCouloirs = new(Couloirs);

        /// <summary>The dossier in <paramref name="json"/> when it has no problem the walk would report, else null.</summary>
        public static Dossier? Read(string json)
        {
            // JsonDocument.Parse(string) transcodes the same way; text it cannot transcode is left to it.
            byte[] utf8;
            try
            {
                utf8 = StrictUtf8.GetBytes(json);
            }
            catch (EncoderFallbackException)
            {
                return null;
            }

            return Read(utf8);
        }

        /// <summary>The dossier in <paramref name="utf8Json"/> when it has no problem the walk would report, else null.</summary>
        public static Dossier? Read(ReadOnlySpan<byte> utf8Json)
        {
            var r = new Utf8JsonReader(utf8Json, isFinalBlock: true, new JsonReaderState(ReaderOptions));
            try
            {
                if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                var dossier = Dossier(ref r);

                // Nothing but white space after the dossier (a second value or trailing text throws, as in JsonDocument.Parse).
                return dossier is not null && !r.Read() ? dossier : null;
            }
            catch (JsonException)
            {
                return null; // malformed: the walk reports it
            }
            catch (InvalidOperationException)
            {
                return null; // a string that cannot be decoded: the walk does what it does with it
            }
        }

        /// <summary>Moves to the next property of the current object: true with the reader on its value, false at the
        /// end of the object. An <paramref name="escaped"/> name (its raw bytes, which match no known name) is left to
        /// the walk, as it may be the escaped form of a known one.</summary>
        private static bool NextProperty(ref Utf8JsonReader r, out ReadOnlySpan<byte> name, out bool escaped)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndObject)
            {
                name = default;
                escaped = false;
                return false;
            }

            escaped = r.ValueIsEscaped;
            name = r.ValueSpan;
            r.Read();
            return true;
        }

        private static Dossier? Dossier(ref Utf8JsonReader r)
        {
            string? campagne = null;
            LocalDate? date = null;
            TypeProjet? type = null;
            bool? representativite = null, mature = null;
            int? duree = null;
            Porteur? porteur = null;
            Editeur? editeur = null;
            List<OrganismeGestionnaire>? ogs = null;
            List<Mesure>? mesures = null;
            decimal? depenses = null;
            List<CommandeSons>? commandes = null;
            var ok = true;
            while (ok && NextProperty(ref r, out var name, out var escaped))
            {
                if (name.SequenceEqual("campagne"u8))
                {
                    ok = Campagne(ref r, out campagne);
                }
                else if (name.SequenceEqual("dateDepot"u8))
                {
                    ok = Date(ref r, out date);
                }
                else if (name.SequenceEqual("typeProjet"u8))
                {
                    ok = Enum(ref r, NomsTypesProjet, out type);
                }
                else if (name.SequenceEqual("representativiteNationale"u8))
                {
                    ok = Bool(ref r, out representativite);
                }
                else if (name.SequenceEqual("maitriseOuvrageMature"u8))
                {
                    ok = Bool(ref r, out mature);
                }
                else if (name.SequenceEqual("dureePrevueMois"u8))
                {
                    ok = Int(ref r, out duree);
                }
                else if (name.SequenceEqual("porteur"u8))
                {
                    ok = Porteur(ref r, out porteur);
                }
                else if (name.SequenceEqual("editeur"u8))
                {
                    ok = Editeur(ref r, out editeur);
                }
                else if (name.SequenceEqual("organismesGestionnaires"u8))
                {
                    ok = Liste<OrganismeGestionnaire>(ref r, Og, nullAdmis: true, out ogs);
                }
                else if (name.SequenceEqual("mesures"u8))
                {
                    ok = Liste<Mesure>(ref r, Mesure, nullAdmis: true, out mesures);
                }
                else if (name.SequenceEqual("depensesRealisees"u8))
                {
                    ok = Decimal(ref r, out depenses);
                }
                else if (name.SequenceEqual("commandesSons"u8))
                {
                    ok = Liste<CommandeSons>(ref r, Commande, nullAdmis: true, out commandes);
                }
                else
                {
                    ok = !escaped && Skip(ref r);
                }
            }

            if (!ok || type is null || porteur is null || editeur is null || ogs is null)
            {
                return null;
            }

            return new Dossier(type.Value, porteur, editeur, ogs)
            {
                Campagne = campagne,
                DateDepot = date,
                RepresentativiteNationale = representativite,
                MaitriseOuvrageMature = mature,
                DureePrevueMois = duree,
                Mesures = (IReadOnlyList<Mesure>?)mesures ?? Array.Empty<Mesure>(),
                DepensesRealisees = depenses,
                CommandesSons = (IReadOnlyList<CommandeSons>?)commandes ?? Array.Empty<CommandeSons>(),
            };
        }

        private static bool Porteur(ref Utf8JsonReader r, out Porteur? porteur)
        {
            porteur = null;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return r.TokenType == JsonTokenType.Null;
            }

            Finess? finess = null;
            Champ? champ = null;
            bool? soumis = null, marche = null;
            var ok = true;
            while (ok && NextProperty(ref r, out var name, out var escaped))
            {
                if (name.SequenceEqual("finessJuridique"u8))
                {
                    ok = FinessNumber(ref r, out finess);
                }
                else if (name.SequenceEqual("champ"u8))
                {
                    ok = Enum(ref r, NomsChamps, out champ);
                }
                else if (name.SequenceEqual("soumisCodeCommandePublique"u8))
                {
                    ok = Bool(ref r, out soumis);
                }
                else if (name.SequenceEqual("marcheEnCoursMemeObjet"u8))
                {
                    ok = Bool(ref r, out marche);
                }
                else
                {
                    ok = !escaped && Skip(ref r);
                }
            }

            if (!ok || finess is null || champ is null)
            {
                return false;
            }

            porteur = new Porteur(finess.Value, champ.Value) { SoumisCodeCommandePublique = soumis, MarcheEnCoursMemeObjet = marche };
            return true;
        }

        private static bool Editeur(ref Utf8JsonReader r, out Editeur? editeur)
        {
            editeur = null;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return r.TokenType == JsonTokenType.Null;
            }

            string? nom = null;
            bool? segur = null, sad = null;
            decimal? devis = null;
            var ok = true;
            while (ok && NextProperty(ref r, out var name, out var escaped))
            {
                if (name.SequenceEqual("nom"u8))
                {
                    ok = String(ref r, out nom);
                }
                else if (name.SequenceEqual("referenceSegur"u8))
                {
                    ok = Bool(ref r, out segur);
                }
                else if (name.SequenceEqual("referenceSad"u8))
                {
                    ok = Bool(ref r, out sad);
                }
                else if (name.SequenceEqual("devis"u8))
                {
                    ok = Decimal(ref r, out devis);
                }
                else
                {
                    ok = !escaped && Skip(ref r);
                }
            }

            if (!ok)
            {
                return false;
            }

            editeur = new Editeur { Nom = nom, ReferenceSegur = segur, ReferenceSad = sad, Devis = devis };
            return true;
        }

        private static bool Og(ref Utf8JsonReader r, out OrganismeGestionnaire? og)
        {
            og = null;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            Finess? finess = null;
            List<Essms>? essms = null;
            string? nom = null;
            int? nombre = null;
            bool? autodiagnostic = null;
            var ok = true;
            while (ok && NextProperty(ref r, out var name, out var escaped))
            {
                if (name.SequenceEqual("finessJuridique"u8))
                {
                    ok = FinessNumber(ref r, out finess);
                }
                else if (name.SequenceEqual("essms"u8))
                {
                    ok = Liste<Essms>(ref r, Essms, nullAdmis: false, out essms);
                }
                else if (name.SequenceEqual("nom"u8))
                {
                    ok = String(ref r, out nom);
                }
                else if (name.SequenceEqual("nombreEssmsFiness"u8))
                {
                    ok = Int(ref r, out nombre);
                }
                else if (name.SequenceEqual("autodiagnosticFourni"u8))
                {
                    ok = Bool(ref r, out autodiagnostic);
                }
                else
                {
                    ok = !escaped && Skip(ref r);
                }
            }

            if (!ok || finess is null || essms is null)
            {
                return false;
            }

            og = new OrganismeGestionnaire(finess.Value, essms) { Nom = nom, NombreEssmsFiness = nombre, AutodiagnosticFourni = autodiagnostic };
            return true;
        }

        private static bool Essms(ref Utf8JsonReader r, out Essms? essms)
        {
            essms = null;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            Finess? finess = null;
            Champ? champ = null;
            string? categorie = null, nom = null;
            Territoire? territoire = null;
            bool? l312 = null, anterieur = null, autreLogiciel = null, confort = null, rattache = null, accord = null, dui = null;
            var ok = true;
            while (ok && NextProperty(ref r, out var name, out var escaped))
            {
                if (name.SequenceEqual("finessGeographique"u8))
                {
                    ok = FinessNumber(ref r, out finess);
                }
                else if (name.SequenceEqual("champ"u8))
                {
                    ok = Enum(ref r, NomsChamps, out champ);
                }
                else if (name.SequenceEqual("nom"u8))
                {
                    ok = String(ref r, out nom);
                }
                else if (name.SequenceEqual("relevantL312_1"u8))
                {
                    ok = Bool(ref r, out l312);
                }
                else if (name.SequenceEqual("financementEsmsNumeriqueAnterieur"u8))
                {
                    ok = Bool(ref r, out anterieur);
                }
                else if (name.SequenceEqual("commandeSonsAutreLogiciel"u8))
                {
                    ok = Bool(ref r, out autreLogiciel);
                }
                else if (name.SequenceEqual("activitesConfort"u8))
                {
                    ok = Bool(ref r, out confort);
                }
                else if (name.SequenceEqual("rattacheEntiteNationale"u8))
                {
                    ok = Bool(ref r, out rattache);
                }
                else if (name.SequenceEqual("accordEntiteNationale"u8))
                {
                    ok = Bool(ref r, out accord);
                }
                else if (name.SequenceEqual("territoire"u8))
                {
                    ok = Enum(ref r, NomsTerritoires, out territoire);
                }
                else if (name.SequenceEqual("categorieFiness"u8))
                {
                    ok = String(ref r, out categorie);
                }
                else if (name.SequenceEqual("equipeDui"u8))
                {
                    ok = Bool(ref r, out dui);
                }
                else
                {
                    ok = !escaped && Skip(ref r);
                }
            }

            if (!ok || finess is null || champ is null || (categorie is not null && !DossierValidator.EstCategorie(categorie)))
            {
                return false;
            }

            essms = new Essms(finess.Value, champ.Value)
            {
                Nom = nom,
                Territoire = territoire,
                RelevantL312_1 = l312,
                FinancementEsmsNumeriqueAnterieur = anterieur,
                CommandeSonsAutreLogiciel = autreLogiciel,
                ActivitesConfort = confort,
                RattacheEntiteNationale = rattache,
                AccordEntiteNationale = accord,
                CategorieFiness = categorie,
                EquipeDui = dui,
            };
            return true;
        }

        private static bool Mesure(ref Utf8JsonReader r, out Mesure? mesure)
        {
            mesure = null;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            Finess? finess = null;
            long? c1 = null, c2 = null, c3 = null, c4 = null, c5 = null, c6 = null, c7 = null;
            var ok = true;
            while (ok && NextProperty(ref r, out var name, out var escaped))
            {
                if (name.SequenceEqual("finessGeographique"u8))
                {
                    ok = FinessNumber(ref r, out finess);
                }
                else if (name.SequenceEqual("personnesAccompagnees"u8))
                {
                    ok = Long(ref r, out c1);
                }
                else if (name.SequenceEqual("personnesEligiblesProjetAccueil"u8))
                {
                    ok = Long(ref r, out c2);
                }
                else if (name.SequenceEqual("messagesMss"u8))
                {
                    ok = Long(ref r, out c3);
                }
                else if (name.SequenceEqual("dmpAlimentes"u8))
                {
                    ok = Long(ref r, out c4);
                }
                else if (name.SequenceEqual("dossiersActifs"u8))
                {
                    ok = Long(ref r, out c5);
                }
                else if (name.SequenceEqual("dossiersActifsAvecProjetPersonnalise"u8))
                {
                    ok = Long(ref r, out c6);
                }
                else if (name.SequenceEqual("dossiersActifsAvecEvenement"u8))
                {
                    ok = Long(ref r, out c7);
                }
                else
                {
                    ok = !escaped && Skip(ref r);
                }
            }

            // Every counter is required.
            if (!ok || finess is null || c1 is null || c2 is null || c3 is null || c4 is null || c5 is null || c6 is null || c7 is null)
            {
                return false;
            }

            mesure = new Mesure(finess.Value, c1.Value, c2.Value, c3.Value, c4.Value, c5.Value, c6.Value, c7.Value);
            return true;
        }

        private static bool Commande(ref Utf8JsonReader r, out CommandeSons? commande)
        {
            commande = null;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            Finess? finess = null;
            LocalDate? date = null, solde = null, referencement = null;
            Couloir? couloir = null;
            List<Finess>? etablissements = null;
            bool? sousCondition = null;
            var ok = true;
            while (ok && NextProperty(ref r, out var name, out var escaped))
            {
                if (name.SequenceEqual("finessJuridique"u8))
                {
                    ok = FinessNumber(ref r, out finess);
                }
                else if (name.SequenceEqual("dateCommande"u8))
                {
                    ok = Date(ref r, out date);
                }
                else if (name.SequenceEqual("couloir"u8))
                {
                    ok = Enum(ref r, NomsCouloirs, out couloir);
                }
                else if (name.SequenceEqual("finessGeographiques"u8))
                {
                    ok = FinessList(ref r, out etablissements);
                }
                else if (name.SequenceEqual("dateDemandeSolde"u8))
                {
                    ok = Date(ref r, out solde);
                }
                else if (name.SequenceEqual("sousConditionReferencement"u8))
                {
                    ok = Bool(ref r, out sousCondition);
                }
                else if (name.SequenceEqual("dateDossierReferencement"u8))
                {
                    ok = Date(ref r, out referencement);
                }
                else
                {
                    ok = !escaped && Skip(ref r);
                }
            }

            if (!ok || finess is null || date is null || couloir is null || etablissements is null)
            {
                return false;
            }

            commande = new CommandeSons(finess.Value, date.Value, couloir.Value, etablissements)
            {
                DateDemandeSolde = solde,
                SousConditionReferencement = sousCondition,
                DateDossierReferencement = referencement,
            };
            return true;
        }

        /// <summary>Reads one element of a list; false for what the walk would report.</summary>
        private delegate bool LecteurElement<T>(ref Utf8JsonReader r, out T? element)
            where T : class;

        /// <summary>Reads a list of objects. Not an array: true (and no list) when <paramref name="nullAdmis"/> and the
        /// value is null, false otherwise — a required list that is null or not an array is reported by the walk.</summary>
        private static bool Liste<T>(ref Utf8JsonReader r, LecteurElement<T> lire, bool nullAdmis, out List<T>? liste)
            where T : class
        {
            liste = null;
            if (r.TokenType != JsonTokenType.StartArray)
            {
                return nullAdmis && r.TokenType == JsonTokenType.Null;
            }

            var items = new List<T>();
            while (NextItem(ref r))
            {
                if (!lire(ref r, out var element))
                {
                    return false;
                }

                items.Add(element!);
            }

            liste = items;
            return true;
        }

        private static bool FinessList(ref Utf8JsonReader r, out List<Finess>? list)
        {
            list = null;
            if (r.TokenType != JsonTokenType.StartArray)
            {
                return false; // required: null or not an array is reported by the walk
            }

            var items = new List<Finess>();
            while (NextItem(ref r))
            {
                if (r.TokenType != JsonTokenType.String || !Finess.TryParse(r.GetString(), out var f))
                {
                    return false;
                }

                items.Add(f);
            }

            list = items;
            return true;
        }

        // ----- primitives: each reads the value the reader is on, and says false for what the walk would report

        /// <summary>Moves to the next item of the current array: false at its end.</summary>
        private static bool NextItem(ref Utf8JsonReader r) => r.Read() && r.TokenType != JsonTokenType.EndArray;

        private static bool Skip(ref Utf8JsonReader r)
        {
            r.Skip();
            return true;
        }

        private static bool Campagne(ref Utf8JsonReader r, out string? campagne)
        {
            campagne = null;
            switch (r.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.String:
                    campagne = r.GetString();
                    return true;
                case JsonTokenType.Number when r.TryGetInt32(out var year):
                    campagne = year.ToString(CultureInfo.InvariantCulture);
                    return true;
                default:
                    return false;
            }
        }

        private static bool String(ref Utf8JsonReader r, out string? value)
        {
            value = r.TokenType == JsonTokenType.String ? r.GetString() : null;
            return value is not null || r.TokenType == JsonTokenType.Null;
        }

        private static bool Bool(ref Utf8JsonReader r, out bool? value)
        {
            switch (r.TokenType)
            {
                case JsonTokenType.True:
                    value = true;
                    return true;
                case JsonTokenType.False:
                    value = false;
                    return true;
                default:
                    value = null;
                    return r.TokenType == JsonTokenType.Null;
            }
        }

        private static bool Long(ref Utf8JsonReader r, out long? value)
        {
            value = null;
            if (r.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (r.TokenType != JsonTokenType.Number || !r.TryGetInt64(out var l) || l < 0)
            {
                return false;
            }

            value = l;
            return true;
        }

        private static bool Int(ref Utf8JsonReader r, out int? value)
        {
            value = null;
            if (!Long(ref r, out var l) || l > int.MaxValue)
            {
                return false;
            }

            value = (int?)l;
            return true;
        }

        private static bool Decimal(ref Utf8JsonReader r, out decimal? value)
        {
            value = null;
            if (r.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (r.TokenType != JsonTokenType.Number || !r.TryGetDecimal(out var d) || d < 0 || Math.Round(d, 2) != d)
            {
                return false;
            }

            value = d;
            return true;
        }

        private static bool Date(ref Utf8JsonReader r, out LocalDate? value)
        {
            value = null;
            if (r.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (r.TokenType != JsonTokenType.String)
            {
                return false;
            }

            if (!r.ValueIsEscaped && IsoDate(r.ValueSpan) is { } date)
            {
                value = date;
                return true;
            }

            // Anything but plain AAAA-MM-JJ digits: the walk's own test.
            var s = r.GetString()!;
            var parsed = LocalDatePattern.Iso.Parse(s);
            if (!parsed.Success || s.Length != 10)
            {
                return false;
            }

            value = parsed.Value;
            return true;
        }

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

        /// <summary>The number written in ASCII digits, or -1.</summary>
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

        private static bool FinessNumber(ref Utf8JsonReader r, out Finess? value)
        {
            value = null;
            if (r.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (r.TokenType != JsonTokenType.String || !Finess.TryParse(r.GetString(), out var f))
            {
                return false;
            }

            value = f;
            return true;
        }

        private static bool Enum<T>(ref Utf8JsonReader r, Noms<T> noms, out T? value)
            where T : struct
        {
            value = null;
            switch (r.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.String:
                    value = r.ValueIsEscaped ? noms.Find(r.GetString()!) : noms.Find(r.ValueSpan);
                    return value is not null;
                default:
                    return false;
            }
        }

        /// <summary>The values of an enum by their contract name, in UTF-8 for the reader.</summary>
        private sealed class Noms<T>
            where T : struct
        {
            private readonly IReadOnlyDictionary<string, T> _parNom;
            private readonly byte[][] _utf8;
            private readonly T[] _valeurs;

            public Noms(IReadOnlyDictionary<string, T> parNom)
            {
                _parNom = parNom;
                _utf8 = new byte[parNom.Count][];
                _valeurs = new T[parNom.Count];
                var i = 0;
                foreach (var kv in parNom)
                {
                    _utf8[i] = Encoding.UTF8.GetBytes(kv.Key);
                    _valeurs[i] = kv.Value;
                    i++;
                }
            }

            public T? Find(ReadOnlySpan<byte> utf8)
            {
                for (var i = 0; i < _utf8.Length; i++)
                {
                    if (utf8.SequenceEqual(_utf8[i]))
                    {
                        return _valeurs[i];
                    }
                }

                return null;
            }

            public T? Find(string name) => _parNom.TryGetValue(name, out var v) ? v : null;
        }
    }
}
