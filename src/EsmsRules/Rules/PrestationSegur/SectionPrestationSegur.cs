using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// SONS: the Prestation Ségur the State buys through the SONS, on behalf of the ESSMS, to upgrade their DUI to its
/// Ségur-referenced version (the money goes to the editor through the ASP). Evaluated for every mise en conformité,
/// whatever the ESMS numérique verdict (a separate State purchase); an acquisition has nothing to upgrade, and no rule
/// is evaluated. SONS-01 … SONS-09 are evaluated in the order of their nodes, each rule that reads others once they
/// are; the Prestation is computed when SONS-02 finds the version Ségur-referenced. The SONS being optional for a mise
/// en conformité, the Prestation is what the editor would receive if the OG signs an order.
/// </summary>
/// <remarks>
/// The section establishes <see cref="Faits.PrestationSegur"/> from its rules' nodes: an entry per OG amount of
/// SONS-06 (its figures <c>og</c>, <c>n</c>, <c>tranche</c>, <c>montantParEssms</c>, its amount), with the advance and
/// the balance of SONS-07's node for that OG. A rule a user removed gives nothing: without SONS-02 the referencing is
/// not checked and the Prestation is computed; without SONS-01 every retained ESSMS counts; without SONS-06 no
/// Prestation is computed (no entry, SONS-07 and SONS-09 do not apply); without SONS-07 an entry has no advance and its
/// balance is its total.
/// </remarks>
public sealed class SectionPrestationSegur : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS";

    /// <summary>The section with the catalogue's rules: SONS-01 … SONS-09.</summary>
    public SectionPrestationSegur()
        : this(new Regle[] { new Sons01(), new Sons02(), new Sons03(), new Sons04(), new Sons05(), new Sons06(), new Sons07(), new Sons08(), new Sons09() })
    {
    }

    /// <summary>The section with other rules.</summary>
    /// <param name="regles">Its rules, in the order of their nodes (a <see cref="RegleSurNoeuds"/> is evaluated after
    /// the rules it reads).</param>
    /// <exception cref="ArgumentException">Two rules with one id, or rules that read each other.</exception>
    public SectionPrestationSegur(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Prestation Ségur (SONS)",
            new[] { Documents.Webinaire.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("acquisition", Resultat.NotApplicable, "Sans objet : projet d'acquisition (la Prestation Ségur finance la mise à niveau d'un DUI existant)."),
                new Modele("prestation", null, "Prestation Ségur (achat pour compte par l'État, versée à l'éditeur) : ce que l'éditeur recevrait si l'OG signe un bon de commande (le recours au SONS est facultatif pour une mise en conformité) : {total} TTC."),
                new Modele("nonReferencee", null, "Pas de Prestation Ségur : la solution n'est pas référencée Ségur (SONS-02)."),
                new Modele("referencementInconnu", null, "Pas de Prestation Ségur : le référencement Ségur de la solution n'est pas renseigné (SONS-02)."),
                new Modele("aucunEligible", null, "Pas de Prestation Ségur : aucun ESSMS éligible (SONS-01)."),
                new Modele("sansMontant", null, "Pas de Prestation Ségur : aucune règle n'en calcule le montant (SONS-06)."),
            },
            regles)
    {
        RegleSurNoeuds.VerifierLectures(Regles, Identifiant);
    }

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionPrestationSegur(regles);

    /// <inheritdoc />
    public override ResultatSection Evaluate(Faits faits)
    {
        if ((faits ?? throw new ArgumentNullException(nameof(faits))).Dossier.TypeProjet != TypeProjet.MiseEnConformite)
        {
            return new ResultatSection(
                Summarize(faits, Array.Empty<DecisionNode>(), "acquisition", resultat: Resultat.NotApplicable),
                faits with { PrestationSegur = Array.Empty<PrestationSegurOrganisme>() });
        }

        var noeuds = RegleSurNoeuds.EvaluerDansLOrdre(Regles, faits);
        DecisionNode? sons02 = null, sons06 = null, sons07 = null;
        var listeN = noeuds;
        for (var iN = 0; iN < listeN.Count; iN++)
        {
            var n = listeN[iN];
            switch (n.Regle)
            {
                case Sons02.Identifiant:
                    sons02 = n;
                    break;
                case Sons06.Identifiant:
                    sons06 = n;
                    break;
                case Sons07.Identifiant:
                    sons07 = n;
                    break;
            }
        }

        var entrees = Etablir(faits, Sons06.Montants(sons06), sons07);
        var somme = 0m;
        var listeE = entrees;
        for (var iE = 0; iE < listeE.Count; iE++)
        {
            var e = listeE[iE];
            somme += e.Total;
        }

        var motif = entrees.Count > 0 ? "prestation"
            : sons02?.Motif == Sons02.MotifNonReferencee ? "nonReferencee"
            : sons02?.Motif == Sons02.MotifNonRenseigne ? "referencementInconnu"
            : sons06 is null ? "sansMontant"
            : "aucunEligible";
        var noeud = entrees.Count > 0
            ? Summarize(faits, noeuds, motif, new[] { Chiffre.Euros("total", somme) }, somme)
            : Summarize(faits, noeuds, motif);
        return new ResultatSection(noeud, faits with { PrestationSegur = entrees });
    }

    /// <summary>An entry per OG amount of SONS-06, with its advance and balance from SONS-07.</summary>
    private static IReadOnlyList<PrestationSegurOrganisme> Etablir(Faits faits, IReadOnlyList<DecisionNode> montants, DecisionNode? sons07)
    {
        var paiements = new Dictionary<string, DecisionNode>(StringComparer.Ordinal);
        var listeP = sons07?.Enfants ?? Array.Empty<DecisionNode>();
        for (var iP = 0; iP < listeP.Count; iP++)
        {
            var p = listeP[iP];
            if (RegleSurNoeuds.ChiffreDe(p, "og") is { } og)
            {
                paiements[og.Texte] = p;
            }
        }

        var ogs = faits.EligibiliteEtablie.Ogs;
        var entrees = new List<PrestationSegurOrganisme>(montants.Count);
        var listeM = montants;
        for (var iM = 0; iM < listeM.Count; iM++)
        {
            var m = listeM[iM];
            var og = RegleSurNoeuds.ChiffreDe(m, "og")!.Value.Texte;
            var total = m.Montant!.Value;
            decimal avance = 0m, solde = total;
            if (paiements.TryGetValue(og, out var p))
            {
                avance = RegleSurNoeuds.ChiffreDe(p, "avance")?.Nombre ?? 0m;
                solde = RegleSurNoeuds.ChiffreDe(p, "solde")?.Nombre ?? total - avance;
            }

            var faitsOg = Trouver(ogs, og);
            entrees.Add(new PrestationSegurOrganisme(
                faitsOg.Og.FinessJuridique,
                (int)(RegleSurNoeuds.ChiffreDe(m, "n")?.Nombre ?? 0m),
                RegleSurNoeuds.ChiffreDe(m, "tranche") is { Type: TypeChiffre.Texte } tranche ? tranche.Texte : string.Empty,
                RegleSurNoeuds.ChiffreDe(m, "montantParEssms")?.Nombre ?? 0m,
                total,
                avance,
                solde));
        }

        return entrees;
    }

    private static FaitsOg Trouver(IReadOnlyList<FaitsOg> ogs, string finessJuridique)
    {
        var listeOg = ogs;
        for (var iOg = 0; iOg < listeOg.Count; iOg++)
        {
            var og = listeOg[iOg];
            if (string.Equals(og.Og.FinessJuridique.Value, finessJuridique, StringComparison.Ordinal))
            {
                return og;
            }
        }

        throw new InvalidOperationException($"Le montant SONS-06 de l'OG {finessJuridique} ne désigne aucun OG du dossier.");
    }
}
