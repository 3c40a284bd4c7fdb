using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// The root of a decision tree (id <c>DOSSIER</c>): the verdict, the orientation, the procedure and the total, in one
/// sentence, over the nodes of the sections.
/// </summary>
public sealed class SyntheseDossier : Definition
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "DOSSIER";

    private const string Debut = "{type}, campagne {campagne}, {n} ESSMS {n:retenu|retenus} sur {total}. ";

    /// <summary>The root of every decision tree.</summary>
    public static SyntheseDossier Instance { get; } = new();

    private SyntheseDossier()
        : base(
            Identifiant,
            "Décision sur le dossier",
            new[]
            {
                Documents.Logigramme.Section(), Documents.AppelAProjets.Section(), Documents.PageCnsa.Section(),
                Documents.Webinaire.Section(), Documents.WebinaireOccitanie.Section(),
            },
            new[]
            {
                new Modele("nonRecevable", Resultat.NotSatisfied, Debut + "Projet non recevable."),
                new Modele("indetermine", Resultat.MissingInput, Debut + "Recevabilité indéterminée : données manquantes."),
                new Modele("sonsUniquement", Resultat.Satisfied, Debut + "ESSMS seul en mise en conformité : Prestation Ségur uniquement."),
                new Modele("national", Resultat.Satisfied, Debut + "Recevable, appel à projets national (CNSA), procédure d'achat : {procedure} ; total allouable {totalAllouable}."),
                new Modele("regional", Resultat.Satisfied, Debut + "Recevable, appel à projets régional (ARS), procédure d'achat : {procedure} ; total allouable {totalAllouable}."),
                new Modele("nationalProcedureAPreciser", Resultat.Satisfied, Debut + "Recevable, appel à projets national (CNSA), procédure d'achat à préciser (soumisCodeCommandePublique, marcheEnCoursMemeObjet) ; total allouable {totalAllouable}."),
                new Modele("regionalProcedureAPreciser", Resultat.Satisfied, Debut + "Recevable, appel à projets régional (ARS), procédure d'achat à préciser (soumisCodeCommandePublique, marcheEnCoursMemeObjet) ; total allouable {totalAllouable}."),
            })
    {
    }

    /// <summary>The root node over <paramref name="sections"/>.</summary>
    /// <param name="faits">Every fact established.</param>
    /// <param name="sections">The sections' nodes, in chart order.</param>
    /// <returns>The root.</returns>
    internal DecisionNode Noeud(Faits faits, IReadOnlyList<DecisionNode> sections)
    {
        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        var e = faits.EligibiliteEtablie;
        var recevable = faits.VerdictEtabli.Recevable;
        var total = faits.FinancementEtabli.Total;
        var procedure = faits.Achat?.Procedure;
        var chiffres = new List<Chiffre>(7)
        {
            Chiffre.Mot("type", faits.Acquisition ? "Acquisition" : "Mise en conformité"),
            Chiffre.Mot("campagne", faits.Bareme.Campagne),
            Chiffre.Entier("n", e.N),
            Chiffre.Entier("total", e.N + e.Exclus.Count),
            Chiffre.Euros("totalAllouable", total),
        };
        if (procedure is { } p)
        {
            chiffres.Add(Chiffre.Mot("procedure", Libelles.ProcedureAchat(p)));
        }

        var motif = recevable switch
        {
            false => "nonRecevable",
            null => "indetermine",
            _ => faits.GrappeEtablie.SonsUniquement ? "sonsUniquement"
                : (faits.OrientationEtablie.Orientation == Orientation.National ? "national" : "regional") + (procedure is null ? "ProcedureAPreciser" : string.Empty),
        };
        var resultat = recevable switch { true => Resultat.Satisfied, false => Resultat.NotSatisfied, null => Resultat.MissingInput };
        return DecisionNode.DeDefinition(this, resultat, motif, chiffres, !faits.Explications, total, enfants: sections, detail: true);
    }
}
