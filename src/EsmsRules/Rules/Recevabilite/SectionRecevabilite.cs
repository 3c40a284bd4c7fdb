using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// RECEVABILITE: PROJET-01 … PROJET-08 on the facts of the eligibility, the grappe and the
/// orientation. It is evaluated in two phases around the verdict, which also reads the blocking rules of other sections
/// (GRAPPE, ORIENTATION, ACHAT): <see cref="EvaluerAvantVerdict"/> evaluates, in order, the rules that do not read the
/// verdict; once the verdict is known, <see cref="Conclude"/> evaluates those that do (PROJET-08,
/// <see cref="Regle.LitLeVerdict"/>) and builds the section's node, whose text says the verdict. <see cref="Evaluate"/>
/// runs both on facts whose verdict is already known (a user evaluating the section alone gives theirs).
/// </summary>
/// <remarks>
/// The section reads none of its rules' figures: it establishes no facts of its own (the verdict is established from
/// the blocking nodes of every section, <see cref="FaitsVerdict.Etablir"/>), so a rule replaced, removed or added only
/// changes its own node and, through <see cref="DecisionNode.Bloquant"/>, the verdict. Its children keep the order of
/// <see cref="Section.Regles"/>, whichever phase evaluates them.
/// </remarks>
public sealed class SectionRecevabilite : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "RECEVABILITE";

    /// <summary>The motif of a recevabilité rule that does not apply.</summary>
    public const string MotifSansObjet = "sansObjet";

    /// <summary>The motif of a recevabilité rule on a single ESSMS in mise en conformité (GRAPPE-02).</summary>
    public const string MotifSonsUniquement = "sonsUniquement";

    /// <summary>The motif of a recevabilité rule without eligible ESSMS.</summary>
    public const string MotifAucun = "aucunEssms";

    internal const string TexteSonsUniquement = "Sans objet : Prestation Ségur uniquement (GRAPPE-02).";
    internal const string TexteAucun = "Sans objet : aucun ESSMS éligible.";

    /// <summary>The beginning of PROJET-01's and PROJET-02's sentences: the porteur's champ and the medico-social count
    /// (figures <c>champ</c>, <c>medicoSociaux</c>, <c>n</c>, <see cref="ChiffresMajorite"/>).</summary>
    internal const string Porteur = "Porteur du champ {champ}, {medicoSociaux} ESSMS sur {n} en PA/PH/DOM : ";

    private static readonly IReadOnlyList<Referencement> SegurSeul = EsmsRules.Collections.ValueList.Wrap(new[] { Referencement.Segur });
    private static readonly IReadOnlyList<Referencement> SegurOuSad = EsmsRules.Collections.ValueList.Wrap(new[] { Referencement.Segur, Referencement.Sad });

    /// <summary>The section with the catalogue's rules: PROJET-01 … PROJET-08.</summary>
    public SectionRecevabilite()
        : this(new Regle[] { new Projet01(), new Projet02(), new Projet03(), new Projet04(), new Projet05(), new Projet06(), new Projet07(), new Projet08() })
    {
    }

    /// <summary>The section with other rules.</summary>
    /// <param name="regles">Its rules, in order.</param>
    public SectionRecevabilite(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Recevabilité du projet",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section() },
            new[]
            {
                new Modele("recevable", null, "Projet recevable."),
                new Modele("nonRecevable", null, "Projet non recevable."),
                new Modele("enAttente", null, "Recevabilité en attente de données manquantes."),
            },
            regles)
    {
    }

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionRecevabilite(regles);

    /// <summary>The referencings PROJET-01/02/03 accept: Ségur or SAD for an acquisition with a
    /// medico-social majority while the barème switch <c>nonSegurAutoriseAcquisition</c> (PROJET-04) is on, Ségur
    /// otherwise (ACHAT-01 may still require the SAD).</summary>
    /// <param name="faits">The facts, grappe established.</param>
    /// <returns>The referencings.</returns>
    /// <exception cref="InvalidOperationException">The grappe is not established.</exception>
    internal static IReadOnlyList<Referencement> ReferencementsAcceptes(Faits faits) =>
        (faits ?? throw new ArgumentNullException(nameof(faits))).Acquisition && faits.GrappeEtablie.MajoriteMedicoSociale && faits.Bareme.NonSegurAutoriseAcquisition
            ? SegurOuSad
            : SegurSeul;

    /// <summary>First phase: the rules that do not read the verdict, in order.</summary>
    /// <param name="faits">The facts of the eligibility, the grappe and the orientation.</param>
    /// <returns>Their nodes, one per rule (the blocking ones hold the verdict).</returns>
    internal IReadOnlyList<DecisionNode> EvaluerAvantVerdict(Faits faits) =>
        EvaluateRules(faits ?? throw new ArgumentNullException(nameof(faits)), r => r.LitLeVerdict);

    /// <summary>Second phase, once the verdict is known: the rules that read it, then the section's node, its children
    /// in the order of <see cref="Section.Regles"/>.</summary>
    /// <param name="avecVerdict">The facts with the verdict.</param>
    /// <param name="avant">What <see cref="EvaluerAvantVerdict"/> gave.</param>
    /// <returns>The section's node and the facts (the section adds none).</returns>
    /// <exception cref="InvalidOperationException">The verdict is not known.</exception>
    /// <exception cref="ArgumentException"><paramref name="avant"/> is not one node per rule that does not read the
    /// verdict, in order.</exception>
    internal ResultatSection Conclude(Faits avecVerdict, IReadOnlyList<DecisionNode> avant)
    {
        var verdict = (avecVerdict ?? throw new ArgumentNullException(nameof(avecVerdict))).VerdictEtabli;
        if (avant is null)
        {
            throw new ArgumentNullException(nameof(avant));
        }

        var enfants = new DecisionNode[Regles.Count];
        var i = 0;
        for (var k = 0; k < enfants.Length; k++)
        {
            var r = Regles[k];
            if (r.LitLeVerdict)
            {
                enfants[k] = r.Evaluate(avecVerdict);
            }
            else if (i < avant.Count && string.Equals(avant[i].Regle, r.Id, StringComparison.Ordinal))
            {
                enfants[k] = avant[i++];
            }
            else
            {
                throw new ArgumentException($"Les nœuds donnés ne sont pas ceux de la première phase : « {r.Id} » attendu en position {i}.", nameof(avant));
            }
        }

        if (i != avant.Count)
        {
            throw new ArgumentException($"{avant.Count - i} nœud(s) de trop pour la première phase.", nameof(avant));
        }

        var motif = verdict.Recevable switch
        {
            true => "recevable",
            false => "nonRecevable",
            null => "enAttente",
        };
        // The section's text says the verdict, and so does its outcome: notSatisfied when refused, missingInput while it
        // waits, else its rules' aggregate (a recevable project may still have a rule to appreciate). The verdict also
        // reads other sections' blocking rules (GRAPPE-03): their aggregate alone showed a satisfied section over
        // "Projet non recevable."
        var resultat = Worst(Aggregate(enfants), verdict.Recevable switch
        {
            true => Resultat.Satisfied,
            false => Resultat.NotSatisfied,
            null => Resultat.MissingInput,
        });
        return new ResultatSection(Summarize(avecVerdict, enfants, motif, resultat: resultat), avecVerdict);
    }

    /// <summary>Evaluates both phases on facts whose verdict is already known.</summary>
    /// <param name="faits">The facts of the eligibility, the grappe and the orientation, with the verdict.</param>
    /// <returns>The section's node and the facts (the section adds none).</returns>
    /// <exception cref="InvalidOperationException">The verdict is not known.</exception>
    public override ResultatSection Evaluate(Faits faits)
    {
        _ = (faits ?? throw new ArgumentNullException(nameof(faits))).VerdictEtabli;
        return Conclude(faits, EvaluerAvantVerdict(faits));
    }

    /// <summary>Why a rule on a filed dossier does not apply to a dossier that files nothing.</summary>
    /// <param name="g">The grappe.</param>
    /// <returns>The motif.</returns>
    internal static string NonDepose(FaitsGrappe g) =>
        (g ?? throw new ArgumentNullException(nameof(g))).SonsUniquement ? MotifSonsUniquement : MotifAucun;

    /// <summary>The figures of <see cref="Porteur"/>, then <paramref name="autres"/>.</summary>
    internal static Chiffre[] ChiffresMajorite(Faits faits, params Chiffre[] autres)
    {
        var g = faits.GrappeEtablie;
        var chiffres = new Chiffre[3 + autres.Length];
        chiffres[0] = Chiffre.Mot("champ", faits.Dossier.Porteur.Champ.ToString());
        chiffres[1] = Chiffre.Entier("medicoSociaux", g.EssmsMedicoSociaux);
        chiffres[2] = Chiffre.Entier("n", g.N);
        autres.CopyTo(chiffres, 3);
        return chiffres;
    }

    /// <summary>The editor's referencings, as read by PROJET-01/02/03.</summary>
    internal static EntreeLue[]? EntreesReferencement(Faits faits) => !faits.Explications ? null : new[]
    {
        new EntreeLue("$.editeur.referenceSegur", Chemins.Texte(faits.Dossier.Editeur.ReferenceSegur)),
        new EntreeLue("$.editeur.referenceSad", Chemins.Texte(faits.Dossier.Editeur.ReferenceSad)),
    };

    /// <summary>The templates of a rule requiring a Ségur-referenced editor: <paramref name="regle"/> followed by
    /// whether it is, and "Sans objet." when it does not apply.</summary>
    internal static Modele[] ModelesSegur(string regle) => new[]
    {
        new Modele("reference", Resultat.Satisfied, regle + " : il l'est."),
        new Modele("nonReference", Resultat.NotSatisfied, regle + " : il ne l'est pas."),
        new Modele("nonRenseigne", Resultat.MissingInput, regle + " : referenceSegur n'est pas renseigné."),
        new Modele(MotifSansObjet, Resultat.NotApplicable, "Sans objet."),
    };

    /// <summary>The outcome of a rule requiring a Ségur-referenced editor (motifs of <see cref="ModelesSegur"/>).</summary>
    internal static (Resultat Resultat, string Motif, string[]? Manquantes) RequiertSegur(Faits faits) => faits.Dossier.Editeur.ReferenceSegur switch
    {
        true => (Resultat.Satisfied, "reference", null),
        false => (Resultat.NotSatisfied, "nonReference", null),
        null => (Resultat.MissingInput, "nonRenseigne", new[] { "referenceSegur" }),
    };

    /// <summary>The names of the two facts that are absent (for a missingInput), in that order.</summary>
    internal static string[] Manquants(bool? a, string nomA, bool? b, string nomB) =>
        a is null && b is null ? new[] { nomA, nomB } : a is null ? new[] { nomA } : b is null ? new[] { nomB } : Array.Empty<string>();
}
