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
