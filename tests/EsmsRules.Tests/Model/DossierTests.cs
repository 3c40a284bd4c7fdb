using System;
using System.Linq;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;
using Xunit;

namespace EsmsRules.Tests.Model;

/// <summary>Building dossiers in code: factory methods, params constructors and copies with an OG or an ESSMS added
/// or replaced, instead of nested <c>with</c>.</summary>
public class DossierTests
{
    private static Essms Ehpad(string huitChiffres) => new(Finess.Complete(huitChiffres), Champ.PA)
    {
        RelevantL312_1 = true,
        FinancementEsmsNumeriqueAnterieur = false,
        CommandeSonsAutreLogiciel = false,
        ActivitesConfort = false,
        RattacheEntiteNationale = false,
    };

    private static OrganismeGestionnaire Og(int og) =>
        new OrganismeGestionnaire(Finess.Complete($"3101000{og}"), Enumerable.Range(0, 5).Select(i => Ehpad($"31{og}0{1000 + i}")).ToArray())
        {
            NombreEssmsFiness = 40,
            AutodiagnosticFourni = true,
        };

    private static Dossier TroisOgDeCinq() =>
        Dossier.Acquisition(
            new Porteur(Finess.Complete("31010001"), Champ.PA) { SoumisCodeCommandePublique = false, MarcheEnCoursMemeObjet = false },
            new Editeur { ReferenceSegur = true, ReferenceSad = true },
            Og(1), Og(2), Og(3))
        with { Campagne = "2022", DateDepot = new LocalDate(2022, 6, 1), RepresentativiteNationale = false, MaitriseOuvrageMature = true, DureePrevueMois = 18 };

    [Fact]
    public void Acquisition_ThreeOgsOfFiveEssms_IsAValidDossierOfFifteenEssms()
    {
        var d = TroisOgDeCinq();

        Assert.Equal(TypeProjet.Acquisition, d.TypeProjet);
        Assert.Equal(3, d.OrganismesGestionnaires.Count);
        var r = EsmsEvaluator.Default.Evaluate(d);
        Assert.True(r.IsValid, string.Join("\n", r.Errors));
        Assert.Equal(15, r.Decision.EssmsRetenus);
    }

    [Fact]
    public void MiseEnConformite_GivesThatType()
    {
        var f = Finess.Complete("31010001");

        Assert.Equal(TypeProjet.MiseEnConformite, Dossier.MiseEnConformite(new Porteur(f, Champ.PA), new Editeur(), new OrganismeGestionnaire(f)).TypeProjet);
    }

    [Fact]
    public void AddEssms_ToTheSecondOg_AddsItThereOnlyAndLeavesTheDossierAsItWas()
    {
        var d = TroisOgDeCinq();
        var og2 = d.OrganismesGestionnaires[1].FinessJuridique;

        var plus = d.AddEssms(og2, Ehpad("31201005"));

        Assert.Equal(new[] { 5, 6, 5 }, plus.OrganismesGestionnaires.Select(o => o.Essms.Count));
        Assert.Equal(Finess.Complete("31201005"), plus.OrganismesGestionnaires[1].Essms[5].FinessGeographique);
        Assert.Equal(new[] { 5, 5, 5 }, d.OrganismesGestionnaires.Select(o => o.Essms.Count));
        Assert.Equal(16, EsmsEvaluator.Default.Evaluate(plus).GetDecisionOrThrow().EssmsRetenus);
        Assert.Equal(d, plus.ReplaceEssms(Finess.Complete("31201005"), e => e) with { OrganismesGestionnaires = d.OrganismesGestionnaires });
    }

    [Fact]
    public void AddEssms_ToAnOgNotInTheDossier_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => TroisOgDeCinq().AddEssms(Finess.Complete("75000001"), Ehpad("31201005")));

        Assert.Contains("750000010", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrganismes_AddsAfterTheOthers()
    {
        var d = TroisOgDeCinq();

        var plus = d.AddOrganismes(Og(4), Og(5));

        Assert.Equal(d.OrganismesGestionnaires.Concat(new[] { Og(4), Og(5) }), plus.OrganismesGestionnaires);
    }

    [Fact]
    public void ReplaceEssms_OneFact_ChangesThatEssmsOnly()
    {
        var d = TroisOgDeCinq();
        var cible = d.OrganismesGestionnaires[2].Essms[3].FinessGeographique;

        var change = d.ReplaceEssms(cible, e => e with { RelevantL312_1 = false });

        Assert.False(change.OrganismesGestionnaires[2].Essms[3].RelevantL312_1);
        Assert.Equal(14, change.OrganismesGestionnaires.SelectMany(o => o.Essms).Count(e => e.RelevantL312_1 == true));
        Assert.Equal(14, EsmsEvaluator.Default.Evaluate(change).GetDecisionOrThrow().EssmsRetenus);
        Assert.Throws<ArgumentException>(() => d.ReplaceEssms(Finess.Complete("75000001"), e => e));
    }

    [Fact]
    public void OrganismeGestionnaire_ParamsConstructorAndAddEssms_EqualTheListConstructor()
    {
        var f = Finess.Complete("31010001");
        var a = Ehpad("31021000");
        var b = Ehpad("31021001");

        Assert.Equal(new OrganismeGestionnaire(f, new[] { a, b }.ToList()), new OrganismeGestionnaire(f, a, b));
        Assert.Equal(new OrganismeGestionnaire(f, a, b), new OrganismeGestionnaire(f).AddEssms(a).AddEssms(new[] { b }.AsEnumerable()));
        Assert.Empty(new OrganismeGestionnaire(f).Essms);
    }
}
