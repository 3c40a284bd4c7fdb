using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Serialization;

namespace EsmsRules.Engine;

/// <summary>
/// The partner OG of GRAPPE-03's remedy: it joins the grappe with the ESSMS still missing, each like the grappe's
/// majority — the champ most of the retained ESSMS have and the territory that sets the minimum (Corse / overseas when
/// strictly more of them are there, métropole otherwise), with the FINESS département prefix of the first retained
/// ESSMS that has both — eligible (L.312-1, no earlier funding, no other SONS order, no "confort", no national entity),
/// with its self-diagnosis provided and without <c>nombreEssmsFiness</c> (so a small OG when it brings fewer than the
/// small-OG threshold). Its FINESS numbers are new to the dossier, with their Luhn key when all digits.
/// </summary>
internal static class Partenaire
{
    /// <summary>The partner OG bringing <paramref name="essms"/> ESSMS; null when the dossier has no retained ESSMS to
    /// take after, or no free FINESS number in the département.</summary>
    public static OrganismeGestionnaire? Creer(Dossier d, IReadOnlyList<EssmsExclu> exclus, int essms)
    {
        var exclues = new HashSet<Finess>();
        foreach (var e in exclus)
        {
            exclues.Add(e.FinessGeographique);
        }

        var retenus = new List<Essms>();
        foreach (var og in d.OrganismesGestionnaires)
        {
            foreach (var e in og.Essms)
            {
                if (!exclues.Contains(e.FinessGeographique))
                {
                    retenus.Add(e);
                }
            }
        }

        if (retenus.Count == 0 || essms <= 0)
        {
            return null;
        }

        int metropole = 0, autres = 0;
        var parChamp = new Dictionary<Champ, int>();
        foreach (var e in retenus)
        {
            if (e.TerritoireEffectif == Territoire.Metropole)
            {
                metropole++;
            }
            else
            {
                autres++;
            }

            parChamp[e.Champ] = parChamp.TryGetValue(e.Champ, out var k) ? k + 1 : 1;
        }

        // The most frequent champ; ties: the one met first in the list.
        var champ = retenus[0].Champ;
        foreach (var e in retenus)
        {
            if (parChamp[e.Champ] > parChamp[champ])
            {
                champ = e.Champ;
            }
        }

        var ultramarine = autres > metropole;
        Essms? modele = null;
        foreach (var e in retenus)
        {
            if ((e.TerritoireEffectif != Territoire.Metropole) == ultramarine)
            {
                modele ??= e;
                if (e.Champ == champ)
                {
                    modele = e;
                    break;
                }
            }
        }

        modele ??= retenus[0];
        var pris = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        pris.Add(d.Porteur.FinessJuridique.Value);
        foreach (var og in d.OrganismesGestionnaires)
        {
            pris.Add(og.FinessJuridique.Value);
            foreach (var e in og.Essms)
            {
                pris.Add(e.FinessGeographique.Value);
            }
        }

        foreach (var c in d.CommandesSons)
        {
            pris.Add(c.FinessJuridique.Value);
            foreach (var f in c.FinessGeographiques)
            {
                pris.Add(f.Value);
            }
        }

        foreach (var m in d.Mesures)
        {
            pris.Add(m.FinessGeographique.Value);
        }

        var prefixe = modele.FinessGeographique.Value.Substring(0, 3);
        var numeros = Numeros(prefixe, essms + 1, pris);
        if (numeros is null)
        {
            return null;
        }

        var liste = new Essms[essms];
        for (var i = 0; i < essms; i++)
        {
            liste[i] = new Essms(numeros[i + 1], champ)
            {
                Nom = "ESSMS partenaire " + (i + 1).ToString(CultureInfo.InvariantCulture),
                Territoire = modele.Territoire,
                RelevantL312_1 = true,
                FinancementEsmsNumeriqueAnterieur = false,
                CommandeSonsAutreLogiciel = false,
                ActivitesConfort = false,
                RattacheEntiteNationale = false,
                CategorieFiness = modele.CategorieFiness,
                EquipeDui = modele.EquipeDui,
            };
        }

        return new OrganismeGestionnaire(numeros[0], liste) { Nom = "OG partenaire", AutodiagnosticFourni = true };
    }

    /// <summary><paramref name="combien"/> FINESS numbers <paramref name="prefixe"/> + 5 digits + key, from the highest
    /// serial down, none of them in <paramref name="pris"/>; null when the prefix has not enough free numbers.</summary>
    private static Finess[]? Numeros(string prefixe, int combien, HashSet<string> pris)
    {
        var numeros = new Finess[combien];
        var n = 0;
        for (var serie = 99999; serie >= 0 && n < combien; serie--)
        {
            var corps = prefixe + serie.ToString("D5", CultureInfo.InvariantCulture);
            if (Cle(corps) is { } finess && !pris.Contains(finess.Value))
            {
                numeros[n++] = finess;
            }
        }

        return n == combien ? numeros : null;
    }

    /// <summary>The 8 characters with their key: the Luhn digit when all are digits; 0 otherwise (a number with a letter
    /// is checked for shape only).</summary>
    private static Finess? Cle(string corps)
    {
        for (var k = 0; k <= 9; k++)
        {
            if (Finess.TryParse(corps + (char)('0' + k), out var finess))
            {
                return finess;
            }
        }

        return null;
    }

    /// <summary>The OG as the dossier's JSON writes it (compact).</summary>
    public static string Json(OrganismeGestionnaire og)
    {
        using var flux = new MemoryStream(1024);
        using (var w = new Utf8JsonWriter(flux, DecisionJsonWriter.Options()))
        {
            w.WriteStartObject();
            w.WriteString("finessJuridique", og.FinessJuridique.Value);
            if (og.Nom is { } nom)
            {
                w.WriteString("nom", nom);
            }

            if (og.AutodiagnosticFourni is { } auto)
            {
                w.WriteBoolean("autodiagnosticFourni", auto);
            }

            w.WriteStartArray("essms");
            foreach (var e in og.Essms)
            {
                w.WriteStartObject();
                w.WriteString("finessGeographique", e.FinessGeographique.Value);
                if (e.Nom is { } n)
                {
                    w.WriteString("nom", n);
                }

                w.WriteString("champ", e.Champ.ToString());
                if (e.Territoire is { } t)
                {
                    w.WriteString("territoire", t switch
                    {
                        Territoire.Corse => "corse",
                        Territoire.OutreMer => "outreMer",
                        _ => "metropole",
                    });
                }

                Booleen(w, "relevantL312_1", e.RelevantL312_1);
                Booleen(w, "financementEsmsNumeriqueAnterieur", e.FinancementEsmsNumeriqueAnterieur);
                Booleen(w, "commandeSonsAutreLogiciel", e.CommandeSonsAutreLogiciel);
                Booleen(w, "activitesConfort", e.ActivitesConfort);
                Booleen(w, "rattacheEntiteNationale", e.RattacheEntiteNationale);
                if (e.CategorieFiness is { } categorie)
                {
                    w.WriteString("categorieFiness", categorie);
                }

                Booleen(w, "equipeDui", e.EquipeDui);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(flux.ToArray());
    }

    private static void Booleen(Utf8JsonWriter w, string nom, bool? valeur)
    {
        if (valeur is { } v)
        {
            w.WriteBoolean(nom, v);
        }
    }
}
