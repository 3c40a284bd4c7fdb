using System;
using System.Collections.Generic;
using System.Text.Json;
using EsmsRules.Collections;
using EsmsRules.Decisions;

namespace EsmsRules.Baremes;

/// <summary>
/// The parameters of a <see cref="Bareme"/> as data: their names in a barème document (camelCase of the property
/// names), how each is read from JSON and checked, and how two barèmes compare value by value.
/// </summary>
public static class BaremeParametres
{
    private static readonly Parametre[] Tous =
    {
        P("tailleMinimaleGrappe", b => b.TailleMinimaleGrappe, (b, v) => b with { TailleMinimaleGrappe = v }, Lecteurs.Entier(1, Bornes.NombreMaximum)),
        P("tailleMinimaleGrappeCorseOutreMer", b => b.TailleMinimaleGrappeCorseOutreMer, (b, v) => b with { TailleMinimaleGrappeCorseOutreMer = v }, Lecteurs.Entier(1, Bornes.NombreMaximum)),
        P("seuilNational", b => b.SeuilNational, (b, v) => b with { SeuilNational = v }, Lecteurs.Entier(1, Bornes.NombreMaximum)),
        P("rangTarifReduit", b => b.RangTarifReduit, (b, v) => b with { RangTarifReduit = v }, Lecteurs.Entier(1, Bornes.NombreMaximum)),
        P("partEssmsAcquisition", b => b.PartEssmsAcquisition, (b, v) => b with { PartEssmsAcquisition = v }, Lecteurs.TarifParRang),
        P("partEditeurSad", b => b.PartEditeurSad, (b, v) => b with { PartEditeurSad = v }, Lecteurs.TarifParRang),
        P("partEditeurSegur", b => b.PartEditeurSegur, (b, v) => b with { PartEditeurSegur = v }, Lecteurs.TarifParRang),
        P("partEditeurSegurReduitLecturePageCnsa", b => b.PartEditeurSegurReduitLecturePageCnsa, (b, v) => b with { PartEditeurSegurReduitLecturePageCnsa = v }, Lecteurs.Montant),
        P("lectureFin03", b => b.LectureFin03, (b, v) => b with { LectureFin03 = v }, Lecteurs.Enum<LectureFin03>()),
        P("partEssmsConformite", b => b.PartEssmsConformite, (b, v) => b with { PartEssmsConformite = v }, Lecteurs.TarifParRang),
        P("seuilPetitOg", b => b.SeuilPetitOg, (b, v) => b with { SeuilPetitOg = v }, Lecteurs.Entier(1, Bornes.NombreMaximum)),
        P("seuilPetitOgInclus", b => b.SeuilPetitOgInclus, (b, v) => b with { SeuilPetitOgInclus = v }, Lecteurs.Booleen),
        P("equipementParEssms", b => b.EquipementParEssms, (b, v) => b with { EquipementParEssms = v }, Lecteurs.Montant),
        P("amoaMarcheParProjet", b => b.AmoaMarcheParProjet, (b, v) => b with { AmoaMarcheParProjet = v }, Lecteurs.Montant),
        P("amoaProjetParProjet", b => b.AmoaProjetParProjet, (b, v) => b with { AmoaProjetParProjet = v }, Lecteurs.Montant),
        P("amoaMarcheChampsSociaux", b => b.AmoaMarcheChampsSociaux, (b, v) => b with { AmoaMarcheChampsSociaux = v }, Lecteurs.Booleen),
        P("grappeSousMinimumAdmise", b => b.GrappeSousMinimumAdmise, (b, v) => b with { GrappeSousMinimumAdmise = v }, Lecteurs.Booleen),
        P("nonSegurAutoriseAcquisition", b => b.NonSegurAutoriseAcquisition, (b, v) => b with { NonSegurAutoriseAcquisition = v }, Lecteurs.Booleen),
        P("lectureEssms03", b => b.LectureEssms03, (b, v) => b with { LectureEssms03 = v }, Lecteurs.Enum<LectureEssms03>()),
        P("dureeMaxConformite", b => b.DureeMaxConformite, (b, v) => b with { DureeMaxConformite = v }, Lecteurs.Duree),
        P("dureeMaxAcquisition", b => b.DureeMaxAcquisition, (b, v) => b with { DureeMaxAcquisition = v }, Lecteurs.Duree),
        P("debutCiblesConformite", b => b.DebutCiblesConformite, (b, v) => b with { DebutCiblesConformite = v }, Lecteurs.Duree),
        P("debutCiblesAcquisition", b => b.DebutCiblesAcquisition, (b, v) => b with { DebutCiblesAcquisition = v }, Lecteurs.Duree),
        P("fenetreRegionale", b => b.FenetreRegionale, (b, v) => b with { FenetreRegionale = v }, Lecteurs.Fenetre),
        P("fenetreNationale", b => b.FenetreNationale, (b, v) => b with { FenetreNationale = v }, Lecteurs.Fenetre),
        P("fenetreNationaleNonRetenu2021", b => b.FenetreNationaleNonRetenu2021, (b, v) => b with { FenetreNationaleNonRetenu2021 = v }, Lecteurs.Fenetre),
        P("fenetreRegionaleAcquisitionMedicoSociale", b => b.FenetreRegionaleAcquisitionMedicoSociale, (b, v) => b with { FenetreRegionaleAcquisitionMedicoSociale = v }, Lecteurs.Fenetre),
        P("tauxPremierVersement", b => b.TauxPremierVersement, (b, v) => b with { TauxPremierVersement = v }, Lecteurs.Taux),
        P("cibleServicesSocles", b => b.CibleServicesSocles, (b, v) => b with { CibleServicesSocles = v }, Lecteurs.Pourcentage),
        P("cibleDui", b => b.CibleDui, (b, v) => b with { CibleDui = v }, Lecteurs.Pourcentage),
        P("periodePremiereMesure", b => b.PeriodePremiereMesure, (b, v) => b with { PeriodePremiereMesure = v }, Lecteurs.Duree),
        P("seuilDepensesRealisees", b => b.SeuilDepensesRealisees, (b, v) => b with { SeuilDepensesRealisees = v }, Lecteurs.RatioOuNull),
        P("tranchesSons", b => b.TranchesSons, (b, v) => b with { TranchesSons = v }, Lecteurs.Tranches),
        P("baseTrancheSons", b => b.BaseTrancheSons, (b, v) => b with { BaseTrancheSons = v }, Lecteurs.Enum<BaseTrancheSons>()),
        P("tauxAvanceSons", b => b.TauxAvanceSons, (b, v) => b with { TauxAvanceSons = v }, Lecteurs.Taux),
        P("dateJoArreteMs1", b => b.DateJoArreteMs1, (b, v) => b with { DateJoArreteMs1 = v }, Lecteurs.Date),
        P("dateOuvertureMs2", b => b.DateOuvertureMs2, (b, v) => b with { DateOuvertureMs2 = v }, Lecteurs.DateOuNull),
        P("dateOuvertureMs3", b => b.DateOuvertureMs3, (b, v) => b with { DateOuvertureMs3 = v }, Lecteurs.DateOuNull),
        P("calendriersSonsMs1", b => b.CalendriersSonsMs1, (b, v) => b with { CalendriersSonsMs1 = v }, Lecteurs.Calendriers),
        P("dateConnaissanceCalendrierSons", b => b.DateConnaissanceCalendrierSons, (b, v) => b with { DateConnaissanceCalendrierSons = v }, Lecteurs.DateOuNull),
        P("delaiReferencementSonsJours", b => b.DelaiReferencementSonsJours, (b, v) => b with { DelaiReferencementSonsJours = v }, Lecteurs.Entier(0, Bornes.JoursMaximum)),
        P("categoriesFiness", b => b.CategoriesFiness, (b, v) => b with { CategoriesFiness = v }, Lecteurs.Categories),
        P("agregatsMs1", b => b.AgregatsMs1, (b, v) => b with { AgregatsMs1 = v }, Lecteurs.Agregats),
        P<IReadOnlyList<string>?>("agregatsMs2", b => b.AgregatsMs2, (b, v) => b with { AgregatsMs2 = v }, Lecteurs.OuNull<IReadOnlyList<string>>(Lecteurs.Agregats)),
        P<IReadOnlyList<string>?>("agregatsMs3", b => b.AgregatsMs3, (b, v) => b with { AgregatsMs3 = v }, Lecteurs.OuNull<IReadOnlyList<string>>(Lecteurs.Agregats)),
        P<IReadOnlyList<CalendrierSons>?>("calendriersSonsMs2", b => b.CalendriersSonsMs2, (b, v) => b with { CalendriersSonsMs2 = v }, Lecteurs.OuNull<IReadOnlyList<CalendrierSons>>(Lecteurs.Calendriers)),
        P<IReadOnlyList<CalendrierSons>?>("calendriersSonsMs3", b => b.CalendriersSonsMs3, (b, v) => b with { CalendriersSonsMs3 = v }, Lecteurs.OuNull<IReadOnlyList<CalendrierSons>>(Lecteurs.Calendriers)),
    };

    private static readonly Dictionary<string, Parametre> ParNom = Index();

    /// <summary>Every parameter name of a barème document, in document order.</summary>
    public static IReadOnlyList<string> Noms { get; } = ValueList.Wrap(Array.ConvertAll(Tous, p => p.Nom));

    /// <summary>The names of the parameters whose values differ between two barèmes (lists and dictionaries compared
    /// element by element), in document order. Identity fields (campaign, label, source, dates) are not parameters.</summary>
    /// <param name="a">One barème.</param>
    /// <param name="b">The other.</param>
    /// <returns>The differing parameter names; empty when every value is equal.</returns>
    public static IReadOnlyList<string> Differences(Bareme a, Bareme b)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        if (b is null)
        {
            throw new ArgumentNullException(nameof(b));
        }

        var noms = new List<string>();
        foreach (var p in Tous)
        {
            if (!p.Egaux(a, b))
            {
                noms.Add(p.Nom);
            }
        }

        return ValueList.From(noms);
    }

    /// <summary>The value of one parameter, as the <see cref="Bareme"/> property holds it.</summary>
    /// <param name="bareme">The barème.</param>
    /// <param name="nom">Parameter name (<c>equipementParEssms</c>).</param>
    /// <returns>The value (boxed).</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static object? Valeur(Bareme bareme, string nom)
    {
        if (bareme is null)
        {
            throw new ArgumentNullException(nameof(bareme));
        }

        return Trouver(nom).Valeur(bareme);
    }

    /// <summary>The ids of the catalogue's rules that read one parameter (<see cref="Rules.Regle.Parametres"/>), in the
    /// catalogue's order.</summary>
    /// <param name="nom">Parameter name.</param>
    /// <returns>The rule ids.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static IReadOnlyList<string> Regles(string nom)
    {
        var p = Trouver(nom);
        var ids = new List<string>();
        foreach (var r in Rules.Regles.Toutes)
        {
            foreach (var lu in r.Parametres)
            {
                if (string.Equals(lu, p.Nom, StringComparison.Ordinal))
                {
                    ids.Add(r.Id);
                    break;
                }
            }
        }

        return ValueList.Wrap(ids.ToArray());
    }

    internal static bool TryGet(string nom, out Parametre parametre) => ParNom.TryGetValue(nom, out parametre!);

    /// <summary>Former parameter names still read in a barème document (deprecated, to be removed in a major version):
    /// the name they now have. <c>partEditeurSegurReduitLecture002</c> named the working file its reading came from;
    /// it is the reading of the CNSA page.</summary>
    internal static IReadOnlyDictionary<string, string> AnciensNoms { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["partEditeurSegurReduitLecture002"] = "partEditeurSegurReduitLecturePageCnsa",
    };

    /// <summary>The current name of <paramref name="nom"/>: itself, or the name a former one now has.</summary>
    internal static string NomActuel(string nom) => AnciensNoms.TryGetValue(nom, out var actuel) ? actuel : nom;

    internal static IReadOnlyList<Parametre> Liste => Tous;

    private static Parametre Trouver(string nom) =>
        nom is not null && ParNom.TryGetValue(nom, out var p) ? p : throw new ArgumentException($"Paramètre de barème inconnu « {nom} ».", nameof(nom));

    private static Dictionary<string, Parametre> Index()
    {
        var d = new Dictionary<string, Parametre>(StringComparer.Ordinal);
        foreach (var p in Tous)
        {
            d.Add(p.Nom, p);
        }

        return d;
    }

    /// <summary>A parameter; values compare with <see cref="EqualityComparer{T}.Default"/>, by value for lists and
    /// dictionaries too (the barème holds value lists).</summary>
    private static Parametre P<T>(string nom, Func<Bareme, T> lire, Func<Bareme, T, Bareme> ecrire, Lecteur<T> lecteur) =>
        new Parametre<T>(nom, lire, ecrire, lecteur, EqualityComparer<T>.Default);
}

/// <summary>Reads a value from a barème document; adds every problem to <paramref name="erreurs"/>.</summary>
internal delegate bool Lecteur<T>(JsonElement e, string chemin, List<InputError> erreurs, out T valeur);

/// <summary>One parameter of a barème: its name, how to read, write, compare and parse it.</summary>
internal abstract class Parametre
{
    protected Parametre(string nom)
    {
        Nom = nom;
    }

    public string Nom { get; }

    public abstract object? Valeur(Bareme b);

    public abstract bool Egaux(Bareme a, Bareme b);

    /// <summary>Parses <paramref name="e"/>; returns a function applying it to a barème, or null on error.</summary>
    public abstract Func<Bareme, Bareme>? Lire(JsonElement e, string chemin, List<InputError> erreurs);
}

internal sealed class Parametre<T> : Parametre
{
    private readonly Func<Bareme, T> _lire;
    private readonly Func<Bareme, T, Bareme> _ecrire;
    private readonly Lecteur<T> _lecteur;
    private readonly IEqualityComparer<T> _egal;

    public Parametre(string nom, Func<Bareme, T> lire, Func<Bareme, T, Bareme> ecrire, Lecteur<T> lecteur, IEqualityComparer<T> egal)
        : base(nom)
    {
        _lire = lire;
        _ecrire = ecrire;
        _lecteur = lecteur;
        _egal = egal;
    }

    public override object? Valeur(Bareme b) => _lire(b);

    public override bool Egaux(Bareme a, Bareme b) => _egal.Equals(_lire(a), _lire(b));

    public override Func<Bareme, Bareme>? Lire(JsonElement e, string chemin, List<InputError> erreurs)
    {
        if (!_lecteur(e, chemin, erreurs, out var v))
        {
            return null;
        }

        return b => _ecrire(b, v);
    }
}
