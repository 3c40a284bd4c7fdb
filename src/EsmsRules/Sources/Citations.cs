using System.Collections.Generic;

namespace EsmsRules.Sources;

/// <summary>
/// The references of every entry of the catalogue, by id, while the rules move into their own classes (each of which
/// then carries its references itself).
/// </summary>
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

    internal static readonly IReadOnlyDictionary<string, Reference[]> ParId = new Dictionary<string, Reference[]>(System.StringComparer.Ordinal)
    {
        ["DOSSIER"] = new[] { L, A(), P, W, O() },
        ["ELIGIBILITE"] = new[] { L, A() },
        ["GRAPPE"] = new[] { L, A(Grappes), P },
        ["ORIENTATION"] = new[] { L, A(), P },
        ["RECEVABILITE"] = new[] { L, A() },
        ["ACHAT"] = new[] { L, A(Conformite) },
        ["FINANCEMENT"] = new[] { L, A(), P, O() },
        ["VERSEMENTS"] = new[] { L, A(), W },
        ["SONS"] = new[] { W, O() },
        ["ESSMS-01"] = new[] { L, A("« ESSMS éligibles »") },
        ["ESSMS-02"] = new[] { L, A(NonRedondance) },
        ["ESSMS-03"] = new[] { L, A(NonRedondance) },
        ["ESSMS-04"] = new[] { A(Modalites + " (modulation)") },
        ["ESSMS-05"] = new[] { A("§B « ESSMS rattachés à une entité nationale »") },
        ["GRAPPE-01"] = new[] { L, A(Grappes), P },
        ["GRAPPE-02"] = new[] { Documents.Logigramme.Section("« ESMS seul »") },
        ["GRAPPE-03"] = new[] { L, A(Grappes) },
        ["GRAPPE-04"] = new[] { A(Grappes), W },
        ["ORIENT-01"] = new[] { L, A("« Projets regroupant cinquante ESSMS ou plus »"), P },
        ["ORIENT-02"] = new[] { L, A("« Projets de portée nationale regroupant moins de cinquante ESSMS »") },
        ["ORIENT-03"] = new[] { L, A("« Projets regroupant moins de cinquante ESSMS »") },
        ["PROJET-01"] = new[] { L, A(Conformite) },
        ["PROJET-02"] = new[] { L, A(Conformite) },
        ["PROJET-03"] = new[] { L, A(Conformite), A(Modalites) },
        ["PROJET-04"] = new[] { A(Conformite) },
        ["PROJET-05"] = new[] { A("§E « Auto-évaluation de la maturité SI des porteurs »"), W },
        ["PROJET-06"] = new[] { A(), W, O() },
        ["PROJET-07"] = new[] { P, O() },
        ["PROJET-08"] = new[] { L },
        ["ACHAT-01"] = new[] { L, A(Conformite) },
        ["ACHAT-02"] = new[] { L, A(Conformite) },
        ["ACHAT-03"] = new[] { L, A(Conformite) },
        ["ACHAT-04"] = new[] { L, A() },
        ["FIN-01"] = new[] { L, A(Modalites), P, O() },
        ["FIN-02"] = new[] { L, A(Modalites), P, O() },
        ["FIN-03"] = new[] { L, A(Modalites), O(), Documents.PageCnsa.Section("(autre lecture : option lectureFin03 du barème)") },
        ["FIN-04"] = new[] { L, A(Modalites), P, O() },
        ["FIN-05"] = new[] { A(Modalites), P },
        ["FIN-06"] = new[] { A(Modalites), P, O() },
        ["PETITOG-01"] = new[] { L, A(Modalites), P, O() },
        ["PETITOG-02"] = new[] { L, A(Modalites), O() },
        ["PETITOG-03"] = new[] { L, A(Modalites), O() },
        ["PETITOG-04"] = new[] { A(Modalites), O() },
        ["MOD-01"] = new[] { A(Modalites) },
        ["MOD-02"] = new[] { A(Modalites) },
        ["VERS-01"] = new[] { L, A(Modalites), W, O() },
        ["VERS-02"] = new[] { L, A(Modalites) },
        ["VERS-03"] = new[] { L, A(Cibles) },
        ["VERS-04"] = new[] { L, A(Cibles) },
        ["VERS-05"] = new[] { L },
        ["VERS-06"] = new[] { L, W, O() },
        ["CIBLE-01"] = new[] { A(Cibles), W },
        ["CIBLE-02"] = new[] { A(Cibles), W },
        ["CIBLE-03"] = new[] { A(Cibles) },
        ["CIBLE-04"] = new[] { A(Cibles) },
        ["CIBLE-05"] = new[] { A(Cibles) },
        ["CIBLE-06"] = new[] { A(Cibles) },
        ["CIBLE-07"] = new[] { A(Cibles) },
        ["SONS-01"] = new[] { O() },
        ["SONS-02"] = new[] { O() },
        ["SONS-03"] = new[] { O() },
        ["SONS-04"] = new[] { O() },
        ["SONS-05"] = new[] { O(), W, Documents.Arrete2022.Section() },
        ["SONS-06"] = new[] { O("« barèmes de financements SONS »") },
        ["SONS-07"] = new[] { W, O() },
        ["SONS-08"] = new[] { O() },
        ["SONS-09"] = new[] { A(), O() },
    };
}
