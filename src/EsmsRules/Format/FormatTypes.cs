using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using EsmsRules.Identifiers;
using NodaTime;

namespace EsmsRules.Format;

/// <summary>The JSON type of a field of the dossier format.</summary>
internal enum TypeValeur
{
    /// <summary>Free text (a name), at most <see cref="Serialization.InputLimits.MaxStringLength"/> characters.</summary>
    Texte,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Booleen,

    /// <summary>An integer between <see cref="ProprieteFormat.Min"/> and <see cref="ProprieteFormat.Max"/>.</summary>
    Entier,

    /// <summary>An amount in euros: a number from 0 to <see cref="ProprieteFormat.MontantMax"/>, at most 2 decimals.</summary>
    Montant,

    /// <summary>An ISO date <c>AAAA-MM-JJ</c>, as a string.</summary>
    Date,

    /// <summary>One of the strings of <see cref="ProprieteFormat.Valeurs"/>.</summary>
    Enumeration,

    /// <summary>A FINESS number: a string of 9 letters or digits, with a valid Luhn key when all digits.</summary>
    Finess,

    /// <summary>A FINESS category code 100 to 999, as a string of 3 digits (<c>"500"</c>) or an integer (<c>500</c>).</summary>
    Categorie,

    /// <summary>A campaign: a string (<c>"2022"</c>) or an integer (<c>2022</c>).</summary>
    Campagne,

    /// <summary>An object of the format (<see cref="ProprieteFormat.Objet"/>).</summary>
    Objet,

    /// <summary>An array of objects of the format (<see cref="ProprieteFormat.Objet"/>).</summary>
    ListeObjets,

    /// <summary>An array of FINESS numbers.</summary>
    ListeFiness,
}

/// <summary>What the reader found for one field of an object.</summary>
internal enum EtatValeur : byte
{
    /// <summary>The field is not in the object.</summary>
    Absent,

    /// <summary>The field is <c>null</c>.</summary>
    Null,

    /// <summary>The field has a valid value.</summary>
    Present,

    /// <summary>The field has a value that was reported as a problem.</summary>
    Invalide,
}

/// <summary>The value read for one field, in the slot of its object: a union of what the types need (no boxing).</summary>
internal struct Valeur
{
    /// <summary>What was found.</summary>
    public EtatValeur Etat;

    /// <summary>Booleans (0/1), integers, enumeration codes and dates (<c>AAAAMMJJ</c>).</summary>
    public long Entier;

    /// <summary>FINESS numbers.</summary>
    public Finess Finess;

    /// <summary>Texts, amounts (boxed: at most two a dossier), objects and lists.</summary>
    public object? Objet;

    /// <summary>Whether a valid value was read.</summary>
    public readonly bool Present => Etat == EtatValeur.Present;

    /// <summary>The boolean; null when absent, null or invalid.</summary>
    public readonly bool? Booleen => Present ? Entier != 0 : null;

    /// <summary>The integer; null when absent, null or invalid.</summary>
    public readonly int? EntierOuNull => Present ? (int)Entier : null;

    /// <summary>The integer; 0 when absent, null or invalid (a placeholder of a dossier that is refused).</summary>
    public readonly long Compteur => Present ? Entier : 0;

    /// <summary>The amount; null when absent, null or invalid.</summary>
    public readonly decimal? MontantOuNull => Present ? (decimal)Objet! : null;

    /// <summary>The text; null when absent, null or invalid.</summary>
    public readonly string? Texte => Present ? (string?)Objet : null;

    /// <summary>The date; null when absent, null or invalid.</summary>
    public readonly LocalDate? Date => Present ? new LocalDate((int)(Entier / 10000), (int)(Entier / 100 % 100), (int)(Entier % 100)) : null;

    /// <summary>The enumeration code; <paramref name="defaut"/> (a placeholder) when absent, null or invalid.</summary>
    public readonly int Code(int defaut) => Present ? (int)Entier : defaut;

    /// <summary>The enumeration code; null when absent, null or invalid.</summary>
    public readonly int? CodeOuNull => Present ? (int)Entier : null;

    /// <summary>The object or list read; null when absent, null or invalid.</summary>
    public readonly T? De<T>()
        where T : class => Present ? Unsafe.As<T>(Objet) : null;

    /// <summary>A date as stored in <see cref="Entier"/>.</summary>
    public static long CoderDate(LocalDate d) => (d.Year * 10000L) + (d.Month * 100L) + d.Day;
}

/// <summary>One value of an enumeration of the format: its wire name, its code in the model's enum, its meaning.</summary>
internal sealed class ValeurEnum
{
    public ValeurEnum(string nom, int code, string description)
    {
        Nom = nom;
        NomUtf8 = Encoding.UTF8.GetBytes(nom);
        Code = code;
        Description = description;
    }

    /// <summary>The wire value (<c>miseEnConformite</c>).</summary>
    public string Nom { get; }

    /// <summary><see cref="Nom"/> in UTF-8, compared with the input's bytes.</summary>
    public byte[] NomUtf8 { get; }

    /// <summary>The value of the model's enum.</summary>
    public int Code { get; }

    /// <summary>French meaning, for the documentation.</summary>
    public string Description { get; }
}

/// <summary>One field of an object of the dossier format.</summary>
internal sealed class ProprieteFormat
{
    private readonly int _longueurUtf8;
    private readonly ulong _tete;
    private readonly ulong _queue;

    private ProprieteFormat(string nom, TypeValeur type, bool obligatoire, string description)
    {
        Nom = nom;
        NomUtf8 = Encoding.UTF8.GetBytes(nom);
        _longueurUtf8 = NomUtf8.Length;
        if (_longueurUtf8 >= 8)
        {
            _tete = MemoryMarshal.Read<ulong>(NomUtf8);
            _queue = MemoryMarshal.Read<ulong>(NomUtf8.AsSpan(_longueurUtf8 - 8));
        }
        Type = type;
        Obligatoire = obligatoire;
        Description = description;
    }

    /// <summary>JSON name (camelCase, as the dossier format fixes it).</summary>
    public string Nom { get; }

    /// <summary><see cref="Nom"/> in UTF-8.</summary>
    public byte[] NomUtf8 { get; }

    /// <summary>Whether <paramref name="utf8"/> is this field's name: for a name of 8 to 16 bytes, two 8-byte
    /// comparisons in place (the reader compares every property name of the input).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NomEgal(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != _longueurUtf8)
        {
            return false;
        }

        if (_longueurUtf8 < 8)
        {
            return utf8.SequenceEqual(NomUtf8);
        }

        return MemoryMarshal.Read<ulong>(utf8) == _tete
            && MemoryMarshal.Read<ulong>(utf8.Slice(_longueurUtf8 - 8)) == _queue
            && (_longueurUtf8 <= 16 || utf8.Slice(8, _longueurUtf8 - 16).SequenceEqual(NomUtf8.AsSpan(8, _longueurUtf8 - 16)));
    }

    /// <summary>JSON type.</summary>
    public TypeValeur Type { get; }

    /// <summary>Required: absent or <c>null</c> is an error. Every optional field may be <c>null</c>, which means
    /// absent ("not given").</summary>
    public bool Obligatoire { get; }

    /// <summary>One line of French, for the documentation of the format.</summary>
    public string Description { get; }

    /// <summary>An example value, as JSON text; null when none helps.</summary>
    public string? Exemple { get; private set; }

    /// <summary><see cref="TypeValeur.Entier"/>: least value.</summary>
    public long Min { get; private set; }

    /// <summary><see cref="TypeValeur.Entier"/>: greatest value.</summary>
    public long Max { get; private set; }

    /// <summary><see cref="TypeValeur.Montant"/>: greatest amount, in euros.</summary>
    public decimal MontantMax { get; private set; }

    /// <summary>Why the bound is what it is (French, for the documentation and the error message).</summary>
    public string? RaisonBorne { get; private set; }

    /// <summary>Fixed length of a coded string (FINESS 9, date 10, category 3); 0 for free text, bounded by
    /// <see cref="Serialization.InputLimits.MaxStringLength"/>.</summary>
    public int Longueur { get; private set; }

    /// <summary><see cref="TypeValeur.Enumeration"/>: the values.</summary>
    public IReadOnlyList<ValeurEnum> Valeurs => ValeursTableau;

    /// <summary><see cref="Valeurs"/> as the array itself, for the reader's loops.</summary>
    internal ValeurEnum[] ValeursTableau { get; private set; } = Array.Empty<ValeurEnum>();

    /// <summary><see cref="TypeValeur.Objet"/>, <see cref="TypeValeur.ListeObjets"/>: the object's description.</summary>
    public ObjetFormat? Objet { get; private set; }

    /// <summary>Whether the value is an array (its entries are bounded by <see cref="Serialization.InputLimits.MaxEssms"/>).</summary>
    public bool EstListe => Type is TypeValeur.ListeObjets or TypeValeur.ListeFiness;

    public static ProprieteFormat Texte(string nom, string description, string? exemple = null) =>
        new(nom, TypeValeur.Texte, false, description) { Exemple = exemple };

    public static ProprieteFormat Booleen(string nom, string description) =>
        new(nom, TypeValeur.Booleen, false, description) { Exemple = "true" };

    public static ProprieteFormat Entier(string nom, long min, long max, string raison, string description, string exemple, bool obligatoire = false) =>
        new(nom, TypeValeur.Entier, obligatoire, description) { Min = min, Max = max, RaisonBorne = raison, Exemple = exemple };

    public static ProprieteFormat Montant(string nom, decimal max, string raison, string description, string exemple) =>
        new(nom, TypeValeur.Montant, false, description) { MontantMax = max, RaisonBorne = raison, Exemple = exemple };

    public static ProprieteFormat Date(string nom, string description, string exemple) =>
        new(nom, TypeValeur.Date, false, description) { Longueur = 10, Exemple = exemple };

    public static ProprieteFormat Enumeration(string nom, bool obligatoire, IReadOnlyList<ValeurEnum> valeurs, string description) =>
        new(nom, TypeValeur.Enumeration, obligatoire, description) { ValeursTableau = valeurs.ToArray(), Exemple = "\"" + valeurs[0].Nom + "\"" };

    public static ProprieteFormat Finess(string nom, bool obligatoire, string description, string exemple) =>
        new(nom, TypeValeur.Finess, obligatoire, description) { Longueur = Identifiers.Finess.Length, Exemple = exemple };

    public static ProprieteFormat Categorie(string nom, string description) =>
        new(nom, TypeValeur.Categorie, false, description) { Longueur = 3, Min = 100, Max = 999, Exemple = "\"500\"" };

    public static ProprieteFormat Campagne(string nom, string description) =>
        new(nom, TypeValeur.Campagne, false, description) { Exemple = "\"2022\"" };

    public static ProprieteFormat SousObjet(string nom, bool obligatoire, ObjetFormat objet, string description) =>
        new(nom, TypeValeur.Objet, obligatoire, description) { Objet = objet };

    public static ProprieteFormat Liste(string nom, bool obligatoire, ObjetFormat objet, string description) =>
        new(nom, TypeValeur.ListeObjets, obligatoire, description) { Objet = objet };

    public static ProprieteFormat ListeFiness(string nom, bool obligatoire, string description, string exemple) =>
        new(nom, TypeValeur.ListeFiness, obligatoire, description) { Longueur = Identifiers.Finess.Length, Exemple = exemple };
}

/// <summary>Builds the model's record from the values read for an object's fields, in the order of its
/// <see cref="ObjetFormat.Proprietes"/>.</summary>
internal delegate T Constructeur<out T>(ReadOnlySpan<Valeur> valeurs);

/// <summary>One object of the dossier format: its fields and how the model's record is built from them.</summary>
internal abstract class ObjetFormat
{
    private readonly ProprieteFormat[] _proprietes;

    protected ObjetFormat(string nom, string titre, string description, ProprieteFormat[] proprietes)
    {
        Nom = nom;
        Titre = titre;
        Description = description;
        _proprietes = proprietes;
        if (proprietes.Length > 64)
        {
            throw new ArgumentException("Au plus 64 champs par objet (le lecteur les marque dans un masque de 64 bits).", nameof(proprietes));
        }

        Obligatoires = Enumerable.Range(0, proprietes.Length).Where(i => proprietes[i].Obligatoire).ToArray();
        foreach (var i in Obligatoires)
        {
            MasqueObligatoires |= 1UL << i;
        }
    }

    /// <summary>Name of the object in the documentation (<c>essms</c>).</summary>
    public string Nom { get; }

    /// <summary>French title (« ESSMS »).</summary>
    public string Titre { get; }

    /// <summary>One line of French.</summary>
    public string Description { get; }

    /// <summary>The fields, in the dossier format's order.</summary>
    public IReadOnlyList<ProprieteFormat> Proprietes => _proprietes;

    /// <summary><see cref="Proprietes"/> as the array itself, for the reader's loops (no interface calls).</summary>
    internal ProprieteFormat[] Tableau => _proprietes;

    /// <summary>The indices of the required fields.</summary>
    internal int[] Obligatoires { get; }

    /// <summary>The required fields as bits (field i is bit i).</summary>
    internal ulong MasqueObligatoires { get; }

    /// <summary>The field named <paramref name="utf8"/> (trying <paramref name="attendu"/> first: fields usually come
    /// in the dossier format's order), or -1.</summary>
    public int Indice(ReadOnlySpan<byte> utf8, int attendu)
    {
        // From the expected one on (an optional field left out moves the next one a little further), then the rest.
        var p = _proprietes;
        if ((uint)attendu > (uint)p.Length)
        {
            attendu = 0;
        }

        for (var i = attendu; i < p.Length; i++)
        {
            if (p[i].NomEgal(utf8))
            {
                return i;
            }
        }

        for (var i = 0; i < attendu; i++)
        {
            if (p[i].NomEgal(utf8))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The field named <paramref name="nom"/>, or -1.</summary>
    public int Indice(string nom)
    {
        for (var i = 0; i < _proprietes.Length; i++)
        {
            if (string.Equals(_proprietes[i].Nom, nom, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the field named <paramref name="nom"/>; throws when there is none (a mistake in the
    /// description, found when the type is first used).</summary>
    public int I(string nom)
    {
        var i = Indice(nom);
        return i >= 0 ? i : throw new InvalidOperationException("Champ inconnu de la description : " + nom);
    }

    /// <summary>Builds the record from the values read (placeholders where a value was missing or invalid: the
    /// record of a refused dossier is only used to find its other problems, never returned).</summary>
    internal Constructeur<object> Construire { get; private protected set; } = null!;

    /// <summary>An empty list of the record's type.</summary>
    public abstract object NouvelleListe();

    /// <summary>Adds <paramref name="element"/> (a record built by <see cref="Construire"/>, or null for an entry
    /// that is not an object: it keeps the input's indices) to a list made by <see cref="NouvelleListe"/>.</summary>
    public abstract void Ajouter(object liste, object? element);
}

/// <summary>An object of the format whose record is <typeparamref name="T"/>.</summary>
internal sealed class ObjetFormat<T> : ObjetFormat
    where T : class
{
    public ObjetFormat(string nom, string titre, string description, ProprieteFormat[] proprietes, Func<ObjetFormat, Constructeur<T>> construire)
        : base(nom, titre, description, proprietes)
    {
        Construire = construire(this);
    }

    public override object NouvelleListe() => new List<T>();

    // The list is the one NouvelleListe made, the element null or a record Construire built: no cast to check.
    public override void Ajouter(object liste, object? element) => Unsafe.As<List<T>>(liste).Add(Unsafe.As<T>(element)!);
}
