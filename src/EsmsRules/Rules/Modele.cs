using System;
using System.Collections.Generic;
using System.Text;
using EsmsRules.Decisions;

namespace EsmsRules.Rules;

/// <summary>
/// A French sentence of a rule, with its figures named between braces: « {n} &lt; {T} ESSMS : minimum non atteint. »
/// A part between square brackets is written only when the node has every figure it names: « {n} ESSMS[ ; {exclus}
/// exclu(s)]. » <c>{nom:singulier|pluriel}</c> writes the form that agrees with the figure <c>nom</c> (plural from 2 on,
/// the number of elements of a list): « {n} ESSMS {n:retenu|retenus} ». A rule has one template per way it can conclude (its <see cref="Motif"/>); the explanation of a node is
/// its template with the node's <see cref="Chiffre"/>s written in (<see cref="Render"/>). <c>{{</c>, <c>}}</c>,
/// <c>[[</c> and <c>]]</c> write a brace or a bracket.
/// </summary>
/// <remarks>Immutable. The template is parsed once, when it is built.</remarks>
public sealed class Modele
{
    private readonly Morceau[] _morceaux;

    /// <summary>Creates a template.</summary>
    /// <param name="motif">The key the rule gives its node (<c>minimumAtteint</c>).</param>
    /// <param name="resultat">The outcome this wording goes with; null when the node's outcome varies (a node that
    /// aggregates its children's).</param>
    /// <param name="texte">The sentence, figures between braces, optional parts between square brackets.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="FormatException">An unclosed or empty brace, or unbalanced brackets.</exception>
    public Modele(string motif, Resultat? resultat, string texte)
    {
        Motif = motif ?? throw new ArgumentNullException(nameof(motif));
        Resultat = resultat;
        Texte = texte ?? throw new ArgumentNullException(nameof(texte));
        var noms = new List<string>();
        _morceaux = Analyser(texte, noms);
        // Each name once, where it is first written (a sentence may write a figure and agree a word with it).
        var uniques = new List<string>(noms.Count);
        foreach (var nom in noms)
        {
            if (!uniques.Contains(nom))
            {
                uniques.Add(nom);
            }
        }

        Chiffres = EsmsRules.Collections.ValueList.Wrap(uniques.ToArray());
    }

    /// <summary>The key the rule gives its node.</summary>
    public string Motif { get; }

    /// <summary>The outcome this wording goes with; null when it varies.</summary>
    public Resultat? Resultat { get; }

    /// <summary>The sentence, figures between braces, optional parts between square brackets.</summary>
    public string Texte { get; }

    /// <summary>The names of the figures the sentence writes, each once, in the order they are first written (those of
    /// optional parts included).</summary>
    public IReadOnlyList<string> Chiffres { get; }

    /// <summary>The sentence with <paramref name="chiffres"/> written in; an optional part is written only when every
    /// figure it names is among them.</summary>
    /// <param name="chiffres">The node's figures; every name outside an optional part must be among them.</param>
    /// <returns>The French text.</returns>
    /// <exception cref="KeyNotFoundException">A figure the template names outside an optional part is missing.</exception>
    public string Render(IReadOnlyList<Chiffre> chiffres)
    {
        if (chiffres is null)
        {
            throw new ArgumentNullException(nameof(chiffres));
        }

        if (Litteral is { } litteral)
        {
            return litteral;
        }

        var sb = PrendreBuilder();
        Ecrire(sb, _morceaux, chiffres);
        var texte = sb.ToString();
        RendreBuilder(sb);
        return texte;
    }

    /// <summary>The sentence with <paramref name="chiffres"/> written in, as <see cref="Render"/> writes it, in this
    /// thread's buffer: valid until the next call on the thread, for a writer that copies it at once.</summary>
    internal ReadOnlySpan<char> RenderTemporaire(IReadOnlyList<Chiffre> chiffres)
    {
        if (Litteral is { } litteral)
        {
            return litteral.AsSpan();
        }

        var sb = PrendreBuilder();
        Ecrire(sb, _morceaux, chiffres);
        var longueur = sb.Length;
        var tampon = t_caracteres;
        if (tampon is null || tampon.Length < longueur)
        {
            tampon = t_caracteres = new char[Math.Max(longueur, 256)];
        }

        sb.CopyTo(0, tampon, 0, longueur);
        RendreBuilder(sb);
        return new ReadOnlySpan<char>(tampon, 0, longueur);
    }

    /// <summary>The whole sentence when it has no figure and no optional part; null otherwise.</summary>
    private string? Litteral => _morceaux.Length == 1 && _morceaux[0].Nom is null && _morceaux[0].Optionnels is null ? _morceaux[0].Litteral : null;

    /// <summary>This thread's builder, taken (a nested call gets a new one): a decision renders about fifty
    /// sentences, each written once.</summary>
    private static StringBuilder PrendreBuilder()
    {
        var sb = t_builder ?? new StringBuilder(256);
        t_builder = null;
        sb.Clear();
        return sb;
    }

    /// <summary>Gives the builder back to the thread, unless a long sentence made it large.</summary>
    private static void RendreBuilder(StringBuilder sb)
    {
        if (sb.Capacity <= 2048)
        {
            t_builder = sb;
        }
    }

    /// <summary>The characters <see cref="RenderTemporaire"/> returns, reused on this thread.</summary>
    [ThreadStatic]
    private static char[]? t_caracteres;

    /// <summary>The builder <see cref="Render"/> reuses on this thread (taken while in use, so a nested call gets its own).</summary>
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private void Ecrire(StringBuilder sb, Morceau[] morceaux, IReadOnlyList<Chiffre> chiffres)
    {
        foreach (var m in morceaux)
        {
            if (m.Litteral is not null)
            {
                sb.Append(m.Litteral);
            }
            else if (m.Nom is not null)
            {
                var chiffre = Trouver(chiffres, m.Nom) ?? throw new KeyNotFoundException($"Le modèle « {Motif} » écrit le chiffre « {m.Nom} », absent du nœud.");
                if (m.Formes is { } formes)
                {
                    sb.Append(formes[Pluriel(chiffre) ? 1 : 0]);
                }
                else
                {
                    chiffre.Ecrire(sb);
                }
            }
            else if (ToutPresent(m.Optionnels!, chiffres))
            {
                Ecrire(sb, m.Optionnels!, chiffres);
            }
        }
    }

    /// <summary>Whether French puts a word counted by <paramref name="chiffre"/> in the plural: from 2 on (0 and 1 take
    /// the singular); a list counts its elements.</summary>
    private static bool Pluriel(Chiffre chiffre) => chiffre.Type switch
    {
        TypeChiffre.Liste => chiffre.Elements.Count >= 2,
        TypeChiffre.Date or TypeChiffre.Texte or TypeChiffre.Booleen => false,
        _ => Math.Abs(chiffre.Nombre) >= 2m,
    };

    private static bool ToutPresent(Morceau[] morceaux, IReadOnlyList<Chiffre> chiffres)
    {
        foreach (var m in morceaux)
        {
            if ((m.Nom is not null && Trouver(chiffres, m.Nom) is null) || (m.Optionnels is not null && !ToutPresent(m.Optionnels, chiffres)))
            {
                return false;
            }
        }

        return true;
    }

    private static Chiffre? Trouver(IReadOnlyList<Chiffre> chiffres, string nom)
    {
        // By reference first: the template's names are interned, and a rule names its figures with literals.
        for (var i = 0; i < chiffres.Count; i++)
        {
            if (ReferenceEquals(chiffres[i].Nom, nom))
            {
                return chiffres[i];
            }
        }

        for (var i = 0; i < chiffres.Count; i++)
        {
            if (string.Equals(chiffres[i].Nom, nom, StringComparison.Ordinal))
            {
                return chiffres[i];
            }
        }

        return null;
    }

    /// <summary>A literal, a figure, or an optional part.</summary>
    private sealed class Morceau
    {
        public string? Litteral { get; init; }

        public string? Nom { get; init; }

        public Morceau[]? Optionnels { get; init; }

        /// <summary>For <c>{nom:singulier|pluriel}</c>: the two forms, written instead of the figure.</summary>
        public string[]? Formes { get; init; }
    }

    private static Morceau[] Analyser(string texte, List<string> noms)
    {
        var i = 0;
        var morceaux = Analyser(texte, ref i, noms, niveau: 0);
        return morceaux;
    }

    private static Morceau[] Analyser(string texte, ref int i, List<string> noms, int niveau)
    {
        var morceaux = new List<Morceau>();
        var courant = new StringBuilder();
        void Pousser()
        {
            if (courant.Length > 0)
            {
                morceaux.Add(new Morceau { Litteral = courant.ToString() });
                courant.Clear();
            }
        }

        for (; i < texte.Length; i++)
        {
            var c = texte[i];
            var double_ = i + 1 < texte.Length && texte[i + 1] == c;
            if (c is '{' or '}' or '[' or ']' && double_)
            {
                courant.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var fin = texte.IndexOf('}', i + 1);
                if (fin < 0 || fin == i + 1)
                {
                    throw new FormatException($"Accolade non fermée ou vide à la position {i} du modèle « {texte} ».");
                }

                Pousser();
                // Names interned, as the rules' literal names are: a node's figure is then found by reference.
                var contenu = string.Intern(texte.Substring(i + 1, fin - i - 1));
                var deuxPoints = contenu.IndexOf(':');
                if (deuxPoints < 0)
                {
                    noms.Add(contenu);
                    morceaux.Add(new Morceau { Nom = contenu });
                }
                else
                {
                    var nom = string.Intern(contenu.Substring(0, deuxPoints));
                    var formes = contenu.Substring(deuxPoints + 1).Split('|');
                    if (nom.Length == 0 || formes.Length != 2)
                    {
                        throw new FormatException($"Accord « {{{contenu}}} » mal formé à la position {i} du modèle « {texte} » : "
                            + "{chiffre:singulier|pluriel} attendu.");
                    }

                    noms.Add(nom);
                    morceaux.Add(new Morceau { Nom = nom, Formes = formes });
                }

                i = fin;
            }
            else if (c == '[')
            {
                Pousser();
                i++;
                morceaux.Add(new Morceau { Optionnels = Analyser(texte, ref i, noms, niveau + 1) });
            }
            else if (c == ']')
            {
                if (niveau == 0)
                {
                    throw new FormatException($"Crochet fermant isolé à la position {i} du modèle « {texte} ».");
                }

                Pousser();
                return morceaux.ToArray();
            }
            else if (c == '}')
            {
                throw new FormatException($"Accolade fermante isolée à la position {i} du modèle « {texte} ».");
            }
            else
            {
                courant.Append(c);
            }
        }

        if (niveau > 0)
        {
            throw new FormatException($"Crochet non fermé dans le modèle « {texte} ».");
        }

        Pousser();
        if (morceaux.Count == 0)
        {
            morceaux.Add(new Morceau { Litteral = string.Empty });
        }

        return morceaux.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Motif} : {Texte}";
}
