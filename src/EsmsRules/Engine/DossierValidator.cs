using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Format;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Serialization;

namespace EsmsRules.Engine;

/// <summary>
/// Checks a <see cref="Dossier"/> before evaluation (the invalid inputs of the dossier format) and lists every
/// problem with the JSON path it would have in the dossier's JSON.
/// </summary>
/// <remarks>The bounds of counts and amounts are those of the dossier format, for a dossier built in code as for one
/// read from JSON: a usage counter at most 10⁹, so that no sum over the ESSMS overflows.</remarks>
internal static class DossierValidator
{
    /// <summary>Every problem of <paramref name="dossier"/>; empty when it can be evaluated.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="verifierCampagne">Whether an unknown <see cref="Dossier.Campagne"/> is a problem (false when the
    /// caller supplies its own barème).</param>
    /// <returns>The problems, in document order.</returns>
    public static IReadOnlyList<InputError> Validate(Dossier? dossier, bool verifierCampagne = true) =>
        Validate(dossier, verifierCampagne, BaremeCatalogue.Embedded);

    /// <summary>Every problem of <paramref name="dossier"/>, its <c>campagne</c> checked against
    /// <paramref name="catalogue"/>; empty when it can be evaluated.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="verifierCampagne">Whether an unknown <see cref="Dossier.Campagne"/> is a problem.</param>
    /// <param name="catalogue">The campaigns known.</param>
    /// <returns>The problems, in document order.</returns>
    public static IReadOnlyList<InputError> Validate(Dossier? dossier, bool verifierCampagne, BaremeCatalogue catalogue) =>
        Validate(dossier, verifierCampagne, catalogue ?? throw new ArgumentNullException(nameof(catalogue)), formatVerifie: false);

    /// <summary>The problems of a dossier; with <paramref name="formatVerifie"/> (a dossier built by the reader from
    /// its JSON, which has checked every type, enumeration, bound and required field against the description of the
    /// format), only those the format cannot see: the campaign, OGs and ESSMS listed twice, no ESSMS at all.</summary>
    internal static IReadOnlyList<InputError> Validate(Dossier? dossier, bool verifierCampagne, BaremeCatalogue catalogue, bool formatVerifie)
    {
        // A dossier read and found valid allocates no list.
        var errors = formatVerifie ? null : new List<InputError>();
        if (dossier is null)
        {
            (errors ??= new List<InputError>()).Add(new InputError(InputErrorCodes.Required, "$", "Le dossier est absent."));
            return errors!;
        }

        if (verifierCampagne && !catalogue.TryGet(dossier.Campagne, out _))
        {
            (errors ??= new List<InputError>()).Add(new InputError(InputErrorCodes.UnknownCampaign, "$.campagne",
                $"Campagne inconnue « {Citation.Texte(dossier.Campagne)} » ; campagnes connues : {string.Join(", ", catalogue.Connues)}.",
                Args("valeur", Citation.Texte(dossier.Campagne))));
        }

        if (!formatVerifie)
        {
            Format(errors!, dossier);
        }

        var ogs = dossier.OrganismesGestionnaires;
        var totalEssms = 0;
        if (ogs is null)
        {
            (errors ??= new List<InputError>()).Add(Required("$.organismesGestionnaires"));
        }
        else
        {
            // JSON paths are only built for a problem: a valid dossier allocates none (hot paths validate every call).
            var ogsVus = ogs.Count > 1 ? new Dictionary<Finess, int>(ogs.Count) : null;
            using var essmsVus = new PremieresPositions(CapaciteEssms(ogs));
            for (var o = 0; o < ogs.Count; o++)
            {
                var og = ogs[o];
                if (og is null)
                {
                    (errors ??= new List<InputError>()).Add(Required(CheminOg(o)));
                    continue;
                }

                if (!Present(og.FinessJuridique))
                {
                    (errors ??= new List<InputError>()).Add(FinessRequired(CheminOg(o) + ".finessJuridique"));
                }
                else if (ogsVus is not null && ogsVus.TryGetValue(og.FinessJuridique, out var premier))
                {
                    (errors ??= new List<InputError>()).Add(new InputError(InputErrorCodes.DuplicateOrganisme, CheminOg(o) + ".finessJuridique",
                        $"L'organisme gestionnaire {og.FinessJuridique.Value} est listé deux fois (déjà en organismesGestionnaires[{premier}]).",
                        Args("finess", og.FinessJuridique.Value)));
                }
                else
                {
                    ogsVus?.Add(og.FinessJuridique, o);
                }

                if (!formatVerifie && og.NombreEssmsFiness is { } nombre)
                {
                    Count(errors!, CheminOg(o) + ".nombreEssmsFiness", NombreEssmsFiness.Nom, NombreEssmsFiness, nombre);
                }

                if (og.Essms is null)
                {
                    (errors ??= new List<InputError>()).Add(Required(CheminOg(o) + ".essms"));
                    continue;
                }

                for (var i = 0; i < og.Essms.Count; i++)
                {
                    var e = og.Essms[i];
                    if (e is null)
                    {
                        (errors ??= new List<InputError>()).Add(Required(CheminEssms(o, i)));
                        continue;
                    }

                    totalEssms++;
                    if (!Present(e.FinessGeographique))
                    {
                        (errors ??= new List<InputError>()).Add(FinessRequired(CheminEssms(o, i) + ".finessGeographique"));
                    }
                    else if (!essmsVus.Ajouter(e.FinessGeographique, o, i, out var premier))
                    {
                        (errors ??= new List<InputError>()).Add(new InputError(InputErrorCodes.DuplicateEssms, CheminEssms(o, i) + ".finessGeographique",
                            $"L'ESSMS {e.FinessGeographique.Value} est listé deux fois (déjà en {CheminEssms(premier.Og, premier.Index)}).",
                            Args("finess", e.FinessGeographique.Value)));
                    }

                    if (!formatVerifie)
                    {
                        Format(errors!, e, o, i);
                    }
                }
            }
        }

        if (ogs is not null && totalEssms == 0)
        {
            (errors ??= new List<InputError>()).Add(new InputError(InputErrorCodes.NoEssms, "$.organismesGestionnaires", "Le dossier ne liste aucun ESSMS."));
        }

        if (!formatVerifie)
        {
            FormatMesuresEtCommandes(errors!, dossier);
        }

        return errors ?? (IReadOnlyList<InputError>)Array.Empty<InputError>();
    }

    /// <summary>The dossier's own fields against the format.</summary>
    private static void Format(List<InputError> errors, Dossier dossier)
    {
        Enum(errors, "$.typeProjet", dossier.TypeProjet);
        if (dossier.DureePrevueMois is { } duree)
        {
            Count(errors, "$.dureePrevueMois", DureePrevueMois.Nom, DureePrevueMois, duree);
        }

        if (dossier.Porteur is null)
        {
            errors.Add(Required("$.porteur"));
        }
        else
        {
            FinessRequired(errors, "$.porteur.finessJuridique", dossier.Porteur.FinessJuridique);
            Enum(errors, "$.porteur.champ", dossier.Porteur.Champ);
        }

        if (dossier.Editeur is null)
        {
            errors.Add(Required("$.editeur"));
        }
        else
        {
            Amount(errors, "$.editeur.devis", dossier.Editeur.Devis);
        }

        Amount(errors, "$.depensesRealisees", dossier.DepensesRealisees);
    }

    /// <summary>An ESSMS's fields against the format.</summary>
    private static void Format(List<InputError> errors, Essms e, int o, int i)
    {
        if (!Defined(e.Champ))
        {
            errors.Add(UnknownValue(CheminEssms(o, i) + ".champ", e.Champ));
        }

        if (e.Territoire is { } terr && !Defined(terr))
        {
            errors.Add(UnknownValue(CheminEssms(o, i) + ".territoire", terr));
        }

        if (e.CategorieFiness is not null && !DossierFormat.EstCategorie(e.CategorieFiness))
        {
            errors.Add(new InputError(InputErrorCodes.InvalidCategory, CheminEssms(o, i) + ".categorieFiness",
                $"Une catégorie FINESS s'écrit avec 3 chiffres, de 100 à 999 : « {Citation.Texte(e.CategorieFiness)} ».", Args("valeur", Citation.Texte(e.CategorieFiness))));
        }
    }

    /// <summary>The usage measures and SONS orders against the format.</summary>
    private static void FormatMesuresEtCommandes(List<InputError> errors, Dossier dossier)
    {
        var mesures = dossier.Mesures ?? Array.Empty<Mesure>();
        for (var m = 0; m < mesures.Count; m++)
        {
            var me = mesures[m];
            if (me is null)
            {
                errors.Add(Required(CheminMesure(m)));
                continue;
            }

            if (!Present(me.FinessGeographique))
            {
                errors.Add(FinessRequired(CheminMesure(m) + ".finessGeographique"));
            }

            Compteur(errors, m, "personnesAccompagnees", me.PersonnesAccompagnees);
            Compteur(errors, m, "personnesEligiblesProjetAccueil", me.PersonnesEligiblesProjetAccueil);
            Compteur(errors, m, "messagesMss", me.MessagesMss);
            Compteur(errors, m, "dmpAlimentes", me.DmpAlimentes);
            Compteur(errors, m, "dossiersActifs", me.DossiersActifs);
            Compteur(errors, m, "dossiersActifsAvecProjetPersonnalise", me.DossiersActifsAvecProjetPersonnalise);
            Compteur(errors, m, "dossiersActifsAvecEvenement", me.DossiersActifsAvecEvenement);
        }

        var commandes = dossier.CommandesSons ?? Array.Empty<CommandeSons>();
        for (var c = 0; c < commandes.Count; c++)
        {
            var cmd = commandes[c];
            if (cmd is null)
            {
                errors.Add(Required(CheminCommande(c)));
                continue;
            }

            if (!Present(cmd.FinessJuridique))
            {
                errors.Add(FinessRequired(CheminCommande(c) + ".finessJuridique"));
            }

            if (!Defined(cmd.Couloir))
            {
                errors.Add(UnknownValue(CheminCommande(c) + ".couloir", cmd.Couloir));
            }

            if (cmd.FinessGeographiques is null)
            {
                errors.Add(Required(CheminCommande(c) + ".finessGeographiques"));
                continue;
            }

            for (var f = 0; f < cmd.FinessGeographiques.Count; f++)
            {
                if (!Present(cmd.FinessGeographiques[f]))
                {
                    errors.Add(FinessRequired(CheminCommande(c) + ".finessGeographiques[" + f + "]"));
                }
            }
        }
    }

    private static string CheminOg(int o) => "$.organismesGestionnaires[" + o + "]";

    private static string CheminEssms(int o, int i) => CheminOg(o) + ".essms[" + i + "]";

    private static string CheminMesure(int m) => "$.mesures[" + m + "]";

    private static string CheminCommande(int c) => "$.commandesSons[" + c + "]";

    /// <summary>Every ESSMS listed, to size the duplicate index once.</summary>
    private static int CapaciteEssms(IReadOnlyList<OrganismeGestionnaire> ogs)
    {
        var n = 0;
        for (var o = 0; o < ogs.Count; o++)
        {
            n += ogs[o]?.Essms?.Count ?? 0;
        }

        return n;
    }

    private static bool Present(Finess f) => f.Value.Length > 0;

    private static InputError FinessRequired(string path) => new(InputErrorCodes.Required, path, "Numéro FINESS obligatoire.");

    private static void FinessRequired(List<InputError> errors, string path, Finess f)
    {
        if (!Present(f))
        {
            errors.Add(FinessRequired(path));
        }
    }

    private static bool Defined<T>(T value)
        where T : struct, Enum
    {
#if NETSTANDARD2_0
        return System.Enum.IsDefined(typeof(T), value);
#else
        return System.Enum.IsDefined(value);
#endif
    }

    private static InputError UnknownValue<T>(string path, T value)
        where T : struct, Enum =>
        new(InputErrorCodes.UnknownValue, path, $"Valeur inconnue « {value} ».", Args("valeur", value.ToString()));

    private static void Enum<T>(List<InputError> errors, string path, T value)
        where T : struct, Enum
    {
        if (!Defined(value))
        {
            errors.Add(UnknownValue(path, value));
        }
    }

    private static void Amount(List<InputError> errors, string path, decimal? amount)
    {
        if (amount is null)
        {
            return;
        }

        var texte = amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (amount.Value < 0)
        {
            errors.Add(new InputError(InputErrorCodes.Negative, path, $"Un montant ne peut pas être négatif : {texte}.", Args("valeur", texte)));
        }
        else if (Math.Round(amount.Value, 2) != amount.Value)
        {
            errors.Add(new InputError(InputErrorCodes.InvalidAmount, path, $"Un montant a au plus 2 décimales : {texte}.", Args("valeur", texte)));
        }
        else if (amount.Value > DossierFormat.MontantMax)
        {
            errors.Add(new InputError(InputErrorCodes.OutOfRange, path,
                $"Un montant vaut au plus {DossierFormat.MontantMax.ToString(System.Globalization.CultureInfo.InvariantCulture)} € : {texte}.",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["max"] = DossierFormat.MontantMax.ToString(System.Globalization.CultureInfo.InvariantCulture), ["valeur"] = texte }));
        }
    }

    private static readonly ProprieteFormat DureePrevueMois = Propriete(DossierFormat.ObjetDossier, "dureePrevueMois");

    private static readonly ProprieteFormat NombreEssmsFiness = Propriete(DossierFormat.ObjetOrganisme, "nombreEssmsFiness");

    /// <summary>A usage counter: every counter of a measure has the same bounds.</summary>
    private static readonly ProprieteFormat CompteurMesure = Propriete(DossierFormat.ObjetMesure, "personnesAccompagnees");

    private static void Compteur(List<InputError> errors, int mesure, string champ, long value)
    {
        // The path is built only for a problem: a valid dossier allocates none.
        if (value < 0 || value > CompteurMesure.Max)
        {
            Count(errors, CheminMesure(mesure) + "." + champ, champ, CompteurMesure, value);
        }
    }

    /// <summary>A count against the bounds of its field in the dossier format.</summary>
    private static void Count(List<InputError> errors, string path, string nom, ProprieteFormat champ, long value)
    {
        if (value < 0)
        {
            errors.Add(Negative(path, value));
        }
        else if (value > champ.Max)
        {
            var texte = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var max = champ.Max.ToString(System.Globalization.CultureInfo.InvariantCulture);
            errors.Add(new InputError(InputErrorCodes.OutOfRange, path, $"« {nom} » vaut au plus {max} ({champ.RaisonBorne}) : {texte}.",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["max"] = max, ["valeur"] = texte }));
        }
    }

    private static ProprieteFormat Propriete(ObjetFormat objet, string nom) => objet.Proprietes[objet.I(nom)];

    private static InputError Required(string path) => new(InputErrorCodes.Required, path, "Valeur obligatoire absente.");

    private static InputError Negative(string path, long value) =>
        new(InputErrorCodes.Negative, path, $"Un nombre ne peut pas être négatif : {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
            Args("valeur", value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Dictionary<string, string> Args(string key, string value) => new(StringComparer.Ordinal) { [key] = value };
}
