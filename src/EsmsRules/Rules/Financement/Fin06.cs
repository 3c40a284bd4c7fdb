using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>FIN-06: the barème from the 50th ESSMS applies to the ranks from the reduced-rate rank on, in every project
/// that reaches it, ranks counting the retained ESSMS only, OG by OG in list order; it allocates nothing itself: FIN-01 … FIN-04 apply the rates by rank.</summary>
public sealed class Fin06 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "FIN-06";

    private const string Debut = "{n} ESSMS : le barème à partir du {rangReduit}e ESSMS s'applique ";

    /// <summary>The rule.</summary>
    public Fin06()
        : base(
            Identifiant,
            "Barème à partir du 50e ESSMS",
            new[] { Documents.AppelAProjets.Section(Citations.Modalites), Documents.PageCnsa.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("unRangReduit", Resultat.Satisfied, Debut + "au rang {n} (1 ESSMS)."),
                new Modele("rangsReduits", Resultat.Satisfied, Debut + "aux rangs {rangReduit} à {n} ({reduit} ESSMS)."),
                new Modele("unSeul", Resultat.NotApplicable, "{n} ESSMS : au tarif plein (rang 1)."),
                new Modele("tarifPlein", Resultat.NotApplicable, "{n} ESSMS : tous au tarif plein (rangs 1 à {n}) ; [{encorePlein} de plus resteraient au tarif plein, ]le {rangReduit}e passerait au barème réduit."),
            },
            new[] { "rangTarifReduit" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var e = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie;
        var reduit = 0;
        var listeOg = e.Ogs;
        for (var iOg = 0; iOg < listeOg.Count; iOg++)
        {
            var og = listeOg[iOg];
            reduit += og.RetenusTarifReduit;
        }

        var n = e.N;
        var rang = faits.Bareme.RangTarifReduit;
        var chiffres = new List<Chiffre>(4) { Chiffre.Entier("n", n), Chiffre.Entier("rangReduit", rang), Chiffre.Entier("reduit", reduit) };
        if (reduit == 0 && rang - 1 - n > 0)
        {
            // The ESSMS that would still be at the full rate before the reduced barème starts.
            chiffres.Add(Chiffre.Entier("encorePlein", rang - 1 - n));
        }

        return reduit > 0
            ? Conclude(faits, Resultat.Satisfied, reduit == 1 ? "unRangReduit" : "rangsReduits", chiffres)
            : Conclude(faits, Resultat.NotApplicable, n <= 1 ? "unSeul" : "tarifPlein", chiffres);
    }
}
