using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static EsmsRules.ArsTests.Dossiers;

namespace EsmsRules.ArsTests;

/// <summary>
/// "Adding an eligible ESSMS to a recevable regional grappe never lowers the total" — true only with two conditions,
/// which the two facts below show the rules need:
/// <list type="bullet">
/// <item>the OG that gets the ESSMS must not stop being a small OG: an OG is small when it manages fewer than 15 ESSMS
/// in FINESS, counted from the dossier when <c>nombreEssmsFiness</c> is not given, and its equipment (20 000 € per ESSMS)
/// and the project's AMOA (115 000 €) go when it stops being small;</item>
/// <item>the grappe must stay below 50 ESSMS: from the 50th the project is national, and the AMOA is for regional
/// projects only.</item>
/// </list>
/// The property: within those conditions, the ESSMS adds at least its part ESSMS (FIN-01 7 000 €, FIN-04 5 000 €).
/// </summary>
public class AjoutEssmsTests
{
    private static Decision Decide(Dossier dossier) => EsmsEvaluator.Default.Evaluate(dossier).GetDecisionOrThrow();

    [Property(MaxTest = 150, QuietOnSuccess = true, Arbitrary = new[] { typeof(GrappesRegionales) })]
    public void AddEssms_RecevableRegionalGrappe_NeverLowersTotal(CasAjout cas)
    {
        var avant = Decide(cas.Avant);
        var apres = Decide(cas.Apres);

        // The generator makes recevable regional grappes: checked, so the property cannot pass on refusals (total 0).
        Assert.True(avant.Recevable == true && avant.Orientation == Orientation.Regional, $"avant : {avant.Recevable} {avant.Orientation}");
        Assert.True(apres.Recevable == true && apres.Orientation == Orientation.Regional, $"après : {apres.Recevable} {apres.Orientation}");

        var partEssms = cas.Avant.TypeProjet == TypeProjet.Acquisition ? 7_000m : 5_000m;
        Assert.True(apres.Financement.Total >= avant.Financement.Total + partEssms,
            $"{avant.Financement.Total} → {apres.Financement.Total}");
    }

    [Fact]
    public void AddEssms_FifteenthOfSmallOgWithoutFinessCount_LowersTotal()
    {
        // The small OG's size is the number listed (nombreEssmsFiness not given): 14 → 15, it is no longer small.
        var dossier = Acquisition(Og(10, 10, 40), Og(11, 14, null));
        var avant = Decide(dossier);
        var apres = Decide(dossier.AddEssms(FinessOg(11), EssmsEligible(11, 14)));

        Assert.Equal(911_000m, avant.Financement.Total);   // 24 × 21 500 € + 14 × 20 000 € + 115 000 €
        Assert.Equal(537_500m, apres.Financement.Total);   // 25 × 21 500 €
        Assert.Equal(Resultat.NotApplicable, apres.Arbre.Find("PETITOG-01")?.Resultat);
    }

    [Fact]
    public void AddEssms_FiftiethWithSmallOg_LowersTotal()
    {
        // 49 → 50 ESSMS: national call (CNSA); equipment stays, the regional AMOA goes.
        var dossier = Acquisition(Og(10, 41, 100), Og(11, 8, 8));
        var avant = Decide(dossier);
        var apres = Decide(dossier.AddEssms(FinessOg(10), EssmsEligible(10, 41)));

        Assert.Equal(Orientation.Regional, avant.Orientation);
        Assert.Equal(Orientation.National, apres.Orientation);
        Assert.Equal(1_328_500m, avant.Financement.Total);  // 49 × 21 500 € + 8 × 20 000 € + 115 000 €
        Assert.Equal(1_218_500m, apres.Financement.Total);  // + 2 000 € + 3 000 € (from the 50th), − 115 000 €
    }
}

/// <summary>A recevable regional grappe and the same grappe with one more eligible ESSMS.</summary>
/// <param name="Avant">The grappe.</param>
/// <param name="Apres">The grappe with the ESSMS added.</param>
/// <param name="Description">What was generated, for FsCheck's counter-example.</param>
public sealed record CasAjout(Dossier Avant, Dossier Apres, string Description)
{
    public override string ToString() => Description;
}

/// <summary>
/// Recevable regional grappes of 1 to 48 ESSMS (at least 2 for a mise en conformité: one ESSMS alone is SONS only), one
/// champ for the porteur and every ESSMS (the majority cannot change), a solution the project type accepts, a mature
/// maîtrise d'ouvrage (below 15 ESSMS the ARS admits the grappe), with or without a quote; the ESSMS is added either to
/// an OG whose FINESS size is given and already counts it, or with a new partner OG.
/// </summary>
public static class GrappesRegionales
{
    public static Arbitrary<CasAjout> Cas() => Arb.From(Generateur);

    // OG sizes, often at the small-OG threshold (14 and 15 ESSMS) and the grappe minimum (7, 8).
    private static readonly Gen<int> Taille = Gen.Frequency((3, Gen.Choose(1, 20)), (2, Gen.Elements(7, 8, 14, 15)));

    private static readonly Gen<CasAjout> Generateur =
        from type in Gen.Elements(TypeProjet.Acquisition, TypeProjet.MiseEnConformite)
        from champ in Gen.Elements(Champ.PA, Champ.PH, Champ.DOM, Champ.PDS, Champ.AHI)
        from ségurOuSad in Gen.Elements(true, false)
        from devis in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (2, Gen.Choose(0, 2_000_000).Select(e => (decimal?)e)))
        from tailles in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Taille, n))
        where tailles.Sum() <= 48 && (type == TypeProjet.Acquisition || tailles.Sum() >= 2)
        from marges in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 30).Select(m => (int?)m))), tailles.Length)
        from cible in Gen.Choose(-1, tailles.Length - 1)
        where cible < 0 || marges[cible] is > 0
        from tailleNouvelOg in Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 40).Select(m => (int?)m)))
        select Construire(type, champ, ségurOuSad, devis, tailles, marges, cible, tailleNouvelOg);

    private static CasAjout Construire(TypeProjet type, Champ champ, bool variante, decimal? devis, int[] tailles, int?[] marges, int cible, int? tailleNouvelOg)
    {
        // A medico-social acquisition goes through the SAD (ACHAT-01; in 2022 a solution not referenced Ségur is
        // admitted); a social acquisition and a mise en conformité need Ségur.
        var editeur = type == TypeProjet.Acquisition && champ.IsMedicoSocial()
            ? new Editeur { ReferenceSad = true, ReferenceSegur = variante, Devis = devis }
            : new Editeur { ReferenceSegur = true, ReferenceSad = variante, Devis = type == TypeProjet.Acquisition ? devis : null };

        // nombreEssmsFiness: null (the number listed) or listed + a margin of ESSMS outside the project.
        var ogs = tailles.Select((t, i) => Og(10 + i, t, marges[i] is { } m ? t + m : null, champ)).ToArray();
        var avant = Dossier.Acquisition(new Porteur(ogs[0].FinessJuridique, champ) { SoumisCodeCommandePublique = false, MarcheEnCoursMemeObjet = false }, editeur, ogs)
            with
            {
                TypeProjet = type,
                Campagne = "2022",
                DateDepot = new NodaTime.LocalDate(2022, 6, 1),
                RepresentativiteNationale = false,
                MaitriseOuvrageMature = true,
                DureePrevueMois = 9,
            };

        var apres = cible >= 0
            ? avant.AddEssms(ogs[cible].FinessJuridique, EssmsEligible(10 + cible, tailles[cible], champ))
            : avant.AddOrganismes(Og(10 + tailles.Length, 1, tailleNouvelOg, champ));

        var description = $"{type} {champ}, éditeur {(editeur.ReferenceSegur == true ? "Ségur" : "")}{(editeur.ReferenceSad == true ? "+SAD" : "")}, devis {devis?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}, "
            + $"OG (listés/FINESS) : {string.Join(", ", ogs.Select(o => $"{o.Essms.Count}/{o.NombreEssmsFiness?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}"))}, "
            + (cible >= 0 ? $"ajout à l'OG {cible + 1}" : $"ajout d'un OG partenaire ({tailleNouvelOg?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"} en FINESS)");
        return new CasAjout(avant, apres, description);
    }
}
