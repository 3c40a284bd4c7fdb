using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;

namespace EsmsRules.Rules;

/// <summary>
/// A rule set: the sections of the decision chart in its order — eligibility → grappe → orientation → recevabilité →
/// procurement → funding → payments → Prestation Ségur — each with its rules. <see cref="ParDefaut"/> is the
/// catalogue's; a user derives their own by replacing, removing or adding a rule (an ARS's regional rule), and
/// evaluates with it (<c>EvaluationOptions.Regles</c>).
/// </summary>
/// <remarks>Immutable and thread-safe; every change gives a new set.</remarks>
public sealed class JeuDeRegles
{
    /// <summary>The catalogue's rule set.</summary>
    public static JeuDeRegles ParDefaut { get; } = new(
        new SectionEligibilite(), new SectionGrappe(), new SectionOrientation(), new SectionRecevabilite(), new SectionAchat(),
        new SectionFinancement(), new SectionVersements(), new SectionPrestationSegur());

    /// <summary>A rule set of these sections.</summary>
    /// <param name="eligibilite">ELIGIBILITE.</param>
    /// <param name="grappe">GRAPPE.</param>
    /// <param name="orientation">ORIENTATION.</param>
    /// <param name="recevabilite">RECEVABILITE.</param>
    /// <param name="achat">ACHAT.</param>
    /// <param name="financement">FINANCEMENT.</param>
    /// <param name="versements">VERSEMENTS.</param>
    /// <param name="prestationSegur">SONS.</param>
    /// <exception cref="ArgumentNullException">A section is null.</exception>
    /// <exception cref="ArgumentException">Two rules of the set share an id.</exception>
    public JeuDeRegles(
        SectionEligibilite eligibilite,
        SectionGrappe grappe,
        SectionOrientation orientation,
        SectionRecevabilite recevabilite,
        SectionAchat achat,
        SectionFinancement financement,
        SectionVersements versements,
        SectionPrestationSegur prestationSegur)
    {
        Eligibilite = eligibilite ?? throw new ArgumentNullException(nameof(eligibilite));
        Grappe = grappe ?? throw new ArgumentNullException(nameof(grappe));
        Orientation = orientation ?? throw new ArgumentNullException(nameof(orientation));
        Recevabilite = recevabilite ?? throw new ArgumentNullException(nameof(recevabilite));
        Achat = achat ?? throw new ArgumentNullException(nameof(achat));
        Financement = financement ?? throw new ArgumentNullException(nameof(financement));
        Versements = versements ?? throw new ArgumentNullException(nameof(versements));
        PrestationSegur = prestationSegur ?? throw new ArgumentNullException(nameof(prestationSegur));
        Sections = EsmsRules.Collections.ValueList.Wrap(new Section[] { Eligibilite, Grappe, Orientation, Recevabilite, Achat, Financement, Versements, PrestationSegur });
        var regles = new List<Regle>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in Sections)
        {
            foreach (var r in s.Regles)
            {
                if (!ids.Add(r.Id))
                {
                    throw new ArgumentException($"Deux règles du jeu ont l'identifiant « {r.Id} ».");
                }

                regles.Add(r);
            }
        }

        Regles = EsmsRules.Collections.ValueList.Wrap(regles.ToArray());
        _positions = new Dictionary<Definition, int>(regles.Count, ParReference.Instance);
        for (var i = 0; i < regles.Count; i++)
        {
            _positions[regles[i]] = i;
        }
    }

    private readonly Dictionary<Definition, int> _positions;

    /// <summary>The table of barème values read, for the barème this set last served (see the decision's engine).</summary>
    internal Engine.Moteur.TableDeBareme? ValeursUtiliseesParBareme { get; set; }

    /// <summary>ELIGIBILITE.</summary>
    public SectionEligibilite Eligibilite { get; }

    /// <summary>GRAPPE.</summary>
    public SectionGrappe Grappe { get; }

    /// <summary>ORIENTATION.</summary>
    public SectionOrientation Orientation { get; }

    /// <summary>RECEVABILITE.</summary>
    public SectionRecevabilite Recevabilite { get; }

    /// <summary>ACHAT.</summary>
    public SectionAchat Achat { get; }

    /// <summary>FINANCEMENT.</summary>
    public SectionFinancement Financement { get; }

    /// <summary>VERSEMENTS.</summary>
    public SectionVersements Versements { get; }

    /// <summary>SONS.</summary>
    public SectionPrestationSegur PrestationSegur { get; }

    /// <summary>The sections, in the order of the decision chart.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Every rule, section by section, each in its section's order.</summary>
    public IReadOnlyList<Regle> Regles { get; }

    /// <summary>The rule of id <paramref name="id"/>, or null.</summary>
    /// <param name="id">Rule id.</param>
    /// <returns>The rule or null.</returns>
    public Regle? Regle(string id) => Regles.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>The section holding rule <paramref name="id"/>, or null.</summary>
    /// <param name="id">Rule id.</param>
    /// <returns>The section or null.</returns>
    public Section? SectionDe(string id) => Sections.FirstOrDefault(s => s.Regle(id) is not null);

    /// <summary>The section of id <paramref name="id"/> (<c>FINANCEMENT</c>), or null.</summary>
    /// <param name="id">Section id.</param>
    /// <returns>The section or null.</returns>
    public Section? Section(string id) => Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>This set with rule <paramref name="id"/> replaced by <paramref name="regle"/> (same place in its
    /// section; the new rule may have another id).</summary>
    /// <param name="id">The rule replaced.</param>
    /// <param name="regle">Its replacement.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    /// <exception cref="ArgumentException">The section does not take that kind of rule, or the new id is taken.</exception>
    public JeuDeRegles Replace(string id, Regle regle)
    {
        if (regle is null)
        {
            throw new ArgumentNullException(nameof(regle));
        }

        var section = SectionDe(id) ?? throw new KeyNotFoundException($"Aucune règle « {id} » dans le jeu.");
        return Avec(section.WithRules(section.Regles.Select(r => string.Equals(r.Id, id, StringComparison.Ordinal) ? regle : r)));
    }

    /// <summary>This set without rule <paramref name="id"/>.</summary>
    /// <param name="id">The rule removed.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public JeuDeRegles Remove(string id)
    {
        var section = SectionDe(id) ?? throw new KeyNotFoundException($"Aucune règle « {id} » dans le jeu.");
        return Avec(section.WithRules(section.Regles.Where(r => !string.Equals(r.Id, id, StringComparison.Ordinal))));
    }

    /// <summary>This set with <paramref name="regle"/> added to section <paramref name="sectionId"/>, after rule
    /// <paramref name="apres"/> (at the end of the section when null).</summary>
    /// <param name="sectionId">The section (<c>RECEVABILITE</c>).</param>
    /// <param name="regle">The rule added.</param>
    /// <param name="apres">The rule it follows; null → last.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="KeyNotFoundException">No section or no rule <paramref name="apres"/> of that id.</exception>
    /// <exception cref="ArgumentException">The section does not take that kind of rule, or its id is taken.</exception>
    public JeuDeRegles Add(string sectionId, Regle regle, string? apres = null)
    {
        if (regle is null)
        {
            throw new ArgumentNullException(nameof(regle));
        }

        var section = Section(sectionId) ?? throw new KeyNotFoundException($"Aucune section « {sectionId} » dans le jeu.");
        var liste = section.Regles.ToList();
        var position = liste.Count;
        if (apres is not null)
        {
            position = liste.FindIndex(r => string.Equals(r.Id, apres, StringComparison.Ordinal)) + 1;
            if (position == 0)
            {
                throw new KeyNotFoundException($"Aucune règle « {apres} » dans la section {sectionId}.");
            }
        }

        liste.Insert(position, regle);
        return Avec(section.WithRules(liste));
    }

    /// <summary>The position of <paramref name="regle"/> (this very instance) in <see cref="Regles"/>, or -1.</summary>
    /// <param name="regle">A rule.</param>
    /// <returns>Its position.</returns>
    internal int Position(Definition regle)
    {
        // A rule usually serves one set: its position there is kept on the rule, so that reading a decision's lists
        // does not hash each of its nodes' rules (a rule shared by several sets looks its position up again).
        if (regle.PositionConnue is { } connue && ReferenceEquals(connue.Jeu, this))
        {
            return connue.Index;
        }

        var k = _positions.TryGetValue(regle, out var i) ? i : -1;
        regle.PositionConnue = new PositionDansJeu(this, k);
        return k;
    }

    /// <summary>Rules compared by reference: the set holds instances, whatever a rule's own equality says.</summary>
    private sealed class ParReference : IEqualityComparer<Definition>
    {
        public static readonly ParReference Instance = new();

        public bool Equals(Definition? x, Definition? y) => ReferenceEquals(x, y);

        public int GetHashCode(Definition obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private JeuDeRegles Avec(Section s) => new(
        s as SectionEligibilite ?? Eligibilite,
        s as SectionGrappe ?? Grappe,
        s as SectionOrientation ?? Orientation,
        s as SectionRecevabilite ?? Recevabilite,
        s as SectionAchat ?? Achat,
        s as SectionFinancement ?? Financement,
        s as SectionVersements ?? Versements,
        s as SectionPrestationSegur ?? PrestationSegur);

    /// <summary>
    /// Evaluates the decision chart on <paramref name="faits"/>, in its order: eligibility, grappe, orientation,
    /// recevabilité (the rules before the verdict), procurement, the verdict (from every blocking node), recevabilité
    /// (the rules that read the verdict), funding, payments, Prestation Ségur.
    /// </summary>
    /// <param name="faits">The dossier, its barème and whether explanations are wanted.</param>
    /// <returns>The nodes of the sections, in chart order, and every fact established.</returns>
    public (IReadOnlyList<DecisionNode> Sections, Faits Faits) Evaluate(Faits faits)
    {
        var noeuds = new List<DecisionNode>(8);
        var fin = Parcourir(faits ?? throw new ArgumentNullException(nameof(faits)), null, null, noeuds);
        return (noeuds, fin.Faits);
    }

    /// <summary>
    /// Evaluates the chart up to section <paramref name="sectionId"/> and gives that section's node and the facts
    /// established so far: e.g. the funding of a grappe already known to be recevable, for a quoting screen
    /// (<c>EvaluateSection("FINANCEMENT", faits, new FaitsVerdict(true))</c>).
    /// </summary>
    /// <param name="sectionId">The section (<c>FINANCEMENT</c>).</param>
    /// <param name="faits">The dossier, its barème and whether explanations are wanted.</param>
    /// <param name="verdictSuppose">A verdict to take instead of the one the blocking rules give (for the sections after
    /// it: RECEVABILITE's final avis, FINANCEMENT, VERSEMENTS); null → the rules' verdict.</param>
    /// <returns>The section's node and the facts.</returns>
    /// <exception cref="KeyNotFoundException">No section has that id.</exception>
    public ResultatSection EvaluateSection(string sectionId, Faits faits, FaitsVerdict? verdictSuppose = null)
    {
        var section = Section(sectionId) ?? throw new KeyNotFoundException($"Aucune section « {sectionId} » dans le jeu.");
        return Parcourir(faits ?? throw new ArgumentNullException(nameof(faits)), section, verdictSuppose, null);
    }

    /// <summary>The chart in its order, in one place; stops after <paramref name="jusqua"/> when it is given.</summary>
    private ResultatSection Parcourir(Faits faits, Section? jusqua, FaitsVerdict? verdictSuppose, List<DecisionNode>? noeuds)
    {
        var eligibilite = Eligibilite.Evaluate(faits);
        noeuds?.Add(eligibilite.Noeud);
        if (ReferenceEquals(jusqua, Eligibilite))
        {
            return eligibilite;
        }

        var grappe = Grappe.Evaluate(eligibilite.Faits);
        noeuds?.Add(grappe.Noeud);
        if (ReferenceEquals(jusqua, Grappe))
        {
            return grappe;
        }

        var orientation = Orientation.Evaluate(grappe.Faits);
        noeuds?.Add(orientation.Noeud);
        if (ReferenceEquals(jusqua, Orientation))
        {
            return orientation;
        }

        var avantVerdict = Recevabilite.EvaluerAvantVerdict(orientation.Faits);
        var achat = Achat.Evaluate(orientation.Faits);
        var verdict = verdictSuppose ?? FaitsVerdict.Etablir(
            eligibilite.Noeud.Enfants, grappe.Noeud.Enfants, orientation.Noeud.Enfants, avantVerdict, achat.Noeud.Enfants);
        var recevabilite = Recevabilite.Conclude(achat.Faits with { Verdict = verdict }, avantVerdict);
        noeuds?.Add(recevabilite.Noeud);
        noeuds?.Add(achat.Noeud);
        if (ReferenceEquals(jusqua, Recevabilite))
        {
            return recevabilite;
        }

        if (ReferenceEquals(jusqua, Achat))
        {
            return new ResultatSection(achat.Noeud, recevabilite.Faits);
        }

        var financement = Financement.Evaluate(recevabilite.Faits);
        noeuds?.Add(financement.Noeud);
        if (ReferenceEquals(jusqua, Financement))
        {
            return financement;
        }

        var versements = Versements.Evaluate(financement.Faits);
        noeuds?.Add(versements.Noeud);
        if (ReferenceEquals(jusqua, Versements))
        {
            return versements;
        }

        var sons = PrestationSegur.Evaluate(versements.Faits);
        noeuds?.Add(sons.Noeud);
        return sons;
    }
}
