using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ESSMS-01: the ESSMS falls under article L.312-1 of the CASF (including ESSMS funded only by a conseil
/// départemental); otherwise it is excluded. Not given: kept, and the field is asked for.</summary>
public sealed class Essms01 : RegleEssms
{
    /// <summary>The rule.</summary>
    public Essms01()
        : base(
            Identifiant,
            "ESSMS relevant de l'article L.312-1 du CASF",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section("« ESSMS éligibles »") },
            new[]
            {
                new Modele(MotifResume, null, "{ok} ESSMS sur {total} relèvent de l'article L.312-1 du CASF[ ; {exclus} ne relevant pas de L.312-1 ({exclus:exclu|exclus} du projet)][ ; {aApprecier} à apprécier par l'autorité d'instruction][ ; {manquants} non {manquants:renseigné (ESSMS conservé)|renseignés (ESSMS conservés)}]."),
                new Modele("exclu", Resultat.NotSatisfied, "{finess}[ ({nom})] ne relève pas de l'article L.312-1 du CASF : exclu."),
                new Modele("nonRenseigne", Resultat.MissingInput, "{finess}[ ({nom})] : relevantL312_1 non renseigné ; l'ESSMS est conservé."),
            },
            "relevantL312_1")
    {
    }

    /// <summary>Its id.</summary>
    public const string Identifiant = "ESSMS-01";

    /// <inheritdoc />
    public override Resultat EvaluateEssms(Essms essms, ContexteEssms contexte) => essms?.RelevantL312_1 switch
    {
        true => Resultat.Satisfied,
        false => Resultat.NotSatisfied,
        null => Resultat.MissingInput,
    };

    /// <inheritdoc />
    protected override bool? Valeur(Essms essms) => essms.RelevantL312_1;

    /// <inheritdoc />
    protected override string Detail(Essms essms, Resultat resultat, ContexteEssms contexte) =>
        resultat == Resultat.NotSatisfied ? "exclu" : "nonRenseigne";
}
