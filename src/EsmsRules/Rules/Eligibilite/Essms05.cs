using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ESSMS-05: an ESSMS attached to a national entity must provide that entity's written agreement to file; an
/// agreement not given reads "not provided" and excludes it (the library's reading). Attachment not given: kept, and
/// the field is asked for.</summary>
public sealed class Essms05 : RegleEssms
{
    /// <summary>The rule.</summary>
    public Essms05()
        : base(
            Identifiant,
            "Accord écrit de l'entité nationale de rattachement",
            new[] { Documents.AppelAProjets.Section("§B « ESSMS rattachés à une entité nationale »") },
            new[]
            {
                new Modele(MotifResume, null, "{ok} ESSMS sur {total} sans entité nationale de rattachement ou avec son accord écrit[ ; {exclus} sans accord écrit de l'entité nationale ({exclus:exclu|exclus} du projet)][ ; {aApprecier} à apprécier par l'autorité d'instruction][ ; {manquants} non {manquants:renseigné (ESSMS conservé)|renseignés (ESSMS conservés)}]."),
                new Modele("exclu", Resultat.NotSatisfied, "{finess}[ ({nom})] est rattaché à une entité nationale sans accord écrit fourni : exclu."),
                new Modele("nonRenseigne", Resultat.MissingInput, "{finess}[ ({nom})] : rattacheEntiteNationale non renseigné ; l'ESSMS est conservé."),
            },
            "rattacheEntiteNationale")
    {
    }

    /// <summary>Its id.</summary>
    public const string Identifiant = "ESSMS-05";

    /// <inheritdoc />
    public override Resultat EvaluateEssms(Essms essms, ContexteEssms contexte) => essms?.RattacheEntiteNationale switch
    {
        false => Resultat.NotApplicable,
        null => Resultat.MissingInput,
        true => essms.AccordEntiteNationale == true ? Resultat.Satisfied : Resultat.NotSatisfied,
    };

    /// <inheritdoc />
    protected override bool? Valeur(Essms essms) => essms.RattacheEntiteNationale;

    /// <inheritdoc />
    protected override string Detail(Essms essms, Resultat resultat, ContexteEssms contexte) =>
        resultat == Resultat.NotSatisfied ? "exclu" : "nonRenseigne";
}
