using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ORIENT-02: a filed project of fewer than 50 ESSMS whose porteur has national representativeness goes to the
/// national call, instructed by the CNSA; the representativeness not given holds the verdict (the orientation decides
/// which call and which calendar apply).</summary>
public sealed class Orient02 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ORIENT-02";

    /// <summary>The rule.</summary>
    public Orient02()
        : base(
            Identifiant,
            "Représentativité nationale du porteur : appel à projets national",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section("« Projets de portée nationale regroupant moins de cinquante ESSMS »") },
            new[]
            {
                new Modele("national", Resultat.Satisfied, "{n} < {seuil} ESSMS mais porteur à représentativité nationale : appel à projets national, instruction CNSA."),
                new Modele("inconnue", Resultat.MissingInput, "{n} < {seuil} ESSMS : l'orientation dépend de la représentativité nationale du porteur (representativiteNationale), non renseignée."),
                new Modele("dejaNational", Resultat.NotApplicable, "Sans objet : déjà national par ORIENT-01."),
                new Modele("regional", Resultat.NotApplicable, "Porteur sans représentativité nationale."),
                new Modele(SectionOrientation.MotifSonsUniquement, Resultat.NotApplicable, SectionOrientation.TexteSonsUniquement),
                new Modele(SectionOrientation.MotifAucun, Resultat.NotApplicable, SectionOrientation.TexteAucun),
            })
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!g.Depose)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionOrientation.NonDepose(g));
        }

        var seuil = faits.Bareme.SeuilNational;
        var rep = faits.Dossier.RepresentativiteNationale;
        var chiffres = new[] { Chiffre.Entier("n", g.N), Chiffre.Entier("seuil", seuil) };
        var entrees = !faits.Explications ? null : new[] { new EntreeLue("$.representativiteNationale", Chemins.Texte(rep)) };
        if (g.N >= seuil)
        {
            return Conclude(faits, Resultat.NotApplicable, "dejaNational", chiffres, entrees: entrees);
        }

        return rep switch
        {
            true => Conclude(faits, Resultat.Satisfied, "national", chiffres, entrees: entrees),
            false => Conclude(faits, Resultat.NotApplicable, "regional", chiffres, entrees: entrees),
            null => Conclude(faits, Resultat.MissingInput, "inconnue", chiffres, manquantes: new[] { "representativiteNationale" }, entrees: entrees, bloquant: true),
        };
    }
}
