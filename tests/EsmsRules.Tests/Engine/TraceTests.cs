using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace EsmsRules.Tests.Engine;

public class TraceTests
{
    [Fact]
    public void Lists_RulesRecordedOutOfOrderAndTwice_SortedOrdinalWithoutDuplicates()
    {
        var t = new Trace(explain: false);
        foreach (var id in new[] { "VERS-02", "ACHAT-01", "VERS-02", "SONS-09", "CIBLE-07", "ACHAT-01" })
        {
            t.Rule(id, Resultat.NotSatisfied, null);
        }

        t.Rule("PROJET-08", Resultat.ReviewRequired, null);
        t.Rule("PETITOG-01", Resultat.ReviewRequired, null);
        t.Rule("GRAPPE-04", Resultat.Satisfied, null);
        t.Rule("FIN-03", Resultat.MissingInput, null, manquantes: new[] { "referenceSegur" });
        t.Rule("PROJET-07", Resultat.MissingInput, null, manquantes: new[] { "representativiteNationale", "referenceSegur" });

        Assert.Equal(new[] { "ACHAT-01", "CIBLE-07", "SONS-09", "VERS-02" }, t.NonSatisfaites);
        Assert.Equal(new[] { "PETITOG-01", "PROJET-08" }, t.AApprecier);
        Assert.Equal(new[] { "referenceSegur", "representativiteNationale" }, t.DonneesManquantes);
    }

    [Fact]
    public void Lists_NothingRecorded_Empty()
    {
        var t = new Trace(explain: true);
        t.Rule("FIN-01", Resultat.Satisfied, "x");
        t.Rule("FIN-02", Resultat.NotApplicable, "y");

        Assert.Empty(t.NonSatisfaites);
        Assert.Empty(t.AApprecier);
        Assert.Empty(t.DonneesManquantes);
    }

    [Fact]
    public void Lists_AnyRulesInAnyOrder_SameAsSortedDistinct()
    {
        var ids = Regles.Toutes.Select(r => r.Id).ToArray();
        var tirages = Gen.ArrayOf(Gen.Elements(ids)).SelectMany(a => Gen.ArrayOf(Gen.Elements(ids)), (a, b) => (a, b)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(tirages, tirage =>
        {
            var t = new Trace(explain: false);
            foreach (var id in tirage.a)
            {
                t.Rule(id, Resultat.NotSatisfied, null);
            }

            foreach (var id in tirage.b)
            {
                t.Rule(id, Resultat.ReviewRequired, null);
            }

            Assert.Equal(tirage.a.Distinct().OrderBy(x => x, StringComparer.Ordinal), t.NonSatisfaites);
            Assert.Equal(tirage.b.Distinct().OrderBy(x => x, StringComparer.Ordinal), t.AApprecier);
        }));
    }
}
