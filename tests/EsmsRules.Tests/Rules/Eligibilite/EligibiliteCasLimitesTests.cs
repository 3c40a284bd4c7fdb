using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Rules.Eligibilite;

/// <summary>ESSMS-01…05 and their section at the edges the mutation run of 30/11/2026 found untested: the child of an
/// ESSMS that fails or is not told (its motif, its input, its figures), the counts of the rule's node, the ESSMS-03
/// reading of the barème, the ranks of the retained ESSMS, and the guards of the ESSMS rules.</summary>
public class EligibiliteCasLimitesTests
{
    /// <summary>16 eligible PA ESSMS in Occitanie, without names.</summary>
    private static Dossier Base => DossierBuilder.Grappe(16);

    private static Essms Avec(Essms e, string champ, bool? valeur) => champ switch
    {
        "relevantL312_1" => e with { RelevantL312_1 = valeur },
        "financementEsmsNumeriqueAnterieur" => e with { FinancementEsmsNumeriqueAnterieur = valeur },
        "commandeSonsAutreLogiciel" => e with { CommandeSonsAutreLogiciel = valeur },
        "activitesConfort" => e with { ActivitesConfort = valeur },
        "rattacheEntiteNationale" => e with { RattacheEntiteNationale = valeur },
        _ => throw new ArgumentOutOfRangeException(nameof(champ), champ, null),
    };

    [Theory]
    [InlineData("ESSMS-01", "relevantL312_1", false, Resultat.NotSatisfied, "exclu", "ok=15 total=16 exclus=1")]
    [InlineData("ESSMS-01", "relevantL312_1", null, Resultat.MissingInput, "nonRenseigne", "ok=15 total=16 manquants=1")]
    [InlineData("ESSMS-02", "financementEsmsNumeriqueAnterieur", true, Resultat.NotSatisfied, "exclu", "ok=15 total=16 exclus=1")]
    [InlineData("ESSMS-02", "financementEsmsNumeriqueAnterieur", null, Resultat.MissingInput, "nonRenseigne", "ok=15 total=16 manquants=1")]
    [InlineData("ESSMS-03", "commandeSonsAutreLogiciel", true, Resultat.NotSatisfied, "exclu", "ok=15 total=16 exclus=1")]
    [InlineData("ESSMS-03", "commandeSonsAutreLogiciel", null, Resultat.MissingInput, "nonRenseigne", "ok=15 total=16 manquants=1")]
    [InlineData("ESSMS-04", "activitesConfort", true, Resultat.ReviewRequired, "confort", "ok=15 total=16 aApprecier=1")]
    [InlineData("ESSMS-04", "activitesConfort", null, Resultat.MissingInput, "nonRenseigne", "ok=15 total=16 manquants=1")]
    [InlineData("ESSMS-05", "rattacheEntiteNationale", true, Resultat.NotSatisfied, "exclu", "ok=15 total=16 exclus=1")]
    [InlineData("ESSMS-05", "rattacheEntiteNationale", null, Resultat.MissingInput, "nonRenseigne", "ok=15 total=16 manquants=1")]
    public void EssmsRule_OneEssmsFailingOrNotTold_ItsChildAndTheRulesCounts(string regle, string champ, bool? valeur, Resultat attendu, string motif, string compte)
    {
        var dossier = Base.MapEssmsAt(0, e => Avec(e, champ, valeur));
        var finess = dossier.EssmsAt(0).Value;

        var noeud = dossier.Evaluate().Arbre.Find(regle)!;

        Assert.Equal(compte, ChiffresTexte.Figures(noeud));
        var enfant = Assert.Single(noeud.Enfants);
        Assert.Equal(attendu, enfant.Resultat);
        Assert.Equal(motif, enfant.Motif);
        Assert.Equal(new EntreeLue("$.organismesGestionnaires[0].essms[0]." + champ, valeur is null ? null : valeur.Value ? "true" : "false"), Assert.Single(enfant.Entrees));
        Assert.Equal(attendu == Resultat.MissingInput ? new[] { champ } : Array.Empty<string>(), enfant.DonneesManquantes);
        Assert.Equal("finess", Assert.Single(enfant.Chiffres).Nom);
        Assert.Equal(finess, enfant.Chiffre("finess").Texte);
        Assert.StartsWith(finess + " ", enfant.Explication, StringComparison.Ordinal);
    }

    [Fact]
    public void EssmsRule_EssmsWithAName_ItsChildNamesItToo()
    {
        var dossier = Base.MapEssmsAt(0, e => e with { Nom = "EHPAD Les Tilleuls", RelevantL312_1 = false });

        var enfant = Assert.Single(dossier.Evaluate().Arbre.Find("ESSMS-01")!.Enfants);

        Assert.Equal(new[] { "finess", "nom" }, enfant.Chiffres.Select(c => c.Nom));
        Assert.Equal(dossier.EssmsAt(0).Value + " (EHPAD Les Tilleuls) ne relève pas de l'article L.312-1 du CASF : exclu.", enfant.Explication);
    }

    [Fact]
    public void EssmsRule_TwoEssmsNotTold_OneChildEachWithItsPath()
    {
        // Two ESSMS not told, one false: the children keep their own value (only the untold ones are children).
        var dossier = Base.MapEssmsAt(0, e => e with { RelevantL312_1 = null }).MapEssmsAt(1, e => e with { RelevantL312_1 = null });

        var noeud = dossier.Evaluate().Arbre.Find("ESSMS-01")!;

        Assert.Equal("ok=14 total=16 manquants=2", ChiffresTexte.Figures(noeud));
        Assert.Equal(new[] { "$.organismesGestionnaires[0].essms[0].relevantL312_1", "$.organismesGestionnaires[0].essms[1].relevantL312_1" },
            noeud.Enfants.Select(n => Assert.Single(n.Entrees).Chemin));
    }

    private static Dossier AvecCommandeSonsPourLePremier(Dossier d)
    {
        var commande = new CommandeSons(d.OrganismesGestionnaires[0].FinessJuridique, new LocalDate(2022, 4, 1), Couloir.MS1, new[] { d.EssmsAt(0) });
        return d with { CommandesSons = new[] { commande } };
    }

    private static EvaluationOptions Lecture(LectureEssms03 lecture) =>
        new() { Bareme = Campagnes.Generalisation2022 with { LectureEssms03 = lecture } };

    [Fact]
    public void Essms03_StrictReadingAndAnOrderOfTheDossier_ChildCommandeDuDossierSummaryToutLogiciel()
    {
        var noeud = AvecCommandeSonsPourLePremier(Base).Evaluate(Lecture(LectureEssms03.ToutLogiciel)).Arbre.Find("ESSMS-03")!;

        Assert.Equal("resumeToutLogiciel", noeud.Motif);
        Assert.Equal("commandeDuDossier", Assert.Single(noeud.Enfants).Motif);
        Assert.StartsWith("15 ESSMS sur 16 n'ont commandé aucune Prestation Ségur pour un logiciel de DUI (lecture stricte", noeud.Explication, StringComparison.Ordinal);
    }

    [Fact]
    public void Essms03_StrictReadingNoOrderButAnotherSoftwareOrdered_ChildExclu()
    {
        // The strict reading alone does not make the motif "order of the dossier": that order must name the ESSMS.
        var dossier = Base.MapEssmsAt(0, e => e with { CommandeSonsAutreLogiciel = true });

        var noeud = dossier.Evaluate(Lecture(LectureEssms03.ToutLogiciel)).Arbre.Find("ESSMS-03")!;

        Assert.Equal("resumeToutLogiciel", noeud.Motif);
        Assert.Equal("exclu", Assert.Single(noeud.Enfants).Motif);
    }

    [Fact]
    public void Essms03_DefaultReadingOrderOfTheDossierAndAnotherSoftware_ChildExcluSummaryResume()
    {
        // With the appel à projets' reading, an order of the dossier does not exclude: the other software does.
        var dossier = AvecCommandeSonsPourLePremier(Base.MapEssmsAt(0, e => e with { CommandeSonsAutreLogiciel = true }));

        var noeud = dossier.Evaluate(Lecture(LectureEssms03.AutreLogiciel)).Arbre.Find("ESSMS-03")!;

        Assert.Equal(RegleEssms.MotifResume, noeud.Motif);
        Assert.Equal("exclu", Assert.Single(noeud.Enfants).Motif);
    }

    [Fact]
    public void EvaluateSection_SecondEssmsExcluded_RetainedRankedFromOneInListOrder()
    {
        var dossier = Base.MapEssmsAt(1, e => e with { RelevantL312_1 = false });

        var retenus = EsmsEvaluator.Default.EvaluateSection(dossier, SectionEligibilite.Identifiant).Faits.EligibiliteEtablie.Retenus;

        Assert.Equal(Enumerable.Range(1, 15), retenus.Select(r => r.Rang));
        Assert.Equal(new[] { 0 }.Concat(Enumerable.Range(2, 14)), retenus.Select(r => r.Index));
        Assert.All(retenus, r => Assert.Equal(0, r.Og));
    }

    [Fact]
    public void Evaluate_AnEssmsRuleAlone_RefusedAndNamesItsSection()
    {
        var faits = new Faits(Base, Campagnes.Generalisation2022);

        var e = Assert.Throws<InvalidOperationException>(() => new Essms01().Evaluate(faits));

        Assert.Equal("ESSMS-01 s'évalue ESSMS par ESSMS, dans la section ELIGIBILITE.", e.Message);
    }

    [Fact]
    public void Guards_NullArguments_ArgumentNullExceptionNamingTheParameter()
    {
        var contexte = new ContexteEssms(new Faits(Base, Campagnes.Generalisation2022));

        Assert.Equal("contexte", Assert.Throws<ArgumentNullException>(() => new Essms01().Noeud(null!, new ResultatsEssms())).ParamName);
        Assert.Equal("resultats", Assert.Throws<ArgumentNullException>(() => new Essms01().Noeud(contexte, null!)).ParamName);
        Assert.Equal("essms", Assert.Throws<ArgumentNullException>(() => new Essms03().EvaluateEssms(null!, contexte)).ParamName);
        Assert.Equal("faits", Assert.Throws<ArgumentNullException>(() => new SectionEligibilite().Evaluate(null!)).ParamName);
    }

    /// <summary>A rule on the whole dossier, not on each ESSMS.</summary>
    private sealed class RegleDossier : Regle
    {
        public RegleDossier()
            : base("ARS-02", "Règle sur le dossier", new[] { Documents.AppelAProjets.Section() }, new[] { new Modele("ok", Resultat.Satisfied, "Oui.") })
        {
        }

        public override DecisionNode Evaluate(Faits faits) => Conclude(faits, Resultat.Satisfied, "ok");
    }

    [Fact]
    public void SectionEligibilite_ARuleNotOnEachEssms_RefusedWithItsId()
    {
        var e = Assert.Throws<ArgumentException>(() => new SectionEligibilite(new Regle[] { new Essms01(), new RegleDossier() }));

        Assert.Equal("regles", e.ParamName);
        Assert.StartsWith("La section ELIGIBILITE n'évalue que des règles ESSMS par ESSMS ; « ARS-02 » n'en est pas une.", e.Message, StringComparison.Ordinal);
    }
}
