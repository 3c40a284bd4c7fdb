using System;
using System.Collections.Generic;

namespace EsmsRules.Sources;

/// <summary>
/// A public text the rules follow: a decision chart, a call for projects, a web page, a webinar deck, an instruction,
/// an arrêté. A user can find it by its <see cref="Titre"/> (and its <see cref="Url"/> when the texts give one).
/// </summary>
/// <remarks>Immutable. Equality is value equality on every property.</remarks>
/// <param name="Code">Stable short code (<c>logigramme</c>, <c>aap</c>…), used in the catalogue and the documentation.</param>
/// <param name="Titre">The full citation, as a user would search for it.</param>
/// <param name="Abrege">The short citation used in the <c>source</c> of each node of a decision tree.</param>
/// <param name="Url">Its public address, when the texts give one; null otherwise.</param>
public sealed record Document(string Code, string Titre, string Abrege, string? Url = null)
{
    /// <summary>A reference to this document, optionally to one of its sections.</summary>
    /// <param name="section">The section (<c>§D « Nombre minimum d'ESSMS »</c>), or null for the whole text.</param>
    /// <returns>The reference.</returns>
    public Reference Section(string? section = null) => new(this, section);

    /// <inheritdoc />
    public override string ToString() => Titre;
}

/// <summary>A reference to a public text, optionally to one of its sections.</summary>
/// <remarks>Immutable. Equality is value equality.</remarks>
/// <param name="Document">The text.</param>
/// <param name="Section">The section within it (<c>§C « Conformité de la solution DUI aux exigences nationales »</c>),
/// or null for the whole text.</param>
public sealed record Reference(Document Document, string? Section = null)
{
    /// <summary>The short citation: the document's short title followed by the section, if any
    /// (« appel à projets ESMS numérique 2022 §D »).</summary>
    public string Abrege => Section is null ? Document.Abrege : Document.Abrege + " " + Section;

    /// <summary>The full citation: the document's title followed by the section, if any.</summary>
    public string Complete => Section is null ? Document.Titre : Document.Titre + ", " + Section;

    /// <summary>References joined for a node's <c>source</c>: short citations separated by « ; ».</summary>
    /// <param name="references">The references.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> is null.</exception>
    public static string Cite(IEnumerable<Reference> references)
    {
        if (references is null)
        {
            throw new ArgumentNullException(nameof(references));
        }

        return string.Join(" ; ", System.Linq.Enumerable.Select(references, r => r.Abrege));
    }

    /// <inheritdoc />
    public override string ToString() => Abrege;
}

/// <summary>
/// The public texts of the programme ESMS numérique (phase de généralisation, 2022) and of the Prestation Ségur that the
/// library follows, and the later announcements it takes dates from.
/// </summary>
public static class Documents
{
    /// <summary>The CNSA decision chart of the généralisation phase (eligibility → recevabilité → orientation →
    /// funding → procurement → payment).</summary>
    public static Document Logigramme { get; } = new(
        "logigramme",
        "CNSA, logigramme « ESMS relevant de l'article L 312-1 CASF » — programme ESMS numérique, phase de généralisation (2022)",
        "logigramme CNSA « ESMS relevant de l'article L 312-1 CASF »");

    /// <summary>The regional call for projects of the généralisation phase, taken under the 2022 instruction.</summary>
    public static Document AppelAProjets { get; } = new(
        "aap",
        "Appel à projets « Programme ESMS numérique – phase de généralisation » (ARS, 2022), pris en application de l'instruction n° DNS/CNSA/DGCS/2022/34 du 8 février 2022",
        "appel à projets ESMS numérique – généralisation (ARS, 2022)");

    /// <summary>The CNSA web page on where to file and how much the funding is.</summary>
    public static Document PageCnsa { get; } = new(
        "page-cnsa",
        "CNSA, page « Programme ESMS numérique : auprès de qui déposer ma demande ? quel est le montant des financements ? » (2022)",
        "page CNSA « Auprès de qui déposer ma demande ? »",
        "https://www.cnsa.fr/grands-chantiers/programme-esms-numerique");

    /// <summary>The national webinar deck of the généralisation phase (payment steps, SONS, 2023).</summary>
    public static Document Webinaire { get; } = new(
        "webinaire",
        "Webinaire « Programme ESMS numérique, phase de généralisation » (2022-2023)",
        "webinaire ESMS numérique, généralisation (2022-2023)");

    /// <summary>The ARS Occitanie webinar deck (funding synopsis, worked examples, SONS barème).</summary>
    public static Document WebinaireOccitanie { get; } = new(
        "webinaire-occitanie",
        "ARS Occitanie, webinaire « Programme ESMS numérique : quels enjeux ? comment s'y inscrire ? » (7, 14 et 19 avril 2022)",
        "webinaire ARS Occitanie ESMS numérique (avril 2022)");

    /// <summary>The instruction of 8 February 2022 on the généralisation phase.</summary>
    public static Document Instruction2022 { get; } = new(
        "instruction-2022",
        "Instruction n° DNS/CNSA/DGCS/2022/34 du 8 février 2022 relative à la mise en œuvre de la phase de généralisation du programme ESMS numérique",
        "instruction n° DNS/CNSA/DGCS/2022/34 du 8 février 2022");

    /// <summary>The arrêté of 2 February 2022 (JO of 12 February 2022) opening the Prestation Ségur to the medico-social
    /// couloir MS1.</summary>
    public static Document Arrete2022 { get; } = new(
        "arrete-2022",
        "Arrêté du 2 février 2022 relatif à un programme de financement destiné à encourager l'équipement numérique des établissements et services sociaux ou médico-sociaux (JO du 12 février 2022)",
        "arrêté du 2 février 2022 (JO du 12 février 2022)");

    /// <summary>Every document, in the order above.</summary>
    public static IReadOnlyList<Document> Tous { get; } = EsmsRules.Collections.ValueList.Wrap(new[]
    {
        Logigramme, AppelAProjets, PageCnsa, Webinaire, WebinaireOccitanie, Instruction2022, Arrete2022,
    });
}
