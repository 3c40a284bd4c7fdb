using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>SONS-07: the payment of the Prestation Ségur to the editor through the ASP — an advance (the barème's 30 %)
/// on the signed order, rounded to the cent half away from zero, and the balance (the rest) on the invoice and the VA
/// attestation. It reads the OGs' amounts of SONS-06 (<see cref="Sons06.Montants"/>): a child node per OG with the
/// figures <c>og</c>, <c>taux</c>, <c>total</c>, <c>avance</c> and <c>solde</c>; without them (no Prestation, or no
/// SONS-06) it does not apply.</summary>
public sealed class Sons07 : RegleSurNoeuds
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-07";

    /// <summary>The rule, reading SONS-06.</summary>
    public Sons07()
        : base(
            Identifiant,
            "Avance 30 %, solde 70 %",
            new[] { Documents.Webinaire.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("versement", Resultat.Satisfied, "Versement à l'éditeur par l'ASP : avance {taux} à la commande, solde à la vérification d'aptitude."),
                new Modele("sansPrestation", Resultat.NotApplicable, "Sans objet : aucune Prestation Ségur calculée."),
                new Modele("og", Resultat.Satisfied, "OG {og} : avance {taux} = {avance} sur le bon de commande signé ; solde {total} − {avance} = {solde} sur facture et attestation de VA."),
            },
            new[] { Sons06.Identifiant },
            new[] { "tauxAvanceSons" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
    {
        var taux = Chiffre.Taux("taux", (faits ?? throw new ArgumentNullException(nameof(faits))).Bareme.TauxAvanceSons);
        var montants = Sons06.Montants((lus ?? throw new ArgumentNullException(nameof(lus))).TryGetValue(Sons06.Identifiant, out var n) ? n : null);
        if (montants.Count == 0)
        {
            return Conclude(faits, Resultat.NotApplicable, "sansPrestation", new[] { taux });
        }

        var paiements = new List<DecisionNode>(montants.Count);
        var somme = 0m;
        foreach (var m in montants)
        {
            var total = m.Montant!.Value;
            var avance = Math.Round(total * taux.Nombre, 2, MidpointRounding.AwayFromZero);
            somme += total;
            paiements.Add(Conclude(faits, Resultat.Satisfied, "og", new[]
            {
                ChiffreDe(m, "og")!.Value, taux, Chiffre.Euros("total", total), Chiffre.EurosCentimes("avance", avance), Chiffre.EurosCentimes("solde", total - avance),
            }, total));
        }

        return Conclude(faits, Resultat.Satisfied, "versement", new[] { taux, Chiffre.Euros("total", somme) }, somme, enfants: paiements);
    }
}
