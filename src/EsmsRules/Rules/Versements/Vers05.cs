using System;
using System.Collections.Generic;
using System.Globalization;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>VERS-05: the expenses actually incurred are not notably lower than the subsidy. The rule gives the ratio
/// (figures <c>depenses</c>, <c>total</c>, <c>ratio</c> in percent); without a barème threshold the instructing
/// authority appreciates it (the national team for a national project, else the ARS), with one (<c>seuil</c>) it is met
/// or not; <c>depensesRealisees</c> not given is a missing input. A condition of the second payment (VERS-02).</summary>
public sealed class Vers05 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "VERS-05";

    private const string Ratio = "Dépenses réalisées {depenses} ÷ subvention {total} = {ratio}";

    /// <summary>The rule.</summary>
    public Vers05()
        : base(
            Identifiant,
            "Dépenses réalisées non notablement inférieures à la subvention",
            new[] { Documents.Logigramme.Section() },
            new[]
            {
                new Modele("nonRenseignees", Resultat.MissingInput, "Dépenses réalisées non renseignées (depensesRealisees)."),
                new Modele("aApprecierNational", Resultat.ReviewRequired, Ratio + " : « pas notablement inférieures » est apprécié par l'équipe nationale."),
                new Modele("aApprecierRegional", Resultat.ReviewRequired, Ratio + " : « pas notablement inférieures » est apprécié par l'ARS."),
                new Modele("seuilAtteint", Resultat.Satisfied, Ratio + " ; seuil du barème {seuil} : atteint."),
                new Modele("seuilNonAtteint", Resultat.NotSatisfied, Ratio + " ; seuil du barème {seuil} : non atteint."),
            },
            new[] { "seuilDepensesRealisees" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var total = (faits ?? throw new ArgumentNullException(nameof(faits))).FinancementEtabli.Total;
        var depenses = faits.Dossier.DepensesRealisees;
        var entrees = !faits.Explications ? null : new[] { new EntreeLue("$.depensesRealisees", depenses?.ToString(CultureInfo.InvariantCulture)) };
        if (depenses is not { } d)
        {
            return Conclude(faits, Resultat.MissingInput, "nonRenseignees", manquantes: new[] { "depensesRealisees" }, entrees: entrees);
        }

        var ratio = total == 0 ? 0 : d / total;
        var chiffres = new List<Chiffre>(4) { Chiffre.Euros("depenses", d), Chiffre.Euros("total", total), Chiffre.Pourcentage("ratio", ratio * 100) };
        if (faits.Bareme.SeuilDepensesRealisees is not { } seuil)
        {
            var national = faits.Orientation?.Orientation == Orientation.National;
            return Conclude(faits, Resultat.ReviewRequired, national ? "aApprecierNational" : "aApprecierRegional", chiffres, entrees: entrees);
        }

        chiffres.Add(Chiffre.Taux("seuil", seuil));
        return ratio >= seuil
            ? Conclude(faits, Resultat.Satisfied, "seuilAtteint", chiffres, entrees: entrees)
            : Conclude(faits, Resultat.NotSatisfied, "seuilNonAtteint", chiffres, entrees: entrees);
    }
}
