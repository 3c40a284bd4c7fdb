namespace EsmsRules.Rules;

/// <summary>What the grappe section establishes (GRAPPE-01…04).</summary>
/// <param name="N">n: the retained ESSMS.</param>
/// <param name="Metropole">Retained ESSMS in métropole (hors Corse).</param>
/// <param name="CorseOutreMer">Retained ESSMS in Corse or overseas.</param>
/// <param name="TailleMinimale">T: the minimum size (15, or 8 for a grappe of Corse / overseas).</param>
/// <param name="SonsUniquement">GRAPPE-02: a single ESSMS in mise en conformité (Prestation Ségur only).</param>
/// <param name="MajoriteMedicoSociale">The porteur and strictly more than half of the retained ESSMS are PA/PH/DOM.</param>
/// <param name="EssmsMedicoSociaux">Retained ESSMS of the PA, PH and DOM champs.</param>
/// <param name="OgsAvecRetenus">OGs with at least one retained ESSMS.</param>
public sealed record FaitsGrappe(int N, int Metropole, int CorseOutreMer, int TailleMinimale, bool SonsUniquement, bool MajoriteMedicoSociale, int EssmsMedicoSociaux, int OgsAvecRetenus)
{
    /// <summary>Strictly more retained ESSMS in Corse or overseas than in métropole: T is the ultramarine minimum.</summary>
    public bool Ultramarine => CorseOutreMer > Metropole;

    /// <summary>The grappe mixes métropole with Corse / overseas.</summary>
    public bool Mixte => Metropole > 0 && CorseOutreMer > 0;

    /// <summary>Filed under ESMS numérique: at least one retained ESSMS and not SONS only.</summary>
    public bool Depose => N > 0 && !SonsUniquement;
}
