using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>RULES.md §3 and §10.8: ACHAT-01…04 and the procurement they lead to.</summary>
public class AchatTests
{
    private static Dossier MedicoSocial => DossierBuilder.Grappe(15);

    private static Dossier Social => DossierBuilder.Grappe(15).WithChamp(Champ.PDE);

    private static Dossier WithMarche(Dossier d, bool? soumis, bool? marche) =>
        d with { Porteur = d.Porteur with { SoumisCodeCommandePublique = soumis, MarcheEnCoursMemeObjet = marche } };

    // ----- ACHAT-01

    [Fact]
    public void Achat01_MedicoSocialSadReferenced_SatisfiedProcedureSad()
    {
        var d = MedicoSocial.Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-03"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-04"));
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
    }

    [Fact]
    public void Achat01_MedicoSocialSegurOnlyOutsideSad_NotSatisfiedNonRecevable()
    {
        var d = MedicoSocial.WithEditeur(segur: true, sad: false).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-01"));
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ACHAT-01"));
        Assert.False(d.Recevable);
        Assert.Equal(Orientation.NonRecevable, d.Orientation);
        Assert.Null(d.ProcedureAchat);
        Assert.Equal(new[] { "ACHAT-01" }, d.ReglesNonSatisfaites);
        Assert.Empty(d.AApprecier);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Achat01_MedicoSocialSadUnknown_MissingInputReferenceSad()
    {
        var d = MedicoSocial.WithEditeur(segur: true, sad: null).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("ACHAT-01"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("PROJET-01"));
        Assert.Null(d.Recevable);
        Assert.Null(d.ProcedureAchat);
        Assert.Equal(new[] { "referenceSad" }, d.DonneesManquantes);
    }

    [Fact]
    public void Achat01_SocialChamps_NotApplicable()
    {
        var d = Social.WithEditeur(segur: true, sad: false).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-01"));
        Assert.True(d.Recevable);
    }

    // ----- ACHAT-02

    [Fact]
    public void Achat02_MedicoSocialCurrentContractSegurOutsideSad_SatisfiedMarcheEnCours()
    {
        var d = WithMarche(MedicoSocial.WithEditeur(segur: true, sad: false), true, true).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-03"));
        Assert.True(d.Recevable);
        Assert.Equal(ProcedureAchat.MarcheEnCours, d.ProcedureAchat);
        Assert.Empty(d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Achat02_MedicoSocialCurrentContractSadOnly_SatisfiedMarcheEnCours()
    {
        var d = WithMarche(MedicoSocial.WithEditeur(segur: false, sad: true), true, true).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-02"));
        Assert.Equal(ProcedureAchat.MarcheEnCours, d.ProcedureAchat);
        Assert.True(d.Recevable);
    }

    [Fact]
    public void Achat02_CurrentContractEditorNeitherSegurNorSad_NotSatisfiedAndSadNotRequired()
    {
        var d = WithMarche(MedicoSocial.WithEditeur(segur: false, sad: false), true, true).Evaluate();
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-01"));
        Assert.False(d.Recevable);
        Assert.Equal(new[] { "ACHAT-02", "PROJET-01" }, d.ReglesNonSatisfaites);
        Assert.DoesNotContain("obligatoire", d.Arbre.Find("ACHAT-01")!.Explication.Replace("n'est pas obligatoire", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Achat02_CurrentContractEditorReferencingUnknown_MissingInputNamingBoth()
    {
        var d = WithMarche(Social.WithEditeur(segur: null, sad: null), true, true).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("ACHAT-02"));
        Assert.Equal(new[] { "referenceSegur", "referenceSad" }, d.Arbre.Find("ACHAT-02")!.DonneesManquantes);
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "referenceSad", "referenceSegur" }, d.DonneesManquantes);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    [InlineData(false, null)]
    public void Achat02_NotSubjectOrNoCurrentContract_NotApplicable(bool? soumis, bool? marche)
    {
        var d = WithMarche(MedicoSocial, soumis, marche).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-02"));
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
        Assert.True(d.Recevable);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Achat02_BothFactsUnknownSolutionInSad_MissingInputListedVerdictRecevableProcedureNull()
    {
        var d = WithMarche(MedicoSocial, null, null).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-01"));
        Assert.True(d.Recevable);
        Assert.Equal(Orientation.Regional, d.Orientation);
        Assert.Null(d.ProcedureAchat);
        Assert.Equal(new[] { "marcheEnCoursMemeObjet", "soumisCodeCommandePublique" }, d.DonneesManquantes);
    }

    [Fact]
    public void Achat02_SubjectContractUnknownSocialChamps_MissingInputNotBlocking()
    {
        var d = WithMarche(Social, true, null).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("ACHAT-02"));
        Assert.True(d.Recevable);
        Assert.Null(d.ProcedureAchat);
        Assert.Equal(new[] { "marcheEnCoursMemeObjet" }, d.DonneesManquantes);
    }

    [Fact]
    public void Achat02_SubjectContractUnknownSolutionOutsideSad_BlocksVerdict()
    {
        var d = WithMarche(MedicoSocial.WithEditeur(segur: true, sad: false), true, null).Evaluate();
        Assert.Equal(Resultat.MissingInput, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.MissingInput, d.Outcome("ACHAT-01"));
        Assert.Null(d.Recevable);
        Assert.Equal(new[] { "marcheEnCoursMemeObjet" }, d.Arbre.Find("ACHAT-01")!.DonneesManquantes);
        Assert.Equal(new[] { "marcheEnCoursMemeObjet" }, d.DonneesManquantes);
    }

    /// <summary>RULES.md §10.8 (revision 2), every P (false, true, unknown) × referencing, in both champs: ACHAT-01,
    /// ACHAT-02, the verdict and the procedure on a recevable acquisition. P = soumis ∧ marché; "F", "T", "U" below.</summary>
    [Theory]
    // medico-social majority (PA), campaign 2022 (PROJET-04 on)
    [InlineData("PA", "F", true, true, "satisfied", "notApplicable", true, "Sad")]
    [InlineData("PA", "F", true, false, "notSatisfied", "notApplicable", false, null)]
    [InlineData("PA", "F", true, null, "missingInput", "notApplicable", null, null)]
    [InlineData("PA", "F", false, true, "satisfied", "notApplicable", true, "Sad")]
    [InlineData("PA", "F", false, false, "notSatisfied", "notApplicable", false, null)]
    [InlineData("PA", "F", null, true, "satisfied", "notApplicable", true, "Sad")]
    [InlineData("PA", "T", true, true, "notApplicable", "satisfied", true, "MarcheEnCours")]
    [InlineData("PA", "T", true, false, "notApplicable", "satisfied", true, "MarcheEnCours")]
    [InlineData("PA", "T", false, true, "notApplicable", "satisfied", true, "MarcheEnCours")]
    [InlineData("PA", "T", false, false, "notApplicable", "notSatisfied", false, null)]
    [InlineData("PA", "T", null, false, "notApplicable", "missingInput", null, null)]
    [InlineData("PA", "T", null, null, "notApplicable", "missingInput", null, null)]
    [InlineData("PA", "U", true, true, "satisfied", "missingInput", true, null)]
    [InlineData("PA", "U", true, false, "missingInput", "missingInput", null, null)]
    [InlineData("PA", "U", false, false, "missingInput", "missingInput", false, null)]
    [InlineData("PA", "U", null, null, "missingInput", "missingInput", null, null)]
    [InlineData("PA", "U", false, true, "satisfied", "missingInput", true, null)]
    // social champs (PDE): PROJET-02 asks for Ségur
    [InlineData("PDE", "F", true, false, "notApplicable", "notApplicable", true, "Libre")]
    [InlineData("PDE", "T", true, false, "notApplicable", "satisfied", true, "MarcheEnCours")]
    [InlineData("PDE", "T", false, false, "notApplicable", "notSatisfied", false, null)]
    [InlineData("PDE", "T", false, true, "notApplicable", "satisfied", false, null)]
    [InlineData("PDE", "T", null, null, "notApplicable", "missingInput", null, null)]
    [InlineData("PDE", "U", true, false, "notApplicable", "missingInput", true, null)]
    [InlineData("PDE", "U", true, null, "notApplicable", "missingInput", true, null)]
    [InlineData("PDE", "U", false, false, "notApplicable", "missingInput", false, null)]
    public void Achat0102_ThreeValuedPorteurAndReferencing_OutcomesVerdictAndProcedure(
        string champ, string p, bool? segur, bool? sad, string achat01, string achat02, bool? recevable, string? procedure)
    {
        var (soumis, marche) = p switch { "T" => ((bool?)true, (bool?)true), "F" => (false, false), _ => (null, null) };
        var baseDossier = champ == "PA" ? MedicoSocial : Social;
        var d = WithMarche(baseDossier.WithEditeur(segur, sad), soumis, marche).Evaluate();

        Assert.Equal(achat01, Wire(d.Outcome("ACHAT-01")));
        Assert.Equal(achat02, Wire(d.Outcome("ACHAT-02")));
        Assert.Equal(recevable, d.Recevable);
        Assert.Equal(procedure, d.ProcedureAchat?.ToString());
        if (p == "U" && d.Recevable == true)
        {
            Assert.Contains("soumisCodeCommandePublique", d.DonneesManquantes);
        }
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(null, false)]
    public void Achat02_OneFactFalseOtherUnknown_PFalseNoMissingInput(bool? soumis, bool? marche)
    {
        var d = WithMarche(MedicoSocial, soumis, marche).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-02"));
        Assert.Equal(ProcedureAchat.Sad, d.ProcedureAchat);
        Assert.Empty(d.DonneesManquantes);
    }

    [Fact]
    public void Achat02_ExampleOfRules108_VerdictWaitsForReferenceSegur()
    {
        // RULES.md §10.8: medico-social acquisition, P true, referenceSad false, referenceSegur null.
        var d = WithMarche(MedicoSocial.WithEditeur(segur: null, sad: false), true, true).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-01"));
        Assert.Equal(Resultat.MissingInput, d.Outcome("ACHAT-02"));
        Assert.Equal(new[] { "referenceSegur" }, d.Arbre.Find("ACHAT-02")!.DonneesManquantes);
        Assert.Null(d.Recevable);
        Assert.Empty(d.ReglesNonSatisfaites);
        Assert.Equal(new[] { "referenceSegur" }, d.DonneesManquantes);
    }

    private static string Wire(Resultat r) => char.ToLowerInvariant(r.ToString()[0]) + r.ToString()[1..];

    [Fact]
    public void Achat02_SocialChampsCurrentContract_CheckedAndMarcheEnCours()
    {
        var d = WithMarche(Social, true, true).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-03"));
        Assert.True(d.Recevable);
        Assert.Equal(ProcedureAchat.MarcheEnCours, d.ProcedureAchat);
    }

    [Fact]
    public void Achat02_SocialChampsCurrentContractSadOnly_Projet02StillRequiresSegur()
    {
        var d = WithMarche(Social.WithEditeur(segur: false, sad: true), true, true).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.NotSatisfied, d.Outcome("PROJET-02"));
        Assert.False(d.Recevable);
        Assert.Equal(new[] { "PROJET-02" }, d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Achat02_SmallOgWithCurrentContract_NoAmoaMarche()
    {
        var sans = DossierBuilder.Grappe(15, nombreEssmsFiness: 10).Evaluate();
        var avec = WithMarche(DossierBuilder.Grappe(15, nombreEssmsFiness: 10), true, true).Evaluate();
        Assert.Equal(15_000m, sans.Financement.AmoaMarche);
        Assert.Equal(0m, avec.Financement.AmoaMarche);
        Assert.Equal(ProcedureAchat.MarcheEnCours, avec.ProcedureAchat);
        Assert.DoesNotContain("PETITOG-02", avec.AApprecier);
        Assert.Contains("PETITOG-02", sans.AApprecier);
    }

    [Fact]
    public void Achat02_MiseEnConformiteWithCurrentContract_NotApplicable()
    {
        var d = WithMarche(DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite), true, true).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-02"));
        Assert.Equal(ProcedureAchat.SansObjet, d.ProcedureAchat);
    }

    // ----- ACHAT-03

    [Fact]
    public void Achat03_SocialChamps_SatisfiedProcedureLibre()
    {
        var d = Social.WithEditeur(segur: true, sad: false).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-03"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-02"));
        Assert.Equal(ProcedureAchat.Libre, d.ProcedureAchat);
        Assert.Empty(d.ReglesNonSatisfaites);
    }

    [Fact]
    public void Achat03_MedicoSocialMajority_NotApplicable() =>
        Assert.Equal(Resultat.NotApplicable, MedicoSocial.Evaluate().Outcome("ACHAT-03"));

    // ----- ACHAT-04

    [Fact]
    public void Achat04_MiseEnConformite_SatisfiedSansObjet()
    {
        var d = DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-04"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-03"));
        Assert.Equal(ProcedureAchat.SansObjet, d.ProcedureAchat);
    }

    [Fact]
    public void Achat04_SonsUniquement_SatisfiedSansObjet()
    {
        var d = DossierBuilder.Grappe(1, TypeProjet.MiseEnConformite).Evaluate();
        Assert.Equal(Resultat.Satisfied, d.Outcome("ACHAT-04"));
        Assert.Equal(ProcedureAchat.SansObjet, d.ProcedureAchat);
    }

    [Fact]
    public void Achat04_Acquisition_NotApplicable() =>
        Assert.Equal(Resultat.NotApplicable, MedicoSocial.Evaluate().Outcome("ACHAT-04"));

    [Fact]
    public void Achat_NoEligibleEssms_EveryRuleNotApplicable()
    {
        var d = MedicoSocial.MapEssms((e, _) => e with { RelevantL312_1 = false }).Evaluate();
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-01"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-02"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-03"));
        Assert.Equal(Resultat.NotApplicable, d.Outcome("ACHAT-04"));
        Assert.Null(d.ProcedureAchat);
    }

    /// <summary>RULES.md §10.8 (revision 2): the three missing-input cases of ACHAT-01 each block the verdict, name what
    /// is missing and say it in their own sentence (cases a mutation run found unasserted).</summary>
    [Theory]
    [InlineData(false, null, "Solution non référencée dans le SAD : le SAD est obligatoire sauf si le porteur peut utiliser un marché public en cours (ACHAT-02) ; soumisCodeCommandePublique et marcheEnCoursMemeObjet non renseignés.", new[] { "soumisCodeCommandePublique", "marcheEnCoursMemeObjet" })]
    [InlineData(null, false, "SAD ; referenceSad non renseigné.", new[] { "referenceSad" })]
    [InlineData(null, null, "Acquisition à majorité médico-sociale : le SAD est obligatoire sauf marché public en cours utilisable (ACHAT-02) ; referenceSad, soumisCodeCommandePublique, marcheEnCoursMemeObjet non renseignés.", new[] { "referenceSad", "soumisCodeCommandePublique", "marcheEnCoursMemeObjet" })]
    public void Achat01_SadOrPorteurUnknown_BlockingMissingInputWithItsSentence(bool? sad, bool? soumis, string finExplication, string[] manquantes)
    {
        var d = WithMarche(MedicoSocial.WithEditeur(true, sad), soumis, null).Evaluate();

        var noeud = d.Arbre.Find("ACHAT-01")!;
        Assert.Equal(Resultat.MissingInput, noeud.Resultat);
        Assert.True(noeud.Bloquant);
        Assert.Null(d.Recevable);
        Assert.EndsWith(finExplication, noeud.Explication, System.StringComparison.Ordinal);
        Assert.Equal(manquantes, noeud.DonneesManquantes);
    }
}
