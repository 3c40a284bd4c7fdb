using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Engine;

/// <summary>CONTRACT.md "Invalid input", RULES.md §10.17: dossiers built in code are checked before evaluation.</summary>
public class DossierValidatorTests
{
    private static (string Code, string Chemin)[] Problems(Dossier? d, bool verifierCampagne = true) =>
        DossierValidator.Validate(d, verifierCampagne).Select(e => (e.Code, e.Chemin)).ToArray();

    [Fact]
    public void Validate_ValidDossier_NoProblem() => Assert.Empty(Problems(DossierBuilder.Grappe(15)));

    [Fact]
    public void Validate_Null_RequiredAtRoot() => Assert.Equal(new[] { ("required", "$") }, Problems(null));

    [Fact]
    public void Validate_SeveralProblems_AllListedInDocumentOrder()
    {
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 2), DossierBuilder.Og(1, 1)) with
        {
            Campagne = "2021",
            TypeProjet = (TypeProjet)9,
            DureePrevueMois = -2,
        };
        d = d with { Editeur = d.Editeur with { Devis = 12.345m } };
        d = d.MapEssmsAt(2, e => e with { FinessGeographique = default, Champ = (Champ)42, CategorieFiness = "4600" });
        Assert.Equal(new[]
        {
            ("unknownCampaign", "$.campagne"),
            ("unknownValue", "$.typeProjet"),
            ("negative", "$.dureePrevueMois"),
            ("invalidAmount", "$.editeur.devis"),
            ("duplicateOrganisme", "$.organismesGestionnaires[1].finessJuridique"),
            ("required", "$.organismesGestionnaires[1].essms[0].finessGeographique"),
            ("unknownValue", "$.organismesGestionnaires[1].essms[0].champ"),
            ("invalidCategory", "$.organismesGestionnaires[1].essms[0].categorieFiness"),
        }, Problems(d));
    }

    [Fact]
    public void Validate_UnknownCampaignWithoutCheck_NoProblem() =>
        Assert.Empty(Problems(DossierBuilder.Grappe(15) with { Campagne = "2030" }, verifierCampagne: false));

    [Theory]
    [InlineData("2022")]
    [InlineData("2023")]
    [InlineData("2024")]
    [InlineData("2025")]
    [InlineData(null)]
    public void Validate_KnownCampaign_NoProblem(string? campagne) =>
        Assert.Empty(Problems(DossierBuilder.Grappe(15) with { Campagne = campagne }));

    [Fact]
    public void Validate_DuplicateEssmsAcrossOgs_DuplicateEssmsAtSecond()
    {
        var d = DossierBuilder.Dossier(TypeProjet.Acquisition, DossierBuilder.Og(1, 2), DossierBuilder.Og(2, 1));
        d = d.MapEssmsAt(2, e => e with { FinessGeographique = d.EssmsAt(0) });
        var e = Assert.Single(DossierValidator.Validate(d));
        Assert.Equal(("duplicateEssms", "$.organismesGestionnaires[1].essms[0].finessGeographique"), (e.Code, e.Chemin));
        Assert.Equal(d.EssmsAt(0).Value, e.Arguments["finess"]);
    }

    [Fact]
    public void Validate_NoEssms_NoEssms() =>
        Assert.Equal(new[] { ("noEssms", "$.organismesGestionnaires") },
            Problems(DossierBuilder.Grappe(1).WithOgs(DossierBuilder.OgOf(1))));

    [Fact]
    public void Validate_NegativeMesureCounter_NegativeAtItsPath()
    {
        var d = DossierBuilder.Grappe(15);
        d = d with { Mesures = new[] { new Mesure(d.EssmsAt(0), 10, 10, 5, -1, 9, 9, 9) } };
        Assert.Equal(new[] { ("negative", "$.mesures[0].dmpAlimentes") }, Problems(d));
    }

    [Theory]
    [InlineData(1_000_000_001L)]
    [InlineData(long.MaxValue)]
    public void Validate_CounterAboveBillion_OutOfRangeAtItsPath(long valeur)
    {
        // 10⁹ per ESSMS: no sum over 100 000 ESSMS can overflow a long (the second payment's ratios).
        var d = DossierBuilder.Grappe(15);
        d = d with { Mesures = new[] { new Mesure(d.EssmsAt(0), 10, 10, valeur, 5, 9, 9, 9) } };
        var e = Assert.Single(DossierValidator.Validate(d));
        Assert.Equal(("outOfRange", "$.mesures[0].messagesMss"), (e.Code, e.Chemin));
        Assert.Equal("1000000000", e.Arguments["max"]);
    }

    [Fact]
    public void Validate_BoundsOfTheFormat_OutOfRangeForDossiersBuiltInCode()
    {
        var d = DossierBuilder.Grappe(15) with { DureePrevueMois = 121 };
        d = d with { Editeur = d.Editeur with { Devis = 1_000_000_000.01m }, DepensesRealisees = 2_000_000_000m };
        d = d with { OrganismesGestionnaires = d.OrganismesGestionnaires.Select((o, k) => k == 0 ? o with { NombreEssmsFiness = 100_001 } : o).ToArray() };
        Assert.Equal(new[]
        {
            ("outOfRange", "$.dureePrevueMois"),
            ("outOfRange", "$.editeur.devis"),
            ("outOfRange", "$.depensesRealisees"),
            ("outOfRange", "$.organismesGestionnaires[0].nombreEssmsFiness"),
        }, Problems(d));
    }

    [Theory]
    [InlineData("050", false)]
    [InlineData("099", false)]
    [InlineData("100", true)]
    [InlineData("999", true)]
    public void Validate_CategoryInCode_From100To999(string categorie, bool valide)
    {
        var d = DossierBuilder.Grappe(15).MapEssmsAt(0, e => e with { CategorieFiness = categorie });
        Assert.Equal(valide, Problems(d).Length == 0);
    }

    [Fact]
    public void Validate_CampaignWithNewLine_QuotedOnOneLine()
    {
        var e = Assert.Single(DossierValidator.Validate(DossierBuilder.Grappe(15) with { Campagne = "20\n22" + new string('x', 500) }));
        Assert.Equal("unknownCampaign", e.Code);
        Assert.DoesNotContain('\n', e.Message);
        Assert.True(e.Message.Length < 200, e.Message);
    }

    [Fact]
    public void Evaluate_InvalidDossierInCode_ErrorsNotException()
    {
        var d = DossierBuilder.Grappe(15) with { Campagne = "2021" };
        var r = EsmsEvaluator.Default.Evaluate(d);
        Assert.False(r.IsValid);
        Assert.Equal(("unknownCampaign", "$.campagne"), (Assert.Single(r.Errors).Code, r.Errors[0].Chemin));
        var ex = Assert.Throws<InvalidDossierException>(() => r.GetDecisionOrThrow());
        Assert.Same(r.Errors, ex.Errors);
    }
}
