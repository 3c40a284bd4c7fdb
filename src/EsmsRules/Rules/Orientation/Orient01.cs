using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ORIENT-01: a filed project of 50 ESSMS or more goes to the national call (CNSA national portal,
/// instructed by the CNSA and the DNS).</summary>
public sealed class Orient01 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ORIENT-01";

    /// <summary>The rule.</summary>
    public Orient01()
        : base(
            Identifiant,
            "50 ESSMS ou plus : appel à projets national (CNSA)",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section("« Projets regroupant cinquante ESSMS ou plus »"), Documents.PageCnsa.Section() },
            new[]
            {
                new Modele("national", Resultat.Satisfied, "{n} ≥ {seuil} ESSMS : appel à projets national, dépôt sur le portail national, instruction CNSA et DNS."),
                new Modele("sousLeSeuil", Resultat.NotApplicable, "{n} ESSMS : {manque} de moins que le seuil de l'appel national ({seuil})."),
                new Modele(SectionOrientation.MotifSonsUniquement, Resultat.NotApplicable, SectionOrientation.TexteSonsUniquement),
                new Modele(SectionOrientation.MotifAucun, Resultat.NotApplicable, SectionOrientation.TexteAucun),
            },
            new[] { "seuilNational" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!g.Depose)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionOrientation.NonDepose(g));
        }

        var chiffres = new[] { Chiffre.Entier("n", g.N), Chiffre.Entier("seuil", faits.Bareme.SeuilNational), Chiffre.Entier("manque", System.Math.Max(0, faits.Bareme.SeuilNational - g.N)) };
        return g.N >= faits.Bareme.SeuilNational
            ? Conclude(faits, Resultat.Satisfied, "national", chiffres)
            : Conclude(faits, Resultat.NotApplicable, "sousLeSeuil", chiffres);
    }
}
