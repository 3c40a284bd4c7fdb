using System.Collections.Generic;

namespace EsmsRules.Sources;

/// <summary>The sections of the call for projects the rules cite most, named once.</summary>
internal static class Citations
{
    private static Reference L => Documents.Logigramme.Section();

    private static Reference A(string? section = null) => Documents.AppelAProjets.Section(section);

    private static Reference P => Documents.PageCnsa.Section();

    private static Reference W => Documents.Webinaire.Section();

    private static Reference O(string? section = null) => Documents.WebinaireOccitanie.Section(section);

    internal const string NonRedondance = "§A « Non redondance des financements »";
    internal const string Conformite = "§C « Conformité de la solution DUI aux exigences nationales »";
    internal const string Grappes = "§D « Nombre minimum d'ESSMS pour un projet et regroupements »";
    internal const string Modalites = "« Modalités de financement »";
    internal const string Cibles = "« Cibles d'utilisation »";
}
