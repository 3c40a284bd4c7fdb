namespace EsmsRules.Rules;

/// <summary>
/// The line of the ESMS numérique funding a funding rule's amount goes to (<see cref="RegleFinancement.Ligne"/>): the
/// section FINANCEMENT sums its rules' amounts line by line into the decision's <c>financement</c>.
/// </summary>
public enum LigneFinancement
{
    /// <summary>Part ESSMS (FIN-01, FIN-04): summed, shared by OG.</summary>
    PartEssms,

    /// <summary>Ceiling of the part éditeur (FIN-02, FIN-03): read by the rules of <see cref="PartEditeur"/>; it is
    /// the part éditeur itself when none of them gives an amount.</summary>
    PlafondEditeur,

    /// <summary>Part éditeur (FIN-05: the ceiling capped by the quote): summed, shared by OG.</summary>
    PartEditeur,

    /// <summary>Equipment and infrastructure (PETITOG-01): summed, shared by OG.</summary>
    Equipements,

    /// <summary>AMOA for the procurement procedure (PETITOG-02): summed, at project level.</summary>
    AmoaMarche,

    /// <summary>AMOA for project steering (PETITOG-03): summed, at project level.</summary>
    AmoaProjet,
}
