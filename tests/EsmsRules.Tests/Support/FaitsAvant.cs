using EsmsRules.Baremes;
using EsmsRules.Model;
using EsmsRules.Rules;

namespace EsmsRules.Tests.Support;

/// <summary>The facts of a dossier through the sections already moved, for tests of the sections after them.</summary>
public static class FaitsAvant
{
    /// <summary>The facts after ELIGIBILITE, GRAPPE and ORIENTATION (default campaign 2022).</summary>
    public static Faits Orientation(Dossier dossier, Bareme? bareme = null)
    {
        var faits = new Faits(dossier, bareme ?? Campagnes.Generalisation2022);
        faits = new SectionEligibilite().Evaluate(faits).Faits;
        faits = new SectionGrappe().Evaluate(faits).Faits;
        return new SectionOrientation().Evaluate(faits).Faits;
    }
}
