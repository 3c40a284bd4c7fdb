using System.Linq;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;

namespace EsmsRules.ArsTests;

/// <summary>
/// The ARS's own test dossiers, built in code with the library's public builders: OGs and ESSMS of Haute-Garonne
/// (département 31, Occitanie) whose FINESS numbers get their check key from <see cref="Finess.Complete"/>.
/// </summary>
internal static class Dossiers
{
    /// <summary>The FINESS juridique of the test OG <paramref name="og"/> (10 … 99).</summary>
    public static Finess FinessOg(int og) => Finess.Complete($"310000{og:D2}");

    /// <summary>An eligible ESSMS: under article L.312-1 of the CASF, never funded, no SONS order for another software,
    /// no "confort" activity, no national entity, equipped with a DUI.</summary>
    public static Essms EssmsEligible(int og, int numero, Champ champ = Champ.PA) =>
        new(Finess.Complete($"31{og:D2}{numero:D4}"), champ)
        {
            RelevantL312_1 = true,
            FinancementEsmsNumeriqueAnterieur = false,
            CommandeSonsAutreLogiciel = false,
            ActivitesConfort = false,
            RattacheEntiteNationale = false,
            EquipeDui = true,
        };

    /// <summary>OG <paramref name="og"/> with <paramref name="essms"/> eligible ESSMS in the project, managing
    /// <paramref name="nombreEssmsFiness"/> ESSMS in FINESS (null: the number listed in the dossier), self-diagnosis
    /// provided.</summary>
    public static OrganismeGestionnaire Og(int og, int essms, int? nombreEssmsFiness, Champ champ = Champ.PA) =>
        new(FinessOg(og), Enumerable.Range(0, essms).Select(i => EssmsEligible(og, i, champ)).ToArray())
        {
            NombreEssmsFiness = nombreEssmsFiness,
            AutodiagnosticFourni = true,
        };

    /// <summary>An acquisition filed on 1 June 2022 (campaign 2022) by the first OG, without a current public contract,
    /// of a solution referenced Ségur and in the SAD, 18 months planned.</summary>
    public static Dossier Acquisition(params OrganismeGestionnaire[] ogs) =>
        Dossier.Acquisition(
                new Porteur(ogs[0].FinessJuridique, Champ.PA) { SoumisCodeCommandePublique = false, MarcheEnCoursMemeObjet = false },
                new Editeur { Nom = "Éditeur DUI", ReferenceSegur = true, ReferenceSad = true },
                ogs)
            with
            {
                Campagne = "2022",
                DateDepot = new LocalDate(2022, 6, 1),
                RepresentativiteNationale = false,
                DureePrevueMois = 18,
            };
}
