using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ESSMS-02: the ESSMS never received ESMS numérique funding for the acquisition or the mise en conformité of
/// a DUI; otherwise it is excluded. Not given: kept, and the field is asked for.</summary>
public sealed class Essms02 : RegleEssms
{
    /// <summary>The rule.</summary>
    public Essms02()
        : base(
            Identifiant,
            "Aucun financement ESMS numérique antérieur pour un DUI",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section("§A « Non redondance des financements »") },
            new[]
            {
                new Modele(MotifResume, null, "{ok} ESSMS sur {total} n'ont jamais reçu de financement ESMS numérique pour un DUI[ ; {exclus} déjà {exclus:financé|financés} ({exclus:exclu|exclus} du projet)][ ; {aApprecier} à apprécier par l'autorité d'instruction][ ; {manquants} non {manquants:renseigné (ESSMS conservé)|renseignés (ESSMS conservés)}]."),
                new Modele("exclu", Resultat.NotSatisfied, "{finess}[ ({nom})] a déjà reçu un financement ESMS numérique pour un DUI : exclu."),
                new Modele("nonRenseigne", Resultat.MissingInput, "{finess}[ ({nom})] : financementEsmsNumeriqueAnterieur non renseigné ; l'ESSMS est conservé."),
            },
            "financementEsmsNumeriqueAnterieur")
    {
    }

    /// <summary>Its id.</summary>
    public const string Identifiant = "ESSMS-02";

    /// <inheritdoc />
    public override Resultat EvaluateEssms(Essms essms, ContexteEssms contexte) => essms?.FinancementEsmsNumeriqueAnterieur switch
    {
        true => Resultat.NotSatisfied,
        false => Resultat.Satisfied,
        null => Resultat.MissingInput,
    };

    /// <inheritdoc />
    protected override bool? Valeur(Essms essms) => essms.FinancementEsmsNumeriqueAnterieur;

    /// <inheritdoc />
    protected override string Detail(Essms essms, Resultat resultat, ContexteEssms contexte) =>
        resultat == Resultat.NotSatisfied ? "exclu" : "nonRenseigne";
}
