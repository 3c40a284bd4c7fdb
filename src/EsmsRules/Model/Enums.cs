namespace EsmsRules.Model;

/// <summary>Type of project (PROJET-01…03). Wire values: <c>acquisition</c>, <c>miseEnConformite</c>.</summary>
public enum TypeProjet
{
    /// <summary>Acquisition or renewal of a DUI solution.</summary>
    Acquisition,

    /// <summary>Mise en conformité: montée de version to a Ségur-referenced version of the solution already used.</summary>
    MiseEnConformite,
}

/// <summary>Champ (sector) of a porteur or an ESSMS. PA, PH, DOM are medico-social; the others are social.</summary>
public enum Champ
{
    /// <summary>Personnes âgées.</summary>
    PA,

    /// <summary>Personnes handicapées.</summary>
    PH,

    /// <summary>Aide et soin à domicile.</summary>
    DOM,

    /// <summary>Personnes en difficultés spécifiques.</summary>
    PDS,

    /// <summary>Protection de l'enfance.</summary>
    PDE,

    /// <summary>Accueil, hébergement, insertion.</summary>
    AHI,

    /// <summary>Protection juridique des majeurs.</summary>
    PJM,
}

/// <summary>Territory of an ESSMS. Wire values: <c>metropole</c>, <c>corse</c>, <c>outreMer</c>.</summary>
public enum Territoire
{
    /// <summary>Métropole hors Corse.</summary>
    Metropole,

    /// <summary>Corse.</summary>
    Corse,

    /// <summary>Outre-mer (territoires ultramarins).</summary>
    OutreMer,
}

/// <summary>SONS couloir of a Prestation Ségur order (SONS-01, SONS-05).</summary>
public enum Couloir
{
    /// <summary>Medico-social: PA, PH, DOM.</summary>
    MS1,

    /// <summary>PDS, PDE.</summary>
    MS2,

    /// <summary>AHI, PJM.</summary>
    MS3,
}

/// <summary>Helpers on <see cref="Champ"/>.</summary>
public static class ChampExtensions
{
    /// <summary>True for the medico-social champs PA, PH and DOM.</summary>
    /// <param name="champ">The champ.</param>
    /// <returns>Whether the champ is medico-social.</returns>
    public static bool IsMedicoSocial(this Champ champ) => champ is Champ.PA or Champ.PH or Champ.DOM;

    /// <summary>The SONS couloir of a champ: MS1 for PA, PH, DOM; MS2 for PDS, PDE; MS3 for AHI, PJM.</summary>
    /// <param name="champ">The champ.</param>
    /// <returns>Its couloir.</returns>
    public static Couloir CouloirSons(this Champ champ) => champ switch
    {
        Champ.PDS or Champ.PDE => Couloir.MS2,
        Champ.AHI or Champ.PJM => Couloir.MS3,
        _ => Couloir.MS1,
    };
}
