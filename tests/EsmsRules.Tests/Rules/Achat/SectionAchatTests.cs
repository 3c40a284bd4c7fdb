using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Sources;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>The procurement section as a composition of rules: its facts come from its rules' nodes.</summary>
public class SectionAchatTests
{
    private static Dossier Social(bool? soumis, bool? marche) => WithMarche(DossierBuilder.Grappe(15).WithChamp(Champ.PDE), soumis, marche);

    private static Dossier MedicoSocial(bool? soumis, bool? marche) => WithMarche(DossierBuilder.Grappe(15), soumis, marche);

    private static Dossier WithMarche(Dossier d, bool? soumis, bool? marche) =>
        d with { Porteur = d.Porteur with { SoumisCodeCommandePublique = soumis, MarcheEnCoursMemeObjet = marche } };

    /// <summary>An ARS's reading of ACHAT-02: a porteur subject to the Code de la commande publique may always use its
    /// current contract.</summary>
    private sealed class MarcheDesQueSoumis : Regle
    {
        public MarcheDesQueSoumis()
            : base(Achat02.Identifiant, "Porteur soumis au CCP : marché en cours utilisable (lecture régionale)", new[] { Documents.Logigramme.Section() }, new[]
            {
                new Modele("oui", Resultat.Satisfied, "Porteur soumis au Code de la commande publique : marché en cours utilisable."),
                new Modele("non", Resultat.NotApplicable, "Sans objet."),
            })
        {
        }

        public override DecisionNode Evaluate(Faits faits) => faits.Dossier.Porteur.SoumisCodeCommandePublique == true
            ? Conclude(faits, Resultat.Satisfied, "oui", new[] { Chiffre.OuiNon(Achat02.ChiffreMarchePossible, true) })
            : Conclude(faits, Resultat.NotApplicable, "non", new[] { Chiffre.OuiNon(Achat02.ChiffreMarchePossible, false) });
    }

    [Fact]
    public void Evaluer_SocialChampsWithoutCurrentContract_LibreAndPFromAchat02sFigure()
    {
        var r = new SectionAchat().Evaluate(FaitsAvant.Orientation(Social(soumis: true, marche: false)));

        Assert.Equal(new FaitsAchat(false, false, ProcedureAchat.Libre), r.Faits.Achat);
        Assert.False(r.Noeud.Find("ACHAT-02")!.Chiffre(Achat02.ChiffreMarchePossible).Booleen);
        Assert.Equal(Resultat.Satisfied, r.Noeud.Find("ACHAT-03")!.Resultat);
    }

    [Fact]
    public void AvecRegles_Achat02ReplacedByARegionalReading_FactsAndAchat03FollowItsNode()
    {
        var section = new SectionAchat();
        var regionale = section.WithRules(section.Regles.Select(r => r.Id == Achat02.Identifiant ? new MarcheDesQueSoumis() : r));

        var r = regionale.Evaluate(FaitsAvant.Orientation(Social(soumis: true, marche: false)));

        Assert.Equal(new FaitsAchat(true, true, ProcedureAchat.MarcheEnCours), r.Faits.Achat);
        var achat03 = r.Noeud.Find("ACHAT-03")!;
        Assert.Equal(Resultat.NotApplicable, achat03.Resultat);
        Assert.Equal("Sans objet : marché en cours utilisé (ACHAT-02).", achat03.Explication);
    }

    [Fact]
    public void AvecRegles_Achat02Removed_NoCurrentContractRouteSoPDoesNotHoldTheProcedure()
    {
        var faits = FaitsAvant.Orientation(Social(soumis: null, marche: true));
        var section = new SectionAchat();

        var avec = section.Evaluate(faits).Faits.Achat;
        var sans = section.WithRules(section.Regles.Where(r => r.Id != Achat02.Identifiant)).Evaluate(faits);

        Assert.Equal(new FaitsAchat(null, false, null), avec);
        Assert.Equal(new FaitsAchat(null, false, ProcedureAchat.Libre), sans.Faits.Achat);
        Assert.Equal(new[] { "ACHAT-01", "ACHAT-03", "ACHAT-04" }, sans.Noeud.Enfants.Select(n => n.Regle));
    }

    [Theory]
    [InlineData(false, true, "porteurInconnu")]
    [InlineData(null, true, "porteurInconnu")]
    [InlineData(true, false, "porteurInconnu.sad")]
    public void Achat02_MedicoSocialPorteurUnknown_BlocksUnlessTheSolutionIsInTheSad(bool? sad, bool bloquant, string motif)
    {
        var faits = FaitsAvant.Orientation(MedicoSocial(soumis: null, marche: true).WithEditeur(segur: true, sad: sad));

        var n = new Achat02().Evaluate(faits);

        Assert.Equal(Resultat.MissingInput, n.Resultat);
        Assert.Equal(motif, n.Motif);
        Assert.Equal(bloquant, n.Bloquant);
        Assert.Equal(new[] { "soumisCodeCommandePublique" }, n.DonneesManquantes);
        Assert.DoesNotContain(n.Chiffres, c => c.Nom == Achat02.ChiffreMarchePossible);
    }

    [Fact]
    public void AvecRegles_Achat01Removed_Achat02StillHoldsTheVerdictOnAnUnknownPorteur()
    {
        var faits = FaitsAvant.Orientation(MedicoSocial(soumis: null, marche: true).WithEditeur(segur: true, sad: false));
        var section = new SectionAchat();

        var sans = section.WithRules(section.Regles.Where(r => r.Id != Achat01.Identifiant)).Evaluate(faits);

        Assert.Null(FaitsVerdict.Etablir(sans.Noeud.Enfants).Recevable);
    }

    [Fact]
    public void Evaluer_Conformite_SansObjetWhateverThePorteur()
    {
        var r = new SectionAchat().Evaluate(FaitsAvant.Orientation(WithMarche(DossierBuilder.Grappe(15, TypeProjet.MiseEnConformite), true, true)));

        Assert.Equal(new FaitsAchat(true, false, ProcedureAchat.SansObjet), r.Faits.Achat);
        Assert.Equal(Resultat.Satisfied, r.Noeud.Find("ACHAT-04")!.Resultat);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, null, null)]
    [InlineData(null, false, false)]
    [InlineData(false, null, false)]
    [InlineData(null, null, null)]
    public void MarchePossible_ThreeValued(bool? soumis, bool? marche, bool? p) =>
        Assert.Equal(p, SectionAchat.MarchePossible(soumis, marche));
}
