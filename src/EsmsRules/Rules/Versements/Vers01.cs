using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>VERS-01: the first payment, at the signature of the funding convention (and of the partnership convention
/// for a grappe): the barème's rate (50 %) of the total allowable, rounded to the cent half away from zero. Its amount
/// (<see cref="DecisionNode.Montant"/>) is the payment; its figures are <c>taux</c>, <c>total</c> and
/// <c>premier</c>.</summary>
public sealed class Vers01 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "VERS-01";

    /// <summary>The rule.</summary>
    public Vers01()
        : base(
            Identifiant,
            "Premier versement : 50 % à la signature de la convention",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.Webinaire.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("premier", Resultat.Satisfied, "Premier versement à la signature de la convention de financement (et de la convention de partenariat pour une grappe) : {taux} × {total} = {premier}."),
            },
            new[] { "tauxPremierVersement" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var total = (faits ?? throw new ArgumentNullException(nameof(faits))).FinancementEtabli.Total;
        var taux = faits.Bareme.TauxPremierVersement;
        var premier = Math.Round(total * taux, 2, MidpointRounding.AwayFromZero);
        return Conclude(faits, Resultat.Satisfied, "premier", new[]
        {
            Chiffre.Taux("taux", taux), Chiffre.Euros("total", total), Chiffre.EurosCentimes("premier", premier),
        }, premier);
    }
}
