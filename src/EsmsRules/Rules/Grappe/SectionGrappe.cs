using System;
using System.Collections.Generic;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// GRAPPE: n, the minimum T (15, or 8 when strictly more of the retained ESSMS are in Corse
/// or overseas than in métropole), a single ESSMS in mise en conformité (SONS only), the medico-social majority; then
/// GRAPPE-01 … GRAPPE-04 on these facts.
/// </summary>
public sealed class SectionGrappe : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "GRAPPE";

    /// <summary>The section with the catalogue's rules: GRAPPE-01 … GRAPPE-04.</summary>
    public SectionGrappe()
        : this(new Regle[] { new Grappe01(), new Grappe02(), new Grappe03(), new Grappe04() })
    {
    }

    /// <summary>The section with other rules.</summary>
    /// <param name="regles">Its rules, in order.</param>
    public SectionGrappe(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Éligibilité et recevabilité de la grappe",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Grappes), Documents.PageCnsa.Section() },
            new[] { new Modele("resume", null, "n = {n} ESSMS éligibles, minimum T = {T}.") },
            regles)
    {
    }

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionGrappe(regles);

    /// <summary>The grappe facts of an eligibility: n, the territory of the grappe (Corse / overseas when strictly
    /// more of its ESSMS are there than in métropole), SONS only, the medico-social majority.</summary>
    /// <param name="faits">The facts, eligibility established.</param>
    /// <returns>The grappe facts.</returns>
    internal static FaitsGrappe Etablir(Faits faits)
    {
        var e = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie;
        int metropole = 0, corseOutreMer = 0, medicoSociaux = 0;
        var listeR = e.Retenus;
        for (var iR = 0; iR < listeR.Count; iR++)
        {
            var r = listeR[iR];
            if (r.Essms.TerritoireEffectif == Territoire.Metropole)
            {
                metropole++;
            }
            else
            {
                corseOutreMer++;
            }

            if (r.Essms.Champ.IsMedicoSocial())
            {
                medicoSociaux++;
            }
        }

        var n = e.N;
        var b = faits.Bareme;
        var t = corseOutreMer > metropole ? b.TailleMinimaleGrappeCorseOutreMer : b.TailleMinimaleGrappe;
        var majorite = n > 0 && faits.Dossier.Porteur.Champ.IsMedicoSocial() && medicoSociaux * 2 > n;
        return new FaitsGrappe(n, metropole, corseOutreMer, t, n == 1 && !faits.Acquisition, majorite, medicoSociaux, e.OgsAvecRetenus);
    }

    /// <inheritdoc />
    public override ResultatSection Evaluate(Faits faits)
    {
        var g = Etablir(faits);
        var etablis = faits with { Grappe = g };
        var noeud = Summarize(etablis, EvaluateRules(etablis), "resume", new[] { Chiffre.Entier("n", g.N), Chiffre.Entier("T", g.TailleMinimale) });
        return new ResultatSection(noeud, etablis);
    }
}
