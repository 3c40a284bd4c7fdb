using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Formatting;
using EsmsRules.Identifiers;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ORIENT-03: otherwise (fewer than 50 ESSMS, no national representativeness) the regional call of the ARS of
/// the region holding the most retained ESSMS (counted by département, overseas ones told apart; ties go to the
/// porteur's region, then to alphabetical order).</summary>
public sealed class Orient03 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ORIENT-03";

    /// <summary>The rule.</summary>
    public Orient03()
        : base(
            Identifiant,
            "Sinon : appel à projets régional de l'ARS",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section("« Projets regroupant moins de cinquante ESSMS »") },
            new[]
            {
                new Modele("regional", Resultat.Satisfied, "Appel à projets régional : instruction par l'ARS de la région comptant le plus d'ESSMS du projet : {region} ({essmsRegion} ESSMS sur {n})."),
                new Modele("indetermine", Resultat.NotApplicable, "Indéterminé tant que la représentativité nationale n'est pas connue."),
                new Modele("national", Resultat.NotApplicable, "Sans objet : projet national."),
                new Modele(SectionOrientation.MotifSonsUniquement, Resultat.NotApplicable, SectionOrientation.TexteSonsUniquement),
                new Modele(SectionOrientation.MotifAucun, Resultat.NotApplicable, SectionOrientation.TexteAucun),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!g.Depose)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionOrientation.NonDepose(g));
        }

        var rep = faits.Dossier.RepresentativiteNationale;
        if (g.N < faits.Bareme.SeuilNational && rep == false)
        {
            var (region, nombre) = RegionMajoritaire(faits);
            return Conclude(faits, Resultat.Satisfied, "regional", new[]
            {
                Chiffre.Mot("region", region), Chiffre.Entier("essmsRegion", nombre), Chiffre.Entier("n", g.N),
            });
        }

        return Conclude(faits, Resultat.NotApplicable, g.N < faits.Bareme.SeuilNational && rep is null ? "indetermine" : "national");
    }

    /// <summary>The region holding the most retained ESSMS and their number; ties go to the porteur's region, then to
    /// alphabetical order (accents folded). An unknown département prefix counts as its own "région inconnue (XX)".</summary>
    /// <param name="faits">The facts, eligibility established.</param>
    /// <returns>The region and its retained ESSMS.</returns>
    internal static (string Region, int Nombre) RegionMajoritaire(Faits faits)
    {
        var e = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie;
        var noms = Regions.Noms;
        var parRegion = new int[noms.Count];
        Dictionary<string, int>? inconnues = null;
        var listeR = e.Retenus;
        for (var iR = 0; iR < listeR.Count; iR++)
        {
            var r = listeR[iR];
            var numero = Regions.Numero(r.Essms.FinessGeographique);
            if (numero >= 0)
            {
                parRegion[numero]++;
            }
            else
            {
                var region = "région inconnue (" + r.Essms.FinessGeographique.Departement + ")";
                inconnues ??= new Dictionary<string, int>(StringComparer.Ordinal);
                inconnues.TryGetValue(region, out var c);
                inconnues[region] = c + 1;
            }
        }

        var porteur = Regions.RegionDe(faits.Dossier.Porteur.FinessJuridique);
        string? best = null;
        var bestCount = 0;
        void Candidat(string region, int nombre)
        {
            if (nombre > bestCount || (nombre == bestCount && nombre > 0 && Prefere(region, best!, porteur)))
            {
                best = region;
                bestCount = nombre;
            }
        }

        for (var i = 0; i < parRegion.Length; i++)
        {
            Candidat(noms[i], parRegion[i]);
        }

        if (inconnues is not null)
        {
            foreach (var kv in inconnues)
            {
                Candidat(kv.Key, kv.Value);
            }
        }

        return (best ?? string.Empty, bestCount);
    }

    private static bool Prefere(string region, string actuelle, string? porteur) =>
        !string.Equals(actuelle, porteur, StringComparison.Ordinal)
        && (string.Equals(region, porteur, StringComparison.Ordinal)
            || string.CompareOrdinal(Fr.SansAccents(region), Fr.SansAccents(actuelle)) < 0);
}
