using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>SONS-04: an ESSMS funded by ESMS numérique for the acquisition of a Ségur-referenced DUI is not eligible
/// to the vague 1 Prestation Ségur. Such an ESSMS is already excluded from the project (ESSMS-02), so every retained
/// ESSMS satisfies it.</summary>
public sealed class Sons04 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-04";

    /// <summary>The rule.</summary>
    public Sons04()
        : base(
            Identifiant,
            "ESSMS financé en acquisition Ségur : pas de Prestation Ségur vague 1",
            new[] { Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("aucunFinance", Resultat.Satisfied, "Aucun ESSMS retenu n'a été financé par ESMS numérique pour l'acquisition d'une solution référencée Ségur (ESSMS-02) : pas d'exclusion de la vague 1."),
                new Modele("aucun", Resultat.NotApplicable, "Aucun ESSMS retenu."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var n = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie.N;
        return n > 0
            ? Conclude(faits, Resultat.Satisfied, "aucunFinance", new[] { Chiffre.Entier("n", n) })
            : Conclude(faits, Resultat.NotApplicable, "aucun", new[] { Chiffre.Entier("n", n) });
    }
}
