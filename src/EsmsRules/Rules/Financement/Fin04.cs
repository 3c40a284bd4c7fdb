using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>FIN-04: in a mise en conformité, the part ESSMS only — 5 000 € up to the 49th ESSMS, 2 000 € from the 50th
/// by default (appel à projets, « Modalités de financement »). It presupposes a deployed DUI (« les porteurs, déjà équipés d'une solution »): a retained
/// ESSMS without one (<c>equipeDui</c> false) makes it reviewRequired, its amount still shown.</summary>
public sealed class Fin04 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "FIN-04";

    private const string Debut = "Mise en conformité, part ESSMS seule : ";
    private const string SansDui = " La mise en conformité suppose une solution déjà déployée (« les porteurs, déjà équipés d'une solution ») : {sansDui} ESSMS {sansDui:retenu|retenus} sans DUI ({finessSansDui}), à apprécier par {autorite}.";

    /// <summary>The rule.</summary>
    public Fin04()
        : base(
            Identifiant,
            "Mise en conformité, part ESSMS seule",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.PageCnsa.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("tarifPlein", Resultat.Satisfied, Debut + Calcul(false, "partEssms")),
                new Modele("tarifReduit", Resultat.Satisfied, Debut + Calcul(true, "partEssms")),
                new Modele("sansDui.tarifPlein", Resultat.ReviewRequired, Debut + Calcul(false, "partEssms") + SansDui),
                new Modele("sansDui.tarifReduit", Resultat.ReviewRequired, Debut + Calcul(true, "partEssms") + SansDui),
                new Modele("acquisition", Resultat.NotApplicable, "Sans objet : projet d'acquisition."),
            },
            LigneFinancement.PartEssms,
            new[] { "rangTarifReduit", "partEssmsConformite" })
    {
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        if ((faits ?? throw new ArgumentNullException(nameof(faits))).Acquisition)
        {
            return new Allocation(Conclude(faits, Resultat.NotApplicable, "acquisition"));
        }

        var tarif = faits.Bareme.PartEssmsConformite;
        var (partEssms, parOg) = ParRang(faits, tarif);
        var (_, reduit) = Rangs(faits);
        var chiffres = ChiffresParRang(faits, tarif, "partEssms", partEssms);
        List<string>? sansDui = null;
        var listeR = faits.EligibiliteEtablie.Retenus;
        for (var iR = 0; iR < listeR.Count; iR++)
        {
            var r = listeR[iR];
            if (r.Essms.EquipeDui == false)
            {
                (sansDui ??= new List<string>()).Add(r.Essms.FinessGeographique.Value);
            }
        }

        var motif = reduit > 0 ? "tarifReduit" : "tarifPlein";
        if (sansDui is not null)
        {
            chiffres.Add(Chiffre.Entier("sansDui", sansDui.Count));
            chiffres.Add(Chiffre.ListeDe("finessSansDui", sansDui));
            chiffres.Add(Autorite(faits));
        }

        return new Allocation(
            Conclude(faits, sansDui is null ? Resultat.Satisfied : Resultat.ReviewRequired, sansDui is null ? motif : "sansDui." + motif, chiffres, partEssms),
            parOg);
    }
}
