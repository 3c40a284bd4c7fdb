using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using NodaTime;
using NodaTime.Text;

using EsmsRules.Serialization;

namespace EsmsRules.Baremes;

/// <summary>Readers of the value types of a barème document. Each adds every problem it finds, with its JSON path, to
/// the error list and returns false when the value cannot be used.</summary>
internal static class Lecteurs
{
    private static readonly Regex TroisChiffres = new("^[0-9]{3}$", RegexOptions.CultureInvariant);
    private static readonly Regex QuatreChiffres = new("^[0-9]{4}$", RegexOptions.CultureInvariant);

    /// <summary>An integer from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static Lecteur<int> Entier(int minimum, int maximum) => (JsonElement e, string chemin, List<InputError> erreurs, out int v) =>
    {
        v = 0;
        if (e.ValueKind != JsonValueKind.Number)
        {
            erreurs.Add(Type(chemin, "un nombre entier"));
            return false;
        }

        if (!e.TryGetDecimal(out var d) || decimal.Truncate(d) != d)
        {
            // Not an integer at all (49.5), or beyond decimal's range (1e40).
            if (e.TryGetDouble(out var reel) && !double.IsInfinity(reel) && Math.Floor(reel) == reel && Math.Abs(reel) > (double)decimal.MaxValue)
            {
                erreurs.Add(HorsBornes(chemin, Nombre(e), Inv(minimum), Inv(maximum), string.Empty));
            }
            else
            {
                erreurs.Add(new InputError(InputErrorCodes.NotInteger, chemin, $"Nombre entier attendu, lu {Nombre(e)}."));
            }

            return false;
        }

        if (d < 0 && minimum >= 0)
        {
            erreurs.Add(new InputError(InputErrorCodes.Negative, chemin, $"Valeur négative ({Inv(d)}) interdite."));
            return false;
        }

        if (d < minimum || d > maximum)
        {
            erreurs.Add(HorsBornes(chemin, Inv(d), Inv(minimum), Inv(maximum), string.Empty));
            return false;
        }

        v = (int)d;
        return true;
    };

    public static bool Montant(JsonElement e, string chemin, List<InputError> erreurs, out decimal v)
    {
        if (!Decimal(e, chemin, erreurs, out v))
        {
            return false;
        }

        if (v < 0)
        {
            erreurs.Add(new InputError(InputErrorCodes.Negative, chemin, $"Montant négatif ({Inv(v)}) interdit."));
            return false;
        }

        if (v > Bornes.MontantMaximum)
        {
            erreurs.Add(HorsBornes(chemin, Inv(v), "0", Inv(Bornes.MontantMaximum), " €"));
            return false;
        }

        if (decimal.Round(v, 2) != v)
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidAmount, chemin, $"Montant en euros avec au plus 2 décimales (lu {Inv(v)})."));
            return false;
        }

        return true;
    }

    public static bool Taux(JsonElement e, string chemin, List<InputError> erreurs, out decimal v) => Borne(e, chemin, erreurs, Bornes.TauxMaximum, "un taux entre 0 et 1", out v);

    public static bool Pourcentage(JsonElement e, string chemin, List<InputError> erreurs, out decimal v) => Borne(e, chemin, erreurs, Bornes.PourcentageMaximum, "un pourcentage entre 0 et 100", out v);

    public static bool RatioOuNull(JsonElement e, string chemin, List<InputError> erreurs, out decimal? v)
    {
        v = null;
        if (e.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (!Borne(e, chemin, erreurs, Bornes.TauxMaximum, "un ratio entre 0 et 1 (dépenses ÷ subvention)", out var d))
        {
            return false;
        }

        v = d;
        return true;
    }

    public static bool Booleen(JsonElement e, string chemin, List<InputError> erreurs, out bool v)
    {
        v = e.ValueKind == JsonValueKind.True;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return true;
        }

        erreurs.Add(Type(chemin, "true ou false"));
        return false;
    }

    public static Lecteur<T> Enum<T>()
        where T : struct, Enum => (JsonElement e, string chemin, List<InputError> erreurs, out T v) =>
    {
        v = default;
        if (e.ValueKind != JsonValueKind.String)
        {
            erreurs.Add(Type(chemin, "une chaîne"));
            return false;
        }

        if (!Chaine(e, out var s))
        {
            return false;
        }

        var noms = System.Enum.GetNames(typeof(T));
        var attendus = new string[noms.Length];
        for (var i = 0; i < noms.Length; i++)
        {
            attendus[i] = Camel(noms[i]);
            if (string.Equals(attendus[i], s, StringComparison.Ordinal))
            {
                v = (T)System.Enum.Parse(typeof(T), noms[i]);
                return true;
            }
        }

        erreurs.Add(new InputError(InputErrorCodes.UnknownValue, chemin, $"Valeur inconnue {Citation.Entre(s)} ; valeurs admises : {string.Join(", ", attendus)}.",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["valeur"] = Citation.Texte(s) }));
        return false;
    };

    public static bool Date(JsonElement e, string chemin, List<InputError> erreurs, out LocalDate v)
    {
        v = default;
        if (e.ValueKind != JsonValueKind.String)
        {
            erreurs.Add(Type(chemin, "une date ISO (AAAA-MM-JJ)"));
            return false;
        }

        if (!Chaine(e, out var texte))
        {
            return false;
        }

        var r = LocalDatePattern.Iso.Parse(texte);
        if (!r.Success)
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidDate, chemin, $"{Citation.Entre(texte)} n'est pas une date ISO réelle (AAAA-MM-JJ)."));
            return false;
        }

        v = r.Value;
        return true;
    }

    public static bool DateOuNull(JsonElement e, string chemin, List<InputError> erreurs, out LocalDate? v)
    {
        v = null;
        if (e.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (!Date(e, chemin, erreurs, out var d))
        {
            return false;
        }

        v = d;
        return true;
    }

    /// <summary>A duration in months (ISO 8601: <c>P9M</c>, <c>P1Y6M</c> = 18 months): years count 12 months; weeks,
    /// days and time parts are refused, as the rules count in months; 1 to <see cref="Bornes.MoisMaximum"/> months.</summary>
    public static bool Duree(JsonElement e, string chemin, List<InputError> erreurs, out Period v)
    {
        v = Period.Zero;
        if (e.ValueKind != JsonValueKind.String)
        {
            erreurs.Add(Type(chemin, "une durée ISO 8601 en mois ou en années (« P9M », « P1Y6M »)"));
            return false;
        }

        if (!Chaine(e, out var texte))
        {
            return false;
        }

        var r = PeriodPattern.Roundtrip.Parse(texte);
        if (!r.Success)
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidPeriod, chemin,
                $"{Citation.Entre(texte)} n'est pas une durée ISO 8601 en mois ou en années (« P9M », « P1Y6M »)."));
            return false;
        }

        var p = r.Value;
        if (p.HasTimeComponent || p.Weeks != 0 || p.Days != 0)
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidPeriod, chemin,
                $"{Citation.Entre(texte)} : une durée de barème se compte en mois ou en années (« P9M », « P1Y6M ») ; semaines, jours et heures ne sont pas admis."));
            return false;
        }

        var mois = ((long)p.Years * 12) + p.Months;
        if (p.Years < 0 || p.Months < 0 || mois <= 0)
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidPeriod, chemin,
                $"{Citation.Entre(texte)} : une durée de barème est d'au moins un mois (« P9M », « P1Y6M »)."));
            return false;
        }

        if (mois > Bornes.MoisMaximum)
        {
            erreurs.Add(HorsBornes(chemin, texte, "1", Inv(Bornes.MoisMaximum), " mois"));
            return false;
        }

        v = Period.FromMonths((int)mois);
        return true;
    }

    /// <summary>The former name of <c>avantRangReduit</c> (deprecated, still read): it wrote a rank that is a parameter
    /// of the barème (<c>rangTarifReduit</c>).</summary>
    public const string AncienAvantRangReduit = "jusquAuRang49";

    public static bool TarifParRang(JsonElement e, string chemin, List<InputError> erreurs, out TarifParRang v)
    {
        v = null!;
        if (!Objet(e, chemin, erreurs, "avantRangReduit", "aPartirDuRangReduit", AncienAvantRangReduit))
        {
            return false;
        }

        var avant = "avantRangReduit";
        if (Propriete(e, AncienAvantRangReduit, out _))
        {
            if (Propriete(e, avant, out _))
            {
                erreurs.Add(new InputError(InputErrorCodes.UnknownField, chemin + "." + AncienAvantRangReduit,
                    $"« {AncienAvantRangReduit} » est l'ancien nom de « {avant} », donné aussi : n'en donnez qu'un."));
                return false;
            }

            avant = AncienAvantRangReduit;
        }

        decimal a = 0m, b = 0m;
        var okA = Champ(e, chemin, avant, erreurs, out var ja) && Montant(ja, chemin + "." + avant, erreurs, out a);
        var okB = Champ(e, chemin, "aPartirDuRangReduit", erreurs, out var jb) && Montant(jb, chemin + ".aPartirDuRangReduit", erreurs, out b);
        var ok = okA && okB;
        if (ok)
        {
            v = new TarifParRang(a, b);
        }

        return ok;
    }

    public static bool Fenetre(JsonElement e, string chemin, List<InputError> erreurs, out FenetreDepot? v)
    {
        v = null;
        if (e.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (!Objet(e, chemin, erreurs, "debut", "fin"))
        {
            return false;
        }

        LocalDate debut = default, fin = default;
        var okDebut = Champ(e, chemin, "debut", erreurs, out var d) && Date(d, chemin + ".debut", erreurs, out debut);
        var okFin = Champ(e, chemin, "fin", erreurs, out var f) && Date(f, chemin + ".fin", erreurs, out fin);
        if (!okDebut || !okFin)
        {
            return false;
        }

        if (fin < debut)
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidWindow, chemin + ".fin",
                $"La fenêtre se termine ({Iso(fin)}) avant de commencer ({Iso(debut)})."));
            return false;
        }

        v = new FenetreDepot(debut, fin);
        return true;
    }

    /// <summary>SONS tranches: each field read on its own (every fault listed), then the table checked on what could be
    /// read: codes unique, the first starting at 1, each starting right after the previous one ends (so they strictly
    /// increase and never overlap), a maximum not below its minimum, only the last one open (<c>maximum: null</c>).
    /// Bounds are at most <see cref="Bornes.NombreMaximum"/>, and the arithmetic is done in <see cref="long"/>.</summary>
    public static bool Tranches(JsonElement e, string chemin, List<InputError> erreurs, out IReadOnlyList<TrancheSons> v)
    {
        v = Array.Empty<TrancheSons>();
        if (!NonVide(e, chemin, erreurs))
        {
            return false;
        }

        var lues = new List<TrancheLue>();
        var ok = true;
        var i = 0;
        foreach (var t in e.EnumerateArray())
        {
            var p = chemin + "[" + Inv(i++) + "]";
            if (!Objet(t, p, erreurs, "code", "minimum", "maximum", "montantParEssms"))
            {
                ok = false;
                lues.Add(new TrancheLue(p));
                continue;
            }

            var lue = new TrancheLue(p);
            if (Champ(t, p, "code", erreurs, out var c) && Texte(c, p + ".code", erreurs, out var code))
            {
                lue.Code = code;
            }

            if (Champ(t, p, "minimum", erreurs, out var mi) && Entier(1, Bornes.NombreMaximum)(mi, p + ".minimum", erreurs, out var min))
            {
                lue.Minimum = min;
            }

            if (Champ(t, p, "maximum", erreurs, out var ma))
            {
                if (ma.ValueKind == JsonValueKind.Null)
                {
                    lue.MaximumLu = true;
                }
                else if (Entier(1, Bornes.NombreMaximum)(ma, p + ".maximum", erreurs, out var max))
                {
                    lue.MaximumLu = true;
                    lue.Maximum = max;
                }
            }

            if (Champ(t, p, "montantParEssms", erreurs, out var mo) && Montant(mo, p + ".montantParEssms", erreurs, out var montant))
            {
                lue.Montant = montant;
            }

            ok &= lue.Complete;
            lues.Add(lue);
        }

        // The table, on what could be read: a check needing an unreadable value is skipped (its fault is listed).
        long? attendu = 1;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < lues.Count; k++)
        {
            var t = lues[k];
            var derniere = k == lues.Count - 1;
            if (t.Code is { } code && !codes.Add(code))
            {
                erreurs.Add(new InputError(InputErrorCodes.TranchesNotContiguous, t.Chemin + ".code", $"Le code de tranche {Citation.Entre(code)} est répété."));
                ok = false;
            }

            if (t.Minimum is { } min && attendu is { } a && min != a)
            {
                erreurs.Add(new InputError(InputErrorCodes.TranchesNotContiguous, t.Chemin + ".minimum", k == 0
                    ? $"La première tranche doit commencer à 1 (lu {Inv(min)})."
                    : $"Les tranches doivent se suivre sans chevauchement ni trou : minimum {Inv(a)} attendu (maximum précédent + 1), lu {Inv(min)}."));
                ok = false;
            }

            if (t.Minimum is { } min2 && t.Maximum is { } max && max < min2)
            {
                erreurs.Add(new InputError(InputErrorCodes.TranchesNotContiguous, t.Chemin + ".maximum",
                    $"Le maximum ({Inv(max)}) est inférieur au minimum ({Inv(min2)})."));
                ok = false;
            }

            if (t.MaximumLu && t.Maximum is null && !derniere)
            {
                erreurs.Add(new InputError(InputErrorCodes.TranchesNotContiguous, t.Chemin + ".maximum", "Seule la dernière tranche peut être sans maximum."));
                ok = false;
            }

            if (t.Maximum is not null && derniere)
            {
                erreurs.Add(new InputError(InputErrorCodes.TranchesNotContiguous, t.Chemin + ".maximum", "La dernière tranche doit être sans maximum (null) pour couvrir tous les nombres d'ESSMS."));
                ok = false;
            }

            // The next tranche starts right after this one's maximum; unknown when the maximum is unreadable or absent.
            attendu = t.Maximum is { } m ? (long)m + 1 : null;
        }

        if (!ok)
        {
            return false;
        }

        var tranches = new TrancheSons[lues.Count];
        for (var k = 0; k < tranches.Length; k++)
        {
            var t = lues[k];
            tranches[k] = new TrancheSons(t.Code!, t.Minimum!.Value, t.Maximum, t.Montant!.Value);
        }

        v = ValueList.Wrap(tranches);
        return true;
    }

    public static bool Calendriers(JsonElement e, string chemin, List<InputError> erreurs, out IReadOnlyList<CalendrierSons> v)
    {
        v = Array.Empty<CalendrierSons>();
        if (!NonVide(e, chemin, erreurs))
        {
            return false;
        }

        var liste = new List<CalendrierSons>();
        var ok = true;
        var i = 0;
        foreach (var c in e.EnumerateArray())
        {
            var p = chemin + "[" + Inv(i++) + "]";
            if (!Objet(c, p, erreurs, "publie", "finCommandes", "finSoldes", "source"))
            {
                ok = false;
                continue;
            }

            LocalDate publie = default, finCommandes = default, finSoldes = default;
            var source = string.Empty;
            var okPub = Champ(c, p, "publie", erreurs, out var pu) && Date(pu, p + ".publie", erreurs, out publie);
            var okCom = Champ(c, p, "finCommandes", erreurs, out var co) && Date(co, p + ".finCommandes", erreurs, out finCommandes);
            var okSol = Champ(c, p, "finSoldes", erreurs, out var so) && Date(so, p + ".finSoldes", erreurs, out finSoldes);
            var okSrc = Champ(c, p, "source", erreurs, out var sr) && Texte(sr, p + ".source", erreurs, out source);
            if (okCom && okSol && finSoldes < finCommandes)
            {
                erreurs.Add(new InputError(InputErrorCodes.InvalidWindow, p + ".finSoldes",
                    $"La clôture des soldes ({Iso(finSoldes)}) précède celle des commandes ({Iso(finCommandes)})."));
                okSol = false;
            }

            if (okPub && okCom && okSol && okSrc)
            {
                liste.Add(new CalendrierSons(publie, finCommandes, finSoldes, source));
            }
            else
            {
                ok = false;
            }
        }

        v = ValueList.Wrap(liste.ToArray());
        return ok;
    }

    public static bool Categories(JsonElement e, string chemin, List<InputError> erreurs, out IReadOnlyDictionary<string, string> v)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        v = ValueDictionary.Wrap(d); // filled below, then never touched again
        if (e.ValueKind != JsonValueKind.Object)
        {
            erreurs.Add(Type(chemin, "un objet { catégorie : agrégat }"));
            return false;
        }

        var ok = true;
        foreach (var kv in e.EnumerateObject())
        {
            if (Nom(kv) is not { } categorie)
            {
                ok = false;
                continue;
            }

            var p = Citation.Membre(chemin, categorie);
            if (!TroisChiffres.IsMatch(categorie))
            {
                erreurs.Add(new InputError(InputErrorCodes.InvalidCategory, p, $"{Citation.Entre(categorie)} n'est pas un code de catégorie FINESS (3 chiffres)."));
                ok = false;
            }

            if (!Agregat(kv.Value, p, erreurs, out var agregat))
            {
                ok = false;
                continue;
            }

            d[categorie] = agregat;
        }

        return ok;
    }

    public static bool Agregats(JsonElement e, string chemin, List<InputError> erreurs, out IReadOnlyList<string> v)
    {
        v = Array.Empty<string>();
        if (!NonVide(e, chemin, erreurs))
        {
            return false;
        }

        var liste = new List<string>();
        var ok = true;
        var i = 0;
        foreach (var a in e.EnumerateArray())
        {
            if (Agregat(a, chemin + "[" + Inv(i++) + "]", erreurs, out var agregat))
            {
                liste.Add(agregat);
            }
            else
            {
                ok = false;
            }
        }

        v = ValueList.Wrap(liste.ToArray());
        return ok;
    }

    /// <summary>A reader that also accepts null (the parameter then falls back on another, as its documentation says).</summary>
    public static Lecteur<T?> OuNull<T>(Lecteur<T> lecteur)
        where T : class => (JsonElement e, string chemin, List<InputError> erreurs, out T? v) =>
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            v = null;
            return true;
        }

        var ok = lecteur(e, chemin, erreurs, out var lu);
        v = lu;
        return ok;
    };

    public static bool Texte(JsonElement e, string chemin, List<InputError> erreurs, out string v)
    {
        v = string.Empty;
        if (e.ValueKind != JsonValueKind.String)
        {
            erreurs.Add(Type(chemin, "une chaîne"));
            return false;
        }

        if (!Chaine(e, out v))
        {
            return false;
        }

        if (v.Trim().Length == 0)
        {
            erreurs.Add(new InputError(InputErrorCodes.Required, chemin, "Chaîne vide."));
            return false;
        }

        return true;
    }

    /// <summary>camelCase of a PascalCase name.</summary>
    public static string Camel(string nom) => nom.Length == 0 ? nom : char.ToLowerInvariant(nom[0]) + nom.Substring(1);

    public static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    public static InputError Type(string chemin, string attendu) => new(InputErrorCodes.WrongType, chemin, $"Type inattendu : {attendu} est attendu.");

    private static bool Agregat(JsonElement e, string chemin, List<InputError> erreurs, out string v)
    {
        v = string.Empty;
        if (e.ValueKind != JsonValueKind.String)
        {
            erreurs.Add(Type(chemin, "un agrégat FINESS (chaîne de 4 chiffres)"));
            return false;
        }

        if (!Chaine(e, out v))
        {
            return false;
        }

        if (!QuatreChiffres.IsMatch(v))
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidCategory, chemin, $"{Citation.Entre(v)} n'est pas un agrégat FINESS (4 chiffres)."));
            return false;
        }

        return true;
    }

    private static bool Borne(JsonElement e, string chemin, List<InputError> erreurs, decimal max, string attendu, out decimal v)
    {
        if (!Decimal(e, chemin, erreurs, out v))
        {
            return false;
        }

        if (v < 0)
        {
            erreurs.Add(new InputError(InputErrorCodes.Negative, chemin, $"Valeur négative ({Inv(v)}) interdite."));
            return false;
        }

        if (v > max)
        {
            erreurs.Add(new InputError(InputErrorCodes.OutOfRange, chemin, $"{Inv(v)} hors bornes : {attendu}.", Arguments("0", Inv(max))));
            return false;
        }

        return true;
    }

    private static bool Decimal(JsonElement e, string chemin, List<InputError> erreurs, out decimal v)
    {
        v = 0m;
        if (e.ValueKind != JsonValueKind.Number)
        {
            erreurs.Add(Type(chemin, "un nombre"));
            return false;
        }

        if (!e.TryGetDecimal(out v))
        {
            erreurs.Add(new InputError(InputErrorCodes.InvalidAmount, chemin, $"Nombre hors des bornes d'un décimal : {Nombre(e)}."));
            return false;
        }

        return true;
    }

    private static bool NonVide(JsonElement e, string chemin, List<InputError> erreurs)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            erreurs.Add(Type(chemin, "un tableau"));
            return false;
        }

        if (e.GetArrayLength() == 0)
        {
            erreurs.Add(new InputError(InputErrorCodes.Required, chemin, "Au moins un élément est attendu."));
            return false;
        }

        return true;
    }

    /// <summary>Checks <paramref name="e"/> is an object and lists its unknown members.</summary>
    private static bool Objet(JsonElement e, string chemin, List<InputError> erreurs, params string[] champs)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            erreurs.Add(Type(chemin, "un objet { " + string.Join(", ", champs) + " }"));
            return false;
        }

        foreach (var m in e.EnumerateObject())
        {
            if (Nom(m) is { } nom && Array.IndexOf(champs, nom) < 0)
            {
                erreurs.Add(ChampInconnu(chemin, nom, champs));
            }
        }

        return true;
    }

    private static bool Champ(JsonElement e, string chemin, string nom, List<InputError> erreurs, out JsonElement v)
    {
        if (Propriete(e, nom, out v))
        {
            return true;
        }

        erreurs.Add(new InputError(InputErrorCodes.Required, chemin + "." + nom, $"Le champ « {nom} » est obligatoire."));
        return false;
    }

    /// <summary>An <c>outOfRange</c> error: « lu » value, bounds and unit (« € », « mois »…) in the message and the
    /// arguments (<c>minimum</c>, <c>maximum</c>).</summary>
    public static InputError HorsBornes(string chemin, string lu, string minimum, string maximum, string unite) =>
        new(InputErrorCodes.OutOfRange, chemin, $"Valeur hors bornes : de {minimum} à {maximum}{unite} (lu {lu}).", Arguments(minimum, maximum));

    private static Dictionary<string, string> Arguments(string minimum, string maximum) =>
        new(StringComparer.Ordinal) { ["minimum"] = minimum, ["maximum"] = maximum };

    /// <summary>An <c>unknownField</c> error for member <paramref name="nom"/> of the object at <paramref name="chemin"/>.</summary>
    public static InputError ChampInconnu(string chemin, string nom, string[] champs) =>
        new(InputErrorCodes.UnknownField, Citation.Membre(chemin, nom), $"Champ inconnu {Citation.Entre(nom)} ; champs admis : {string.Join(", ", champs)}.");

    /// <summary>The string value of <paramref name="e"/> (a JSON string); false when it is not valid Unicode (a lone
    /// surrogate, escaped <c>\ud800</c>): <see cref="VerifierChaines"/> has reported it, the reader only gives up.</summary>
    public static bool Chaine(JsonElement e, out string v)
    {
        try
        {
            v = e.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            v = string.Empty;
            return false;
        }
    }

    /// <summary>Member <paramref name="nom"/> of object <paramref name="e"/> (the last one when repeated, as
    /// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>, which throws when another member's escaped
    /// name is not valid Unicode).</summary>
    public static bool Propriete(JsonElement e, string nom, out JsonElement v)
    {
        v = default;
        var trouve = false;
        foreach (var m in e.EnumerateObject())
        {
            if (string.Equals(Nom(m), nom, StringComparison.Ordinal))
            {
                v = m.Value;
                trouve = true;
            }
        }

        return trouve;
    }

    /// <summary>The name of <paramref name="m"/>; null when it is not valid Unicode (reported by
    /// <see cref="VerifierChaines"/>).</summary>
    public static string? Nom(JsonProperty m)
    {
        try
        {
            return m.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Reports, as <c>invalidString</c> with its path, every string and member name under <paramref name="e"/>
    /// that is not valid Unicode: a lone UTF-16 surrogate written as an escape (<c>"\ud800"</c>, <c>"\udc00x"</c>),
    /// which <see cref="JsonElement.GetString"/> refuses with an exception. Run once over a document before it is read;
    /// the readers then skip those values without a second report.</summary>
    public static void VerifierChaines(JsonElement e, string chemin, List<InputError> erreurs)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var m in e.EnumerateObject())
                {
                    string p;
                    if (Nom(m) is { } nom)
                    {
                        p = Citation.Membre(chemin, nom);
                    }
                    else
                    {
                        p = Citation.MembreCite(chemin, NomEchappe(m));
                        erreurs.Add(ChaineInvalide(p, "Le nom de ce champ"));
                    }

                    VerifierChaines(m.Value, p, erreurs);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var x in e.EnumerateArray())
                {
                    VerifierChaines(x, chemin + "[" + Inv(i++) + "]", erreurs);
                }

                break;
            case JsonValueKind.String:
                if (!Chaine(e, out _))
                {
                    erreurs.Add(ChaineInvalide(chemin, "Cette chaîne"));
                }

                break;
        }
    }

    private static InputError ChaineInvalide(string chemin, string quoi) =>
        new(InputErrorCodes.InvalidString, chemin,
            $"{quoi} n'est pas de l'Unicode valide : une moitié de paire de substitution UTF-16 y est isolée (échappement « \\ud800 » sans sa seconde moitié, ou « \\udc00 » seul).");

    /// <summary>The name of <paramref name="m"/> as written in the document, escapes kept (<c>\ud800</c>), shortened.</summary>
    private static string NomEchappe(JsonProperty m)
    {
        var brut = m.ToString(); // the property's raw text: "name": value
        var fin = 1;
        while (fin < brut.Length && brut[fin] != '"' && fin <= Citation.Longueur + 1)
        {
            fin += brut[fin] == '\\' ? 2 : 1;
        }

        return brut.Substring(1, Math.Min(fin, brut.Length) - 1);
    }

    /// <summary>A number as written in the document, shortened (a number can be 10 MB of digits).</summary>
    private static string Nombre(JsonElement e) => Citation.Texte(e.GetRawText());

    private static string Inv(IFormattable v) => v.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>What could be read of one tranche.</summary>
    private sealed class TrancheLue
    {
        public TrancheLue(string chemin) => Chemin = chemin;

        public string Chemin { get; }

        public string? Code { get; set; }

        public int? Minimum { get; set; }

        /// <summary>The maximum was read: a number (<see cref="Maximum"/>) or null (open).</summary>
        public bool MaximumLu { get; set; }

        public int? Maximum { get; set; }

        public decimal? Montant { get; set; }

        public bool Complete => Code is not null && Minimum is not null && MaximumLu && Montant is not null;
    }
}
