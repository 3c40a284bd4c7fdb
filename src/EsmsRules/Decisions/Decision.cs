using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Collections;
using EsmsRules.Identifiers;
using NodaTime;

namespace EsmsRules.Decisions;

/// <summary>
/// The decision on a dossier: verdict, orientation, procurement, funding, payments,
/// Prestation Ségur, the three lists of rule ids and fields, and the explained tree.
/// </summary>
/// <remarks>Immutable: each list is an immutable copy of the one given. Equality is record equality, lists compared
/// element by element and the tree (<see cref="DecisionNode"/>) node by node: two evaluations of one dossier give equal
/// decisions, and <c>Assert.Equal(expected, actual)</c> compares them.</remarks>
/// <param name="Recevable">True, false, or null when the verdict hangs on missing inputs.</param>
/// <param name="Orientation">Orientation; null when undetermined.</param>
/// <param name="Instructeur">Instructing authority; null when none.</param>
/// <param name="ProcedureAchat">Procurement; null when not recevable.</param>
/// <param name="ReferencementsAcceptes">Referencings PROJET-01/02/03 accept.</param>
/// <param name="EssmsRetenus">Number of eligible ESSMS (n).</param>
/// <param name="EssmsExclus">Excluded ESSMS with their first failing rule.</param>
/// <param name="Financement">ESMS numérique funding.</param>
/// <param name="Versements">Payment schedule.</param>
/// <param name="PrestationSegur">Prestation Ségur per OG.</param>
/// <param name="ReglesNonSatisfaites">Ids with a notSatisfied outcome, sorted.</param>
/// <param name="AApprecier">Ids with a reviewRequired outcome, sorted.</param>
/// <param name="DonneesManquantes">Dossier field names whose absence decided a missingInput, sorted.</param>
/// <param name="Arbre">The explained decision tree.</param>
/// <param name="Campagne">The campaign whose barème was used.</param>
public sealed record Decision(
    bool? Recevable,
    Orientation? Orientation,
    Instructeur? Instructeur,
    ProcedureAchat? ProcedureAchat,
    IReadOnlyList<Referencement> ReferencementsAcceptes,
    int EssmsRetenus,
    IReadOnlyList<EssmsExclu> EssmsExclus,
    Financement Financement,
    IReadOnlyList<Versement> Versements,
    IReadOnlyList<PrestationSegurOrganisme> PrestationSegur,
    IReadOnlyList<string> ReglesNonSatisfaites,
    IReadOnlyList<string> AApprecier,
    IReadOnlyList<string> DonneesManquantes,
    DecisionNode Arbre,
    string Campagne)
{
    private readonly ValueList<Referencement> _referencementsAcceptes = ValueList.From(ReferencementsAcceptes);
    private readonly ValueList<EssmsExclu> _essmsExclus = ValueList.From(EssmsExclus);
    private readonly ValueList<Versement> _versements = ValueList.From(Versements);
    private readonly ValueList<PrestationSegurOrganisme> _prestationSegur = ValueList.From(PrestationSegur);
    private readonly ValueList<string> _reglesNonSatisfaites = ValueList.From(ReglesNonSatisfaites);
    private readonly ValueList<string> _aApprecier = ValueList.From(AApprecier);
    private readonly ValueList<string> _donneesManquantes = ValueList.From(DonneesManquantes);
    private readonly ValueList<Avertissement> _avertissements = ValueList<Avertissement>.Empty;
    private readonly ValueList<Question> _questions = ValueList<Question>.Empty;
    private readonly ValueList<Remede>? _remedes;

    /// <summary>Referencings PROJET-01/02/03 accept.</summary>
    public IReadOnlyList<Referencement> ReferencementsAcceptes { get => _referencementsAcceptes; init => _referencementsAcceptes = ValueList.From(value); }

    /// <summary>Excluded ESSMS with their first failing rule.</summary>
    public IReadOnlyList<EssmsExclu> EssmsExclus { get => _essmsExclus; init => _essmsExclus = ValueList.From(value); }

    /// <summary>Payment schedule.</summary>
    public IReadOnlyList<Versement> Versements { get => _versements; init => _versements = ValueList.From(value); }

    /// <summary>Prestation Ségur per OG.</summary>
    public IReadOnlyList<PrestationSegurOrganisme> PrestationSegur { get => _prestationSegur; init => _prestationSegur = ValueList.From(value); }

    /// <summary>Ids with a notSatisfied outcome, sorted.</summary>
    public IReadOnlyList<string> ReglesNonSatisfaites { get => _reglesNonSatisfaites; init => _reglesNonSatisfaites = ValueList.From(value); }

    /// <summary>Ids with a reviewRequired outcome, sorted.</summary>
    public IReadOnlyList<string> AApprecier { get => _aApprecier; init => _aApprecier = ValueList.From(value); }

    /// <summary>Dossier field names whose absence decided a missingInput, sorted.</summary>
    public IReadOnlyList<string> DonneesManquantes { get => _donneesManquantes; init => _donneesManquantes = ValueList.From(value); }

    /// <summary>The barème used: its label, source and publication, why it was chosen, and the values the evaluated
    /// rules read with their provenance (JSON <c>bareme</c>). Null only for a decision built by hand.</summary>
    public BaremeUtilise? Bareme { get; init; }

    /// <summary>For a regional project, the region whose ARS instructs it (ORIENT-03: the region holding the most
    /// retained ESSMS), e.g. <c>Occitanie</c>; null otherwise.</summary>
    public string? Region { get; init; }

    /// <summary>What was accepted but deserves a look: unknown fields, measures or orders naming an ESSMS that is not in
    /// the dossier (JSON <c>avertissements</c>). Empty when there is none. A warning never changes a figure.</summary>
    public IReadOnlyList<Avertissement> Avertissements { get => _avertissements; init => _avertissements = ValueList.From(value); }

    /// <summary>The second payment's conditions (VERS-02…05, CIBLE-01…05): whether it is released, what is missing,
    /// the aggregate indicators and the ESSMS below target (JSON <c>secondVersement</c>). Null when no payment is
    /// scheduled (<see cref="Versements"/> empty).</summary>
    public SecondVersement? SecondVersement { get; init; }

    /// <summary>The missing inputs to ask for, most important first: blocking ones, then those more rules named, then
    /// by field name (JSON <c>questions</c>). Their fields are exactly <see cref="DonneesManquantes"/>; empty when
    /// nothing is missing.</summary>
    public IReadOnlyList<Question> Questions { get => _questions; init => _questions = ValueList.From(value); }

    /// <summary>When the verdict waits for missing inputs, the most favourable outcome for the porteur under supposed
    /// answers (JSON <c>sousReserve</c>); null when no completion makes the dossier recevable, when the verdict is
    /// known, or when it was not computed (<see cref="Remedes"/> is then null too; option
    /// <c>EvaluationOptions.Remedes</c>).</summary>
    public SousReserve? SousReserve { get; init; }

    /// <summary>The changes that make a refused dossier recevable, each checked by evaluating the changed dossier, fewest
    /// changed facts first, then highest total; for a recevable acquisition whose solution is not Ségur-referenced, what
    /// a Ségur-referenced one would add (JSON <c>remedes</c>). Empty when there is nothing to say; null when not computed
    /// (option <c>EvaluationOptions.Remedes</c> off): the JSON then has neither <c>remedes</c> nor
    /// <c>sousReserve</c>.</summary>
    public IReadOnlyList<Remede>? Remedes { get => _remedes; init => _remedes = ValueList.FromOrNull(value); }
}

/// <summary>The barème a decision used.</summary>
/// <param name="Campagne">Its campaign.</param>
/// <param name="Libelle">Its label.</param>
/// <param name="Source">The texts it follows.</param>
/// <param name="Publie">Their publication date.</param>
/// <param name="Herite">The campaign it inherits; null for a complete barème.</param>
/// <param name="Selection">Why it was chosen (the dossier's <c>campagne</c>, its <c>dateDepot</c>, the default, or the
/// caller's options).</param>
/// <param name="Valeurs">The parameters read by the rules the decision evaluated (outcome other than
/// <c>notApplicable</c>), in barème document order; empty when the evaluation ran without explanations
/// (<c>EvaluationOptions.Explications</c> false).</param>
public sealed record BaremeUtilise(
    string Campagne,
    string Libelle,
    string Source,
    LocalDate Publie,
    string? Herite,
    MotifSelection Selection,
    IReadOnlyList<ValeurBareme> Valeurs)
{
    private readonly ValueList<ValeurBareme> _valeurs = ValueList.From(Valeurs);

    /// <summary>The parameters read by the rules the decision evaluated, in barème document order; empty without
    /// explanations.</summary>
    public IReadOnlyList<ValeurBareme> Valeurs { get => _valeurs; init => _valeurs = ValueList.From(value); }
}

/// <summary>One barème value a decision used.</summary>
/// <param name="Parametre">Parameter name (<c>equipementParEssms</c>, see <see cref="BaremeParametres.Noms"/>).</param>
/// <param name="Valeur">The value, as the <see cref="Baremes.Bareme"/> property holds it.</param>
/// <param name="Provenance">Its source and publication; null when the barème was built in code without provenance.</param>
/// <param name="Regles">The rule ids of the decision that read it.</param>
public sealed record ValeurBareme(string Parametre, object? Valeur, ParametreSource? Provenance, IReadOnlyList<string> Regles)
{
    private readonly ValueList<string> _regles = ValueList.From(Regles);

    /// <summary>The rule ids of the decision that read it.</summary>
    public IReadOnlyList<string> Regles { get => _regles; init => _regles = ValueList.From(value); }
}

/// <summary>An ESSMS removed from the project.</summary>
/// <param name="FinessGeographique">Its FINESS géographique.</param>
/// <param name="Regle">Its first failing rule, in id order.</param>
public sealed record EssmsExclu(Finess FinessGeographique, string Regle);

/// <summary>ESMS numérique funding of the project, in euros.</summary>
/// <param name="PartEssms">FIN-01 / FIN-04.</param>
/// <param name="PartEditeur">FIN-02 / FIN-03 after FIN-05.</param>
/// <param name="Equipements">PETITOG-01.</param>
/// <param name="AmoaMarche">PETITOG-02.</param>
/// <param name="AmoaProjet">PETITOG-03.</param>
/// <param name="Total">Sum of the five.</param>
/// <param name="ParOrganisme">Per-OG shares (every OG of the input).</param>
public sealed record Financement(
    decimal PartEssms,
    decimal PartEditeur,
    decimal Equipements,
    decimal AmoaMarche,
    decimal AmoaProjet,
    decimal Total,
    IReadOnlyList<FinancementOrganisme> ParOrganisme)
{
    private readonly ValueList<FinancementOrganisme> _parOrganisme = ValueList.From(ParOrganisme);

    /// <summary>Per-OG shares (every OG of the input).</summary>
    public IReadOnlyList<FinancementOrganisme> ParOrganisme { get => _parOrganisme; init => _parOrganisme = ValueList.From(value); }
}

/// <summary>One OG's share of the funding (project-level amounts excluded).</summary>
/// <param name="FinessJuridique">The OG.</param>
/// <param name="PartEssms">Part ESSMS over its ESSMS at their ranks.</param>
/// <param name="PartEditeur">Its part éditeur.</param>
/// <param name="Equipements">Its equipment.</param>
/// <param name="Total">Sum of the three.</param>
public sealed record FinancementOrganisme(Finess FinessJuridique, decimal PartEssms, decimal PartEditeur, decimal Equipements, decimal Total);

/// <summary>One payment of the ESMS numérique credits.</summary>
/// <param name="Ordre">1 or 2.</param>
/// <param name="Taux">Rate of the total.</param>
/// <param name="Montant">Amount in euros.</param>
public sealed record Versement(int Ordre, decimal Taux, decimal Montant);

/// <summary>The Prestation Ségur of one OG (SONS-06, SONS-07).</summary>
/// <param name="FinessJuridique">The OG (client of the order).</param>
/// <param name="NombreEssms">Its SONS-eligible ESSMS counted.</param>
/// <param name="Tranche">Tranche A…F.</param>
/// <param name="MontantParEssms">€ TTC per ESSMS.</param>
/// <param name="Total">Number × amount.</param>
/// <param name="Avance">30 % advance.</param>
/// <param name="Solde">Balance.</param>
public sealed record PrestationSegurOrganisme(
    Finess FinessJuridique,
    int NombreEssms,
    string Tranche,
    decimal MontantParEssms,
    decimal Total,
    decimal Avance,
    decimal Solde);

/// <summary>The second payment of the ESMS numérique credits and its conditions (VERS-02…05, CIBLE-01…05).</summary>
/// <param name="Montant">Its amount (total − first payment).</param>
/// <param name="Resultat">VERS-02's outcome: <see cref="Resultat.Satisfied"/> released, <see cref="Resultat.NotSatisfied"/>
/// not released, <see cref="Resultat.ReviewRequired"/> or <see cref="Resultat.MissingInput"/> pending,
/// <see cref="Resultat.NotApplicable"/> when no usage measure was given.</param>
/// <param name="ConditionsNonRemplies">Ids among VERS-03, VERS-04, VERS-05 not satisfied.</param>
/// <param name="ConditionsEnAttente">Ids among VERS-03, VERS-04, VERS-05 pending (to appreciate or missing input).</param>
/// <param name="Indicateurs">CIBLE-01…05 on the project aggregate.</param>
/// <param name="EssmsSousCible">Each measured ESSMS below at least one target, with those indicators.</param>
public sealed record SecondVersement(
    decimal Montant,
    Resultat Resultat,
    IReadOnlyList<string> ConditionsNonRemplies,
    IReadOnlyList<string> ConditionsEnAttente,
    IReadOnlyList<IndicateurUsage> Indicateurs,
    IReadOnlyList<EssmsSousCible> EssmsSousCible)
{
    private readonly ValueList<string> _conditionsNonRemplies = ValueList.From(ConditionsNonRemplies);
    private readonly ValueList<string> _conditionsEnAttente = ValueList.From(ConditionsEnAttente);
    private readonly ValueList<IndicateurUsage> _indicateurs = ValueList.From(Indicateurs);
    private readonly ValueList<EssmsSousCible> _essmsSousCible = ValueList.From(EssmsSousCible);

    /// <summary>Ids among VERS-03, VERS-04, VERS-05 not satisfied.</summary>
    public IReadOnlyList<string> ConditionsNonRemplies { get => _conditionsNonRemplies; init => _conditionsNonRemplies = ValueList.From(value); }

    /// <summary>Ids among VERS-03, VERS-04, VERS-05 pending (to appreciate or missing input).</summary>
    public IReadOnlyList<string> ConditionsEnAttente { get => _conditionsEnAttente; init => _conditionsEnAttente = ValueList.From(value); }

    /// <summary>CIBLE-01…05 on the project aggregate.</summary>
    public IReadOnlyList<IndicateurUsage> Indicateurs { get => _indicateurs; init => _indicateurs = ValueList.From(value); }

    /// <summary>Each measured ESSMS below at least one target, with those indicators.</summary>
    public IReadOnlyList<EssmsSousCible> EssmsSousCible { get => _essmsSousCible; init => _essmsSousCible = ValueList.From(value); }

    /// <summary>True when released, false when not, null while pending or not evaluated.</summary>
    public bool? Libere => Resultat switch
    {
        Resultat.Satisfied => true,
        Resultat.NotSatisfied => false,
        _ => null,
    };
}

/// <summary>A usage indicator on the project aggregate (CIBLE-01…05).</summary>
/// <param name="Regle">CIBLE-0x.</param>
/// <param name="Numerateur">Sum of the numerators.</param>
/// <param name="Denominateur">Sum of the denominators.</param>
/// <param name="Taux">Numerator × 100 ÷ denominator; null when the denominator is zero (undefined, not met).</param>
/// <param name="Cible">The target, in percent.</param>
/// <param name="Atteint">Numerator × 100 ≥ target × denominator, with a non-zero denominator.</param>
public sealed record IndicateurUsage(string Regle, long Numerateur, long Denominateur, decimal? Taux, decimal Cible, bool Atteint);

/// <summary>A measured ESSMS below at least one target.</summary>
/// <param name="FinessGeographique">The ESSMS.</param>
/// <param name="Regles">The CIBLE-0x ids it misses.</param>
public sealed record EssmsSousCible(Finess FinessGeographique, IReadOnlyList<string> Regles)
{
    private readonly ValueList<string> _regles = ValueList.From(Regles);

    /// <summary>The CIBLE-0x ids it misses.</summary>
    public IReadOnlyList<string> Regles { get => _regles; init => _regles = ValueList.From(value); }
}
