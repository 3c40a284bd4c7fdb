using System;
using System.Collections.Generic;
using System.Text;
using EsmsRules.Formatting;
using NodaTime;

namespace EsmsRules.Rules;

/// <summary>How a <see cref="Chiffre"/> is written in a French explanation.</summary>
public enum TypeChiffre
{
    /// <summary>An integer with French grouping ("10 000").</summary>
    Entier,

    /// <summary>An amount in euros, no decimals when whole ("1 128 500 €", "26 611,20 €").</summary>
    Euros,

    /// <summary>An amount in euros, always two decimals ("5 256,00 €").</summary>
    EurosCentimes,

    /// <summary>A rate written as a percentage (0.3 → "30 %").</summary>
    Taux,

    /// <summary>A value already in percent (70 → "70 %", 68.4211 → "68,42 %").</summary>
    Pourcentage,

    /// <summary>A date ("12/02/2022").</summary>
    Date,

    /// <summary>A text, written as it is (a FINESS number, a field name, a region).</summary>
    Texte,

    /// <summary>A list of texts joined by its separator (", ", " et ").</summary>
    Liste,

    /// <summary>A yes/no fact ("oui", "non"): an unknown one is a figure the node does not have.</summary>
    Booleen,
}

/// <summary>
/// A named figure of a rule's result (n, T, a rate, an amount, a date…): what the rule found, typed, from which the
/// French explanation is written by the rule's template (<see cref="Modele"/>). A quoting screen reads the figures; a
/// person reads the sentence.
/// </summary>
/// <remarks>Immutable. Equality is value equality (name, type and value; lists element by element).</remarks>
public readonly struct Chiffre : IEquatable<Chiffre>
{
    // 32 bytes (a tree holds a few figures per node): the name, the value of a number (a yes/no fact as 0 or 1), and one
    // object saying the rest: the type of a number (a shared Genre), the text, the list with its separator, or the date.
    private readonly decimal _nombre;
    private readonly object? _valeur;

    private Chiffre(string nom, decimal nombre, object valeur)
    {
        Nom = nom ?? throw new ArgumentNullException(nameof(nom));
        _nombre = nombre;
        _valeur = valeur;
    }

    /// <summary>The figure's name, as the templates write it between braces (<c>{n}</c>).</summary>
    public string Nom { get; }

    /// <summary>How it is written.</summary>
    public TypeChiffre Type => _valeur switch
    {
        Genre g => g.Type,
        string => TypeChiffre.Texte,
        ListeTextes => TypeChiffre.Liste,
        LocalDate => TypeChiffre.Date,
        _ => TypeChiffre.Entier, // default(Chiffre)
    };

    /// <summary>The value of a number (<see cref="TypeChiffre.Entier"/>, <see cref="TypeChiffre.Euros"/>,
    /// <see cref="TypeChiffre.EurosCentimes"/>, <see cref="TypeChiffre.Taux"/>, <see cref="TypeChiffre.Pourcentage"/>).</summary>
    /// <exception cref="InvalidOperationException">The figure is not a number.</exception>
    public decimal Nombre => _valeur is Genre { Type: TypeChiffre.Booleen } || (_valeur is not Genre && _valeur is not null)
        ? throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas un nombre.")
        : _nombre;

    /// <summary>The value of a <see cref="TypeChiffre.Date"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a date.</exception>
    public LocalDate Date => _valeur is LocalDate date ? date : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas une date.");

    /// <summary>The value of a <see cref="TypeChiffre.Texte"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a text.</exception>
    public string Texte => _valeur is string texte ? texte : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas un texte.");

    /// <summary>The items of a <see cref="TypeChiffre.Liste"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a list.</exception>
    public IReadOnlyList<string> Elements => _valeur is ListeTextes liste ? liste.Elements : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas une liste.");

    /// <summary>The value of a <see cref="TypeChiffre.Booleen"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a yes/no fact.</exception>
    public bool Booleen => ReferenceEquals(_valeur, Genre.Booleen) ? _nombre != 0m : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas un booléen.");

    /// <summary>An integer.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="valeur">Value.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Entier(string nom, long valeur) => new(nom, valeur, Genre.Entier);

    /// <summary>An amount in euros (no decimals when whole).</summary>
    /// <param name="nom">Name.</param>
    /// <param name="montant">Amount.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Euros(string nom, decimal montant) => new(nom, montant, Genre.Euros);

    /// <summary>An amount in euros written with two decimals.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="montant">Amount.</param>
    /// <returns>The figure.</returns>
    public static Chiffre EurosCentimes(string nom, decimal montant) => new(nom, montant, Genre.EurosCentimes);

    /// <summary>A rate (0.3 for 30 %).</summary>
    /// <param name="nom">Name.</param>
    /// <param name="taux">Rate.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Taux(string nom, decimal taux) => new(nom, taux, Genre.Taux);

    /// <summary>A value in percent.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="valeur">Percentage.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Pourcentage(string nom, decimal valeur) => new(nom, valeur, Genre.Pourcentage);

    /// <summary>A date.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="date">Date.</param>
    /// <returns>The figure.</returns>
    public static Chiffre LeJour(string nom, LocalDate date) => new(nom, 0m, date);

    /// <summary>A text.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="texte">Text.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Mot(string nom, string texte) => new(nom, 0m, texte ?? throw new ArgumentNullException(nameof(texte)));

    /// <summary>A list of texts joined by <paramref name="separateur"/>.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="elements">Items.</param>
    /// <param name="separateur">Separator (", " or " et ").</param>
    /// <returns>The figure.</returns>
    public static Chiffre ListeDe(string nom, IReadOnlyList<string> elements, string separateur = ", ") =>
        new(nom, 0m, new ListeTextes(
            elements ?? throw new ArgumentNullException(nameof(elements)),
            separateur ?? throw new ArgumentNullException(nameof(separateur))));

    /// <summary>A yes/no fact (written "oui" or "non").</summary>
    /// <param name="nom">Name.</param>
    /// <param name="valeur">Value.</param>
    /// <returns>The figure.</returns>
    public static Chiffre OuiNon(string nom, bool valeur) => new(nom, valeur ? 1m : 0m, Genre.Booleen);

    /// <summary>The figure as an explanation writes it ("1 128 500 €", "12/02/2022", "30 %").</summary>
    /// <returns>The French text.</returns>
    public string Render() => _valeur switch
    {
        Genre g => g.Type switch
        {
            TypeChiffre.Entier => Fr.Entier((long)_nombre),
            TypeChiffre.Euros => Fr.Euros(_nombre),
            TypeChiffre.EurosCentimes => Fr.EurosCentimes(_nombre),
            TypeChiffre.Taux => Fr.Pourcent(_nombre),
            TypeChiffre.Pourcentage => Fr.PourcentValeur(_nombre),
            _ => _nombre != 0m ? "oui" : "non",
        },
        string texte => texte,
        ListeTextes liste => string.Join(liste.Separateur, liste.Elements),
        LocalDate date => Fr.Date(date),
        _ => Fr.Entier((long)_nombre), // default(Chiffre)
    };

    /// <summary>Appends <see cref="Render"/>'s text to <paramref name="sb"/>, without a string in between for a number or
    /// a date (a sentence written from its template).</summary>
    /// <param name="sb">The builder.</param>
    internal void Ecrire(StringBuilder sb)
    {
        switch (_valeur)
        {
            case Genre g:
                switch (g.Type)
                {
                    case TypeChiffre.Entier:
                        Fr.Ajouter(sb, (long)_nombre, 0, string.Empty);
                        return;
                    case TypeChiffre.Euros:
                        Fr.AjouterEuros(sb, _nombre);
                        return;
                    case TypeChiffre.EurosCentimes:
                        Fr.Ajouter(sb, _nombre, 2, " €");
                        return;
                    case TypeChiffre.Taux:
                        Fr.AjouterPourcentValeur(sb, _nombre * 100m);
                        return;
                    case TypeChiffre.Pourcentage:
                        Fr.AjouterPourcentValeur(sb, _nombre);
                        return;
                    default:
                        sb.Append(_nombre != 0m ? "oui" : "non");
                        return;
                }

            case string texte:
                sb.Append(texte);
                return;
            case ListeTextes liste:
                for (var i = 0; i < liste.Elements.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(liste.Separateur);
                    }

                    sb.Append(liste.Elements[i]);
                }

                return;
            case LocalDate date:
                Fr.AjouterDate(sb, date);
                return;
            default:
                Fr.Ajouter(sb, (long)_nombre, 0, string.Empty); // default(Chiffre)
                return;
        }
    }

    /// <inheritdoc />
    public bool Equals(Chiffre other)
    {
        if (!string.Equals(Nom, other.Nom, StringComparison.Ordinal) || _nombre != other._nombre)
        {
            return false;
        }

        switch (_valeur)
        {
            case Genre g:
                return ReferenceEquals(g, other._valeur);
            case string texte:
                return other._valeur is string autre && string.Equals(texte, autre, StringComparison.Ordinal);
            case ListeTextes liste:
                return other._valeur is ListeTextes autreListe && liste.Equals(autreListe);
            case LocalDate date:
                return other._valeur is LocalDate autreDate && date == autreDate;
            default:
                // default(Chiffre): no name, no value.
                return other._valeur is null;
        }
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Chiffre other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((Nom?.GetHashCode() ?? 0) * 31) ^ _nombre.GetHashCode() ^ (int)Type;

    /// <summary>Equality.</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Chiffre left, Chiffre right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Chiffre left, Chiffre right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Nom} = {Render()}";

    /// <summary>The type of a number or yes/no fact: one shared instance per type, so that a figure needs no field of
    /// its own for it.</summary>
    private sealed class Genre
    {
        public static readonly Genre Entier = new(TypeChiffre.Entier);
        public static readonly Genre Euros = new(TypeChiffre.Euros);
        public static readonly Genre EurosCentimes = new(TypeChiffre.EurosCentimes);
        public static readonly Genre Taux = new(TypeChiffre.Taux);
        public static readonly Genre Pourcentage = new(TypeChiffre.Pourcentage);
        public static readonly Genre Booleen = new(TypeChiffre.Booleen);

        private Genre(TypeChiffre type) => Type = type;

        public TypeChiffre Type { get; }
    }

    /// <summary>The items of a list figure and the separator they are joined with.</summary>
    private sealed class ListeTextes : IEquatable<ListeTextes>
    {
        public ListeTextes(IReadOnlyList<string> elements, string separateur)
        {
            Elements = elements;
            Separateur = separateur;
        }

        public IReadOnlyList<string> Elements { get; }

        public string Separateur { get; }

        public bool Equals(ListeTextes? other)
        {
            if (other is null || !string.Equals(Separateur, other.Separateur, StringComparison.Ordinal) || Elements.Count != other.Elements.Count)
            {
                return false;
            }

            for (var i = 0; i < Elements.Count; i++)
            {
                if (!string.Equals(Elements[i], other.Elements[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ListeTextes);

        public override int GetHashCode() => Elements.Count;
    }
}
