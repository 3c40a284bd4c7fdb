using System;
using System.Collections.Generic;
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
    private readonly decimal _nombre;
    private readonly LocalDate _date;
    private readonly string? _texte;
    private readonly IReadOnlyList<string>? _liste;

    private Chiffre(string nom, TypeChiffre type, decimal nombre, LocalDate date, string? texte, IReadOnlyList<string>? liste)
    {
        Nom = nom ?? throw new ArgumentNullException(nameof(nom));
        Type = type;
        _nombre = nombre;
        _date = date;
        _texte = texte;
        _liste = liste;
    }

    /// <summary>The figure's name, as the templates write it between braces (<c>{n}</c>).</summary>
    public string Nom { get; }

    /// <summary>How it is written.</summary>
    public TypeChiffre Type { get; }

    /// <summary>The value of a number (<see cref="TypeChiffre.Entier"/>, <see cref="TypeChiffre.Euros"/>,
    /// <see cref="TypeChiffre.EurosCentimes"/>, <see cref="TypeChiffre.Taux"/>, <see cref="TypeChiffre.Pourcentage"/>).</summary>
    /// <exception cref="InvalidOperationException">The figure is not a number.</exception>
    public decimal Nombre => Type is TypeChiffre.Date or TypeChiffre.Texte or TypeChiffre.Liste or TypeChiffre.Booleen
        ? throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas un nombre.")
        : _nombre;

    /// <summary>The value of a <see cref="TypeChiffre.Date"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a date.</exception>
    public LocalDate Date => Type == TypeChiffre.Date ? _date : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas une date.");

    /// <summary>The value of a <see cref="TypeChiffre.Texte"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a text.</exception>
    public string Texte => Type == TypeChiffre.Texte ? _texte! : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas un texte.");

    /// <summary>The items of a <see cref="TypeChiffre.Liste"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a list.</exception>
    public IReadOnlyList<string> Elements => Type == TypeChiffre.Liste ? _liste! : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas une liste.");

    /// <summary>The value of a <see cref="TypeChiffre.Booleen"/>.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a yes/no fact.</exception>
    public bool Booleen => Type == TypeChiffre.Booleen ? _nombre != 0m : throw new InvalidOperationException($"Le chiffre « {Nom} » n'est pas un booléen.");

    /// <summary>An integer.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="valeur">Value.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Entier(string nom, long valeur) => new(nom, TypeChiffre.Entier, valeur, default, null, null);

    /// <summary>An amount in euros (no decimals when whole).</summary>
    /// <param name="nom">Name.</param>
    /// <param name="montant">Amount.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Euros(string nom, decimal montant) => new(nom, TypeChiffre.Euros, montant, default, null, null);

    /// <summary>An amount in euros written with two decimals.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="montant">Amount.</param>
    /// <returns>The figure.</returns>
    public static Chiffre EurosCentimes(string nom, decimal montant) => new(nom, TypeChiffre.EurosCentimes, montant, default, null, null);

    /// <summary>A rate (0.3 for 30 %).</summary>
    /// <param name="nom">Name.</param>
    /// <param name="taux">Rate.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Taux(string nom, decimal taux) => new(nom, TypeChiffre.Taux, taux, default, null, null);

    /// <summary>A value in percent.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="valeur">Percentage.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Pourcentage(string nom, decimal valeur) => new(nom, TypeChiffre.Pourcentage, valeur, default, null, null);

    /// <summary>A date.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="date">Date.</param>
    /// <returns>The figure.</returns>
    public static Chiffre LeJour(string nom, LocalDate date) => new(nom, TypeChiffre.Date, 0m, date, null, null);

    /// <summary>A text.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="texte">Text.</param>
    /// <returns>The figure.</returns>
    public static Chiffre Mot(string nom, string texte) => new(nom, TypeChiffre.Texte, 0m, default, texte ?? throw new ArgumentNullException(nameof(texte)), null);

    /// <summary>A list of texts joined by <paramref name="separateur"/>.</summary>
    /// <param name="nom">Name.</param>
    /// <param name="elements">Items.</param>
    /// <param name="separateur">Separator (", " or " et ").</param>
    /// <returns>The figure.</returns>
    public static Chiffre ListeDe(string nom, IReadOnlyList<string> elements, string separateur = ", ") =>
        new(nom, TypeChiffre.Liste, 0m, default, separateur ?? throw new ArgumentNullException(nameof(separateur)),
            elements ?? throw new ArgumentNullException(nameof(elements)));

    /// <summary>A yes/no fact (written "oui" or "non").</summary>
    /// <param name="nom">Name.</param>
    /// <param name="valeur">Value.</param>
    /// <returns>The figure.</returns>
    public static Chiffre OuiNon(string nom, bool valeur) => new(nom, TypeChiffre.Booleen, valeur ? 1m : 0m, default, null, null);

    /// <summary>The figure as an explanation writes it ("1 128 500 €", "12/02/2022", "30 %").</summary>
    /// <returns>The French text.</returns>
    public string Render() => Type switch
    {
        TypeChiffre.Entier => Fr.Entier((long)_nombre),
        TypeChiffre.Euros => Fr.Euros(_nombre),
        TypeChiffre.EurosCentimes => Fr.EurosCentimes(_nombre),
        TypeChiffre.Taux => Fr.Pourcent(_nombre),
        TypeChiffre.Pourcentage => Fr.PourcentValeur(_nombre),
        TypeChiffre.Date => Fr.Date(_date),
        TypeChiffre.Texte => _texte!,
        TypeChiffre.Booleen => _nombre != 0m ? "oui" : "non",
        _ => string.Join(_texte!, _liste!),
    };

    /// <inheritdoc />
    public bool Equals(Chiffre other)
    {
        if (!string.Equals(Nom, other.Nom, StringComparison.Ordinal) || Type != other.Type || _nombre != other._nombre
            || _date != other._date || !string.Equals(_texte, other._texte, StringComparison.Ordinal))
        {
            return false;
        }

        if (_liste is null || other._liste is null)
        {
            return _liste is null && other._liste is null;
        }

        if (_liste.Count != other._liste.Count)
        {
            return false;
        }

        for (var i = 0; i < _liste.Count; i++)
        {
            if (!string.Equals(_liste[i], other._liste[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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
}
