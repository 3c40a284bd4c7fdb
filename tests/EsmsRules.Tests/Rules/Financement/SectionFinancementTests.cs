using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules;

/// <summary>
/// The section FINANCEMENT as rule objects: rare paths of its rules, the contract between the section and its rules (a
/// rule replaced, removed or added changes the funding through the amounts its node gives), and the quote split.
/// </summary>
public class SectionFinancementTests
{
    private static readonly SectionFinancement Section = new();

    /// <summary>Dossiers whose funding takes a way the examples, their mutations and the generated dossiers do not
    /// take, with the motif the section must conclude with (to be sure the case is reached).</summary>
    public static IEnumerable<object[]> CasHorsCorpus()
    {
        Dossier SansDui(Dossier d, params int[] indices) => d.MapEssms((e, i) => indices.Contains(i) ? e with { EquipeDui = false } : e);
        var social = Grappe(TypeProjet.Acquisition, Og(1, 10, petit: true, champ: Champ.PDS)).PorteurChamp(Champ.PDS);
        var petitMedicoSocial = Grappe(TypeProjet.Acquisition, Og(1, 10, petit: true));
        return new[]
        {
            new object[] { "conformite sans DUI", SansDui(Conformite(20), 0, 3), null!, Fin04.Identifiant, "sansDui.tarifPlein" },
            new object[] { "conformite nationale sans DUI", SansDui(Conformite(64), 60), null!, Fin04.Identifiant, "sansDui.tarifReduit" },
            new object[] { "devis, un seul OG", Acquisition(20).Devis(100_000m), null!, Fin05.Identifiant, "devis.unOg" },
            new object[] { "devis au centime, un seul OG", Acquisition(20).Devis(100_000.05m), null!, Fin05.Identifiant, "devis.unOg" },
            new object[] { "50 ESSMS", Acquisition(50), null!, Fin06.Identifiant, "unRangReduit" },
            new object[] { "petit OG, marché en cours", petitMedicoSocial.MarcheEnCours(), null!, PetitOg02.Identifiant, "marcheEnCours" },
            new object[] { "petit OG social, option désactivée", social, Campagnes.Generalisation2022 with { AmoaMarcheChampsSociaux = false }, PetitOg02.Identifiant, "champsSociaux" },
            new object[] { "AMOA marché à zéro", petitMedicoSocial, Campagnes.Generalisation2022 with { AmoaMarcheParProjet = 0m }, PetitOg02.Identifiant, "champsSociaux" },
            new object[] { "AMOA projet à zéro", petitMedicoSocial, Campagnes.Generalisation2022 with { AmoaProjetParProjet = 0m }, PetitOg03.Identifiant, "national" },
            new object[] { "équipements à zéro", petitMedicoSocial, Campagnes.Generalisation2022 with { EquipementParEssms = 0m, AmoaMarcheParProjet = 0m, AmoaProjetParProjet = 0m }, PetitOg04.Identifiant, "aucun" },
        };
    }

    [Theory]
    [MemberData(nameof(CasHorsCorpus))]
    public void Evaluer_RarePath_ConcludesWithItsMotif(string cas, Dossier dossier, Bareme? bareme, string regle, string motif)
    {
        var noeud = Section.Evaluate(Avant(dossier, bareme)).Noeud;
        Assert.True(noeud.Find(regle)?.Motif == motif, $"{cas}: {regle} concludes {noeud.Find(regle)?.Motif}, not {motif}.");
    }

    [Theory]
    [InlineData("FIN-03")]
    [InlineData("OCC-03")]
    public void Evaluer_Fin03ReplacedByAnArsCeiling_PartEditeurAndTotalFollowTheNewCeiling(string id)
    {
        var faits = Avant(Acquisition(20).Devis(300_000m));
        var section = Section.WithRules(Section.Regles.Select(r => r.Id == Fin03.Identifiant ? new PlafondSegurArs(id) : r));

        var catalogue = Section.Evaluate(faits);
        var ars = section.Evaluate(faits);

        // Catalogue: min(20 × 14 500 €, 300 000 €); the ARS's ceiling of 16 000 € per ESSMS lifts it to the quote.
        Assert.Equal(290_000m, catalogue.Faits.Financement!.PartEditeur);
        Assert.Equal(300_000m, ars.Faits.Financement!.PartEditeur);
        Assert.Equal(140_000m + 300_000m, ars.Faits.Financement.Total);
        Assert.Equal(ars.Faits.Financement.Total, ars.Noeud.Montant);
        Assert.Equal(300_000m, ars.Faits.Financement.ParOrganisme.Single().PartEditeur);
        var fin05 = ars.Noeud.Find(Fin05.Identifiant)!;
        Assert.Equal(320_000m, fin05.Chiffre("plafond").Nombre);
        Assert.Equal("Part éditeur = min(plafond 320 000 €, devis 300 000 €) = 300 000 € ; un seul OG : il reçoit toute la part éditeur.", fin05.Explication);
        Assert.Equal(320_000m, ars.Noeud.Find(id)!.Montant);
    }

    [Fact]
    public void Evaluer_Fin05Removed_PartEditeurIsTheCeilingUncapped()
    {
        var faits = Avant(Acquisition(20).Devis(100_000m));
        var section = Section.WithRules(Section.Regles.Where(r => r.Id != Fin05.Identifiant));

        var resultat = section.Evaluate(faits);

        Assert.Null(resultat.Noeud.Find(Fin05.Identifiant));
        Assert.Equal(290_000m, resultat.Faits.Financement!.PartEditeur);
        Assert.Equal(290_000m, resultat.Faits.Financement.ParOrganisme.Single().PartEditeur);
        Assert.Equal(140_000m + 290_000m, resultat.Faits.Financement.Total);
        Assert.Equal(100_000m, Section.Evaluate(faits).Faits.Financement!.PartEditeur);
    }

    [Fact]
    public void Evaluer_CeilingRulesRemoved_Fin05NotApplicableAndNoPartEditeur()
    {
        var faits = Avant(Acquisition(20).Devis(100_000m));
        var section = Section.WithRules(Section.Regles.Where(r => r.Id is not (Fin02.Identifiant or Fin03.Identifiant)));

        var resultat = section.Evaluate(faits);

        var fin05 = resultat.Noeud.Find(Fin05.Identifiant)!;
        Assert.Equal(Resultat.NotApplicable, fin05.Resultat);
        Assert.Null(fin05.Montant);
        Assert.Equal("Sans objet : aucun plafond de part éditeur n'est établi.", fin05.Explication);
        Assert.Equal(0m, resultat.Faits.Financement!.PartEditeur);
        Assert.Equal(140_000m, resultat.Faits.Financement.Total);
    }

    [Fact]
    public void Evaluer_OwnFundingRuleAdded_AddsItsLineToTheTotalAndItsSharesToTheOgs()
    {
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 12), Og(2, 8));
        var faits = Avant(dossier);
        var regles = Section.Regles.ToList();
        regles.Insert(regles.FindIndex(r => r.Id == PetitOg04.Identifiant), new ForfaitRegional());
        var section = Section.WithRules(regles);

        var catalogue = Section.Evaluate(faits).Faits.Financement!;
        var resultat = section.Evaluate(faits);
        var f = resultat.Faits.Financement!;

        Assert.Equal(0m, catalogue.Equipements);
        Assert.Equal(40_000m, f.Equipements);
        Assert.Equal(catalogue.Total + 40_000m, f.Total);
        Assert.Equal(new[] { 24_000m, 16_000m }, f.ParOrganisme.Select(o => o.Equipements));
        Assert.Equal(f.Total, f.ParOrganisme.Sum(o => o.Total) + f.AmoaMarche + f.AmoaProjet);
        Assert.Contains(resultat.Noeud.Enfants, n => n.Regle == "OCC-01" && n.Montant == 40_000m);
        var petitOg04 = resultat.Noeud.Find(PetitOg04.Identifiant)!;
        Assert.Equal(Resultat.Satisfied, petitOg04.Resultat);
        Assert.Equal(40_000m, petitOg04.Chiffre("specifiques").Nombre);
    }

    [Fact]
    public void Evaluer_RuleThatAllocatesNothingAdded_ShownWithoutChangingTheFunding()
    {
        var faits = Avant(Acquisition(20));
        var section = Section.WithRules(Section.Regles.Append(new Rappel()));

        var resultat = section.Evaluate(faits);

        Assert.Equal("OCC-02", resultat.Noeud.Enfants[^1].Regle);
        Assert.Equal(Section.Evaluate(faits).Faits.Financement!.Total, resultat.Faits.Financement!.Total);
    }

    [Fact]
    public void Evaluer_SharesNotOnePerOg_ClearError()
    {
        var faits = Avant(Grappe(TypeProjet.Acquisition, Og(1, 12), Og(2, 8)));
        var section = Section.WithRules(Section.Regles.Append(new ForfaitRegional(parOg: false)));

        var erreur = Assert.Throws<ArgumentException>(() => section.Evaluate(faits));

        Assert.Contains("OCC-01 répartit son montant entre 1 OG ; le dossier en compte 2.", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluer_NotRecevable_ZeroNodeWithoutChildrenAndEveryOgAtZero()
    {
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 12), Og(2, 8));
        var faits = Avant(dossier) with { Verdict = new FaitsVerdict(false) };

        var resultat = Section.Evaluate(faits);

        Assert.Empty(resultat.Noeud.Enfants);
        Assert.Equal(Resultat.NotApplicable, resultat.Noeud.Resultat);
        Assert.Equal(0m, resultat.Noeud.Montant);
        Assert.Equal("Projet non recevable : aucun montant allouable.", resultat.Noeud.Explication);
        Assert.Equal(new[] { dossier.OrganismesGestionnaires[0].FinessJuridique, dossier.OrganismesGestionnaires[1].FinessJuridique }, resultat.Faits.Financement!.ParOrganisme.Select(o => o.FinessJuridique));
        Assert.All(resultat.Faits.Financement.ParOrganisme, o => Assert.Equal(0m, o.Total));
        Assert.Equal(0m, resultat.Faits.Financement.Total);
    }

    [Fact]
    public void Evaluer_MiseEnConformite_Fin04ShownBeforeFin01()
    {
        var resultat = Section.Evaluate(Avant(Conformite(20)));

        Assert.Equal(new[] { Fin04.Identifiant, Fin01.Identifiant, Fin02.Identifiant }, resultat.Noeud.Enfants.Take(3).Select(n => n.Regle));
        Assert.Equal(new[] { Fin01.Identifiant, Fin04.Identifiant, Fin02.Identifiant }, Section.Evaluate(Avant(Acquisition(20))).Noeud.Enfants.Take(3).Select(n => n.Regle));
    }

    [Fact]
    public void Etablir_SmallOgs_BaremeThresholdOnEssmsInFiness()
    {
        var dossier = Grappe(TypeProjet.Acquisition, Og(1, 14, petit: true), Og(2, 15, petit: true), Og(3, 3));
        var defaut = SectionFinancement.Etablir(Avant(dossier));
        var inclus = SectionFinancement.Etablir(Avant(dossier, Campagnes.Generalisation2022 with { SeuilPetitOgInclus = true }));

        Assert.Equal(new[] { true, false, false }, defaut.PetitsOg);
        Assert.Equal(14, defaut.EssmsPetitsOg);
        Assert.Equal(new[] { true, true, false }, inclus.PetitsOg);
        Assert.Equal(29, inclus.EssmsPetitsOg);
    }

    /// <summary>1 to 5 OGs of 0 to 60 retained ESSMS, a rate per ESSMS in cents, a part éditeur in cents.</summary>
    public static class Repartitions
    {
        public static Arbitrary<(int[] tailles, int taux, int part)> Cas() => (
            from tailles in Gen.Choose(1, 5).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 60), k))
            from taux in Gen.Choose(1, 1_500_000)
            from part in Gen.Choose(0, 100_000_000)
            select (tailles, taux, part)).ToArbitrary();
    }

    [Property(MaxTest = 500, QuietOnSuccess = true, Arbitrary = new[] { typeof(Repartitions) })]
    public void Repartir_AnyQuoteBelowTheCeilings_SharesAddUpNoneNegativeEachWithinACent((int[] tailles, int taux, int part) x)
    {
        var ogs = x.tailles.Select((n, i) => new FaitsOg(Og(i + 1, Math.Max(n, 1)), i, n, Math.Min(n, 49))).ToArray();
        var plafondOg = x.tailles.Select(n => n * (x.taux / 100m)).ToArray();
        var plafond = plafondOg.Sum();
        var partEditeur = Math.Min(plafond, x.part / 100m);

        var parts = Fin05.Repartir(ogs, plafondOg, partEditeur);

        Assert.All(parts, p => Assert.True(p >= 0m));
        Assert.Equal(plafond == 0m ? 0m : partEditeur, parts.Sum());
        for (var i = 0; i < parts.Length; i++)
        {
            var exacte = plafond == 0m ? 0m : partEditeur * plafondOg[i] / plafond;
            Assert.True(Math.Abs(parts[i] - exacte) < 0.01m, $"OG {i}: {parts[i]} pour {exacte}.");
        }
    }

    /// <summary>The facts the default rule set establishes before the funding section (the verdict included).</summary>
    internal static Faits Avant(Dossier dossier, Bareme? bareme = null) =>
        JeuDeRegles.ParDefaut.EvaluateSection(SectionRecevabilite.Identifiant, new Faits(dossier, bareme ?? Campagnes.Generalisation2022)).Faits;

    /// <summary>An ARS's own ceiling for a Ségur-referenced editor: 16 000 € per retained ESSMS whatever its rank.</summary>
    private sealed class PlafondSegurArs : RegleFinancement
    {
        public PlafondSegurArs(string id)
            : base(id, "Plafond régional de la part éditeur Ségur", new[] { Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("plafond", Resultat.Satisfied, "Plafond régional : {n} × {parEssms} = {plafond}.") }, LigneFinancement.PlafondEditeur)
        {
        }

        public override Allocation Allocate(Faits faits)
        {
            var ogs = faits.EligibiliteEtablie.Ogs;
            var parOg = ogs.Select(o => o.Retenus * 16_000m).ToArray();
            var plafond = parOg.Sum();
            return new Allocation(Conclude(faits, Resultat.Satisfied, "plafond", new[]
            {
                Chiffre.Entier("n", faits.EligibiliteEtablie.N), Chiffre.Euros("parEssms", 16_000m), Chiffre.Euros("plafond", plafond),
            }, plafond), parOg);
        }
    }

    /// <summary>A regional equipment forfait of an ARS: 2 000 € per retained ESSMS, each OG its own.</summary>
    private sealed class ForfaitRegional : RegleFinancement
    {
        private readonly bool _parOg;

        public ForfaitRegional(bool parOg = true)
            : base("OCC-01", "Forfait régional d'équipement", new[] { Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("forfait", Resultat.Satisfied, "{n} × {parEssms} = {forfait}.") }, LigneFinancement.Equipements)
        {
            _parOg = parOg;
        }

        public override Allocation Allocate(Faits faits)
        {
            var ogs = faits.EligibiliteEtablie.Ogs;
            var parOg = _parOg ? ogs.Select(o => o.Retenus * 2_000m).ToArray() : new[] { 0m };
            var forfait = faits.EligibiliteEtablie.N * 2_000m;
            return new Allocation(Conclude(faits, Resultat.Satisfied, "forfait", new[]
            {
                Chiffre.Entier("n", faits.EligibiliteEtablie.N), Chiffre.Euros("parEssms", 2_000m), Chiffre.Euros("forfait", forfait),
            }, forfait), parOg);
        }
    }

    /// <summary>A reminder of an ARS that allocates nothing.</summary>
    private sealed class Rappel : Regle
    {
        public Rappel()
            : base("OCC-02", "Rappel régional", new[] { Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("rappel", Resultat.ReviewRequired, "Pièces justificatives à joindre.") })
        {
        }

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.ReviewRequired, "rappel");
    }
}
