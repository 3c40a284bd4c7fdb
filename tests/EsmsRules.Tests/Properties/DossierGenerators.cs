using System.Linq;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace EsmsRules.Tests.Properties;

/// <summary>FsCheck generators of valid dossiers with every optional fact of the format given or not: the recevable
/// grappes of <see cref="FundingGenerators.Grappe"/> (1 to 4 OGs of 1 to 50 ESSMS) with names (accents, quotes,
/// backslashes, control characters, emoji), territories, categories, three-valued facts, dates, amounts in cents, usage
/// measures and SONS orders added at random. Every dossier generated is one the reader accepts.</summary>
public static class DossierGenerators
{
    private static Gen<bool?> TroisValeurs { get; } = Gen.Elements<bool?>(null, true, false);

    /// <summary>A free text: empty, plain, or with what JSON must escape.</summary>
    private static Gen<string?> Texte { get; } = Gen.Frequency(
        (2, Gen.Constant<string?>(null)),
        (3, Gen.Elements<string?>("", "EHPAD Les Tilleuls", "Résidence « L'Oustal »", "Back\\slash \"quoted\"", "Ligne\nsuivante\t\u0001", "Éditeur 🙂 ✓", "<script>&amp;</script>")),
        (1, Gen.Choose(1, 500).Select(n => (string?)new string('é', n))));

    private static Gen<LocalDate?> Date { get; } = Gen.Frequency(
        (1, Gen.Constant<LocalDate?>(null)),
        (3, Gen.Choose(0, 5000).Select(j => (LocalDate?)new LocalDate(2018, 1, 1).PlusDays(j))));

    private static Gen<decimal?> Montant { get; } = Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (3, Gen.Choose(0, int.MaxValue).Select(c => (decimal?)(c / 100m))),
        (1, Gen.Elements<decimal?>(0m, 0.01m, 1_000_000_000m, 12.5m)));

    private static Gen<Essms> Essms(Essms e) =>
        from nom in Texte
        from territoire in Gen.Elements<Territoire?>(null, Territoire.Metropole, Territoire.Corse, Territoire.OutreMer)
        from champ in Gen.Elements(Champ.PA, Champ.PH, Champ.DOM, Champ.PDS, Champ.PDE, Champ.AHI, Champ.PJM)
        from faits in Gen.ArrayOf(TroisValeurs, 7)
        from categorie in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Gen.Choose(100, 999).Select(c => (string?)c.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        select e with
        {
            Nom = nom,
            Territoire = territoire,
            Champ = champ,
            RelevantL312_1 = faits[0],
            FinancementEsmsNumeriqueAnterieur = faits[1],
            CommandeSonsAutreLogiciel = faits[2],
            ActivitesConfort = faits[3],
            RattacheEntiteNationale = faits[4],
            AccordEntiteNationale = faits[5],
            EquipeDui = faits[6],
            CategorieFiness = categorie,
        };

    private static Gen<OrganismeGestionnaire> Organisme(OrganismeGestionnaire og) =>
        from nom in Texte
        from nombre in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 100_000).Select(n => (int?)n)))
        from auto in TroisValeurs
        from essms in Gen.CollectToArray(og.Essms.Select(Essms))
        select og with { Nom = nom, NombreEssmsFiness = nombre, AutodiagnosticFourni = auto, Essms = essms };

    private static Gen<Mesure> Mesure(Finess f) =>
        from c in Gen.ArrayOf(Gen.Choose(0, 1_000_000_000), 7)
        select new Mesure(f, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);

    private static Gen<CommandeSons> Commande(OrganismeGestionnaire og) =>
        from date in Date
        from couloir in Gen.Elements(Couloir.MS1, Couloir.MS2, Couloir.MS3)
        from n in Gen.Choose(0, og.Essms.Count)
        from solde in Date
        from condition in TroisValeurs
        from referencement in Date
        select new CommandeSons(og.FinessJuridique, date, couloir, og.Essms.Take(n).Select(e => e.FinessGeographique).ToArray())
        {
            DateDemandeSolde = solde,
            SousConditionReferencement = condition,
            DateDossierReferencement = referencement,
        };

    /// <summary>A valid dossier, any optional fact given or not.</summary>
    public static Gen<Dossier> Dossier { get; } =
        from g in FundingGenerators.Grappe(Gen.Elements(TypeProjet.Acquisition, TypeProjet.MiseEnConformite), Gen.Elements(true, false), FundingGenerators.Devis)
        let d = g.Build()
        from ogs in Gen.CollectToArray(d.OrganismesGestionnaires.Select(Organisme))
        from campagne in Gen.Elements<string?>(null, "2022", "2023", "2024", "2025")
        from depot in Date
        from faits in Gen.ArrayOf(TroisValeurs, 6)
        from duree in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 120).Select(n => (int?)n)))
        from editeur in Texte
        from devis in Montant
        from depenses in Montant
        from nMesures in Gen.Choose(0, 3)
        from mesures in Gen.CollectToArray(ogs.SelectMany(o => o.Essms).Take(nMesures).Select(e => Mesure(e.FinessGeographique)))
        from nCommandes in Gen.Choose(0, 2)
        from commandes in Gen.CollectToArray(ogs.Take(nCommandes).Select(Commande))
        select d with
        {
            OrganismesGestionnaires = ogs,
            Campagne = campagne,
            DateDepot = depot,
            RepresentativiteNationale = faits[0],
            MaitriseOuvrageMature = faits[1],
            NonRetenu2021 = faits[2],
            DureePrevueMois = duree,
            Porteur = d.Porteur with { SoumisCodeCommandePublique = faits[3], MarcheEnCoursMemeObjet = faits[4] },
            Editeur = d.Editeur with { Nom = editeur, Devis = devis, ReferenceSad = faits[5] },
            DepensesRealisees = depenses,
            Mesures = mesures,
            CommandesSons = commandes,
        };
}
