using System.Collections.Generic;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Rules;
using EsmsRules.Sources;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>Each moved rule and section carries the catalogue's title and references, and a rule declares exactly the
/// barème parameters the catalogue of parameters lists for its id.</summary>
public class CatalogueDesSectionsTests
{
    private static readonly Section[] Sections = { new SectionEligibilite(), new SectionGrappe(), new SectionOrientation(), new SectionRecevabilite(), new SectionAchat() };

    public static IEnumerable<object[]> Entrees() =>
        Sections.SelectMany(s => new Definition[] { s }.Concat(s.Regles)).Select(d => new object[] { d.Id });

    private static Definition Entree(string id) =>
        Sections.SelectMany(s => new Definition[] { s }.Concat(s.Regles)).Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Entrees))]
    public void Definition_MovedEntry_TitleAndReferencesOfTheCatalogue(string id)
    {
        var d = Entree(id);

        Assert.Equal(EsmsRules.Rules.Regles.Get(id).Titre, d.Titre);
        Assert.Equal(Citations.ParId[id], d.References);
    }

    [Theory]
    [MemberData(nameof(Entrees))]
    public void Parametres_MovedRule_ThoseTheBaremeListsForItsId(string id)
    {
        if (Entree(id) is not Regle r)
        {
            return;
        }

        var attendus = BaremeParametres.Noms.Where(nom => BaremeParametres.Regles(nom).Contains(id)).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(attendus, r.Parametres.OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
