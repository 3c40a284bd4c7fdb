using System;
using System.Collections.Generic;
using System.Numerics;
using EsmsRules.Decisions;
using EsmsRules.Formatting;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// FIN-05: the part éditeur of an acquisition is the ceiling the rules before it set (FIN-02 / FIN-03, read from
/// <see cref="Faits.Allocations"/>) capped by the editor's quote: min(ceiling, quote); the ceiling when no quote is given
/// (it is « jusqu'à »). A quote below the ceiling is shared among the OGs with retained ESSMS in proportion
/// to their ceilings by the largest remainder, to the cent (<see cref="Repartir"/>); otherwise each OG gets its
/// ceiling. No ceiling set (its rules removed): nothing to cap, not applicable.
/// </summary>
public sealed class Fin05 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "FIN-05";

    private const string Min = "Part éditeur = min(plafond {plafond}, devis {devis}) = {partEditeur}";

    /// <summary>The rule.</summary>
    public Fin05()
        : base(
            Identifiant,
            "Part éditeur = min(plafond, devis)",
            new[] { Documents.AppelAProjets.Section(Citations.Modalites), Documents.PageCnsa.Section() },
            new[]
            {
                new Modele("sansDevis", Resultat.Satisfied, "Aucun devis fourni : la part éditeur est le plafond (« jusqu'à ») de {plafond}."),
                new Modele("plafond", Resultat.Satisfied, Min + "."),
                new Modele("devis.unOg", Resultat.Satisfied, Min + " ; un seul OG : il reçoit toute la part éditeur."),
                new Modele("devis.repartition", Resultat.Satisfied, Min + " ; répartie entre les {ogs} OG au prorata de leurs plafonds (méthode des plus forts restes, au centime) : {parts}."),
                new Modele("sansPlafond", Resultat.NotApplicable, "Sans objet : aucun plafond de part éditeur n'est établi."),
                new Modele(SectionFinancement.MotifConformite, Resultat.NotApplicable, SectionFinancement.TexteConformite),
            },
            LigneFinancement.PartEditeur)
    {
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        if (!(faits ?? throw new ArgumentNullException(nameof(faits))).Acquisition)
        {
            return new Allocation(Conclude(faits, Resultat.NotApplicable, SectionFinancement.MotifConformite));
        }

        var allocations = faits.AllocationsEtablies;
        if (allocations.Plafond is not { } plafond)
        {
            return new Allocation(Conclude(faits, Resultat.NotApplicable, "sansPlafond"));
        }

        var plafondOg = allocations.ParOrganisme(LigneFinancement.PlafondEditeur);
        var devis = faits.Dossier.Editeur.Devis;
        if (devis is null)
        {
            return new Allocation(
                Conclude(faits, Resultat.Satisfied, "sansDevis", new[] { Chiffre.Euros("plafond", plafond), Chiffre.Euros("partEditeur", plafond) }, plafond),
                plafondOg);
        }

        var partEditeur = Math.Min(plafond, devis.Value);
        var chiffres = new List<Chiffre>(6)
        {
            Chiffre.Euros("plafond", plafond), Chiffre.Euros("devis", devis.Value), Chiffre.Euros("partEditeur", partEditeur),
        };
        if (devis.Value >= plafond)
        {
            return new Allocation(Conclude(faits, Resultat.Satisfied, "plafond", chiffres, partEditeur), plafondOg);
        }

        var ogs = faits.EligibiliteEtablie.Ogs;
        var parts = Repartir(ogs, plafondOg, partEditeur);
        var textes = new List<string>(ogs.Count);
        for (var i = 0; i < ogs.Count; i++)
        {
            if (ogs[i].Retenus > 0)
            {
                textes.Add(Fr.Euros(parts[i]));
            }
        }

        chiffres.Add(Chiffre.Entier("ogs", textes.Count));
        chiffres.Add(Chiffre.ListeDe("parts", textes, " / "));
        return new Allocation(Conclude(faits, Resultat.Satisfied, textes.Count == 1 ? "devis.unOg" : "devis.repartition", chiffres, partEditeur), parts);
    }

    /// <summary>
    /// The part éditeur shared among the OGs with retained ESSMS in proportion to their ceilings, by the largest
    /// remainder: in cents, each first gets floor(part × its ceiling ÷ the ceilings' sum), then the
    /// cents left go one each to the largest fractional remainders (ties: list order). The shares add up to the part,
    /// none is negative, and each is within one cent of its exact proportion; exact integer arithmetic throughout. OGs
    /// without retained ESSMS, and every OG when the ceilings add up to zero, get nothing.
    /// </summary>
    /// <param name="ogs">Every OG of the dossier, in list order.</param>
    /// <param name="plafondOg">Each OG's ceiling (at most two decimals).</param>
    /// <param name="partEditeur">The part éditeur to share (at most two decimals).</param>
    /// <returns>Each OG's share.</returns>
    internal static decimal[] Repartir(IReadOnlyList<FaitsOg> ogs, IReadOnlyList<decimal> plafondOg, decimal partEditeur)
    {
        if (ogs is null)
        {
            throw new ArgumentNullException(nameof(ogs));
        }

        if (plafondOg is null)
        {
            throw new ArgumentNullException(nameof(plafondOg));
        }

        if (plafondOg.Count != ogs.Count)
        {
            throw new ArgumentException($"{plafondOg.Count} plafonds pour {ogs.Count} OG.", nameof(plafondOg));
        }

        decimal plafond = 0;
        for (var i = 0; i < ogs.Count; i++)
        {
            if (ogs[i].Retenus > 0)
            {
                plafond += plafondOg[i];
            }
        }

        var parts = new decimal[ogs.Count];
        var centimes = Centimes(partEditeur);
        var total = Centimes(plafond);
        var restes = new BigInteger[ogs.Count];
        var distribue = BigInteger.Zero;
        for (var i = 0; i < ogs.Count; i++)
        {
            if (ogs[i].Retenus == 0 || total.IsZero)
            {
                restes[i] = -1;
                continue;
            }

            var part = BigInteger.DivRem(centimes * Centimes(plafondOg[i]), total, out restes[i]);
            distribue += part;
            parts[i] = (decimal)part / 100m;
        }

        // The cents left (fewer than the number of OGs sharing) go to the largest remainders, the first listed on a tie.
        for (var reste = centimes - distribue; reste > 0; reste--)
        {
            var meilleur = -1;
            for (var i = 0; i < ogs.Count; i++)
            {
                if (restes[i] >= 0 && (meilleur < 0 || restes[i] > restes[meilleur]))
                {
                    meilleur = i;
                }
            }

            if (meilleur < 0)
            {
                break;
            }

            parts[meilleur] += 0.01m;
            restes[meilleur] = -1;
        }

        return parts;
    }

    /// <summary>An amount of at most 2 decimals in whole cents.</summary>
    private static BigInteger Centimes(decimal montant) => new(decimal.Truncate(montant * 100m));
}
