using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Formatting;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Rules;
using NodaTime;

namespace EsmsRules.Engine;

/// <summary>
/// <see cref="Decision.Remedes"/>: for a refused dossier, the changes of the catalogue's list, one per refusing rule
/// (a blocking <c>notSatisfied</c> of the tree), each checked by evaluating the changed dossier; the single changes that
/// alone make it recevable are the remedies; when none does, one remedy combines a change for every refusing rule, if
/// that works. For a recevable acquisition whose solution is not Ségur-referenced, what a Ségur-referenced one would
/// add (<c>FIN-03</c>). Ordered by the number of changed facts, then by the highest total.
/// </summary>
/// <remarks>
/// The changes: GRAPPE-03 — a partner OG bringing the T − n ESSMS still missing, like the grappe's majority (champ,
/// territory), without <c>nombreEssmsFiness</c>; <c>maitriseOuvrageMature: true</c> while the barème admits a grappe
/// below the minimum; the agreements of the ESSMS that ESSMS-05 excluded when they bring n below T. PROJET-01…04,
/// ACHAT-01/02 — a solution with the referencing they ask for (Ségur, and the SAD when ACHAT-01 refuses). PROJET-05 — the
/// missing self-diagnoses, every OG at once. PROJET-07 — a filing on the last day of the window that applies (the
/// engine does not know today's date). GRAPPE-01 with n = 0, and a rule of one's own, have none: nothing is proposed
/// then.
/// </remarks>
internal static class RechercheRemedes
{
    /// <summary>A candidate change: the refusing rules it answers, its French wording, the fields it sets and the copy
    /// of the dossier it gives.</summary>
    private sealed class Changement
    {
        public Changement(string[] regles, string texte, Modification[] modifications, Func<Dossier, Dossier> appliquer)
        {
            Regles = regles;
            Texte = texte;
            Modifications = modifications;
            Appliquer = appliquer;
        }

        public string[] Regles { get; }

        public string Texte { get; }

        public Modification[] Modifications { get; }

        public Func<Dossier, Dossier> Appliquer { get; }
    }

    private static readonly string[] Referencement =
    {
        Projet01.Identifiant, Projet02.Identifiant, Projet03.Identifiant, Projet04.Identifiant, Achat01.Identifiant, Achat02.Identifiant,
    };

    public static IReadOnlyList<Remede> Chercher(Suites suites, Decision decision, Dossier d, Bareme bareme)
    {
        switch (decision.Recevable)
        {
            case true:
                return Segur(suites, decision, d);
            case null:
                return Array.Empty<Remede>();
        }

        // The refusing nodes: blocking notSatisfied outcomes of rules, in chart order.
        var refus = new List<DecisionNode>();
        foreach (var n in decision.Arbre.DescendantsAndSelf())
        {
            if (n.Bloquant && n.Resultat == Resultat.NotSatisfied && n.EstResultatDeRegle)
            {
                refus.Add(n);
            }
        }

        // Each refusing rule with its changes (a change shared by several rules, the referencing, listed once).
        var groupes = new List<List<Changement>>();
        Changement? referencement = null;
        foreach (var n in refus)
        {
            List<Changement> changements;
            if (Array.IndexOf(Referencement, n.Regle) >= 0)
            {
                referencement ??= Referencer(d, refus);
                if (groupes.Exists(g => g.Contains(referencement)))
                {
                    continue;
                }

                changements = new List<Changement> { referencement };
            }
            else
            {
                changements = n.Regle switch
                {
                    Grappe03.Identifiant => Grappe(n, decision, d, bareme),
                    Projet05.Identifiant => Autodiagnostics(decision, d),
                    Projet07.Identifiant => Depot(n, d),
                    _ => new List<Changement>(),
                };
            }

            if (changements.Count == 0)
            {
                // A refusal nothing in the list answers (GRAPPE-01 with n = 0, a rule of one's own): no change can
                // be checked to make the dossier recevable.
                return Array.Empty<Remede>();
            }

            groupes.Add(changements);
        }

        if (groupes.Count == 0)
        {
            return Array.Empty<Remede>();
        }

        var remedes = new List<(Remede Remede, int Ordre)>();
        var uniques = new List<Changement>();
        foreach (var g in groupes)
        {
            foreach (var c in g)
            {
                if (!uniques.Contains(c))
                {
                    uniques.Add(c);
                }
            }
        }

        foreach (var c in uniques)
        {
            if (suites.Evaluate(c.Appliquer(d)) is not { } issue)
            {
                break;
            }

            if (issue.Recevable == true)
            {
                remedes.Add((new Remede(c.Regles, c.Texte, true, issue.Total) { Modifications = c.Modifications }, remedes.Count));
            }
        }

        if (remedes.Count == 0 && groupes.Count > 1)
        {
            foreach (var combinaison in Combinaisons(groupes))
            {
                if (combinaison.Count < 2)
                {
                    continue;
                }

                var copie = d;
                foreach (var c in combinaison)
                {
                    copie = c.Appliquer(copie);
                }

                if (suites.Evaluate(copie) is not { } issue)
                {
                    break;
                }

                if (issue.Recevable == true)
                {
                    var regles = new SortedSet<string>(combinaison.SelectMany(c => c.Regles), StringComparer.Ordinal);
                    remedes.Add((new Remede(regles.ToArray(), string.Join(" ; ", combinaison.Select(c => c.Texte)), true, issue.Total)
                    {
                        Modifications = combinaison.SelectMany(c => c.Modifications).ToArray(),
                    }, 0));
                    break;
                }
            }
        }

        remedes.Sort(Comparer);
        return remedes.Select(r => r.Remede).ToArray();
    }

    /// <summary>Fewest changed facts, then highest total, then the order the changes were found in.</summary>
    private static int Comparer((Remede Remede, int Ordre) a, (Remede Remede, int Ordre) b) =>
        a.Remede.Modifications.Count != b.Remede.Modifications.Count ? a.Remede.Modifications.Count.CompareTo(b.Remede.Modifications.Count)
        : a.Remede.Total != b.Remede.Total ? b.Remede.Total.CompareTo(a.Remede.Total)
        : a.Ordre.CompareTo(b.Ordre);

    /// <summary>One change of each refusing rule, every combination in order (first changes first), shared changes
    /// once.</summary>
    private static IEnumerable<List<Changement>> Combinaisons(List<List<Changement>> groupes)
    {
        var indices = new int[groupes.Count];
        while (true)
        {
            var combinaison = new List<Changement>(groupes.Count);
            for (var g = 0; g < groupes.Count; g++)
            {
                var c = groupes[g][indices[g]];
                if (!combinaison.Contains(c))
                {
                    combinaison.Add(c);
                }
            }

            yield return combinaison;
            var k = groupes.Count - 1;
            while (k >= 0 && ++indices[k] == groupes[k].Count)
            {
                indices[k] = 0;
                k--;
            }

            if (k < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>FIN-03: what a Ségur-referenced solution would add to a recevable acquisition whose solution is not
    /// (or not known to be) Ségur-referenced.</summary>
    private static IReadOnlyList<Remede> Segur(Suites suites, Decision decision, Dossier d)
    {
        if (d.TypeProjet != TypeProjet.Acquisition || d.Editeur.ReferenceSegur == true
            || suites.Evaluate(d with { Editeur = d.Editeur with { ReferenceSegur = true } }) is not { Recevable: true } issue)
        {
            return Array.Empty<Remede>();
        }

        var avant = decision.Financement.Total;
        var texte = issue.Total > avant
            ? $"Choisir une solution référencée Ségur : le total passerait de {Fr.Euros(avant)} à {Fr.Euros(issue.Total)} (+{Fr.Euros(issue.Total - avant)})"
            : d.Editeur.Devis is { } devis
                ? $"Choisir une solution référencée Ségur : le total resterait de {Fr.Euros(avant)} (le devis de {Fr.Euros(devis)} plafonne la part éditeur)"
                : $"Choisir une solution référencée Ségur : le total resterait de {Fr.Euros(avant)}";
        return new[]
        {
            new Remede(new[] { Fin03.Identifiant }, texte, true, issue.Total) { Modifications = new[] { Vrai("$.editeur.referenceSegur") } },
        };
    }

    /// <summary>PROJET-01…04, ACHAT-01/02: a solution referenced Ségur, and in the SAD when ACHAT-01 refuses.</summary>
    private static Changement Referencer(Dossier d, List<DecisionNode> refus)
    {
        var segur = d.Editeur.ReferenceSegur != true;
        var sad = d.Editeur.ReferenceSad != true && refus.Exists(n => n.Regle == Achat01.Identifiant);
        var regles = refus.Where(n => Array.IndexOf(Referencement, n.Regle) >= 0).Select(n => n.Regle).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToArray();
        var modifications = new List<Modification>();
        if (segur)
        {
            modifications.Add(Vrai("$.editeur.referenceSegur"));
        }

        if (sad)
        {
            modifications.Add(Vrai("$.editeur.referenceSad"));
        }

        var texte = segur && sad ? "Choisir une solution référencée Ségur et au SAD"
            : sad ? "Choisir une solution référencée au SAD"
            : "Choisir une solution référencée Ségur";
        return new Changement(regles, texte, modifications.ToArray(), x => x with
        {
            Editeur = x.Editeur with
            {
                ReferenceSegur = segur ? true : x.Editeur.ReferenceSegur,
                ReferenceSad = sad ? true : x.Editeur.ReferenceSad,
            },
        });
    }

    /// <summary>GRAPPE-03: a partner OG with the ESSMS still missing; a mature maîtrise d'ouvrage while the barème admits
    /// a grappe below the minimum; the agreements of the ESSMS excluded by ESSMS-05 when they bring n below T.</summary>
    private static List<Changement> Grappe(DecisionNode noeud, Decision decision, Dossier d, Bareme bareme)
    {
        var changements = new List<Changement>(3);
        if (Entier(noeud, "n") is not { } n || Entier(noeud, "T") is not { } t || n >= t || n <= 0)
        {
            return changements;
        }

        var manque = t - n;
        if (Partenaire.Creer(d, decision.EssmsExclus, manque) is { } partenaire)
        {
            var index = d.OrganismesGestionnaires.Count;
            changements.Add(new Changement(
                new[] { Grappe03.Identifiant },
                $"Se regrouper avec un OG apportant {Fr.Entier(manque)} ESSMS ({Fr.Entier(n)} → {Fr.Entier(t)})",
                new[] { new Modification("$.organismesGestionnaires[" + index.ToString(CultureInfo.InvariantCulture) + "]", Partenaire.Json(partenaire)) },
                x => x with { OrganismesGestionnaires = x.OrganismesGestionnaires.Append(partenaire).ToArray() }));
        }

        if (bareme.GrappeSousMinimumAdmise && d.MaitriseOuvrageMature != true)
        {
            changements.Add(new Changement(
                new[] { Grappe03.Identifiant },
                "Justifier d'une maîtrise d'ouvrage mature",
                new[] { Vrai("$.maitriseOuvrageMature") },
                x => x with { MaitriseOuvrageMature = true }));
        }

        var sansAccord = new List<(int Og, int Index)>();
        for (var o = 0; o < d.OrganismesGestionnaires.Count; o++)
        {
            var essms = d.OrganismesGestionnaires[o].Essms;
            for (var i = 0; i < essms.Count; i++)
            {
                if (essms[i].AccordEntiteNationale != true && ExcluPar(decision, essms[i].FinessGeographique, Essms05.Identifiant))
                {
                    sansAccord.Add((o, i));
                }
            }
        }

        if (sansAccord.Count >= manque)
        {
            changements.Add(new Changement(
                new[] { Essms05.Identifiant, Grappe03.Identifiant },
                $"Fournir l'accord écrit de l'entité nationale pour {Fr.Entier(sansAccord.Count)} ESSMS {(sansAccord.Count >= 2 ? "exclus" : "exclu")} ({Fr.Entier(n)} → {Fr.Entier(n + sansAccord.Count)} ESSMS)",
                sansAccord.Select(p => Vrai(Chemins.Essms(p.Og, p.Index, "accordEntiteNationale"))).ToArray(),
                x =>
                {
                    foreach (var (og, index) in sansAccord)
                    {
                        x = ChampsDossier.AvecOg(x, og, o => o with { Essms = ChampsDossier.Remplacer(o.Essms, index, o.Essms[index] with { AccordEntiteNationale = true }) });
                    }

                    return x;
                }));
        }

        return changements;
    }

    /// <summary>PROJET-05: the self-diagnosis of every OG with retained ESSMS that has not provided it.</summary>
    private static List<Changement> Autodiagnostics(Decision decision, Dossier d)
    {
        var ogs = new List<int>();
        for (var o = 0; o < d.OrganismesGestionnaires.Count; o++)
        {
            var og = d.OrganismesGestionnaires[o];
            if (og.AutodiagnosticFourni != true && og.Essms.Any(e => !ExcluPar(decision, e.FinessGeographique, null)))
            {
                ogs.Add(o);
            }
        }

        if (ogs.Count == 0)
        {
            return new List<Changement>();
        }

        var finess = ogs.Select(o => d.OrganismesGestionnaires[o].FinessJuridique.Value).ToArray();
        var texte = ogs.Count == 1
            ? $"Fournir l'autodiagnostic ANAP (maturité et sécurité du SI) de l'OG {finess[0]}"
            : $"Fournir l'autodiagnostic ANAP (maturité et sécurité du SI) des {Fr.Entier(ogs.Count)} OG {string.Join(", ", finess)}";
        return new List<Changement>
        {
            new(
                new[] { Projet05.Identifiant },
                texte,
                ogs.Select(o => Vrai(Chemins.Og(o, "autodiagnosticFourni"))).ToArray(),
                x =>
                {
                    foreach (var o in ogs)
                    {
                        x = ChampsDossier.AvecOg(x, o, og => og with { AutodiagnosticFourni = true });
                    }

                    return x;
                }),
        };
    }

    /// <summary>PROJET-07: a filing on the last day of the window that applies (with the orientation undetermined, the
    /// last day both windows share).</summary>
    private static List<Changement> Depot(DecisionNode noeud, Dossier d)
    {
        LocalDate? jour = null;
        if (Date(noeud, "fin") is { } fin && Date(noeud, "debut") is { } debut && debut <= fin)
        {
            jour = fin;
        }
        else if (Date(noeud, "finNationale") is { } finN && Date(noeud, "finRegionale") is { } finR
            && Date(noeud, "debutNationale") is { } debutN && Date(noeud, "debutRegionale") is { } debutR)
        {
            var dernier = finN < finR ? finN : finR;
            if (dernier >= (debutN > debutR ? debutN : debutR))
            {
                jour = dernier;
            }
        }

        if (jour is not { } j || d.DateDepot == j)
        {
            return new List<Changement>();
        }

        var iso = j.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new List<Changement>
        {
            new(
                new[] { Projet07.Identifiant },
                $"Déposer au plus tard le {Fr.Date(j)}, dernier jour de la fenêtre de dépôt (information : le moteur ne connaît pas la date du jour)",
                new[] { new Modification("$.dateDepot", "\"" + iso + "\"") },
                x => x with { DateDepot = j }),
        };
    }

    /// <summary>Whether ESSMS <paramref name="finess"/> is excluded (by <paramref name="regle"/> when given).</summary>
    private static bool ExcluPar(Decision decision, Finess finess, string? regle)
    {
        foreach (var e in decision.EssmsExclus)
        {
            if (e.FinessGeographique == finess)
            {
                return regle is null || e.Regle == regle;
            }
        }

        return false;
    }

    private static Modification Vrai(string chemin) => new(chemin, "true");

    private static int? Entier(DecisionNode n, string nom)
    {
        foreach (var c in n.Chiffres)
        {
            if (c.Nom == nom && c.Type == TypeChiffre.Entier)
            {
                return (int)c.Nombre;
            }
        }

        return null;
    }

    private static LocalDate? Date(DecisionNode n, string nom)
    {
        foreach (var c in n.Chiffres)
        {
            if (c.Nom == nom && c.Type == TypeChiffre.Date)
            {
                return c.Date;
            }
        }

        return null;
    }
}
