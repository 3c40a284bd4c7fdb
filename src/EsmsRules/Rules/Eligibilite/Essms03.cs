using System;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>ESSMS-03: the ESSMS has not ordered a Prestation Ségur for a DUI software other than the project's (the
/// call for projects' reading); under the decision chart's strict reading (barème <c>lectureEssms03</c> =
/// <c>toutLogiciel</c>), any SONS order of the dossier for the ESSMS excludes it too.</summary>
public sealed class Essms03 : RegleEssms
{
    /// <summary>The rule.</summary>
    public Essms03()
        : base(
            Identifiant,
            "Aucune commande de Prestation Ségur pour un autre logiciel de DUI",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section("§A « Non redondance des financements »") },
            new[]
            {
                new Modele(MotifResume, null, "{ok} ESSMS sur {total} n'ont pas commandé de Prestation Ségur pour un autre logiciel de DUI (lecture de l'appel à projets, option lectureEssms03 = autreLogiciel)[ ; {exclus} ayant commandé une Prestation Ségur ({exclus:exclu|exclus} du projet)][ ; {aApprecier} à apprécier par l'autorité d'instruction][ ; {manquants} non {manquants:renseigné (ESSMS conservé)|renseignés (ESSMS conservés)}]."),
                new Modele("resumeToutLogiciel", null, "{ok} ESSMS sur {total} n'ont commandé aucune Prestation Ségur pour un logiciel de DUI (lecture stricte du logigramme CNSA, option lectureEssms03 = toutLogiciel)[ ; {exclus} ayant commandé une Prestation Ségur ({exclus:exclu|exclus} du projet)][ ; {aApprecier} à apprécier par l'autorité d'instruction][ ; {manquants} non {manquants:renseigné (ESSMS conservé)|renseignés (ESSMS conservés)}]."),
                new Modele("exclu", Resultat.NotSatisfied, "{finess}[ ({nom})] a commandé une Prestation Ségur pour un autre logiciel de DUI : exclu."),
                new Modele("commandeDuDossier", Resultat.NotSatisfied, "{finess}[ ({nom})] figure dans une commande SONS du dossier ; lecture stricte du logigramme CNSA (lectureEssms03 = toutLogiciel) : exclu."),
                new Modele("nonRenseigne", Resultat.MissingInput, "{finess}[ ({nom})] : commandeSonsAutreLogiciel non renseigné ; l'ESSMS est conservé."),
            },
            "commandeSonsAutreLogiciel",
            new[] { "lectureEssms03" })
    {
    }

    /// <summary>Its id.</summary>
    public const string Identifiant = "ESSMS-03";

    /// <inheritdoc />
    public override Resultat EvaluateEssms(Essms essms, ContexteEssms contexte)
    {
        if (essms is null)
        {
            throw new ArgumentNullException(nameof(essms));
        }

        if (Stricte(contexte) && contexte.CommandeSons(essms.FinessGeographique))
        {
            return Resultat.NotSatisfied;
        }

        return essms.CommandeSonsAutreLogiciel switch
        {
            true => Resultat.NotSatisfied,
            false => Resultat.Satisfied,
            null => Resultat.MissingInput,
        };
    }

    private static bool Stricte(ContexteEssms contexte) =>
        (contexte ?? throw new ArgumentNullException(nameof(contexte))).Faits.Bareme.LectureEssms03 == LectureEssms03.ToutLogiciel;

    /// <inheritdoc />
    protected override bool? Valeur(Essms essms) => essms.CommandeSonsAutreLogiciel;

    /// <inheritdoc />
    protected override string Detail(Essms essms, Resultat resultat, ContexteEssms contexte) =>
        resultat == Resultat.MissingInput ? "nonRenseigne"
        : Stricte(contexte) && contexte.CommandeSons(essms.FinessGeographique) ? "commandeDuDossier"
        : "exclu";

    /// <inheritdoc />
    protected override string Resume(Faits faits) =>
        faits.Bareme.LectureEssms03 == LectureEssms03.ToutLogiciel ? "resumeToutLogiciel" : MotifResume;
}
