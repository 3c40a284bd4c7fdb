using System;
using System.Collections.Generic;
using EsmsRules.Collections;
using NodaTime;

namespace EsmsRules.Baremes;

/// <summary>
/// Every parameter of the rules for one campaign: amounts, thresholds, tranches, rates, calendars and the switches
/// that choose a reading where the public texts disagree (each switch's documentation gives both readings). Rules read
/// their figures here and never carry literals. A later campaign is built from an earlier one with <c>with</c>,
/// overriding only what changes (see <see cref="Campagnes"/>).
/// </summary>
/// <remarks>Immutable: each list and dictionary is an immutable copy of the one given. Equality is record equality,
/// lists and dictionaries compared by value.</remarks>
public sealed record Bareme
{
    /// <summary>Campaign identifier (<c>2022</c>, <c>2023</c>…).</summary>
    public string Campagne { get; init; } = "2022";

    /// <summary>Human-readable name of the barème.</summary>
    public string Libelle { get; init; } = "ESMS numérique, phase de généralisation 2022";

    /// <summary>Date the texts this barème follows were published.</summary>
    public LocalDate DatePublication { get; init; } = new(2022, 2, 8);

    /// <summary>The texts this barème follows.</summary>
    public string Source { get; init; } =
        "Instruction n°DNS/CNSA/DGCS/2022/34 du 8 février 2022 ; logigramme CNSA, appel à projets ESMS numérique –"
        + " généralisation (ARS, 2022), page CNSA, webinaires ESMS numérique (2022-2023) et ARS Occitanie (avril 2022)";

    /// <summary>Campaign this barème inherits from (<c>2022</c> for 2023…); null for a complete document.</summary>
    public string? Herite { get; init; }

    /// <summary>Where each parameter's value comes from, by parameter name (camelCase of the property:
    /// <c>equipementParEssms</c>…, see <see cref="BaremeParametres.Noms"/>). Empty for a barème built in code.</summary>
    public IReadOnlyDictionary<string, ParametreSource> Provenance { get => _provenance; init => _provenance = ValueDictionary.From(value); }

    private readonly ValueDictionary<string, ParametreSource> _provenance = ValueDictionary<string, ParametreSource>.Empty;

    // ----- GRAPPE-01, ORIENT-01, FIN-06

    /// <summary>GRAPPE-01: minimum grappe size in métropole (15).</summary>
    public int TailleMinimaleGrappe { get; init; } = 15;

    /// <summary>GRAPPE-01: minimum grappe size in Corse and overseas (8).</summary>
    public int TailleMinimaleGrappeCorseOutreMer { get; init; } = 8;

    /// <summary>ORIENT-01: number of ESSMS from which the project goes to the national call (50).</summary>
    public int SeuilNational { get; init; } = 50;

    /// <summary>FIN-01…04, FIN-06: rank from which the reduced rate applies (the 50th ESSMS).</summary>
    public int RangTarifReduit { get; init; } = 50;

    // ----- FIN-*

    /// <summary>FIN-01: acquisition, part ESSMS per ESSMS.</summary>
    public TarifParRang PartEssmsAcquisition { get; init; } = new(7_000m, 2_000m);

    /// <summary>FIN-02: acquisition, part éditeur ceiling per ESSMS, editor SAD-referenced.</summary>
    public TarifParRang PartEditeurSad { get; init; } = new(12_000m, 1_000m);

    /// <summary>FIN-03: acquisition, part éditeur ceiling per ESSMS, editor Ségur-referenced (3 000 € from the 50th
    /// ESSMS, as the CNSA decision chart, the call for projects and the ARS Occitanie webinar read it).</summary>
    public TarifParRang PartEditeurSegur { get; init; } = new(14_500m, 3_000m);

    /// <summary>FIN-03 from the 50th ESSMS as the CNSA page reads it (1 000 € + 3 000 € Ségur complement), applied
    /// when <see cref="LectureFin03"/> is <see cref="Baremes.LectureFin03.QuatreMille"/>.</summary>
    public decimal PartEditeurSegurReduitLecturePageCnsa { get; init; } = 4_000m;

    /// <summary>FIN-03: which reading of the rate from the 50th ESSMS applies, where the texts disagree: 3 000 € (the
    /// CNSA decision chart, the call for projects and the ARS Occitanie webinar; default) or 1 000 € + 3 000 € (the
    /// CNSA page).</summary>
    public LectureFin03 LectureFin03 { get; init; } = LectureFin03.TroisMille;

    /// <summary>FIN-04: mise en conformité, part ESSMS per ESSMS.</summary>
    public TarifParRang PartEssmsConformite { get; init; } = new(5_000m, 2_000m);

    // ----- PETITOG-*

    /// <summary>Small OG threshold: an OG managing fewer than this many ESSMS in FINESS is small (15).</summary>
    public int SeuilPetitOg { get; init; } = 15;

    /// <summary>Small OG: when true, an OG of exactly <see cref="SeuilPetitOg"/> ESSMS is small (« &lt; = 15 », the
    /// summary of the ARS Occitanie webinar); false by default (« moins de 15 », the CNSA decision chart and the body
    /// of the webinar).</summary>
    public bool SeuilPetitOgInclus { get; init; }

    /// <summary>PETITOG-01: equipment and infrastructure per ESSMS of a small OG.</summary>
    public decimal EquipementParEssms { get; init; } = 20_000m;

    /// <summary>PETITOG-02: AMOA for the procurement procedure, per project.</summary>
    public decimal AmoaMarcheParProjet { get; init; } = 15_000m;

    /// <summary>PETITOG-03: AMOA for project steering, per project.</summary>
    public decimal AmoaProjetParProjet { get; init; } = 100_000m;

    /// <summary>PETITOG-02 in the social champs: granted (the ARS Occitanie webinar's example for PDS, PDE, AHI and
    /// PJM small OGs adds the 15 000 €, although its text lists only the 100 000 € and the 20 000 € per ESSMS). When
    /// false, only to medico-social-majority acquisitions.</summary>
    public bool AmoaMarcheChampsSociaux { get; init; } = true;

    // ----- PROJET-*, ESSMS-03

    /// <summary>PROJET-04: a medico-social-majority acquisition may choose a solution that is not Ségur-referenced.</summary>
    public bool NonSegurAutoriseAcquisition { get; init; } = true;

    /// <summary>ESSMS-03: which SONS orders exclude an ESSMS (see <see cref="Baremes.LectureEssms03"/>).</summary>
    public LectureEssms03 LectureEssms03 { get; init; } = LectureEssms03.AutreLogiciel;

    /// <summary>PROJET-06: maximum planned duration of a mise en conformité. Durations are held in months: a period in
    /// years is converted (12 months a year); weeks, days or a time part throw <see cref="ArgumentException"/>.</summary>
    public Period DureeMaxConformite { get => _dureeMaxConformite; init => _dureeMaxConformite = EnMois(value, nameof(DureeMaxConformite)); }

    private readonly Period _dureeMaxConformite = Period.FromMonths(9);

    /// <summary>PROJET-06: maximum planned duration of an acquisition.</summary>
    public Period DureeMaxAcquisition { get => _dureeMaxAcquisition; init => _dureeMaxAcquisition = EnMois(value, nameof(DureeMaxAcquisition)); }

    private readonly Period _dureeMaxAcquisition = Period.FromMonths(18);

    /// <summary>VERS-06: usage targets expected from this many months for a mise en conformité (6; until
    /// <see cref="DureeMaxConformite"/>).</summary>
    public Period DebutCiblesConformite { get => _debutCiblesConformite; init => _debutCiblesConformite = EnMois(value, nameof(DebutCiblesConformite)); }

    private readonly Period _debutCiblesConformite = Period.FromMonths(6);

    /// <summary>VERS-06: usage targets expected from this many months for an acquisition (12; until
    /// <see cref="DureeMaxAcquisition"/>).</summary>
    public Period DebutCiblesAcquisition { get => _debutCiblesAcquisition; init => _debutCiblesAcquisition = EnMois(value, nameof(DebutCiblesAcquisition)); }

    private readonly Period _debutCiblesAcquisition = Period.FromMonths(12);

    /// <summary>PROJET-07: filing window of the regional calls; null → no calendar (reviewRequired).</summary>
    public FenetreDepot? FenetreRegionale { get; init; } = new(new LocalDate(2022, 3, 14), new LocalDate(2022, 9, 30));

    /// <summary>PROJET-07: a regional window kept apart for acquisitions outside the social champs (medico-social
    /// majority), as ARS Occitanie did in 2022 (until 1 July 2022, the other projects until 30 September); null → those
    /// acquisitions use <see cref="FenetreRegionale"/> like every regional project. See <see cref="CalendriersRegionaux"/>.</summary>
    public FenetreDepot? FenetreRegionaleAcquisitionMedicoSociale { get; init; }

    /// <summary>PROJET-07: filing window of the national call; null → no calendar (reviewRequired).</summary>
    public FenetreDepot? FenetreNationale { get; init; } = new(new LocalDate(2022, 5, 18), new LocalDate(2022, 7, 18));

    /// <summary>PROJET-07: the national window of a porteur who filed in 2021 and was not retained (input
    /// <c>nonRetenu2021</c>): 18/05/2022–05/06/2022 in 2022 (« avant le 6 juin 2022 »); null → that porteur uses
    /// <see cref="FenetreNationale"/> like every other.</summary>
    public FenetreDepot? FenetreNationaleNonRetenu2021 { get; init; } = new(new LocalDate(2022, 5, 18), new LocalDate(2022, 6, 5));

    /// <summary>GRAPPE-03, where the texts disagree: when true (default), a grappe below the minimum is recevable for
    /// the ARS if its maîtrise d'ouvrage is mature (after the decision chart and the call for projects); when false,
    /// the minimum is strict (the CNSA page: « ils doivent… former un groupement de 15 ESSMS minimum ») and GRAPPE-03
    /// refuses every grappe below it.</summary>
    public bool GrappeSousMinimumAdmise { get; init; } = true;

    // ----- VERS-*, CIBLE-*

    /// <summary>VERS-01: rate of the first payment (50 %).</summary>
    public decimal TauxPremierVersement { get; init; } = 0.5m;

    /// <summary>VERS-03: target of the core services indicators CIBLE-01/02, in percent.</summary>
    public decimal CibleServicesSocles { get; init; } = 70m;

    /// <summary>VERS-04: target of the DUI indicators CIBLE-03…05, in percent.</summary>
    public decimal CibleDui { get; init; } = 90m;

    /// <summary>CIBLE-01…05: length of the first measurement period ("une période de 3 mois pour la première mesure");
    /// the later measures each cover the elapsed month.</summary>
    public Period PeriodePremiereMesure { get => _periodePremiereMesure; init => _periodePremiereMesure = EnMois(value, nameof(PeriodePremiereMesure)); }

    private readonly Period _periodePremiereMesure = Period.FromMonths(3);

    /// <summary>VERS-05: minimum ratio expenses ÷ subsidy; null → the instructing authority appreciates.</summary>
    public decimal? SeuilDepensesRealisees { get; init; }

    // ----- SONS-*

    /// <summary>SONS-06: amount per ESSMS by tranche of the OG's number of ESSMS.</summary>
    public IReadOnlyList<TrancheSons> TranchesSons { get => _tranchesSons; init => _tranchesSons = ValueList.From(value); }

    private readonly ValueList<TrancheSons> _tranchesSons = ValueList.Wrap(new[]
    {
        new TrancheSons("A", 1, 1, 4_000m),
        new TrancheSons("B", 2, 4, 2_920m),
        new TrancheSons("C", 5, 10, 2_190m),
        new TrancheSons("D", 11, 19, 1_643m),
        new TrancheSons("E", 20, 99, 1_232m),
        new TrancheSons("F", 100, null, 1_133m),
    });

    /// <summary>SONS-06: which count of the OG's ESSMS picks the tranche (see
    /// <see cref="Baremes.BaseTrancheSons"/>).</summary>
    public BaseTrancheSons BaseTrancheSons { get; init; } = BaseTrancheSons.EssmsDuDossier;

    /// <summary>SONS-07: advance rate (30 %).</summary>
    public decimal TauxAvanceSons { get; init; } = 0.3m;

    /// <summary>SONS-05: date of the MS1 arrêté's publication in the JO, the first day an MS1 order is valid
    /// (« éligibles à compter de cette date »).</summary>
    public LocalDate DateJoArreteMs1 { get; init; } = new(2022, 2, 12);

    /// <summary>SONS-05: first day an MS2 (PDS, PDE) order is valid: the SONS opened on 17 May 2022; null → MS2 orders
    /// are to appreciate.</summary>
    public LocalDate? DateOuvertureMs2 { get; init; } = new(2022, 5, 17);

    /// <summary>SONS-05: first day an MS3 (AHI, PJM) order is valid; null (default: the texts give no date) → MS3
    /// orders are to appreciate.</summary>
    public LocalDate? DateOuvertureMs3 { get; init; }

    /// <summary>SONS-05: MS1 closing dates, every published version; the latest publication applies by default.</summary>
    public IReadOnlyList<CalendrierSons> CalendriersSonsMs1 { get => _calendriersSonsMs1; init => _calendriersSonsMs1 = ValueList.From(value); }

    private readonly ValueList<CalendrierSons> _calendriersSonsMs1 = ValueList.Wrap(new[]
    {
        new CalendrierSons(new LocalDate(2022, 4, 1), new LocalDate(2023, 12, 31), new LocalDate(2024, 3, 31),
            "webinaire ARS Occitanie (avril 2022) ; page CNSA"),
        new CalendrierSons(new LocalDate(2023, 12, 1), new LocalDate(2024, 2, 28), new LocalDate(2024, 12, 19),
            "annonce ultérieure reportant les dates de clôture ; le webinaire ESMS numérique"
            + " (2022-2023) marque les précédentes « ancienne date »"),
    });

    /// <summary>SONS-05: evaluate with the MS1 closing dates as published on this date (the latest version published
    /// on or before it); null → the latest version.</summary>
    public LocalDate? DateConnaissanceCalendrierSons { get; init; }

    /// <summary>SONS-02: calendar days allowed between an order placed under condition of referencing and the
    /// referencing file reaching the ANS.</summary>
    public int DelaiReferencementSonsJours { get; init; } = 120;

    /// <summary>SONS-01: FINESS category codes the library knows, with their aggregate in the FINESS nomenclature (500,
    /// 501, 502 → 4400; 354, 460 → 4600; 445, 446 → 4300); an ARS can extend it.</summary>
    public IReadOnlyDictionary<string, string> CategoriesFiness { get => _categoriesFiness; init => _categoriesFiness = ValueDictionary.From(value); }

    private readonly ValueDictionary<string, string> _categoriesFiness = ValueDictionary.Wrap(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["500"] = "4400",
        ["501"] = "4400",
        ["502"] = "4400",
        ["354"] = "4600",
        ["460"] = "4600",
        ["445"] = "4300",
        ["446"] = "4300",
    });

    /// <summary>SONS-01: FINESS aggregates of the MS1 couloir.</summary>
    public IReadOnlyList<string> AgregatsMs1 { get => _agregatsMs1; init => _agregatsMs1 = ValueList.From(value); }

    private readonly ValueList<string> _agregatsMs1 = ValueList.Wrap(new[] { "4100", "4300", "4400", "4600" });

    /// <summary>SONS-01: FINESS aggregates of the MS2 couloir; null → those of MS1 (<see cref="AgregatsMs1"/>).</summary>
    public IReadOnlyList<string>? AgregatsMs2 { get => _agregatsMs2; init => _agregatsMs2 = ValueList.FromOrNull(value); }

    private readonly ValueList<string>? _agregatsMs2;

    /// <summary>SONS-01: FINESS aggregates of the MS3 couloir; null → those of MS1 (<see cref="AgregatsMs1"/>).</summary>
    public IReadOnlyList<string>? AgregatsMs3 { get => _agregatsMs3; init => _agregatsMs3 = ValueList.FromOrNull(value); }

    private readonly ValueList<string>? _agregatsMs3;

    /// <summary>SONS-05: MS2 closing dates; null → those of MS1 (<see cref="CalendriersSonsMs1"/>).</summary>
    public IReadOnlyList<CalendrierSons>? CalendriersSonsMs2 { get => _calendriersSonsMs2; init => _calendriersSonsMs2 = ValueList.FromOrNull(value); }

    private readonly ValueList<CalendrierSons>? _calendriersSonsMs2;

    /// <summary>SONS-05: MS3 closing dates; null → those of MS1 (<see cref="CalendriersSonsMs1"/>).</summary>
    public IReadOnlyList<CalendrierSons>? CalendriersSonsMs3 { get => _calendriersSonsMs3; init => _calendriersSonsMs3 = ValueList.FromOrNull(value); }

    private readonly ValueList<CalendrierSons>? _calendriersSonsMs3;

    /// <summary>The SONS closing dates in force: the version with the latest publication date, or, when
    /// <see cref="DateConnaissanceCalendrierSons"/> is set, the latest published on or before that date (the earliest
    /// version when none was published by then).</summary>
    public CalendrierSons CalendrierSonsEnVigueur => EnVigueur(CalendriersSonsMs1);

    private CalendrierSons EnVigueur(IReadOnlyList<CalendrierSons> calendriers)
    {
        {
            CalendrierSons? best = null;
            var earliest = calendriers[0];
            foreach (var c in calendriers)
            {
                if (c.DatePublication < earliest.DatePublication)
                {
                    earliest = c;
                }

                var known = DateConnaissanceCalendrierSons is not { } limite || c.DatePublication <= limite;
                if (known && (best is null || c.DatePublication > best.DatePublication))
                {
                    best = c;
                }
            }

            return best ?? earliest;
        }
    }

    /// <summary>SONS-01: the FINESS aggregates of a couloir (MS2 and MS3 fall back on MS1's when the barème has none of
    /// their own).</summary>
    /// <param name="couloir">The couloir.</param>
    /// <returns>Its aggregates.</returns>
    public IReadOnlyList<string> AgregatsSons(Model.Couloir couloir) => couloir switch
    {
        Model.Couloir.MS2 => AgregatsMs2 ?? AgregatsMs1,
        Model.Couloir.MS3 => AgregatsMs3 ?? AgregatsMs1,
        _ => AgregatsMs1,
    };

    /// <summary>SONS-05: the first day an order of a couloir is valid; null when the texts do not date it.</summary>
    /// <param name="couloir">The couloir.</param>
    /// <returns>The opening date, or null.</returns>
    public LocalDate? OuvertureSons(Model.Couloir couloir) => couloir switch
    {
        Model.Couloir.MS2 => DateOuvertureMs2,
        Model.Couloir.MS3 => DateOuvertureMs3,
        _ => DateJoArreteMs1,
    };

    /// <summary>SONS-05: the closing dates in force for a couloir (as <see cref="CalendrierSonsEnVigueur"/> for MS1; MS2
    /// and MS3 use MS1's calendars when the barème has none of their own).</summary>
    /// <param name="couloir">The couloir.</param>
    /// <returns>The calendar in force.</returns>
    public CalendrierSons CalendrierSonsPour(Model.Couloir couloir) => EnVigueur(couloir switch
    {
        Model.Couloir.MS2 => CalendriersSonsMs2 ?? CalendriersSonsMs1,
        Model.Couloir.MS3 => CalendriersSonsMs3 ?? CalendriersSonsMs1,
        _ => CalendriersSonsMs1,
    });

    /// <summary>PROJET-07: the regional window of a project (the window kept apart for medico-social acquisitions when
    /// the barème has one).</summary>
    /// <param name="acquisitionMedicoSociale">An acquisition with a medico-social majority.</param>
    /// <returns>The window; null when the barème has no regional calendar.</returns>
    public FenetreDepot? FenetreRegionalePour(bool acquisitionMedicoSociale) =>
        acquisitionMedicoSociale && FenetreRegionaleAcquisitionMedicoSociale is { } f ? f : FenetreRegionale;

    /// <summary>The tranche holding <paramref name="nombreEssms"/> ESSMS.</summary>
    /// <param name="nombreEssms">Number of ESSMS (≥ 1).</param>
    /// <returns>The tranche.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No tranche holds that number.</exception>
    public TrancheSons TranchePour(int nombreEssms)
    {
        foreach (var t in TranchesSons)
        {
            if (nombreEssms >= t.Minimum && (t.Maximum is null || nombreEssms <= t.Maximum))
            {
                return t;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(nombreEssms), nombreEssms, "Aucune tranche SONS ne contient ce nombre d'ESSMS.");
    }

    /// <summary>A duration as the rules read it, in months: years count 12 months (<c>P1Y6M</c> → 18 months).</summary>
    /// <exception cref="ArgumentException">The period has weeks, days or a time part, or is negative.</exception>
    private static Period EnMois(Period duree, string nom)
    {
        if (duree is null)
        {
            throw new ArgumentNullException(nom);
        }

        if (duree.HasTimeComponent || duree.Weeks != 0 || duree.Days != 0 || duree.Years < 0 || duree.Months < 0)
        {
            throw new ArgumentException($"Durée {duree} : un barème compte en mois (et en années de 12 mois), sans semaines, jours ni heures.", nom);
        }

        return duree.Years == 0 ? duree : Period.FromMonths(checked((duree.Years * 12) + duree.Months));
    }

    /// <summary>FIN-03 rate from the 50th ESSMS under the chosen reading.</summary>
    public TarifParRang PartEditeurSegurEffective => LectureFin03 == LectureFin03.QuatreMille
        ? PartEditeurSegur with { APartirDuRangReduit = PartEditeurSegurReduitLecturePageCnsa }
        : PartEditeurSegur;

    /// <summary>Whether an OG managing <paramref name="nombreEssms"/> ESSMS is small.</summary>
    /// <param name="nombreEssms">Number of ESSMS of the OG.</param>
    /// <returns>True when small.</returns>
    public bool IsPetitOg(int nombreEssms) => SeuilPetitOgInclus ? nombreEssms <= SeuilPetitOg : nombreEssms < SeuilPetitOg;
}

/// <summary>Where one value of a barème comes from.</summary>
/// <param name="Source">The text that sets it.</param>
/// <param name="Publie">Date that text was published.</param>
/// <param name="Campagne">The barème document that listed it (<c>2022</c> for a value 2023 inherits).</param>
public sealed record ParametreSource(string Source, LocalDate Publie, string Campagne);

/// <summary>A per-ESSMS amount by rank: one rate up to the 49th ESSMS, another from the 50th.</summary>
/// <param name="AvantRangReduit">Rate for ranks below <see cref="Bareme.RangTarifReduit"/>.</param>
/// <param name="APartirDuRangReduit">Rate from <see cref="Bareme.RangTarifReduit"/> on.</param>
public sealed record TarifParRang(decimal AvantRangReduit, decimal APartirDuRangReduit);

/// <summary>A filing window, both ends inclusive.</summary>
/// <param name="Debut">First day.</param>
/// <param name="Fin">Last day.</param>
public sealed record FenetreDepot(LocalDate Debut, LocalDate Fin)
{
    /// <summary>Whether <paramref name="date"/> lies in the window (ends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(LocalDate date) => date >= Debut && date <= Fin;
}

/// <summary>A SONS tranche (SONS-06).</summary>
/// <param name="Code">Letter A…F.</param>
/// <param name="Minimum">Smallest number of ESSMS.</param>
/// <param name="Maximum">Largest number of ESSMS; null → no upper bound.</param>
/// <param name="MontantParEssms">Amount per ESSMS, € TTC.</param>
public sealed record TrancheSons(string Code, int Minimum, int? Maximum, decimal MontantParEssms);

/// <summary>A published version of the SONS MS1 closing dates (SONS-05).</summary>
/// <param name="DatePublication">When this version was published.</param>
/// <param name="FinCommandes">Last day for orders (and advance requests).</param>
/// <param name="FinSoldes">Last day for balance requests (VA signed).</param>
/// <param name="Source">Where it comes from.</param>
public sealed record CalendrierSons(LocalDate DatePublication, LocalDate FinCommandes, LocalDate FinSoldes, string Source);

/// <summary>ESSMS-03: which SONS orders exclude an ESSMS, where the public texts disagree.</summary>
public enum LectureEssms03
{
    /// <summary>The call for projects (§A): only a SONS order for a DUI software other than the project's excludes the
    /// ESSMS (the ARS Occitanie webinar shows SONS orders inside mise en conformité projects). Default.</summary>
    AutreLogiciel,

    /// <summary>The CNSA decision chart: any SONS order for a DUI software excludes the ESSMS.</summary>
    ToutLogiciel,
}

/// <summary>FIN-03 from the 50th ESSMS, where the public texts disagree.</summary>
public enum LectureFin03
{
    /// <summary>3 000 €, as the CNSA decision chart, the call for projects and the ARS Occitanie webinar read it.
    /// Default.</summary>
    TroisMille,

    /// <summary>The CNSA page: 1 000 € plus a Ségur complement of 3 000 € (4 000 €).</summary>
    QuatreMille,
}

/// <summary>SONS-06: which count of the OG's ESSMS picks the SONS tranche (the ARS Occitanie webinar's table is headed
/// « Nombre d'ESSMS de l'organisme gestionnaire » without saying whether in the order or in FINESS).</summary>
public enum BaseTrancheSons
{
    /// <summary>Its SONS-eligible retained ESSMS in the dossier, those the order covers (the webinar's example 7 prices
    /// the 8 ESSMS of a small OG at tranche C). Default.</summary>
    EssmsDuDossier,

    /// <summary>All ESSMS it manages in FINESS (<c>nombreEssmsFiness</c>, else the dossier count).</summary>
    EssmsFiness,
}
