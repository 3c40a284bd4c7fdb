using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Identifiers;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>SONS-03: each ESSMS benefits once from the vague 1 financing; an OG may place several orders for distinct
/// ESSMS (a single order per OG is recommended). An ESSMS of the dossier named by two orders is notSatisfied, with a
/// child for each order that names it again (figures <c>finess</c>, <c>numero</c>); an order's FINESS that names no
/// ESSMS of the dossier is not read (the decision reports it as a warning).</summary>
public sealed class Sons03 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-03";

    /// <summary>The rule.</summary>
    public Sons03()
        : base(
            Identifiant,
            "Un seul financement vague 1 par ESSMS",
            new[] { Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("aucuneCommande", Resultat.NotApplicable, "Aucune commande SONS fournie : chaque ESSMS ne bénéficie qu'une fois du financement de la vague 1 (une commande unique par OG est recommandée)."),
                new Modele("distincts", Resultat.Satisfied, "{commandes} {commandes:commande|commandes} SONS pour des ESSMS distincts."),
                new Modele("doublons", Resultat.NotSatisfied, "{doublons} ESSMS {doublons:commandé|commandés} plusieurs fois."),
                new Modele("doublon", Resultat.NotSatisfied, "{finess} figure dans plusieurs commandes SONS (commande n°{numero}) : un ESSMS ne bénéficie qu'une fois de la vague 1."),
            })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var d = (faits ?? throw new ArgumentNullException(nameof(faits))).Dossier;
        var commandes = d.CommandesSons;
        if (commandes.Count == 0)
        {
            return Conclude(faits, Resultat.NotApplicable, "aucuneCommande");
        }

        var duDossier = new HashSet<Finess>();
        var listeOg = d.OrganismesGestionnaires;
        for (var iOg = 0; iOg < listeOg.Count; iOg++)
        {
            var og = listeOg[iOg];
            var listeE = og.Essms;
            for (var iE = 0; iE < listeE.Count; iE++)
            {
                var e = listeE[iE];
                duDossier.Add(e.FinessGeographique);
            }
        }

        var vus = new HashSet<Finess>();
        List<DecisionNode>? doublons = null;
        for (var c = 0; c < commandes.Count; c++)
        {
            foreach (var f in commandes[c].FinessGeographiques)
            {
                if (duDossier.Contains(f) && !vus.Add(f))
                {
                    (doublons ??= new List<DecisionNode>()).Add(Conclude(faits, Resultat.NotSatisfied, "doublon", new[]
                    {
                        Chiffre.Mot("finess", f.Value), Chiffre.Entier("numero", c + 1),
                    }));
                }
            }
        }

        return doublons is null
            ? Conclude(faits, Resultat.Satisfied, "distincts", new[] { Chiffre.Entier("commandes", commandes.Count) })
            : Conclude(faits, Resultat.NotSatisfied, "doublons", new[] { Chiffre.Entier("commandes", commandes.Count), Chiffre.Entier("doublons", doublons.Count) }, enfants: doublons);
    }
}
