using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PROJET-03: a mise en conformité (a single ESSMS paid through the Prestation Ségur included, GRAPPE-02)
/// needs an editor referenced Ségur; the editor is paid by the State through the Prestation Ségur (SONS), not by ESMS
/// numérique.</summary>
public sealed class Projet03 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-03";

    /// <summary>The rule.</summary>
    public Projet03()
        : base(
            Identifiant,
            "Mise en conformité : éditeur référencé Ségur, payé par la Prestation Ségur",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Conformite), Documents.AppelAProjets.Section(Citations.Modalites) },
            SectionRecevabilite.ModelesSegur("Mise en conformité : l'éditeur doit être référencé Ségur ; il est payé par l'État au titre de la Prestation Ségur (SONS), non par ESMS numérique"))
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!(g.N > 0 && !faits.Acquisition))
        {
            return Conclude(faits, Resultat.NotApplicable, SectionRecevabilite.MotifSansObjet);
        }

        var (r, motif, manque) = SectionRecevabilite.RequiertSegur(faits);
        return Conclude(faits, r, motif, manquantes: manque, entrees: SectionRecevabilite.EntreesReferencement(faits), bloquant: true);
    }
}
