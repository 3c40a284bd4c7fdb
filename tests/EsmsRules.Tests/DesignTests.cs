using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using EsmsRules.Baremes;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using Xunit;

namespace EsmsRules.Tests;

/// <summary>
/// Design rules of the library's public surface, checked by reflection (after NodaTime's design tests): public state
/// cannot be mutated. Statically, no public type has a public setter other than <c>init</c>, a public writable field, or
/// a public property or field of a mutable collection type. Dynamically, every <see cref="IReadOnlyList{T}"/> and
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> reachable from real decisions, dossiers, barèmes and errors is the
/// library's immutable value type (a cast cannot reach an array or a <see cref="Dictionary{TKey, TValue}"/> behind it).
/// <see cref="DecisionNode"/>'s lists are not copied (they are the rules' own, given up to the node) and are excluded
/// from that check. Value semantics: every public type that overrides <c>Equals</c> also gives a hash code, a readable
/// <c>ToString</c> and <see cref="IEquatable{T}"/>, and two evaluations of one dossier give graphs equal object by
/// object, the tree included.
/// </summary>
public class DesignTests
{
    private static readonly Assembly Bibliotheque = typeof(Bareme).Assembly;

    private static readonly Type[] CollectionsModifiables =
    {
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>),
        typeof(SortedList<,>), typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(IList<>), typeof(ICollection<>),
        typeof(IDictionary<,>), typeof(ISet<>), typeof(System.Collections.ObjectModel.Collection<>),
    };

    private static IEnumerable<Type> TypesPublics => Bibliotheque.GetExportedTypes();

    private const BindingFlags Membres = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void PublicTypes_Properties_HaveNoPublicSetterOtherThanInit()
    {
        var fautes = TypesPublics.SelectMany(t => t.GetProperties(Membres))
            .Where(p => p.SetMethod is { IsPublic: true } set && !EstInit(set))
            .Select(Nom);

        Assert.Empty(fautes);
    }

    [Fact]
    public void PublicTypes_Fields_AreConstantOrReadOnly()
    {
        var fautes = TypesPublics.Where(t => !t.IsEnum).SelectMany(t => t.GetFields(Membres))
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Select(f => f.DeclaringType!.FullName + "." + f.Name);

        Assert.Empty(fautes);
    }

    [Fact]
    public void PublicTypes_PropertiesAndFields_AreNotOfAMutableCollectionType()
    {
        var proprietes = TypesPublics.SelectMany(t => t.GetProperties(Membres)).Where(p => EstModifiable(p.PropertyType)).Select(Nom);
        var champs = TypesPublics.SelectMany(t => t.GetFields(Membres)).Where(f => EstModifiable(f.FieldType)).Select(f => f.DeclaringType!.FullName + "." + f.Name);

        Assert.Empty(proprietes.Concat(champs));
    }

    [Fact]
    public void ObjectGraphs_OfEveryExampleDecisionDossierAndErrors_HoldOnlyImmutableListsAndDictionaries()
    {
        var fautes = new List<string>();
        foreach (var fichier in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json").Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal)))
        {
            var json = File.ReadAllText(fichier);
            var nom = Path.GetFileNameWithoutExtension(fichier);
            foreach (var explications in new[] { true, false })
            {
                Parcourir(new EsmsEvaluator(new EvaluationOptions { Explications = explications }).EvaluateJson(json), nom, fautes);
            }

            if (DossierJsonReader.TryRead(json, out var dossier, out var erreurs))
            {
                Parcourir(dossier, nom + ".dossier", fautes);
                Parcourir(EsmsEvaluator.Default.Evaluate(dossier!), nom + ".evaluate", fautes);
            }
            else
            {
                // The reader's list is returned, not held by a public type: only the errors in it are checked.
                ParcourirChacun(erreurs!, nom + ".erreurs", fautes);
            }
        }

        Assert.True(fautes.Count == 0, string.Join("\n", fautes));
    }

    [Fact]
    public void ObjectGraphs_OfEveryEmbeddedCampaignCatalogueAndRule_HoldOnlyImmutableListsAndDictionaries()
    {
        var fautes = new List<string>();
        var catalogue = BaremeCatalogue.Embedded;
        Parcourir(catalogue, "Embedded", fautes);
        foreach (var c in catalogue.Connues)
        {
            catalogue.TryGet(c, out var b);
            Parcourir(b, c, fautes);
        }

        Parcourir(Campagnes.Connues, "Campagnes.Connues", fautes);
        Parcourir(CalendriersRegionaux.Occitanie2022, "Occitanie2022", fautes);
        Parcourir(new Bareme(), "new Bareme()", fautes);
        Parcourir(Regles.Toutes, "Regles.Toutes", fautes);
        Parcourir(BaremeParametres.Noms, "BaremeParametres.Noms", fautes);
        ParcourirChacun(BaremeParametres.Noms.Select(BaremeParametres.Regles), "BaremeParametres.Regles", fautes);
        Parcourir(BaremeParametres.Differences(Campagnes.Generalisation2022, Campagnes.Campagne2024), "Differences", fautes);
        ParcourirChacun(BaremeParametres.Noms.Select(n => BaremeParametres.Valeur(Campagnes.Generalisation2022, n)), "Valeurs", fautes);
        Parcourir(BaremeLoader.Load("""{ "herite": "1999", "publie": "x", "parametres": { "y": 1, "cibleDui": { "valeur": 190 } } }"""), "BaremeResult", fautes);
        Parcourir(BaremeCatalogue.Load(new[] { "{}", "[" }), "BaremeCatalogueResult", fautes);
        Parcourir(new InputError("c", "$", "m"), "InputError", fautes);

        Assert.True(fautes.Count == 0, string.Join("\n", fautes));
    }

    [Fact]
    public void SharedLists_CastToAWritableType_IsImpossible()
    {
        // Writing through such a cast changed every evaluator's SONS totals in the process.
        object tranches = Campagnes.Generalisation2022.TranchesSons;
        object regles = Regles.Toutes;
        object arguments = new InputError("c", "$", "m").Arguments;

        Assert.False(tranches is TrancheSons[] || tranches is IList<TrancheSons> || tranches is ICollection<TrancheSons> || tranches is IList);
        Assert.False(regles is Regle[] || regles is IList<Regle> || regles is ICollection<Regle> || regles is IList);
        Assert.False(arguments is IDictionary<string, string> || arguments is IDictionary);
    }

    [Fact]
    public void Records_BuiltFromAnArrayTheCallerKeeps_DoNotChangeWhenTheArrayDoes()
    {
        var tranches = new[] { new TrancheSons("A", 1, null, 1m) };
        var essms = new[] { new Essms(Support.DossierBuilder.Finess("31", 1), Champ.PA) };
        var arguments = new Dictionary<string, string> { ["a"] = "1" };

        var b = new Bareme { TranchesSons = tranches };
        var og = new OrganismeGestionnaire(Support.DossierBuilder.Finess("31", 900001), essms);
        var e = new InputError("c", "$", "m", arguments);
        tranches[0] = new TrancheSons("Z", 1, null, 9m);
        essms[0] = essms[0] with { Champ = Champ.PH };
        arguments["a"] = "2";

        Assert.Equal("A", b.TranchesSons[0].Code);
        Assert.Equal(Champ.PA, og.Essms[0].Champ);
        Assert.Equal("1", e.Arguments["a"]);
    }

    [Fact]
    public void PublicTypes_OverridingEquals_AlsoOverrideGetHashCodeAndToStringAndImplementIEquatable()
    {
        var fautes = new List<string>();
        foreach (var t in TypesPublics.Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed)))
        {
            var equals = t.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, new[] { typeof(object) });
            if (equals is null || equals.DeclaringType != t)
            {
                continue;
            }

            if (t.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType != t)
            {
                fautes.Add(t.FullName + " : Equals sans GetHashCode");
            }

            if (t.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType != t)
            {
                fautes.Add(t.FullName + " : Equals sans ToString lisible");
            }

            if (!typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t))
            {
                fautes.Add(t.FullName + " : Equals sans IEquatable");
            }
        }

        Assert.True(fautes.Count == 0, string.Join("\n", fautes));
    }

    [Fact]
    public void ObjectGraphs_OfTwoEvaluationsAndTwoReadsOfEveryExample_AreEqualObjectByObject()
    {
        // Two evaluations of the same dossier must give graphs whose every object of the library compares by value
        // (records, the tree, figures), except the rule objects, which are the same instances.
        var fautes = new List<string>();
        foreach (var fichier in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json").Where(f => !f.EndsWith(".attendu.json", StringComparison.Ordinal)))
        {
            var json = File.ReadAllText(fichier);
            var nom = Path.GetFileNameWithoutExtension(fichier);
            Comparer(new EsmsEvaluator().EvaluateJson(json), new EsmsEvaluator().EvaluateJson(json), nom, fautes);
            Comparer(DossierJsonReader.Read(json), DossierJsonReader.Read(json), nom + ".lu", fautes);
        }

        var bareme = BaremeJsonWriter.Serialize(Campagnes.Generalisation2022);
        Comparer(BaremeLoader.Load(bareme), BaremeLoader.Load(bareme), "Bareme", fautes);

        Assert.True(fautes.Count == 0, string.Join("\n", fautes.Distinct().Take(50)));
    }

    /// <summary>The library's types compared by reference on purpose: behaviour, not data (a rule is one instance that
    /// serves every evaluation; an evaluation's outcome holds data that compares by value).</summary>
    private static bool ComparableParReference(Type t) =>
        typeof(Definition).IsAssignableFrom(t) || t == typeof(EvaluationResult) || t == typeof(DossierReadResult)
        || t == typeof(BaremeResult) || t == typeof(BaremeCatalogueResult);

    private static void Comparer(object? a, object? b, string chemin, List<string> fautes) =>
        Comparer(a, b, chemin, fautes, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Comparer(object? a, object? b, string chemin, List<string> fautes, HashSet<object> vus)
    {
        if (a is null || b is null)
        {
            if (a is not null || b is not null)
            {
                fautes.Add($"{chemin} : null d'un seul côté");
            }

            return;
        }

        var type = a.GetType();
        if (type != b.GetType())
        {
            fautes.Add($"{chemin} : {type.Name} ≠ {b.GetType().Name}");
            return;
        }

        if (a is string || type.IsPrimitive || type.IsEnum || a is decimal || type.Assembly != Bibliotheque && a is not IEnumerable)
        {
            if (!a.Equals(b))
            {
                fautes.Add($"{chemin} : {a} ≠ {b}");
            }

            return;
        }

        if (!type.IsValueType && !vus.Add(a))
        {
            return;
        }

        if (a is IEnumerable sequenceA && a is not string)
        {
            var ea = sequenceA.Cast<object?>().ToList();
            var eb = ((IEnumerable)b).Cast<object?>().ToList();
            if (ea.Count != eb.Count)
            {
                fautes.Add($"{chemin} : {ea.Count} ≠ {eb.Count} éléments");
                return;
            }

            if (!type.IsArray && type.Assembly == Bibliotheque && (!a.Equals(b) || a.GetHashCode() != b.GetHashCode()))
            {
                fautes.Add($"{chemin} : {Lisible(type)} de mêmes éléments non égales");
            }

            for (var i = 0; i < ea.Count; i++)
            {
                Comparer(ea[i], eb[i], $"{chemin}[{i}]", fautes, vus);
            }

            return;
        }

        if (ComparableParReference(type))
        {
            if (typeof(Definition).IsAssignableFrom(type) && !ReferenceEquals(a, b))
            {
                fautes.Add($"{chemin} : deux instances de la règle {type.Name}");
            }

            if (typeof(Definition).IsAssignableFrom(type))
            {
                return;
            }
        }
        else if (type.GetMethod(nameof(Equals), new[] { typeof(object) })!.DeclaringType == typeof(object)
            || (type.IsValueType && type.GetMethod(nameof(Equals), new[] { typeof(object) })!.DeclaringType == typeof(ValueType)))
        {
            fautes.Add($"{chemin} : {type.FullName} se compare par référence");
        }
        else
        {
            if (!a.Equals(b))
            {
                fautes.Add($"{chemin} : {type.Name} égaux champ à champ mais pas par Equals");
            }

            if (a.GetHashCode() != b.GetHashCode())
            {
                fautes.Add($"{chemin} : {type.Name} égaux mais de hash différents");
            }

            var texte = a.ToString() ?? string.Empty;
            if (texte.Contains("System.", StringComparison.Ordinal) || texte.Contains('`') || System.Text.RegularExpressions.Regex.IsMatch(texte, @"\w\[\]"))
            {
                fautes.Add($"{chemin} : ToString illisible « {texte[..Math.Min(80, texte.Length)]} »");
            }
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? va, vb;
            try
            {
                va = p.GetValue(a);
                vb = p.GetValue(b);
            }
            catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException)
            {
                continue; // a figure's value of another type (Chiffre.Date of an amount)
            }

            Comparer(va, vb, chemin + "." + p.Name, fautes, vus);
        }
    }

    /// <summary>Walks <paramref name="racine"/>, the public properties of the library's objects and the elements of
    /// lists and dictionaries.</summary>
    private static void Parcourir(object? racine, string chemin, List<string> fautes) =>
        Parcourir(racine, chemin, fautes, new HashSet<object>(ReferenceEqualityComparer.Instance));

    /// <summary>Walks each of <paramref name="valeurs"/>, values the library returned, gathered by the test.</summary>
    private static void ParcourirChacun(IEnumerable<object?> valeurs, string chemin, List<string> fautes)
    {
        var i = 0;
        foreach (var v in valeurs)
        {
            Parcourir(v, $"{chemin}[{i++}]", fautes);
        }
    }

    private static void Parcourir(object? o, string chemin, List<string> fautes, HashSet<object> vus)
    {
        if (o is null || o is string || o is DecisionNode || o.GetType().IsPrimitive || o.GetType().IsEnum || o is decimal)
        {
            return;
        }

        if (!o.GetType().IsValueType && !vus.Add(o))
        {
            return;
        }

        var type = o.GetType();
        if (Implemente(type, typeof(IReadOnlyDictionary<,>)) is { } dictionnaire)
        {
            if (!EstDeGenerique(type, typeof(ValueDictionary<,>)))
            {
                fautes.Add($"{chemin} : {Lisible(type)} au lieu de ValueDictionary");
            }

            foreach (var e in (IEnumerable)o)
            {
                var cle = e.GetType().GetProperty("Key")!.GetValue(e);
                Parcourir(e.GetType().GetProperty("Value")!.GetValue(e), $"{chemin}[{cle}]", fautes, vus);
            }

            return;
        }

        if (Implemente(type, typeof(IReadOnlyList<>)) is not null || type.IsArray)
        {
            if (!EstDeGenerique(type, typeof(ValueList<>)))
            {
                fautes.Add($"{chemin} : {Lisible(type)} au lieu de ValueList");
            }

            var i = 0;
            foreach (var e in (IEnumerable)o)
            {
                Parcourir(e, $"{chemin}[{i++}]", fautes, vus);
            }

            return;
        }

        if (type.Assembly != Bibliotheque)
        {
            return; // LocalDate, Period…: immutable value types of their libraries
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length == 0)
            {
                Parcourir(p.GetValue(o), chemin + "." + p.Name, fautes, vus);
            }
        }
    }

    private static bool EstInit(MethodInfo set) =>
        set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool EstModifiable(Type t) =>
        t.IsArray
        || (t.IsGenericType && CollectionsModifiables.Contains(t.GetGenericTypeDefinition()))
        || (!t.IsInterface && t != typeof(string) && (typeof(IList).IsAssignableFrom(t) || typeof(IDictionary).IsAssignableFrom(t) || Implemente(t, typeof(ICollection<>)) is not null));

    private static Type? Implemente(Type t, Type generique) =>
        (t.IsGenericType && t.GetGenericTypeDefinition() == generique ? t : null)
        ?? t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generique);

    private static bool EstDeGenerique(Type t, Type generique)
    {
        for (var x = t; x is not null; x = x.BaseType)
        {
            if (x.IsGenericType && x.GetGenericTypeDefinition() == generique)
            {
                return true;
            }
        }

        return false;
    }

    private static string Lisible(Type t) => t.IsGenericType ? t.Name[..t.Name.IndexOf('`')] + "<" + string.Join(", ", t.GetGenericArguments().Select(Lisible)) + ">" : t.Name;

    private static string Nom(PropertyInfo p) => p.DeclaringType!.FullName + "." + p.Name;
}
