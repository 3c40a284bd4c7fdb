using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// VERSEMENTS: the payment of the ESMS numérique credits, for a recevable project whose total allowable
/// (<see cref="Faits.Financement"/>) is not zero — otherwise nothing is paid and no rule is evaluated. The first
/// payment (VERS-01) and the second (VERS-02); the conditions of the second — the usage indicators on the project
/// aggregate (CIBLE-01 … CIBLE-07), the targets (VERS-03, VERS-04) and the expenses (VERS-05) — are evaluated only when
/// usage measures are given for retained ESSMS (measures of other ESSMS are ignored); VERS-06 says when the targets are
/// expected. Its node gives the total and its rules' nodes in its rules' order; it establishes
/// <see cref="Faits.Versements"/> from those nodes.
/// </summary>
/// <remarks>
/// The facts are read from the rules' nodes: each payment is the amount of VERS-01 or VERS-02 with its figure
/// <c>taux</c>; the second payment's conditions are VERS-02's figures <c>nonRemplies</c> and <c>enAttente</c>; the
/// indicators are the nodes with the figures <c>numerateur</c>, <c>denominateur</c> and <c>cible</c>, and the ESSMS
/// below target their details (figure <c>finess</c>). A rule a user removed gives nothing: without VERS-01 the schedule
/// has only the second payment (the whole total), without VERS-02 there is no second payment
/// (<see cref="SecondVersement"/> null), an indicator removed is neither read by its condition nor listed. Without
/// measures, the rules of the catalogue's ids CIBLE-01 … CIBLE-07, VERS-03, VERS-04 and VERS-05 are not evaluated; a
/// rule of another id always is.
/// </remarks>
public sealed class SectionVersements : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "VERSEMENTS";

    /// <summary>The rules evaluated only when usage measures are given for retained ESSMS.</summary>
    private static readonly HashSet<string> SurLesMesures = new(StringComparer.Ordinal)
    {
        Cible01.Identifiant, Cible02.Identifiant, Cible03.Identifiant, Cible04.Identifiant, Cible05.Identifiant,
        Cible06.Identifiant, Cible07.Identifiant, Vers03.Identifiant, Vers04.Identifiant, Vers05.Identifiant,
    };

    /// <summary>The section with the catalogue's rules: VERS-01, VERS-02, CIBLE-01 … CIBLE-07, VERS-03, VERS-04,
    /// VERS-05, VERS-06, in the order of their nodes.</summary>
    public SectionVersements()
        : this(new Regle[]
        {
            new Vers01(), new Vers02(), new Cible01(), new Cible02(), new Cible03(), new Cible04(), new Cible05(),
            new Cible06(), new Cible07(), new Vers03(), new Vers04(), new Vers05(), new Vers06(),
        })
    {
    }

    /// <summary>The section with other rules.</summary>
    /// <param name="regles">Its rules, in the order of their nodes (a <see cref="RegleSurNoeuds"/> is evaluated after
    /// the rules it reads).</param>
    /// <exception cref="ArgumentException">Two rules with one id, or rules that read each other.</exception>
    public SectionVersements(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Versement des crédits",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(), Documents.Webinaire.Section() },
            new[] { new Modele("aucun", Resultat.NotApplicable, "Aucun versement ESMS numérique.") },
            regles)
    {
        RegleSurNoeuds.VerifierLectures(Regles, Identifiant);
        _sansMesures = RegleSurNoeuds.Masque(Regles, SurLesMesuresExclue);
    }

    // The rules skipped without measures, by position, computed once (null beyond 64 rules: then asked of each rule).
    private readonly ulong? _sansMesures;

    private static bool SurLesMesuresExclue(Regle r) => SurLesMesures.Contains(r.Id);

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionVersements(regles);

    /// <summary>The usage measures of the retained ESSMS, in the dossier's order (a measure of another ESSMS is
    /// ignored).</summary>
    /// <param name="faits">The facts, eligibility established.</param>
    /// <returns>The measures.</returns>
    internal static IReadOnlyList<Mesure> MesuresRetenues(Faits faits)
    {
        var mesures = (faits ?? throw new ArgumentNullException(nameof(faits))).Dossier.Mesures;
        if (mesures.Count == 0)
        {
            return Array.Empty<Mesure>();
        }

        var retenus = new HashSet<Finess>();
        var listeR = faits.EligibiliteEtablie.Retenus;
        for (var iR = 0; iR < listeR.Count; iR++)
        {
            var r = listeR[iR];
            retenus.Add(r.Essms.FinessGeographique);
        }

        var resultat = new List<Mesure>(mesures.Count);
        var listeM = mesures;
        for (var iM = 0; iM < listeM.Count; iM++)
        {
            var m = listeM[iM];
            if (retenus.Contains(m.FinessGeographique))
            {
                resultat.Add(m);
            }
        }

        return resultat;
    }

    /// <summary>Whether credits are paid: a recevable project with a total allowable that is not zero.</summary>
    /// <param name="faits">The facts, verdict and funding established.</param>
    /// <returns>True when the payments are evaluated.</returns>
    internal static bool Applicable(Faits faits) =>
        (faits ?? throw new ArgumentNullException(nameof(faits))).VerdictEtabli.Recevable == true && faits.FinancementEtabli.Total > 0;

    /// <inheritdoc />
    public override ResultatSection Evaluate(Faits faits)
    {
        if (!Applicable(faits))
        {
            return new ResultatSection(
                Summarize(faits, Array.Empty<DecisionNode>(), "aucun", montant: 0m, resultat: Resultat.NotApplicable),
                faits with { Versements = new FaitsVersements(Array.Empty<Versement>(), null) });
        }

        var mesures = MesuresRetenues(faits);
        var noeuds = mesures.Count > 0 ? RegleSurNoeuds.EvaluerDansLOrdre(Regles, faits)
            : _sansMesures is { } masque ? RegleSurNoeuds.EvaluerDansLOrdre(Regles, faits, masque)
            : RegleSurNoeuds.EvaluerDansLOrdre(Regles, faits, SurLesMesuresExclue);
        var total = faits.FinancementEtabli.Total;
        var noeud = Summarize(faits, noeuds, null, montant: total, resultat: Resultat.Satisfied);
        return new ResultatSection(noeud, faits with { Versements = Etablir(noeuds, mesures, total) });
    }

    /// <summary>The schedule and the second payment's conditions, from the rules' nodes.</summary>
    private static FaitsVersements Etablir(IReadOnlyList<DecisionNode> noeuds, IReadOnlyList<Mesure> mesures, decimal total)
    {
        var versements = new List<Versement>(2);
        DecisionNode? second = null;
        List<IndicateurUsage>? indicateurs = null;
        Dictionary<string, List<string>>? sousCible = null;
        var listeN = noeuds;
        for (var iN = 0; iN < listeN.Count; iN++)
        {
            var n = listeN[iN];
            if (n.Regle == Vers01.Identifiant || n.Regle == Vers02.Identifiant)
            {
                var montant = n.Montant ?? 0m;
                var taux = RegleSurNoeuds.ChiffreDe(n, "taux")?.Nombre ?? (total == 0 ? 0m : montant / total);
                versements.Add(new Versement(n.Regle == Vers01.Identifiant ? 1 : 2, taux, montant));
                if (n.Regle == Vers02.Identifiant)
                {
                    second = n;
                }

                continue;
            }

            var numerateur = RegleSurNoeuds.ChiffreDe(n, "numerateur");
            var denominateur = RegleSurNoeuds.ChiffreDe(n, "denominateur");
            var cible = RegleSurNoeuds.ChiffreDe(n, "cible");
            if (numerateur is null || denominateur is null || cible is null)
            {
                continue;
            }

            (indicateurs ??= new List<IndicateurUsage>()).Add(new IndicateurUsage(n.Regle, (long)numerateur.Value.Nombre, (long)denominateur.Value.Nombre,
                RegleSurNoeuds.ChiffreDe(n, "taux")?.Nombre, cible.Value.Nombre, n.Resultat == Resultat.Satisfied));
            var listeEssms = n.Enfants;
            for (var iEssms = 0; iEssms < listeEssms.Count; iEssms++)
            {
                var essms = listeEssms[iEssms];
                if (RegleSurNoeuds.ChiffreDe(essms, "finess") is { } finess)
                {
                    sousCible ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    if (!sousCible.TryGetValue(finess.Texte, out var ids))
                    {
                        sousCible.Add(finess.Texte, ids = new List<string>());
                    }

                    ids.Add(n.Regle);
                }
            }
        }

        if (second is null)
        {
            return new FaitsVersements(versements, null);
        }

        var essmsSousCible = new List<EssmsSousCible>(sousCible?.Count ?? 0);
        var listeM = mesures;
        for (var iM = 0; sousCible is not null && iM < listeM.Count; iM++)
        {
            var m = listeM[iM];
            if (sousCible.TryGetValue(m.FinessGeographique.Value, out var ids))
            {
                essmsSousCible.Add(new EssmsSousCible(m.FinessGeographique, ids));
            }
        }

        return new FaitsVersements(versements, new SecondVersement(
            second.Montant ?? 0m, second.Resultat, Liste(second, "nonRemplies"), Liste(second, "enAttente"),
            (IReadOnlyList<IndicateurUsage>?)indicateurs ?? Array.Empty<IndicateurUsage>(), essmsSousCible));
    }

    private static IReadOnlyList<string> Liste(DecisionNode noeud, string nom) =>
        RegleSurNoeuds.ChiffreDe(noeud, nom) is { Type: TypeChiffre.Liste } c ? c.Elements : Array.Empty<string>();
}
