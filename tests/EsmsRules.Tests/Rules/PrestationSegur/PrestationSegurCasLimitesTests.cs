using System;
using System.Globalization;
using System.Linq;
using System.Text;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules.PrestationSegur;

/// <summary>SONS-01…09 and their section on dossiers built to reach the edges the mutation run of 30/11/2026 found
/// untested: orders before the JO or an opening, on the closing day, after it, without a date, under condition of
/// referencing, named twice, balances within and after their deadline; unknown FINESS categories with and without a
/// Prestation; no eligible ESSMS; an unknown referencing. Each pins the SONS subtree (outcome, motif, blocking flag,
/// amount, figures, inputs, missing inputs and sentence of every node) in a reviewed snapshot.</summary>
public class PrestationSegurCasLimitesTests
{
    private static readonly Bareme Bareme = Campagnes.Generalisation2022;

    private static CommandeSons Pour(Dossier d, int essms, LocalDate? date, Couloir couloir) =>
        new(d.OrganismesGestionnaires[0].FinessJuridique, date, couloir, new[] { d.OrganismesGestionnaires[0].Essms[essms].FinessGeographique });

    /// <summary>The SONS subtree as text: one line per node, indented by depth.</summary>
    internal static string Arbre(DecisionNode racine)
    {
        var sb = new StringBuilder();
        void Ecrire(DecisionNode n, int profondeur)
        {
            sb.Append(' ', profondeur * 2).Append(n.Regle).Append(' ').Append(n.Resultat).Append(' ').Append(n.Motif);
            if (n.Bloquant)
            {
                sb.Append(" bloquant");
            }

            if (n.Montant is { } m)
            {
                sb.Append(" montant=").Append(m.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var c in n.Chiffres)
            {
                sb.Append(" | ").Append(c.Nom).Append('=').Append(ChiffresTexte.Valeur(c));
            }

            foreach (var e in n.Entrees)
            {
                sb.Append(" | ").Append(e.Chemin).Append(" : ").Append(e.Valeur ?? "null");
            }

            if (n.DonneesManquantes.Count > 0)
            {
                sb.Append(" | manquantes ").Append(string.Join(",", n.DonneesManquantes));
            }

            sb.Append('\n').Append(' ', (profondeur * 2) + 2).Append("« ").Append(n.Explication).Append(" »\n");
            foreach (var enfant in n.Enfants)
            {
                Ecrire(enfant, profondeur + 1);
            }
        }

        Ecrire(racine, 0);
        return sb.ToString();
    }

    private static void Verifier(string nom, Dossier dossier, EvaluationOptions? options = null)
    {
        var d = dossier.Evaluate(options);
        Snapshot.Verify("sons-" + nom, Arbre(d.Arbre.Enfants.Single(n => n.Regle == "SONS")));
    }

    [Fact]
    public void Sons_OrdersAtEveryEdgeOfTheCalendar_SubtreePinned()
    {
        var d = Conformite(20);
        var fin = Bareme.CalendrierSonsPour(Couloir.MS1).FinCommandes;
        var commandes = new[]
        {
            Pour(d, 0, new LocalDate(2022, 2, 1), Couloir.MS1),                                       // before the JO
            Pour(d, 1, new LocalDate(2022, 5, 1), Couloir.MS2),                                       // before MS2 opens
            Pour(d, 2, new LocalDate(2022, 6, 1), Couloir.MS1) with { DateDemandeSolde = new LocalDate(2023, 1, 16) },
            Pour(d, 3, new LocalDate(2022, 6, 1), Couloir.MS2) with { DateDemandeSolde = new LocalDate(2030, 1, 1) },
            Pour(d, 4, fin, Couloir.MS1),                                                             // the closing day
            Pour(d, 5, fin.PlusDays(1), Couloir.MS1),                                                 // the day after
            Pour(d, 6, null, Couloir.MS1),                                                            // no date
            Pour(d, 7, new LocalDate(2022, 6, 1), Couloir.MS2) with { SousConditionReferencement = true, DateDossierReferencement = new LocalDate(2022, 7, 1) },
            Pour(d, 8, new LocalDate(2022, 6, 1), Couloir.MS2) with { SousConditionReferencement = true, DateDossierReferencement = new LocalDate(2023, 7, 1) },
            Pour(d, 0, new LocalDate(2022, 6, 2), Couloir.MS1),                                       // ESSMS 0 named twice
            Pour(d, 1, new LocalDate(2022, 6, 2), Couloir.MS2),                                       // ESSMS 1 named twice
            Pour(d, 9, null, Couloir.MS2) with { SousConditionReferencement = true, DateDossierReferencement = new LocalDate(2022, 7, 1) },
            Pour(d, 10, new LocalDate(2022, 6, 1), Couloir.MS2) with { SousConditionReferencement = true },          // no file date
        };

        Verifier("commandes", d.Commandes(commandes));
    }

    [Fact]
    public void Sons_UnknownFinessCategoriesWithAPrestation_SubtreePinned()
    {
        var d = Conformite(20);
        var dossier = d.WithOgs(d.OrganismesGestionnaires[0] with
        {
            Essms = d.OrganismesGestionnaires[0].Essms.Select((e, i) => i switch
            {
                0 => e with { CategorieFiness = "999", EquipeDui = true },
                1 => e with { CategorieFiness = "998", EquipeDui = false },
                _ => e,
            }).ToArray(),
        });

        Verifier("categories", dossier);
    }

    [Fact]
    public void Sons_ReferencingUnknownAndAnUnknownCategory_SubtreePinned()
    {
        var d = Conformite(20);
        var dossier = d.WithOgs(d.OrganismesGestionnaires[0] with
        {
            Essms = d.OrganismesGestionnaires[0].Essms.Select((e, i) => i == 0 ? e with { CategorieFiness = "999" } : e).ToArray(),
        }) with { Editeur = d.Editeur with { ReferenceSegur = null } };

        Verifier("referencement-inconnu", dossier);
    }

    [Fact]
    public void Sons_NoEligibleEssms_SubtreePinned()
    {
        Verifier("aucun-eligible", Conformite(3).MapEssms((e, _) => e with { RelevantL312_1 = false }));
    }

    [Fact]
    public void Sons_OgsOfOneAndOfAHundredEssms_SingleAndOpenTranches()
    {
        Verifier("deux-og", Grappe(TypeProjet.MiseEnConformite, Og(1, 1), Og(2, 100)));
    }

    [Fact]
    public void Eligibilite_NullArguments_ArgumentNullExceptionNamingTheParameter()
    {
        Assert.Equal("essms", Assert.Throws<ArgumentNullException>(() => Sons01.Eligibilite(null!, Bareme)).ParamName);
        Assert.Equal("bareme", Assert.Throws<ArgumentNullException>(() => Sons01.Eligibilite(Conformite(1).OrganismesGestionnaires[0].Essms[0], null!)).ParamName);
    }

    /// <summary>A rule that reads another's node.</summary>
    private sealed class Lectrice : RegleSurNoeuds
    {
        public Lectrice(string id, string lit)
            : base(id, "Lectrice", new[] { EsmsRules.Sources.Documents.Webinaire.Section() }, new[] { new Modele("lu", Resultat.Satisfied, "Lu.") }, new[] { lit })
        {
        }

        public override DecisionNode Evaluate(Faits faits, System.Collections.Generic.IReadOnlyDictionary<string, DecisionNode> lus) =>
            Conclude(faits, Resultat.Satisfied, "lu");
    }

    [Fact]
    public void SectionPrestationSegur_TwoRulesReadingEachOther_RefusedWhenBuilt()
    {
        var e = Assert.Throws<ArgumentException>(() => new SectionPrestationSegur(new Regle[] { new Lectrice("OCC-01", "OCC-02"), new Lectrice("OCC-02", "OCC-01") }));

        Assert.Contains("La section SONS contient des règles qui lisent le nœud l'une de l'autre", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sons06_TrancheByFinessCountOfAnOgDeclaringNone_TrancheOfOneEssms()
    {
        // nombreEssmsFiness 0 is valid input; with the barème reading "by the OG's FINESS count", the tranche is read
        // for one ESSMS (tranche A), not for zero.
        var d = Conformite(3);
        var dossier = d.WithOgs(d.OrganismesGestionnaires[0] with { NombreEssmsFiness = 0 });
        var options = new EvaluationOptions { Bareme = Bareme with { BaseTrancheSons = BaseTrancheSons.EssmsFiness } };

        var og = Assert.Single(dossier.Evaluate(options).Arbre.Find("SONS-06")!.Enfants);

        Assert.Equal(0m, og.Chiffre("base").Nombre);
        Assert.Equal("A", og.Chiffre("tranche").Texte);
        Assert.Equal(3 * 4_000m, og.Montant);
    }

    /// <summary>An ARS's own SONS-07: the advance it is told, and a balance only when it is told one.</summary>
    private sealed class VersementRegional : RegleSurNoeuds
    {
        private readonly decimal _avance;
        private readonly decimal? _solde;

        public VersementRegional(decimal avance, decimal? solde)
            : base("SONS-07", "Versement régional", new[] { EsmsRules.Sources.Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("versement", Resultat.Satisfied, "Versement."), new Modele("og", Resultat.Satisfied, "OG {og}.") },
                new[] { "SONS-06" })
        {
            _avance = avance;
            _solde = solde;
        }

        public override DecisionNode Evaluate(Faits faits, System.Collections.Generic.IReadOnlyDictionary<string, DecisionNode> lus)
        {
            var enfants = lus["SONS-06"].Enfants.Select(m =>
            {
                var chiffres = new System.Collections.Generic.List<Chiffre> { Chiffre.Mot("og", m.Chiffre("og").Texte), Chiffre.Euros("avance", _avance) };
                if (_solde is { } solde)
                {
                    chiffres.Add(Chiffre.Euros("solde", solde));
                }

                return ConcludeDetail(faits, Resultat.Satisfied, "og", chiffres);
            }).ToArray();
            return Conclude(faits, Resultat.Satisfied, "versement", enfants: enfants);
        }
    }

    [Theory]
    [InlineData(1_000, 500, 500)]
    [InlineData(1_000, null, 7_760)]
    public void PrestationSegur_ARegionalSons07_AdvanceAndBalanceItGivesElseTheRest(int avance, int? solde, int attendu)
    {
        // 3 ESSMS in tranche B: 3 × 2 920 = 8 760 €. The balance is SONS-07's when it gives one, else the total less the advance.
        var jeu = JeuDeRegles.ParDefaut.Replace("SONS-07", new VersementRegional(avance, solde));

        var p = Assert.Single(Conformite(3).Evaluate(new EvaluationOptions { Regles = jeu }).PrestationSegur);

        Assert.Equal((8_760m, (decimal)avance, (decimal)attendu), (p.Total, p.Avance, p.Solde));
    }

    /// <summary>An ARS's own SONS-06: the amounts it is told, each naming an OG (or none) and a tranche as a number.</summary>
    private sealed class MontantsRegionaux : Regle
    {
        private readonly (string? Og, decimal Montant)[] _montants;

        public MontantsRegionaux(params (string? Og, decimal Montant)[] montants)
            : base("SONS-06", "Montants régionaux", new[] { EsmsRules.Sources.Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("total", Resultat.Satisfied, "Total."), new Modele("og", Resultat.Satisfied, "Montant.") }) =>
            _montants = montants;

        public override DecisionNode Evaluate(Faits faits)
        {
            var enfants = _montants.Select(m => ConcludeDetail(faits, Resultat.Satisfied, "og",
                m.Og is null ? new[] { Chiffre.Entier("tranche", 7) } : new[] { Chiffre.Mot("og", m.Og), Chiffre.Entier("tranche", 7) }, m.Montant)).ToArray();
            return Conclude(faits, Resultat.Satisfied, "total", enfants: enfants);
        }
    }

    [Fact]
    public void PrestationSegur_ARegionalSons06_AmountsWithoutAnOgIgnoredATrancheNotATextLeftEmpty()
    {
        var d = Conformite(3);
        var og = d.OrganismesGestionnaires[0].FinessJuridique.Value;
        var jeu = JeuDeRegles.ParDefaut.Replace("SONS-06", new MontantsRegionaux((og, 9_000m), (null, 1_000m)));

        var p = Assert.Single(d.Evaluate(new EvaluationOptions { Regles = jeu }).PrestationSegur);

        Assert.Equal((og, 9_000m, string.Empty), (p.FinessJuridique.Value, p.Total, p.Tranche));
    }

    [Fact]
    public void PrestationSegur_ARegionalSons06NamingAnUnknownOg_InvalidOperationNamingIt()
    {
        var jeu = JeuDeRegles.ParDefaut.Replace("SONS-06", new MontantsRegionaux(("999999999", 9_000m)));

        var e = Assert.Throws<InvalidOperationException>(() => Conformite(3).Evaluate(new EvaluationOptions { Regles = jeu }));

        Assert.Equal("Le montant SONS-06 de l'OG 999999999 ne désigne aucun OG du dossier.", e.Message);
    }
}
