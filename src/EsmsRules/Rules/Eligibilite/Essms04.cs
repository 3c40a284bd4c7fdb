using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ESSMS-04: a retained ESSMS that combines essential-life support with "confort" home services is funded
/// only for the essential part: reviewRequired (the modulation is MOD-01's). A flag, not an exclusion.</summary>
public sealed class Essms04 : RegleEssms
{
    /// <summary>The rule.</summary>
    public Essms04()
        : base(
            Identifiant,
            "Activités de confort : financement de la seule part essentielle",
            new[] { Documents.AppelAProjets.Section("« Modalités de financement » (modulation)") },
            new[]
            {
                new Modele(MotifResume, null, "{ok} ESSMS sur {total} retenus n'ont pas d'activités de confort[ ; {exclus} ayant des activités de confort ({exclus:exclu|exclus} du projet)][ ; {aApprecier} à apprécier par l'autorité d'instruction][ ; {manquants} non {manquants:renseigné (ESSMS conservé)|renseignés (ESSMS conservés)}]."),
                new Modele("confort", Resultat.ReviewRequired, "{finess}[ ({nom})] : activités de confort ; seule la part relevant de l'accompagnement essentiel (CASF L.312-1 I 6° et 7°) est finançable (voir MOD-01)."),
                new Modele("nonRenseigne", Resultat.MissingInput, "{finess}[ ({nom})] : activitesConfort non renseigné."),
            },
            "activitesConfort")
    {
    }

    /// <summary>Its id.</summary>
    public const string Identifiant = "ESSMS-04";

    /// <inheritdoc />
    public override bool Exclut => false;

    /// <inheritdoc />
    public override Resultat EvaluateEssms(Essms essms, ContexteEssms contexte) => essms?.ActivitesConfort switch
    {
        true => Resultat.ReviewRequired,
        false => Resultat.NotApplicable,
        null => Resultat.MissingInput,
    };

    /// <inheritdoc />
    protected override bool? Valeur(Essms essms) => essms.ActivitesConfort;

    /// <inheritdoc />
    protected override string Detail(Essms essms, Resultat resultat, ContexteEssms contexte) =>
        resultat == Resultat.ReviewRequired ? "confort" : "nonRenseigne";
}
