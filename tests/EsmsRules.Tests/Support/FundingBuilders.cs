using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Support;

/// <summary>
/// Helpers for the funding-side tests (FIN, PETITOG, MOD, VERS, CIBLE, SONS, barème): recevable grappes of one or
/// several OGs, editor variants, usage measures, SONS orders, and lookups in the decision tree.
/// </summary>
public static class FundingBuilders
{
    /// <summary>An OG of <paramref name="count"/> ESSMS; <paramref name="petit"/> sets <c>nombreEssmsFiness</c> to
    /// <paramref name="count"/> (a small OG when below 15), otherwise 1 000 (never small).</summary>
    public static OrganismeGestionnaire Og(int ogSerial, int count, bool petit = false, Champ champ = Champ.PA, string departement = "31") =>
        DossierBuilder.Og(ogSerial, count, departement, champ, nombreEssmsFiness: petit ? count : 1000);

    /// <summary>A recevable dossier of the given OGs (maîtrise d'ouvrage declared mature, so a grappe below 15 is
    /// still recevable under GRAPPE-03).</summary>
    public static Dossier Grappe(TypeProjet type, params OrganismeGestionnaire[] ogs) =>
        DossierBuilder.Dossier(type, ogs) with { MaitriseOuvrageMature = true };

    /// <summary>An acquisition of one OG of <paramref name="n"/> ESSMS (not small).</summary>
    public static Dossier Acquisition(int n) => Grappe(TypeProjet.Acquisition, Og(1, n));

    /// <summary>A mise en conformité of one OG of <paramref name="n"/> ESSMS (not small).</summary>
    public static Dossier Conformite(int n) => Grappe(TypeProjet.MiseEnConformite, Og(1, n));

    /// <summary>Editor referenced Ségur and SAD (the builder's default).</summary>
    public static Dossier Segur(this Dossier d) => d with { Editeur = d.Editeur with { ReferenceSegur = true, ReferenceSad = true } };

    /// <summary>Editor referenced in the SAD only (not Ségur).</summary>
    public static Dossier SadSeulement(this Dossier d) => d with { Editeur = d.Editeur with { ReferenceSegur = false, ReferenceSad = true } };

    /// <summary>Sets the editor's quote.</summary>
    public static Dossier Devis(this Dossier d, decimal? devis) => d with { Editeur = d.Editeur with { Devis = devis } };

    /// <summary>Sets the porteur's champ.</summary>
    public static Dossier PorteurChamp(this Dossier d, Champ champ) => d with { Porteur = d.Porteur with { Champ = champ } };

    /// <summary>The porteur is subject to the CCP and has a current contract of the same object (ACHAT-02 holds).</summary>
    public static Dossier MarcheEnCours(this Dossier d) =>
        d with { Porteur = d.Porteur with { SoumisCodeCommandePublique = true, MarcheEnCoursMemeObjet = true } };

    /// <summary>Marks the ESSMS of global index <paramref name="index"/> (0-based, list order) as already funded
    /// (ESSMS-02 excludes it).</summary>
    public static Dossier Exclure(this Dossier d, int index) =>
        d.MapEssms((e, i) => i == index ? e with { FinancementEsmsNumeriqueAnterieur = true } : e);

    /// <summary>Every ESSMS of the dossier, in list order.</summary>
    public static IReadOnlyList<Essms> ToutesEssms(this Dossier d) => d.OrganismesGestionnaires.SelectMany(o => o.Essms).ToArray();

    /// <summary>A measure of one ESSMS. Defaults are all on target (100 persons, 80 MSS, 80 DMP, 95 active files, 90
    /// with a personalised project, 90 with an event).</summary>
    public static Mesure Mesure(
        Finess finess,
        long personnes = 100,
        long eligibles = 100,
        long mss = 80,
        long dmp = 80,
        long actifs = 95,
        long projet = 90,
        long evenement = 90) =>
        new(finess, personnes, eligibles, mss, dmp, actifs, projet, evenement);

    /// <summary>Adds a measure for every ESSMS (built by <paramref name="mesure"/>) and the expenses.</summary>
    public static Dossier AvecMesures(this Dossier d, System.Func<Essms, Mesure> mesure, decimal? depenses) =>
        d with { Mesures = d.ToutesEssms().Select(mesure).ToArray(), DepensesRealisees = depenses };

    /// <summary>An MS1 SONS order of the OG of index <paramref name="og"/> for all its ESSMS.</summary>
    public static CommandeSons Commande(this Dossier d, int og, LocalDate date, Couloir couloir = Couloir.MS1) =>
        new(d.OrganismesGestionnaires[og].FinessJuridique, date, couloir,
            d.OrganismesGestionnaires[og].Essms.Select(e => e.FinessGeographique).ToArray());

    /// <summary>Sets the SONS orders.</summary>
    public static Dossier Commandes(this Dossier d, params CommandeSons[] commandes) => d with { CommandesSons = commandes };

    /// <summary>Evaluates with an explicit barème (<see cref="EvaluationOptions.Bareme"/>).</summary>
    public static Decision Evaluate(this Dossier dossier, Bareme bareme) =>
        dossier.Evaluate(new EvaluationOptions { Bareme = bareme });

    /// <summary>The first node of rule <paramref name="regle"/>; fails when there is none.</summary>
    public static DecisionNode Node(this Decision d, string regle) =>
        d.Arbre.Find(regle) ?? throw new Xunit.Sdk.XunitException($"no node {regle}");

    /// <summary>Every node of rule <paramref name="regle"/>, depth first.</summary>
    public static IReadOnlyList<DecisionNode> Nodes(this Decision d, string regle) =>
        d.Arbre.DescendantsAndSelf().Where(n => n.Regle == regle).ToArray();

    /// <summary>The explanation of the first node of rule <paramref name="regle"/>.</summary>
    public static string Explication(this Decision d, string regle) => d.Node(regle).Explication;

    /// <summary>Asserts the outcome of the first node of <paramref name="regle"/>.</summary>
    public static void AssertOutcome(this Decision d, string regle, Resultat expected) =>
        Assert.True(d.Outcome(regle) == expected, $"{regle}: expected {expected}, got {d.Outcome(regle)} — {d.Explication(regle)}");

    /// <summary>Asserts the explanation of the first node of <paramref name="regle"/> contains <paramref name="text"/>.</summary>
    public static void AssertExplains(this Decision d, string regle, string text) =>
        Assert.Contains(text, d.Explication(regle), System.StringComparison.Ordinal);

    /// <summary>Per-rank rate of the barème: the full rate below the 50th ESSMS, the reduced one from it.</summary>
    public static decimal Taux(TarifParRang tarif, int rang) => rang < 50 ? tarif.AvantRangReduit : tarif.APartirDuRangReduit;

    /// <summary>Σ of the per-rank rates for ranks <paramref name="premier"/> … <paramref name="premier"/> + <paramref name="count"/> − 1.</summary>
    public static decimal SommeRangs(TarifParRang tarif, int premier, int count) =>
        Enumerable.Range(premier, count).Sum(r => Taux(tarif, r));
}
