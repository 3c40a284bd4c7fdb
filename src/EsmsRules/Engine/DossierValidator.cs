using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Identifiers;
using EsmsRules.Model;

namespace EsmsRules.Engine;

/// <summary>
/// Checks a <see cref="Dossier"/> before evaluation (CONTRACT.md "Invalid input", RULES.md §10.17) and lists every
/// problem with the JSON path it would have in the contract.
/// </summary>
public static class DossierValidator
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
    public static IReadOnlyList<InputError> Validate(Dossier? dossier, bool verifierCampagne, BaremeCatalogue catalogue)
    {
        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        var errors = new List<InputError>();
        if (dossier is null)
        {
            errors.Add(new InputError(InputErrorCodes.Required, "$", "Le dossier est absent."));
            return errors;
        }

        if (verifierCampagne && !catalogue.TryGet(dossier.Campagne, out _))
        {
            errors.Add(new InputError(InputErrorCodes.UnknownCampaign, "$.campagne",
                $"Campagne inconnue « {dossier.Campagne} » ; campagnes connues : {string.Join(", ", catalogue.Connues)}.",
                Args("valeur", dossier.Campagne ?? string.Empty)));
        }

        Enum(errors, "$.typeProjet", dossier.TypeProjet);
        if (dossier.DureePrevueMois < 0)
        {
            errors.Add(Negative("$.dureePrevueMois", dossier.DureePrevueMois.Value));
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

        var ogs = dossier.OrganismesGestionnaires;
        var totalEssms = 0;
        if (ogs is null)
        {
            errors.Add(Required("$.organismesGestionnaires"));
        }
        else
        {
            var ogsVus = new Dictionary<Finess, int>();
            var essmsVus = new Dictionary<Finess, string>();
            for (var o = 0; o < ogs.Count; o++)
            {
                var og = ogs[o];
                var path = "$.organismesGestionnaires[" + o + "]";
                if (og is null)
                {
                    errors.Add(Required(path));
                    continue;
                }

                if (FinessRequired(errors, path + ".finessJuridique", og.FinessJuridique))
                {
                    if (ogsVus.TryGetValue(og.FinessJuridique, out var premier))
                    {
                        errors.Add(new InputError(InputErrorCodes.DuplicateOrganisme, path + ".finessJuridique",
                            $"L'organisme gestionnaire {og.FinessJuridique.Value} est listé deux fois (déjà en organismesGestionnaires[{premier}]).",
                            Args("finess", og.FinessJuridique.Value)));
                    }
                    else
                    {
                        ogsVus.Add(og.FinessJuridique, o);
                    }
                }

                if (og.NombreEssmsFiness < 0)
                {
                    errors.Add(Negative(path + ".nombreEssmsFiness", og.NombreEssmsFiness.Value));
                }

                if (og.Essms is null)
                {
                    errors.Add(Required(path + ".essms"));
                    continue;
                }

                for (var i = 0; i < og.Essms.Count; i++)
                {
                    var e = og.Essms[i];
                    var ep = path + ".essms[" + i + "]";
                    if (e is null)
                    {
                        errors.Add(Required(ep));
                        continue;
                    }

                    totalEssms++;
                    if (FinessRequired(errors, ep + ".finessGeographique", e.FinessGeographique))
                    {
                        if (essmsVus.TryGetValue(e.FinessGeographique, out var premier))
                        {
                            errors.Add(new InputError(InputErrorCodes.DuplicateEssms, ep + ".finessGeographique",
                                $"L'ESSMS {e.FinessGeographique.Value} est listé deux fois (déjà en {premier}).",
                                Args("finess", e.FinessGeographique.Value)));
                        }
                        else
                        {
                            essmsVus.Add(e.FinessGeographique, ep);
                        }
                    }

                    Enum(errors, ep + ".champ", e.Champ);
                    if (e.Territoire is { } terr)
                    {
                        Enum(errors, ep + ".territoire", terr);
                    }

                    if (e.CategorieFiness is not null && !EstCategorie(e.CategorieFiness))
                    {
                        errors.Add(new InputError(InputErrorCodes.InvalidCategory, ep + ".categorieFiness",
                            $"Une catégorie FINESS s'écrit avec 3 chiffres : « {e.CategorieFiness} ».", Args("valeur", e.CategorieFiness)));
                    }
                }
            }
        }

        if (ogs is not null && totalEssms == 0)
        {
            errors.Add(new InputError(InputErrorCodes.NoEssms, "$.organismesGestionnaires", "Le dossier ne liste aucun ESSMS."));
        }

        var mesures = dossier.Mesures ?? Array.Empty<Mesure>();
        for (var m = 0; m < mesures.Count; m++)
        {
            var me = mesures[m];
            var mp = "$.mesures[" + m + "]";
            if (me is null)
            {
                errors.Add(Required(mp));
                continue;
            }

            FinessRequired(errors, mp + ".finessGeographique", me.FinessGeographique);
            Count(errors, mp + ".personnesAccompagnees", me.PersonnesAccompagnees);
            Count(errors, mp + ".personnesEligiblesProjetAccueil", me.PersonnesEligiblesProjetAccueil);
            Count(errors, mp + ".messagesMss", me.MessagesMss);
            Count(errors, mp + ".dmpAlimentes", me.DmpAlimentes);
            Count(errors, mp + ".dossiersActifs", me.DossiersActifs);
            Count(errors, mp + ".dossiersActifsAvecProjetPersonnalise", me.DossiersActifsAvecProjetPersonnalise);
            Count(errors, mp + ".dossiersActifsAvecEvenement", me.DossiersActifsAvecEvenement);
        }

        var commandes = dossier.CommandesSons ?? Array.Empty<CommandeSons>();
        for (var c = 0; c < commandes.Count; c++)
        {
            var cmd = commandes[c];
            var cp = "$.commandesSons[" + c + "]";
            if (cmd is null)
            {
                errors.Add(Required(cp));
                continue;
            }

            FinessRequired(errors, cp + ".finessJuridique", cmd.FinessJuridique);
            Enum(errors, cp + ".couloir", cmd.Couloir);
            if (cmd.FinessGeographiques is null)
            {
                errors.Add(Required(cp + ".finessGeographiques"));
                continue;
            }

            for (var f = 0; f < cmd.FinessGeographiques.Count; f++)
            {
                FinessRequired(errors, cp + ".finessGeographiques[" + f + "]", cmd.FinessGeographiques[f]);
            }
        }

        return errors;
    }

    internal static bool EstCategorie(string s) =>
        s.Length == 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9';

    private static bool FinessRequired(List<InputError> errors, string path, Finess f)
    {
        if (f.Value.Length == 0)
        {
            errors.Add(new InputError(InputErrorCodes.Required, path, "Numéro FINESS obligatoire."));
            return false;
        }

        return true;
    }

    private static void Enum<T>(List<InputError> errors, string path, T value)
        where T : struct, Enum
    {
#if NETSTANDARD2_0
        var defined = System.Enum.IsDefined(typeof(T), value);
#else
        var defined = System.Enum.IsDefined(value);
#endif
        if (!defined)
        {
            errors.Add(new InputError(InputErrorCodes.UnknownValue, path, $"Valeur inconnue « {value} ».", Args("valeur", value.ToString())));
        }
    }

    private static void Amount(List<InputError> errors, string path, decimal? amount)
    {
        if (amount is null)
        {
            return;
        }

        if (amount.Value < 0)
        {
            errors.Add(new InputError(InputErrorCodes.Negative, path, $"Un montant ne peut pas être négatif : {amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
                Args("valeur", amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        else if (Math.Round(amount.Value, 2) != amount.Value)
        {
            errors.Add(new InputError(InputErrorCodes.InvalidAmount, path, $"Un montant a au plus 2 décimales : {amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
                Args("valeur", amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    private static void Count(List<InputError> errors, string path, long value)
    {
        if (value < 0)
        {
            errors.Add(Negative(path, value));
        }
    }

    private static InputError Required(string path) => new(InputErrorCodes.Required, path, "Valeur obligatoire absente.");

    private static InputError Negative(string path, long value) =>
        new(InputErrorCodes.Negative, path, $"Un nombre ne peut pas être négatif : {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
            Args("valeur", value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Dictionary<string, string> Args(string key, string value) => new(StringComparer.Ordinal) { [key] = value };
}
