using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using NodaTime;
using Xunit;
using static EsmsRules.Baremes.DocumentationBaremes;

namespace EsmsRules.Tests.Baremes;

/// <summary><c>docs/baremes.md</c> is written from the barème's parameters, values and the rules that read them; every
/// parameter has a description whose kind matches the property's type, every switch lists each of its values.</summary>
public class DocumentationBaremesTests
{
    [Fact]
    public void Markdown_ComparedToDocsBaremesMd_IsTheSame()
    {
        Snapshot.VerifyDoc("baremes.md", DocumentationBaremes.Markdown());
    }

    [Fact]
    public void Descriptions_EveryParameterOfTheBareme_InDocumentOrder()
    {
        Assert.Equal(BaremeParametres.Noms, Descriptions.Select(d => d.Nom));
        Assert.All(Descriptions, d => Assert.False(string.IsNullOrWhiteSpace(d.Sens), d.Nom));
    }

    public static IEnumerable<object[]> Genres() => Descriptions.Select(d => new object[] { d.Nom });

    [Theory]
    [MemberData(nameof(Genres))]
    public void Descriptions_KindOfEachParameter_MatchesItsPropertyType(string nom)
    {
        var d = Descriptions.Single(x => x.Nom == nom);
        var type = typeof(Bareme).GetProperty(char.ToUpperInvariant(nom[0]) + nom[1..])!.PropertyType;
        var attendu = d.Genre switch
        {
            Genre.Entier or Genre.Jours => typeof(int),
            Genre.Montant or Genre.Taux or Genre.Pourcentage => typeof(decimal),
            Genre.RatioOuNull => typeof(decimal?),
            Genre.TarifParRang => typeof(TarifParRang),
            Genre.Booleen => typeof(bool),
            Genre.Option => type.IsEnum ? type : typeof(Enum),
            Genre.Duree => typeof(Period),
            Genre.Fenetre => typeof(FenetreDepot),
            Genre.Date => typeof(LocalDate),
            Genre.DateOuNull => typeof(LocalDate?),
            Genre.Tranches => typeof(IReadOnlyList<TrancheSons>),
            Genre.Calendriers or Genre.CalendriersOuNull => typeof(IReadOnlyList<CalendrierSons>),
            Genre.Categories => typeof(IReadOnlyDictionary<string, string>),
            Genre.Agregats or Genre.AgregatsOuNull => typeof(IReadOnlyList<string>),
            _ => throw new InvalidOperationException(d.Genre.ToString()),
        };

        Assert.Equal(attendu, type);
    }

    [Fact]
    public void Descriptions_EverySwitch_ListsEachOfItsValues()
    {
        foreach (var d in Descriptions.Where(d => d.Genre == Genre.Option))
        {
            var type = typeof(Bareme).GetProperty(char.ToUpperInvariant(d.Nom[0]) + d.Nom[1..])!.PropertyType;
            var valeurs = Enum.GetNames(type).Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
            Assert.Equal(valeurs.OrderBy(v => v, StringComparer.Ordinal), d.Options.Select(o => o.Valeur).OrderBy(v => v, StringComparer.Ordinal));
        }

        foreach (var d in Descriptions.Where(d => d.EstOption && d.Genre == Genre.Booleen))
        {
            Assert.Equal(new[] { "false", "true" }, d.Options.Select(o => o.Valeur).OrderBy(v => v, StringComparer.Ordinal));
        }

        // The switches the README names, and revision 2's grappeSousMinimumAdmise.
        Assert.Equal(
            new[] { "amoaMarcheChampsSociaux", "baseTrancheSons", "grappeSousMinimumAdmise", "lectureEssms03", "lectureFin03", "nonSegurAutoriseAcquisition", "seuilPetitOgInclus" },
            Descriptions.Where(d => d.EstOption).Select(d => d.Nom).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Markdown_EachParameter_WithIts2022ValueTheRulesThatReadItAndLaterCampaigns()
    {
        var texte = DocumentationBaremes.Markdown();

        foreach (var nom in BaremeParametres.Noms)
        {
            Assert.Contains("\n### " + nom + "\n", texte, StringComparison.Ordinal);
            foreach (var id in BaremeParametres.Regles(nom))
            {
                Assert.Contains(id, texte, StringComparison.Ordinal);
            }
        }

        Assert.Contains("### equipementParEssms\n\nÉquipements et infrastructures par ESSMS retenu d'un petit OG.\n\n- Type : montant en euros, de 0 à 1\u202f000\u202f000\u202f000 €, au plus 2 décimales\n- Valeur 2022 : `20000`\n- Campagne 2024 : `10000`\n- Lu par : PETITOG-01\n", texte, StringComparison.Ordinal);
        Assert.Contains("- `quatreMille` : ", texte, StringComparison.Ordinal);
        Assert.Contains("`fenetreRegionaleAcquisitionMedicoSociale`", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", texte, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("RULES.md", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRACT.md", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EveryParameterARuleReads_IsOneOfTheBaremes()
    {
        var lus = Regles.Toutes.SelectMany(r => r.Parametres).Distinct(StringComparer.Ordinal);
        Assert.All(lus, p => Assert.Contains(p, BaremeParametres.Noms));
    }
}
