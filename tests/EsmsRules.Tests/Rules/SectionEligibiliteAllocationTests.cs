using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Tests.Support;
using Xunit;

namespace EsmsRules.Tests.Rules;

/// <summary>
/// The eligibility section goes through every ESSMS: what it allocates per ESSMS decides whether a grappe of 10 000 ESSMS
/// stays linear (benchmarks/README.md). A count of bytes, not a timing: the same on every machine.
/// </summary>
public class SectionEligibiliteAllocationTests
{
    [Fact]
    public void Evaluate_TenThousandSatisfiedEssms_AllocatesAboutOneRetainedEntryPerEssms()
    {
        var ogs = Enumerable.Range(1, 25).Select(o => DossierBuilder.Og(o, 400)).ToArray();
        var dossier = DossierBuilder.Dossier(TypeProjet.Acquisition, ogs);
        var section = new SectionEligibilite();
        var faits = new Faits(dossier, Campagnes.Generalisation2022) { Explications = false };
        section.Evaluate(faits);

        var avant = GC.GetAllocatedBytesForCurrentThread();
        var r = section.Evaluate(faits);
        var octets = GC.GetAllocatedBytesForCurrentThread() - avant;

        Assert.Equal(10_000, r.Faits.Eligibilite!.N);
        // The retained list is 10 000 × 24 bytes; the five rules' outcomes are counted, not stored (they were 5 lists of
        // 10 000 tuples, 5 MB in all).
        Assert.InRange(octets, 240_000, 400_000);
    }
}
