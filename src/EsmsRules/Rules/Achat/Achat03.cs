using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ACHAT-03: a filed acquisition in the social champs (no medico-social majority) need not go through the SAD
/// (its editor is referenced Ségur, PROJET-02) — unless the current contract is used (ACHAT-02 satisfied: the
/// procurement facts established by the rules before it, <see cref="FaitsAchat.MarcheEnCours"/>).</summary>
public sealed class Achat03 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ACHAT-03";

    /// <summary>The rule.</summary>
    public Achat03()
        : base(
            Identifiant,
            "Acquisition dans les champs sociaux : SAD non obligatoire",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Conformite) },
            new[]
            {
                new Modele("libre", Resultat.Satisfied, "Acquisition dans les champs sociaux : pas de passage obligatoire par le SAD (éditeur référencé Ségur)."),
                new Modele("majoriteMedicoSociale", Resultat.NotApplicable, "Sans objet : acquisition à majorité médico-sociale."),
                new Modele("marcheEnCours", Resultat.NotApplicable, "Sans objet : marché en cours utilisé (ACHAT-02)."),
                new Modele(SectionAchat.MotifConformite, Resultat.NotApplicable, SectionAchat.TexteConformite),
                new Modele(SectionAchat.MotifAucun, Resultat.NotApplicable, SectionAchat.TexteAucun),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (g.N == 0 || !faits.Acquisition)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionAchat.NonAcquisition(faits));
        }

        return g.MajoriteMedicoSociale ? Conclude(faits, Resultat.NotApplicable, "majoriteMedicoSociale")
            : faits.AchatEtabli.MarcheEnCours ? Conclude(faits, Resultat.NotApplicable, "marcheEnCours")
            : Conclude(faits, Resultat.Satisfied, "libre");
    }
}
