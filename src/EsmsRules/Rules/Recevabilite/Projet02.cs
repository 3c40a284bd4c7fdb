using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PROJET-02: a filed acquisition without a medico-social majority (the porteur or the majority of the retained
/// ESSMS outside PA/PH/DOM: the social champs) needs an editor referenced Ségur.</summary>
public sealed class Projet02 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-02";

    private const string Regle = SectionRecevabilite.Porteur + "pas de majorité médico-sociale (champs sociaux) ; l'éditeur doit être référencé Ségur";

    /// <summary>The rule.</summary>
    public Projet02()
        : base(
            Identifiant,
            "Acquisition, champs sociaux : éditeur référencé Ségur",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Conformite) },
            SectionRecevabilite.ModelesSegur(Regle))
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!(g.Depose && faits.Acquisition && !g.MajoriteMedicoSociale))
        {
            return Conclude(faits, Resultat.NotApplicable, SectionRecevabilite.MotifSansObjet);
        }

        var (r, motif, manque) = SectionRecevabilite.RequiertSegur(faits);
        return Conclude(faits, r, motif, SectionRecevabilite.ChiffresMajorite(faits), manquantes: manque,
            entrees: SectionRecevabilite.EntreesReferencement(faits), bloquant: true);
    }
}
