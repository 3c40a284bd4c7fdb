using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ACHAT-04: a mise en conformité (a single ESSMS paid through the Prestation Ségur included, GRAPPE-02) does
/// not go through the SAD: the editor is paid by the Prestation Ségur.</summary>
public sealed class Achat04 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ACHAT-04";

    private const string PasDeSad = "pas de passage par le Système d'Acquisition Dynamique";

    /// <summary>The rule.</summary>
    public Achat04()
        : base(
            Identifiant,
            "Mise en conformité : pas de SAD",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section() },
            new[]
            {
                new Modele("conformite", Resultat.Satisfied, "Mise en conformité : " + PasDeSad + " ; l'éditeur est payé par la Prestation Ségur."),
                new Modele("sonsUniquement", Resultat.Satisfied, "ESSMS seul en mise en conformité : " + PasDeSad + "."),
                new Modele("acquisition", Resultat.NotApplicable, "Sans objet : projet d'acquisition."),
                new Modele(SectionAchat.MotifAucun, Resultat.NotApplicable, SectionAchat.TexteAucun),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        return g.N == 0 ? Conclude(faits, Resultat.NotApplicable, SectionAchat.MotifAucun)
            : faits.Acquisition ? Conclude(faits, Resultat.NotApplicable, "acquisition")
            : Conclude(faits, Resultat.Satisfied, g.SonsUniquement ? "sonsUniquement" : "conformite");
    }
}
