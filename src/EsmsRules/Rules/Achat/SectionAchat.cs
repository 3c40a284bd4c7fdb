using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// ACHAT: ACHAT-01 … ACHAT-04 in order, each reading the procurement facts its predecessors
/// established (<see cref="Faits.Achat"/>, updated after each rule), and the procurement facts it hands on
/// (<see cref="FaitsAchat"/>), read from its rules' nodes:
/// <list type="bullet">
/// <item><see cref="FaitsAchat.MarcheEnCours"/>: ACHAT-02 is satisfied (false without ACHAT-02);</item>
/// <item><see cref="FaitsAchat.MarchePossible"/>: P as ACHAT-02's node gives it (its figure
/// <see cref="Achat02.ChiffreMarchePossible"/>); before ACHAT-02, without it, or when its node gives no such figure,
/// P as the texts define it from the porteur's facts (<see cref="MarchePossible(bool?, bool?)"/>);</item>
/// <item><see cref="FaitsAchat.Procedure"/>, regardless of the verdict: none without eligible ESSMS; <c>sansObjet</c>
/// for a mise en conformité; <c>marcheEnCours</c> when ACHAT-02 is satisfied; none while P is unknown and ACHAT-02 is
/// among the rules (the current contract might still be used); else <c>sad</c> for a medico-social majority,
/// <c>libre</c> in the social champs (without ACHAT-02 the current contract is never a route, so P does not
/// decide).</item>
/// </list>
/// The section's node has no text of its own.
/// </summary>
public sealed class SectionAchat : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ACHAT";

    /// <summary>The motif of a procurement rule without eligible ESSMS.</summary>
    public const string MotifAucun = "aucunEssms";

    /// <summary>The motif of an acquisition rule on a mise en conformité.</summary>
    public const string MotifConformite = "conformite";

    internal const string TexteAucun = "Sans objet : aucun ESSMS éligible.";
    internal const string TexteConformite = "Sans objet : projet de mise en conformité.";

    /// <summary>The section with the catalogue's rules: ACHAT-01 … ACHAT-04.</summary>
    public SectionAchat()
        : this(new Regle[] { new Achat01(), new Achat02(), new Achat03(), new Achat04() })
    {
    }

    /// <summary>The section with other rules.</summary>
    /// <param name="regles">Its rules, in order.</param>
    public SectionAchat(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Procédure d'achat",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Conformite) },
            Array.Empty<Modele>(),
            regles)
    {
    }

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionAchat(regles);

    /// <summary>P, "the porteur may use its current contract": <c>soumisCodeCommandePublique</c> ∧
    /// <c>marcheEnCoursMemeObjet</c> in three-valued logic — false when either is false, true when both are true, unknown
    /// (null) otherwise.</summary>
    /// <param name="soumis">The porteur is subject to the Code de la commande publique.</param>
    /// <param name="marche">It has a current public contract of the same object.</param>
    /// <returns>P.</returns>
    internal static bool? MarchePossible(bool? soumis, bool? marche) =>
        soumis == false || marche == false ? false
        : soumis == true && marche == true ? true
        : null;

    /// <summary>Why an acquisition rule does not apply: no eligible ESSMS, or a mise en conformité.</summary>
    /// <param name="faits">The facts, grappe established.</param>
    /// <returns>The motif (<see cref="MotifAucun"/> or <see cref="MotifConformite"/>).</returns>
    internal static string NonAcquisition(Faits faits) =>
        (faits ?? throw new ArgumentNullException(nameof(faits))).GrappeEtablie.N == 0 ? MotifAucun : MotifConformite;

    /// <summary>The procurement facts the nodes of its rules establish (see the section).</summary>
    /// <param name="faits">The facts, grappe established.</param>
    /// <param name="noeuds">The nodes of the rules evaluated so far.</param>
    /// <returns>The procurement facts.</returns>
    internal FaitsAchat Etablir(Faits faits, IReadOnlyList<DecisionNode> noeuds)
    {
        var g = (faits ?? throw new ArgumentNullException(nameof(faits))).GrappeEtablie;
        DecisionNode? achat02 = null;
        foreach (var n in noeuds ?? throw new ArgumentNullException(nameof(noeuds)))
        {
            if (string.Equals(n.Regle, Achat02.Identifiant, StringComparison.Ordinal))
            {
                achat02 = n;
                break;
            }
        }

        bool? p = null;
        var donne = false;
        if (achat02 is not null)
        {
            foreach (var c in achat02.Chiffres)
            {
                if (string.Equals(c.Nom, Achat02.ChiffreMarchePossible, StringComparison.Ordinal) && c.Type == TypeChiffre.Booleen)
                {
                    (p, donne) = (c.Booleen, true);
                    break;
                }
            }
        }

        if (!donne)
        {
            var porteur = faits.Dossier.Porteur;
            p = MarchePossible(porteur.SoumisCodeCommandePublique, porteur.MarcheEnCoursMemeObjet);
        }

        var enCours = achat02?.Resultat == Resultat.Satisfied;
        ProcedureAchat? procedure = g.N == 0 ? null
            : !faits.Acquisition ? ProcedureAchat.SansObjet
            : enCours ? ProcedureAchat.MarcheEnCours
            : p is null && Regle(Achat02.Identifiant) is not null ? null
            : g.MajoriteMedicoSociale ? ProcedureAchat.Sad
            : ProcedureAchat.Libre;
        return new FaitsAchat(p, enCours, procedure);
    }

    /// <inheritdoc />
    public override ResultatSection Evaluate(Faits faits)
    {
        var noeuds = new List<DecisionNode>(Regles.Count);
        var courants = (faits ?? throw new ArgumentNullException(nameof(faits))) with { Achat = Etablir(faits, noeuds) };
        var listeR = Regles;
        for (var iR = 0; iR < listeR.Count; iR++)
        {
            var r = listeR[iR];
            noeuds.Add(r.Evaluate(courants));
            var achat = Etablir(faits, noeuds);
            if (achat != courants.Achat)
            {
                courants = courants with { Achat = achat };
            }
        }

        return new ResultatSection(Summarize(courants, noeuds, null), courants);
    }
}
