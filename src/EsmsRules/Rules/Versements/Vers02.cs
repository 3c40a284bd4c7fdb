using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// VERS-02: the second payment, the rest of the total once the first (VERS-01) is paid, released at the end of the
/// VSR when its conditions hold: the usage targets (VERS-03, VERS-04) and the expenses (VERS-05). It reads their nodes:
/// its outcome is the most severe of theirs (satisfied: released; notSatisfied: not released; missingInput or
/// reviewRequired: pending), its figures name them (<c>conditions</c>, <c>nonRemplies</c>, <c>enAttente</c>) with the
/// amounts (<c>total</c>, <c>premier</c>, <c>second</c>) and the rate of the total it pays (<c>taux</c>); its amount is
/// the payment. Without usage measures for the retained ESSMS the conditions are not evaluated and it does not apply.
/// </summary>
/// <remarks>
/// A rule it reads that its section does not have: without VERS-01 nothing is paid first and the second payment is
/// the whole total; a condition that is absent or does not apply is not read (with none, the payment is released).
/// Its sentences for a pending payment name the expenses (VERS-05), the only condition of the catalogue that can be
/// pending.
/// </remarks>
public sealed class Vers02 : RegleSurNoeuds
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "VERS-02";

    /// <summary>The conditions it reads, in order.</summary>
    private static readonly string[] Conditions = { Vers03.Identifiant, Vers04.Identifiant, Vers05.Identifiant };

    private const string Montants = "Second versement : {total} − {premier} = {second}";

    /// <summary>The rule, reading VERS-01 and its conditions VERS-03, VERS-04, VERS-05.</summary>
    public Vers02()
        : base(
            Identifiant,
            "Second versement : 50 % sur atteinte des cibles",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites) },
            new[]
            {
                new Modele("sansMesure", Resultat.NotApplicable, Montants + ", à la fin de la VSR si les cibles d'usage sont atteintes (VERS-03, VERS-04) et les dépenses suffisantes (VERS-05) ; aucune mesure fournie."),
                new Modele("libere", Resultat.Satisfied, Montants + " ; conditions remplies : versement libéré."),
                new Modele("nonLibere", Resultat.NotSatisfied, Montants + " ; conditions non remplies (voir {conditions}) : versement non libéré."),
                new Modele("depensesManquantes", Resultat.MissingInput, Montants + " ; dépenses réalisées manquantes (VERS-05)."),
                new Modele("depensesAApprecier", Resultat.ReviewRequired, Montants + " ; cibles atteintes ; le niveau des dépenses est à apprécier (VERS-05)."),
            },
            new[] { Vers01.Identifiant, Vers03.Identifiant, Vers04.Identifiant, Vers05.Identifiant },
            new[] { "tauxPremierVersement" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
    {
        if (faits is null)
        {
            throw new ArgumentNullException(nameof(faits));
        }

        if (lus is null)
        {
            throw new ArgumentNullException(nameof(lus));
        }

        var total = faits.FinancementEtabli.Total;
        decimal premier = 0m, tauxPremier = 0m;
        if (lus.TryGetValue(Vers01.Identifiant, out var vers01))
        {
            premier = vers01.Montant ?? 0m;
            tauxPremier = ChiffreDe(vers01, "taux")?.Nombre ?? (total == 0 ? 0m : premier / total);
        }

        var second = total - premier;
        var conditions = new List<string>(Conditions.Length);
        var nonRemplies = new List<string>(Conditions.Length);
        var enAttente = new List<string>(Conditions.Length);
        var manquantes = new List<string>();
        var resultat = Resultat.Satisfied;
        var mesurees = SectionVersements.MesuresRetenues(faits).Count > 0;
        foreach (var id in Conditions)
        {
            var n = mesurees && lus.TryGetValue(id, out var lu) ? lu : null;
            if (n is null || n.Resultat == Resultat.NotApplicable)
            {
                continue;
            }

            conditions.Add(id);
            resultat = Section.Worst(resultat, n.Resultat);
            if (n.Resultat == Resultat.NotSatisfied)
            {
                nonRemplies.Add(id);
            }
            else if (n.Resultat != Resultat.Satisfied)
            {
                enAttente.Add(id);
            }

            if (n.Resultat == Resultat.MissingInput)
            {
                foreach (var d in n.DescendantsAndSelf())
                {
                    foreach (var m in d.DonneesManquantes)
                    {
                        if (!manquantes.Contains(m))
                        {
                            manquantes.Add(m);
                        }
                    }
                }
            }
        }

        var chiffres = new[]
        {
            Chiffre.Euros("total", total), Chiffre.EurosCentimes("premier", premier), Chiffre.EurosCentimes("second", second),
            Chiffre.Taux("taux", 1m - tauxPremier), Chiffre.ListeDe("conditions", conditions), Chiffre.ListeDe("nonRemplies", nonRemplies),
            Chiffre.ListeDe("enAttente", enAttente),
        };
        if (!mesurees)
        {
            return Conclude(faits, Resultat.NotApplicable, "sansMesure", chiffres, second);
        }

        var motif = resultat switch
        {
            Resultat.Satisfied => "libere",
            Resultat.NotSatisfied => "nonLibere",
            Resultat.MissingInput => "depensesManquantes",
            _ => "depensesAApprecier",
        };
        return Conclude(faits, resultat, motif, chiffres, second, manquantes: resultat == Resultat.MissingInput ? manquantes : null);
    }
}
