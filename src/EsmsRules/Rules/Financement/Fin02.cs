using System;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>FIN-02: in an acquisition whose editor is not Ségur-referenced (SAD-referenced, or its Ségur referencing
/// unknown), the ceiling of the part éditeur — 12 000 € up to the 49th ESSMS, 1 000 € from the 50th by default
/// (appel à projets, « Modalités de financement »); each OG's ceiling over its own ESSMS. A mise en conformité has no part éditeur.</summary>
public sealed class Fin02 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "FIN-02";

    private const string Debut = "Plafond de la part éditeur : ";
    private const string Fin = " (éditeur référencé SAD, non Ségur).";

    /// <summary>The rule.</summary>
    public Fin02()
        : base(
            Identifiant,
            "Acquisition, part éditeur référencé SAD (plafond)",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.PageCnsa.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("tarifPlein", Resultat.Satisfied, Debut + Calcul(false, "plafond") + Fin),
                new Modele("tarifReduit", Resultat.Satisfied, Debut + Calcul(true, "plafond") + Fin),
                new Modele("segur", Resultat.NotApplicable, "Sans objet : éditeur référencé Ségur (FIN-03)."),
                new Modele(SectionFinancement.MotifConformite, Resultat.NotApplicable, SectionFinancement.TexteConformite),
            },
            LigneFinancement.PlafondEditeur,
            new[] { "rangTarifReduit", "partEditeurSad" })
    {
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        if (!(faits ?? throw new ArgumentNullException(nameof(faits))).Acquisition)
        {
            return new Allocation(Conclude(faits, Resultat.NotApplicable, SectionFinancement.MotifConformite));
        }

        if (faits.Dossier.Editeur.ReferenceSegur == true)
        {
            return new Allocation(Conclude(faits, Resultat.NotApplicable, "segur"));
        }

        var tarif = faits.Bareme.PartEditeurSad;
        var (plafond, parOg) = ParRang(faits, tarif);
        var (_, reduit) = Rangs(faits);
        return new Allocation(
            Conclude(faits, Resultat.Satisfied, reduit > 0 ? "tarifReduit" : "tarifPlein", ChiffresParRang(faits, tarif, "plafond", plafond), plafond),
            parOg);
    }
}
