using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;
using static EsmsRules.Tests.Support.FundingBuilders;

namespace EsmsRules.Tests.Rules.PrestationSegur;

/// <summary>The Prestation Ségur section as a composition of rules: what it establishes when a user replaces, removes
/// or adds a rule, and what its rules give a screen that reads figures.</summary>
public class SectionPrestationSegurTests
{
    /// <summary>The facts before the section: the sections already moved (the Prestation does not read the verdict).</summary>
    private static Faits Avant(Dossier d)
    {
        var f = new Faits(d, Campagnes.Generalisation2022);
        f = new SectionEligibilite().Evaluate(f).Faits;
        f = new SectionGrappe().Evaluate(f).Faits;
        return new SectionOrientation().Evaluate(f).Faits;
    }

    /// <summary>Two OGs of a mise en conformité: 3 ESSMS (tranche B, 2 920 €) and 5 (tranche C, 2 190 €).</summary>
    private static Dossier DeuxOgs() => Grappe(TypeProjet.MiseEnConformite, Og(1, 3), Og(2, 5));

    private static Section Sans(string id) => new SectionPrestationSegur().WithRules(new SectionPrestationSegur().Regles.Where(r => r.Id != id));

    private static Section Replace(Regle regle) =>
        new SectionPrestationSegur().WithRules(new SectionPrestationSegur().Regles.Select(r => r.Id == regle.Id ? regle : r));

    [Fact]
    public void Evaluer_DefaultRules_EntriesFromTheRulesFigures()
    {
        var r = new SectionPrestationSegur().Evaluate(Avant(DeuxOgs()));

        Assert.Equal(new[] { ("B", 3, 2_920m, 8_760m, 2_628m, 6_132m), ("C", 5, 2_190m, 10_950m, 3_285m, 7_665m) },
            r.Faits.PrestationSegur!.Select(p => (p.Tranche, p.NombreEssms, p.MontantParEssms, p.Total, p.Avance, p.Solde)));
        var og2 = r.Noeud.Find(Sons06.Identifiant)!.Enfants[1];
        Assert.Equal(2_190m, og2.Chiffre("montantParEssms").Nombre);
        Assert.Equal(5, og2.Chiffre("minimum").Nombre);
        Assert.Equal(19_710m, r.Noeud.Montant);
    }

    [Fact]
    public void Evaluer_AdvanceRuleReplacedByHalf_EntriesFollow()
    {
        var r = Replace(new AvanceMoitie()).Evaluate(Avant(DeuxOgs()));

        Assert.Equal(new[] { (4_380m, 4_380m), (5_475m, 5_475m) }, r.Faits.PrestationSegur!.Select(p => (p.Avance, p.Solde)));
    }

    [Fact]
    public void Evaluer_AdvanceRuleRemoved_BalanceIsTheTotal()
    {
        var r = Sans(Sons07.Identifiant).Evaluate(Avant(DeuxOgs()));

        Assert.Equal(new[] { (0m, 8_760m), (0m, 10_950m) }, r.Faits.PrestationSegur!.Select(p => (p.Avance, p.Solde)));
        Assert.Equal(Resultat.ReviewRequired, r.Noeud.Find(Sons09.Identifiant)!.Resultat);
    }

    [Fact]
    public void Evaluer_EligibilityRuleRemoved_EssmsWithoutDuiCounts()
    {
        var d = DeuxOgs().MapEssmsAt(0, e => e with { EquipeDui = false });

        var complet = new SectionPrestationSegur().Evaluate(Avant(d));
        var sansSons01 = Sans(Sons01.Identifiant).Evaluate(Avant(d));

        Assert.Equal(2, complet.Faits.PrestationSegur![0].NombreEssms);
        Assert.Equal(3, sansSons01.Faits.PrestationSegur![0].NombreEssms);
    }

    [Fact]
    public void Evaluer_EligibilityRuleReplaced_ItsRefusalsLeaveTheCount()
    {
        var r = Replace(new SeulementPa()).Evaluate(Avant(Grappe(TypeProjet.MiseEnConformite, Og(1, 3), Og(2, 5, champ: Champ.PH))));

        Assert.Equal(new[] { 3 }, r.Faits.PrestationSegur!.Select(p => p.NombreEssms));
    }

    [Fact]
    public void Evaluer_EditorNotReferenced_NoPrestationUnlessTheReferencingRuleIsRemoved()
    {
        var d = DeuxOgs().WithEditeur(segur: false, sad: true);

        var complet = new SectionPrestationSegur().Evaluate(Avant(d));
        var sansSons02 = Sans(Sons02.Identifiant).Evaluate(Avant(d));

        Assert.Empty(complet.Faits.PrestationSegur!);
        Assert.Equal("Pas de Prestation Ségur : la solution n'est pas référencée Ségur (SONS-02).", complet.Noeud.Explication);
        Assert.Equal(2, sansSons02.Faits.PrestationSegur!.Count);
    }

    [Fact]
    public void Evaluer_OrderUnderConditionTooLate_Sons02NotSatisfiedButPrestationComputed()
    {
        var d = DeuxOgs();
        d = d.Commandes(d.Commande(0, new LocalDate(2022, 6, 1)) with { SousConditionReferencement = true, DateDossierReferencement = new LocalDate(2022, 12, 1) });

        var r = new SectionPrestationSegur().Evaluate(Avant(d));

        var sons02 = r.Noeud.Find(Sons02.Identifiant)!;
        Assert.Equal(Resultat.NotSatisfied, sons02.Resultat);
        Assert.Equal(Sons02.MotifReferencee, sons02.Motif);
        Assert.Equal(183, sons02.Enfants[0].Chiffre("jours").Nombre);
        Assert.Equal(2, r.Faits.PrestationSegur!.Count);
    }

    [Fact]
    public void Evaluer_AmountRuleRemoved_NoPrestationAndSaysWhy()
    {
        var r = Sans(Sons06.Identifiant).Evaluate(Avant(DeuxOgs()));

        Assert.Empty(r.Faits.PrestationSegur!);
        Assert.Null(r.Noeud.Montant);
        Assert.Equal("Pas de Prestation Ségur : aucune règle n'en calcule le montant (SONS-06).", r.Noeud.Explication);
        Assert.Equal(Resultat.NotApplicable, r.Noeud.Find(Sons07.Identifiant)!.Resultat);
        Assert.Equal(Resultat.NotApplicable, r.Noeud.Find(Sons09.Identifiant)!.Resultat);
    }

    [Fact]
    public void Evaluer_Acquisition_NoRuleAndNoEntry()
    {
        var r = new SectionPrestationSegur().Evaluate(Avant(Acquisition(20)));

        Assert.Empty(r.Noeud.Enfants);
        Assert.Equal(Resultat.NotApplicable, r.Noeud.Resultat);
        Assert.Empty(r.Faits.PrestationSegur!);
    }

    /// <summary>An advance of 50 % instead of 30 %, replacing SONS-07.</summary>
    private sealed class AvanceMoitie : RegleSurNoeuds
    {
        public AvanceMoitie()
            : base(Sons07.Identifiant, "Avance 50 %", new[] { Documents.Webinaire.Section() },
                new[] { new Modele("og", Resultat.Satisfied, "OG {og} : avance {avance}."), new Modele("versement", Resultat.Satisfied, "Avance de moitié.") },
                new[] { Sons06.Identifiant })
        {
        }

        public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
        {
            var enfants = Sons06.Montants(lus[Sons06.Identifiant]).Select(m => Conclude(faits, Resultat.Satisfied, "og", new[]
            {
                m.Chiffre("og"), Chiffre.EurosCentimes("avance", m.Montant!.Value / 2), Chiffre.EurosCentimes("solde", m.Montant!.Value / 2),
            }, m.Montant)).ToArray();
            return Conclude(faits, Resultat.Satisfied, "versement", enfants: enfants);
        }
    }

    /// <summary>An ARS's SONS-01 that only counts the ESSMS of the PA champ.</summary>
    private sealed class SeulementPa : Regle
    {
        public SeulementPa()
            : base(Sons01.Identifiant, "ESSMS PA seulement", new[] { Documents.WebinaireOccitanie.Section() },
                new[] { new Modele("horsPa", Resultat.NotSatisfied, "{finess} n'est pas PA."), new Modele("resume", null, "Champ PA seulement.") })
        {
        }

        public override DecisionNode Evaluate(Faits faits)
        {
            var e = faits.EligibiliteEtablie;
            var enfants = e.Retenus.Where(r => r.Essms.Champ != Champ.PA).Select(r => Conclude(faits, Resultat.NotSatisfied, "horsPa", new[]
            {
                Chiffre.Mot("finess", r.Essms.FinessGeographique.Value), Chiffre.Mot("og", e.Ogs[r.Og].Og.FinessJuridique.Value),
            })).ToArray();
            return Conclude(faits, enfants.Length > 0 ? Resultat.NotSatisfied : Resultat.Satisfied, "resume", enfants: enfants);
        }
    }
}
