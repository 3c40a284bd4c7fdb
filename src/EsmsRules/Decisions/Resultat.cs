namespace EsmsRules.Decisions;

/// <summary>Outcome of a rule. Wire values are the camelCase names.</summary>
public enum Resultat
{
    /// <summary>The rule holds.</summary>
    Satisfied,

    /// <summary>The rule does not hold.</summary>
    NotSatisfied,

    /// <summary>The rule does not concern this dossier.</summary>
    NotApplicable,

    /// <summary>The instructing authority decides: the engine gives the facts, never the verdict.</summary>
    ReviewRequired,

    /// <summary>The input that would decide is absent; the node names it.</summary>
    MissingInput,
}

/// <summary>Orientation of the project. Wire values: <c>regional</c>, <c>national</c>, <c>sonsUniquement</c>, <c>nonRecevable</c>.</summary>
public enum Orientation
{
    /// <summary>Regional call of an ARS.</summary>
    Regional,

    /// <summary>National call, CNSA.</summary>
    National,

    /// <summary>No ESMS numérique filing: Prestation Ségur only (GRAPPE-02).</summary>
    SonsUniquement,

    /// <summary>The project is not recevable.</summary>
    NonRecevable,
}

/// <summary>Instructing authority.</summary>
public enum Instructeur
{
    /// <summary>Agence régionale de santé.</summary>
    ARS,

    /// <summary>Caisse nationale de solidarité pour l'autonomie (with the DNS).</summary>
    CNSA,
}

/// <summary>Procurement procedure. Wire values: <c>sad</c>, <c>marcheEnCours</c>, <c>libre</c>, <c>sansObjet</c>.</summary>
public enum ProcedureAchat
{
    /// <summary>Mandatory SAD (ACHAT-01).</summary>
    Sad,

    /// <summary>The current public contract is used (ACHAT-02).</summary>
    MarcheEnCours,

    /// <summary>No mandatory SAD (ACHAT-03).</summary>
    Libre,

    /// <summary>Mise en conformité or SONS only (ACHAT-04).</summary>
    SansObjet,
}

/// <summary>A referencing of the solution. Wire values: <c>segur</c>, <c>sad</c>.</summary>
public enum Referencement
{
    /// <summary>Referenced Ségur by the ANS.</summary>
    Segur,

    /// <summary>Referenced in the SAD.</summary>
    Sad,
}
