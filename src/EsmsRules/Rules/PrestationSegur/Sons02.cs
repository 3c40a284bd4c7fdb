using System;
using System.Collections.Generic;
using System.Globalization;
using EsmsRules.Decisions;
using EsmsRules.Sources;
using NodaTime;

namespace EsmsRules.Rules;

/// <summary>
/// SONS-02: the software version is Ségur-referenced by the ANS — satisfied when <c>referenceSegur</c> is true (the
/// Prestation Ségur is then computed), notSatisfied when it is false (this is why no Prestation is computed),
/// missingInput when it is not given. An order placed under condition of referencing is valid if a complete referencing
/// file reached the ANS within the barème's delay (120 calendar days) of the order: each such order is a child node,
/// whose outcome worsens the rule's. Whether a Prestation is computed is the rule's own conclusion on the referencing
/// (its motif <see cref="MotifReferencee"/>, <see cref="PrestationCalculee"/>), whatever its orders give.
/// </summary>
public sealed class Sons02 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-02";

    /// <summary>The motif of a Ségur-referenced version: the Prestation is computed.</summary>
    public const string MotifReferencee = "referencee";

    /// <summary>The motif of a version that is not Ségur-referenced.</summary>
    public const string MotifNonReferencee = "nonReferencee";

    /// <summary>The motif of a referencing not given.</summary>
    public const string MotifNonRenseigne = "nonRenseigne";

    private const string SousCondition = " sous condition de référencement ; dossier complet reçu par l'ANS le {dateDossier}, soit {jours} {jours:jour calendaire|jours calendaires} ";

    /// <summary>The rule.</summary>
    public Sons02()
        : base(
            Identifiant,
            "Version du logiciel référencée Ségur par l'ANS",
            new[] { Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele(MotifReferencee, null, "Version du logiciel référencée Ségur par l'ANS : la Prestation Ségur est calculée. Une commande passée sous condition de référencement n'est valable que si le dossier complet parvient à l'ANS sous {delai} jours calendaires ; rien n'est payé avant le référencement."),
                new Modele(MotifNonReferencee, Resultat.NotSatisfied, "La solution n'est pas référencée Ségur par l'ANS : pas de Prestation Ségur (la montée de version vers une version référencée Ségur est ce que la Prestation achète)."),
                new Modele(MotifNonRenseigne, null, "Le référencement Ségur de la solution (referenceSegur) n'est pas renseigné : la Prestation Ségur ne peut pas être calculée."),
                new Modele("depotNonRenseigne", Resultat.MissingInput, "Commande n°{numero}[ du {dateCommande}] passée sous condition de référencement : date du dossier de référencement (dateDossierReferencement) non renseignée."),
                new Modele("dateCommandeNonRenseignee", Resultat.MissingInput, "Commande n°{numero} passée sous condition de référencement : sans date de commande (dateCommande), le délai de {delai} jours ne peut être vérifié."),
                new Modele("commandeValable", Resultat.Satisfied, "Commande n°{numero} du {dateCommande}" + SousCondition + "≤ {delai} : commande valable."),
                new Modele("commandeNonValable", Resultat.NotSatisfied, "Commande n°{numero} du {dateCommande}" + SousCondition + "> {delai} : commande non valable."),
            },
            new[] { "delaiReferencementSonsJours" })
    {
    }

    /// <summary>Whether a Prestation Ségur is computed, by SONS-02's node: it concluded that the version is
    /// Ségur-referenced (<see cref="MotifReferencee"/>), whatever its orders under condition give; without the node (a
    /// user removed the rule) the referencing is not checked and the Prestation is computed.</summary>
    /// <param name="lus">The nodes a rule read, by id.</param>
    /// <returns>True when the Prestation is computed.</returns>
    internal static bool PrestationCalculee(IReadOnlyDictionary<string, DecisionNode> lus) =>
        !(lus ?? throw new ArgumentNullException(nameof(lus))).TryGetValue(Identifiant, out var n) || n.Motif == MotifReferencee;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var b = (faits ?? throw new ArgumentNullException(nameof(faits))).Bareme;
        var delai = Chiffre.Entier("delai", b.DelaiReferencementSonsJours);
        var commandes = faits.Dossier.CommandesSons;
        List<DecisionNode>? enfants = null;
        for (var c = 0; c < commandes.Count; c++)
        {
            var cmd = commandes[c];
            if (cmd.SousConditionReferencement != true)
            {
                continue;
            }

            enfants ??= new List<DecisionNode>();
            var numero = Chiffre.Entier("numero", c + 1);
            // Each order's node names the two dates it read, given or missing, as SONS-05 names the order's date.
            var chemin = !faits.Explications ? null : "$.commandesSons[" + c.ToString(CultureInfo.InvariantCulture) + "].";
            var lues = !faits.Explications ? null : new[]
            {
                new EntreeLue(chemin + "dateCommande", cmd.DateCommande is { } lue ? Iso(lue) : null),
                new EntreeLue(chemin + "dateDossierReferencement", cmd.DateDossierReferencement is { } deposee ? Iso(deposee) : null),
            };
            var depot = cmd.DateDossierReferencement.GetValueOrDefault();
            if (cmd.DateDossierReferencement is null)
            {
                enfants.Add(Conclude(faits, Resultat.MissingInput, "depotNonRenseigne",
                    cmd.DateCommande is { } d ? new[] { numero, Chiffre.LeJour("dateCommande", d) } : new[] { numero },
                    manquantes: new[] { "dateDossierReferencement" }, entrees: lues));
                continue;
            }

            var dateCommande = cmd.DateCommande.GetValueOrDefault();
            if (cmd.DateCommande is null)
            {
                enfants.Add(Conclude(faits, Resultat.MissingInput, "dateCommandeNonRenseignee", new[] { numero, delai }, manquantes: new[] { "dateCommande" }, entrees: lues));
                continue;
            }

            var jours = Period.Between(dateCommande, depot, PeriodUnits.Days).Days;
            var valable = jours <= b.DelaiReferencementSonsJours;
            enfants.Add(Conclude(faits, valable ? Resultat.Satisfied : Resultat.NotSatisfied, valable ? "commandeValable" : "commandeNonValable",
                new[] { numero, Chiffre.LeJour("dateCommande", dateCommande), Chiffre.LeJour("dateDossier", depot), Chiffre.Entier("jours", jours), delai },
                entrees: lues));
        }

        var seg = faits.Dossier.Editeur.ReferenceSegur;
        var (resultat, motif) = seg switch
        {
            true => (Resultat.Satisfied, MotifReferencee),
            false => (Resultat.NotSatisfied, MotifNonReferencee),
            null => (Resultat.MissingInput, MotifNonRenseigne),
        };
        if (enfants is not null)
        {
            resultat = Section.Worst(resultat, Section.Aggregate(enfants));
        }

        return Conclude(faits, resultat, motif, new[] { delai },
            manquantes: seg is null ? new[] { "referenceSegur" } : null,
            entrees: !faits.Explications ? null : new[] { new EntreeLue("$.editeur.referenceSegur", Chemins.Texte(seg)) },
            enfants: enfants);
    }

    /// <summary>A date as the dossier's JSON writes it (<c>2022-02-12</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO text.</returns>
    internal static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
