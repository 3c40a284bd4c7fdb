using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PROJET-04: a filed acquisition with a medico-social majority whose solution is not referenced Ségur may
/// retain it (referenced in the SAD) while the barème switch <c>nonSegurAutoriseAcquisition</c> is on (campaign 2022);
/// with the switch off the solution must be referenced Ségur (it is evaluated only for such a solution).</summary>
public sealed class Projet04 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-04";

    /// <summary>The rule.</summary>
    public Projet04()
        : base(
            Identifiant,
            "Campagne 2022 : solution non référencée Ségur admise (SAD seul)",
            new[] { Documents.AppelAProjets.Section(Citations.Conformite) },
            new[]
            {
                new Modele("admise", Resultat.Satisfied, "Campagne {campagne} : une acquisition à majorité médico-sociale peut retenir une solution non référencée Ségur (référencée SAD) ; option nonSegurAutoriseAcquisition activée."),
                new Modele("nonAdmise", Resultat.NotSatisfied, "Campagne {campagne} : la solution doit être référencée Ségur (option nonSegurAutoriseAcquisition désactivée)."),
                new Modele(SectionRecevabilite.MotifSansObjet, Resultat.NotApplicable, "Sans objet : la solution n'est pas une solution non référencée Ségur d'une acquisition médico-sociale."),
            },
            new[] { "nonSegurAutoriseAcquisition" })
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!(g.Depose && faits.Acquisition && g.MajoriteMedicoSociale && faits.Dossier.Editeur.ReferenceSegur == false))
        {
            return Conclude(faits, Resultat.NotApplicable, SectionRecevabilite.MotifSansObjet);
        }

        var campagne = new[] { Chiffre.Mot("campagne", faits.Bareme.Campagne) };
        return faits.Bareme.NonSegurAutoriseAcquisition
            ? Conclude(faits, Resultat.Satisfied, "admise", campagne, bloquant: true)
            : Conclude(faits, Resultat.NotSatisfied, "nonAdmise", campagne, bloquant: true);
    }
}
