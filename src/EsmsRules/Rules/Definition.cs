using System;
using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// An entry of the catalogue: a rule (<see cref="Regle"/>) or a section of the decision chart (<see cref="Section"/>).
/// It carries its stable public id, its French title, the public texts it follows and the French sentences its nodes
/// are explained with (<see cref="Modeles"/>).
/// </summary>
/// <remarks>Immutable and thread-safe: one instance serves every evaluation.</remarks>
public abstract class Definition
{
    private readonly Dictionary<string, Modele> _modeles;

    /// <summary>Creates an entry.</summary>
    /// <param name="id">Public id (<c>GRAPPE-03</c>, <c>FINANCEMENT</c>), stable across versions.</param>
    /// <param name="titre">French title.</param>
    /// <param name="references">The public texts it follows (at least one).</param>
    /// <param name="modeles">The sentences of its nodes, one per motif.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentException">An empty id or title, no reference, or two templates with one motif.</exception>
    protected Definition(string id, string titre, IEnumerable<Reference> references, IEnumerable<Modele> modeles)
    {
        Id = string.IsNullOrWhiteSpace(id ?? throw new ArgumentNullException(nameof(id)))
            ? throw new ArgumentException("L'identifiant est vide.", nameof(id)) : id;
        Titre = string.IsNullOrWhiteSpace(titre ?? throw new ArgumentNullException(nameof(titre)))
            ? throw new ArgumentException("Le titre est vide.", nameof(titre)) : titre;
        References = EsmsRules.Collections.ValueList.Wrap((references ?? throw new ArgumentNullException(nameof(references))).ToArray());
        if (References.Count == 0)
        {
            throw new ArgumentException($"« {id} » ne cite aucun texte.", nameof(references));
        }

        Source = Reference.Cite(References);
        var liste = (modeles ?? throw new ArgumentNullException(nameof(modeles))).ToArray();
        Modeles = EsmsRules.Collections.ValueList.Wrap(liste);
        _modeles = new Dictionary<string, Modele>(StringComparer.Ordinal);
        _motifs = new string[liste.Length];
        _parPosition = liste;
        for (var i = 0; i < liste.Length; i++)
        {
            _motifs[i] = liste[i].Motif;
        }

        foreach (var m in liste)
        {
            if (_modeles.ContainsKey(m.Motif))
            {
                throw new ArgumentException($"« {id} » a deux modèles « {m.Motif} ».", nameof(modeles));
            }

            _modeles.Add(m.Motif, m);
        }
    }

    /// <summary>Public id, stable across versions (<c>GRAPPE-03</c>; <c>GRAPPE</c> for a section).</summary>
    public string Id { get; }

    /// <summary>French title.</summary>
    public string Titre { get; }

    /// <summary>The public texts it follows, in the order they are cited.</summary>
    public IReadOnlyList<Reference> References { get; }

    /// <summary>The citation written in the <c>source</c> of its nodes: the short titles of <see cref="References"/>.</summary>
    public string Source { get; }

    /// <summary>The French sentences of its nodes, one per motif.</summary>
    public IReadOnlyList<Modele> Modeles { get; }

    /// <summary>The outcomes its nodes can have, as its templates declare them, in enum order (a template without an
    /// outcome goes with a node that aggregates its children's: it adds <see cref="Resultat.Satisfied"/>).</summary>
    public virtual IReadOnlyList<Resultat> Issues => EsmsRules.Collections.ValueList.Wrap(Modeles
        .Select(m => m.Resultat ?? Resultat.Satisfied)
        .Distinct()
        .OrderBy(r => r)
        .ToArray());

    /// <summary>The template of <paramref name="motif"/>.</summary>
    /// <param name="motif">The motif.</param>
    /// <returns>The template.</returns>
    /// <exception cref="KeyNotFoundException">No template has that motif.</exception>
    public Modele Modele(string motif) =>
        _modeles.TryGetValue(motif ?? throw new ArgumentNullException(nameof(motif)), out var m)
            ? m
            : throw new KeyNotFoundException($"« {Id} » n'a pas de modèle « {motif} » (modèles : {string.Join(", ", _modeles.Keys)}).");

    /// <summary>Checks that a template has <paramref name="motif"/>, as <see cref="Modele"/> does, for every node a rule
    /// concludes: a rule's motifs are the very string constants its templates were declared with, so they are first
    /// compared by reference (no hashing on the evaluation path).</summary>
    /// <param name="motif">The motif.</param>
    /// <exception cref="KeyNotFoundException">No template has that motif.</exception>
    internal void VerifierModele(string motif) => ModeleDe(motif);

    /// <summary>The template of <paramref name="motif"/>, as <see cref="Modele"/> gives it, found by reference first (a
    /// node's motif is the very string its template was declared with): rendering a node needs no hashing.</summary>
    /// <param name="motif">The motif.</param>
    /// <returns>The template.</returns>
    /// <exception cref="KeyNotFoundException">No template has that motif.</exception>
    internal Modele ModeleDe(string motif)
    {
        // The motifs side by side: the search reads one array of references, not each template.
        var motifs = _motifs;
        for (var i = 0; i < motifs.Length; i++)
        {
            if (ReferenceEquals(motifs[i], motif))
            {
                return _parPosition[i];
            }
        }

        return Modele(motif);
    }

    private readonly string[] _motifs;
    private readonly Modele[] _parPosition;

    /// <summary>The position of this entry in the last rule set that looked it up (<see cref="JeuDeRegles.Position"/>):
    /// replaced as a whole, so a thread reads a set and its index together.</summary>
    internal PositionDansJeu? PositionConnue { get; set; }

    /// <summary>The tree writer's encoded constant fragments of this entry, once written.</summary>
    internal object? FragmentsArbre { get; set; }

    /// <summary>The decision writer's encoded id, title and source of this entry, once written.</summary>
    internal object? EncodageNoeud { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} — {Titre}";
}

/// <summary>A rule's position in a rule set.</summary>
internal sealed class PositionDansJeu
{
    public PositionDansJeu(JeuDeRegles jeu, int index)
    {
        Jeu = jeu;
        Index = index;
    }

    public JeuDeRegles Jeu { get; }

    public int Index { get; }
}
