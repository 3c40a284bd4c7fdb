using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EsmsRules.Cli.Rendu;
using EsmsRules.Decisions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace EsmsRules.Tests.Cli.Rendu;

public class RenduTexteTests
{
    private static string Rendre(string exemple, OptionsRendu? options = null)
    {
        var w = new StringWriter();
        RenduTexte.Ecrire(w, Exemples.Decision(exemple), options ?? new OptionsRendu(Largeur: 100));
        return w.ToString();
    }

    [Fact]
    public void Ecrire_Default_HidesNotApplicableRulesAndSaysHowMany()
    {
        var d = Exemples.Decision("11-grappe-12-maturite-inconnue");
        var masques = d.Arbre.DescendantsAndSelf().Count(n => n.Resultat == Resultat.NotApplicable);

        var texte = Rendre("11-grappe-12-maturite-inconnue");

        Assert.DoesNotContain("· ", texte.Replace("· sans objet", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("GRAPPE-01 —", texte, StringComparison.Ordinal);
        Assert.Contains($"{masques} règles sans objet masquées (--complet pour les afficher).", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_Complet_ShowsEveryNode()
    {
        var d = Exemples.Decision("11-grappe-12-maturite-inconnue");

        var texte = Rendre("11-grappe-12-maturite-inconnue", new OptionsRendu(Complet: true, Largeur: 100));

        Assert.All(d.Arbre.DescendantsAndSelf(), n => Assert.Contains(Contenu.Marque(n.Resultat) + " " + n.Regle + " —", texte, StringComparison.Ordinal));
        Assert.DoesNotContain("masquée", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_Example11_RecevabiliteMarkedAsWaitingLikeItsText()
    {
        var texte = Rendre("11-grappe-12-maturite-inconnue");

        Assert.Contains("… RECEVABILITE — Recevabilité du projet", texte, StringComparison.Ordinal);
        Assert.Contains("Recevabilité en attente de données manquantes.", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_Example11_HeaderHasTheQuestionAndTheSupposedAnswer()
    {
        var texte = Rendre("11-grappe-12-maturite-inconnue");

        Assert.Contains("questions           : 1. maitriseOuvrageMature (bloquante ; GRAPPE-03)", texte, StringComparison.Ordinal);
        Assert.Contains("sous réserve de maitriseOuvrageMature = oui : 613 000 €", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_SupposedAnswerInsideAnObject_NamedWithoutTheRoot()
    {
        var texte = Rendre("17-achat-marche-en-cours-segur-inconnu", new OptionsRendu(Largeur: 400));

        Assert.Contains("sous réserve de editeur.referenceSegur = oui : 430 000 €", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_SeveralOgs_HeaderGivesEachOgsShare()
    {
        var texte = Rendre("18-devis-trois-og-au-centime", new OptionsRendu(Largeur: 400));

        Assert.Contains("par OG              : 310030010 : 75 333,34 € (part ESSMS 42 000 €, part éditeur 33 333,34 €, équipements 0 €)", texte, StringComparison.Ordinal);
        Assert.Contains("310030150 : 75 333,33 €", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_Example10_HeaderListsTheRemediesWithTheirTotals()
    {
        var texte = Rendre("10-grappe-12-non-mature", new OptionsRendu(Largeur: 400));

        Assert.Contains("pour être recevable : • Se regrouper avec un OG apportant 3 ESSMS (12 → 15) → 737 500 € (GRAPPE-03)", texte, StringComparison.Ordinal);
        Assert.Contains("613 000 €", texte, StringComparison.Ordinal);
        Assert.Contains("✘ RECEVABILITE", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_WireValues_InFrench()
    {
        var texte = Rendre("02-acquisition-46-sad");

        Assert.Contains("orientation         : régional (ARS), instruction ARS", texte, StringComparison.Ordinal);
        Assert.Contains("procédure d'achat   : SAD obligatoire", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("procédure sad", texte, StringComparison.Ordinal);
        Assert.Contains("procédure d'achat   : sans objet", Rendre("03-conformite-35"), StringComparison.Ordinal);
    }

    [Fact]
    public void Ecrire_RulesToAppreciate_ListedWithTheirTitles()
    {
        var d = Exemples.Decision("05-acquisition-petit-og-segur");
        Assert.NotEmpty(d.AApprecier);

        var texte = Rendre("05-acquisition-petit-og-segur", new OptionsRendu(Largeur: 400));

        Assert.All(d.AApprecier, id => Assert.Contains(id + " — " + d.Arbre.Find(id)!.Titre, texte, StringComparison.Ordinal));
    }

    [Fact]
    public void Ecrire_Sources_ShowsEachVisibleNodesSource()
    {
        var d = Exemples.Decision("01-acquisition-46-segur");

        var sans = Rendre("01-acquisition-46-segur", new OptionsRendu(Largeur: 1000));
        var avec = Rendre("01-acquisition-46-segur", new OptionsRendu(Sources: true, Largeur: 1000));

        Assert.DoesNotContain("Source : ", sans, StringComparison.Ordinal);
        var visibles = d.Arbre.DescendantsAndSelf().Where(n => n.Resultat != Resultat.NotApplicable && n.Source.Length > 0).ToArray();
        Assert.Equal(visibles.Length, Regex.Matches(avec, "Source : ").Count);
        Assert.All(visibles, n => Assert.Contains("Source : " + n.Source, avec, StringComparison.Ordinal));
    }

    [Fact]
    public void Ecrire_NoPluralSlips()
    {
        foreach (var nom in Exemples.Noms().Select(o => (string)o[0]))
        {
            var texte = Rendre(nom, new OptionsRendu(Complet: true, Largeur: 1000));
            Assert.DoesNotMatch(@"\b1 \w+\(s\)", texte);
            Assert.DoesNotContain("Les 1 ", texte, StringComparison.Ordinal);
            Assert.DoesNotContain("sansObjet", texte, StringComparison.Ordinal);
        }
    }

    /// <summary>At any width, no line is longer, and every explanation's text is there (wrapped lines joined, the tree's
    /// glyphs and the spaces taken out).</summary>
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Ecrire_AnyWidth_NoLineLongerNothingLost()
    {
        var noms = Exemples.Noms().Select(o => (string)o[0]).ToArray();
        return Prop.ForAll(Gen.Elements(noms).ToArbitrary(), Gen.Choose(OptionsRendu.LargeurMinimale, 200).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (nom, largeur, complet) =>
        {
            var d = Exemples.Decision(nom);
            var texte = Rendre(nom, new OptionsRendu(Complet: complet, Sources: true, Largeur: largeur));
            var lignes = texte.Split('\n').Select(l => l.TrimEnd('\r'));
            var compact = Compacter(texte);
            var visibles = d.Arbre.DescendantsAndSelf().Where(n => complet || n.Resultat != Resultat.NotApplicable);
            return lignes.All(l => l.Length <= largeur)
                && visibles.All(n => compact.Contains(Compacter(n.Explication), StringComparison.Ordinal)
                    && compact.Contains(Compacter(n.Titre), StringComparison.Ordinal)
                    && compact.Contains(Compacter(n.Source), StringComparison.Ordinal));
        });
    }

    /// <summary>Every example at the narrowest width and a few others, both ways: the property's cases made sure of.</summary>
    [Theory]
    [InlineData(40)]
    [InlineData(41)]
    [InlineData(57)]
    [InlineData(80)]
    [InlineData(133)]
    public void Ecrire_EveryExampleAtAWidth_NoLineLongerNothingLost(int largeur)
    {
        foreach (var nom in Exemples.Noms().Select(o => (string)o[0]))
        {
            foreach (var complet in new[] { true, false })
            {
                var d = Exemples.Decision(nom);
                var texte = Rendre(nom, new OptionsRendu(complet, Sources: true, largeur));
                Assert.All(texte.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= largeur, nom + " : " + l));
                var compact = Compacter(texte);
                Assert.All(d.Arbre.DescendantsAndSelf().Where(n => complet || n.Resultat != Resultat.NotApplicable), n =>
                    Assert.Contains(Compacter(n.Explication), compact, StringComparison.Ordinal));
            }
        }
    }

    private static string Compacter(string texte) => new(texte.Where(c => !char.IsWhiteSpace(c) && c is not ('│' or '├' or '└' or '─')).ToArray());
}
