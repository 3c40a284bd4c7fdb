using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Rules;

namespace EsmsRules.Engine;

/// <summary>
/// Builds a decision from a rule set: the chart's sections evaluated in order (<see cref="JeuDeRegles.Evaluate"/>), the
/// root node, the decision's lists read from the tree, the barème values the evaluated rules read, the warnings.
/// </summary>
internal static class Moteur
{
    public static Decision Decider(JeuDeRegles jeu, Dossier d, SelectionBareme selection, bool explications, IReadOnlyList<Avertissement>? avertissementsLecture)
    {
        var bareme = selection.Bareme;
        var (sections, faits) = jeu.Evaluate(new Faits(d, bareme) { Explications = explications });
        var racine = SyntheseDossier.Instance.Noeud(faits, sections);
        var recevable = faits.VerdictEtabli.Recevable;
        var g = faits.GrappeEtablie;
        var orientation = OrientationDe(faits);
        Instructeur? instructeur = orientation switch
        {
            Orientation.Regional => Instructeur.ARS,
            Orientation.National => Instructeur.CNSA,
            _ => null,
        };
        var listes = new Listes();
        listes.Lire(racine, jeu);
        var manquantes = listes.Manquantes();
        var versements = faits.Versements;
        return new Decision(
            recevable,
            orientation,
            instructeur,
            recevable == true ? faits.AchatEtabli.Procedure : null,
            SectionRecevabilite.ReferencementsAcceptes(faits),
            g.N,
            faits.EligibiliteEtablie.Exclus,
            faits.FinancementEtabli,
            versements?.Versements ?? Array.Empty<Versement>(),
            faits.PrestationSegur ?? Array.Empty<PrestationSegurOrganisme>(),
            listes.NonSatisfaites(),
            listes.AApprecier(),
            manquantes,
            racine,
            bareme.Campagne)
        {
            Bareme = Utilise(selection, jeu, listes.Evaluees, explications),
            SecondVersement = versements?.SecondVersement,
            Region = orientation == Orientation.Regional ? faits.OrientationEtablie.Region : null,
            Avertissements = Avertissements(d, avertissementsLecture),
            Questions = Questions.Lire(racine, d, manquantes),
        };
    }

    /// <summary>The decision's orientation once the chart is evaluated: <c>nonRecevable</c> on a refusal, null while the
    /// verdict waits, <c>sonsUniquement</c> for GRAPPE-02, else the orientation section's.</summary>
    internal static Orientation? OrientationDe(Faits faits) => faits.VerdictEtabli.Recevable switch
    {
        false => Orientation.NonRecevable,
        null => null,
        _ => faits.GrappeEtablie.SonsUniquement ? Orientation.SonsUniquement : faits.OrientationEtablie.Orientation,
    };

    /// <summary>The decision's three lists (unions over every rule evaluated, sorted) and the rules evaluated, read
    /// from the tree: every node of a rule that is its rule's outcome (not a detail) counts.</summary>
    private sealed class Listes
    {
        // Lists sorted and deduplicated once at the end: a tree names a handful of ids, often none.
        private readonly List<string> _nonSatisfaites = new();
        private readonly List<string> _aApprecier = new();
        private readonly List<string> _manquantes = new();

        /// <summary>The rules of the set with an outcome other than notApplicable, by position in the set.</summary>
        public bool[] Evaluees { get; private set; } = Array.Empty<bool>();

        public void Lire(DecisionNode racine, JeuDeRegles jeu)
        {
            Evaluees = new bool[jeu.Regles.Count];

            // An explicit stack, sized for the catalogue's trees (root, section, rule, detail): an ARS's own rule may
            // nest nodes deeper than a recursion could go.
            // The lists are sorted at the end and Evaluees is a set: the order of the walk does not matter, so a leaf
            // (most rules' nodes) is counted where it is met instead of going through the stack.
            var pile = new Stack<DecisionNode>(32);
            Visiter(racine, jeu, pile);
            while (pile.Count > 0)
            {
                // A section's children are a list, a rule's an array: read as such, without interface calls.
                switch (pile.Pop().Enfants)
                {
                    case List<DecisionNode> liste:
                        foreach (var enfant in liste)
                        {
                            Visiter(enfant, jeu, pile);
                        }

                        break;
                    case DecisionNode[] tableau:
                        foreach (var enfant in tableau)
                        {
                            Visiter(enfant, jeu, pile);
                        }

                        break;
                    case var autres:
                        for (var i = 0; i < autres.Count; i++)
                        {
                            Visiter(autres[i], jeu, pile);
                        }

                        break;
                }
            }
        }

        private void Visiter(DecisionNode n, JeuDeRegles jeu, Stack<DecisionNode> pile)
        {
            if (n.EstResultatDeRegle)
            {
                Compter(n, jeu);
            }

            if (n.Enfants.Count > 0)
            {
                pile.Push(n);
            }
        }

        private void Compter(DecisionNode n, JeuDeRegles jeu)
        {
            switch (n.Resultat)
            {
                case Resultat.NotSatisfied:
                    _nonSatisfaites.Add(n.Regle);
                    break;
                case Resultat.ReviewRequired:
                    _aApprecier.Add(n.Regle);
                    break;
                case Resultat.MissingInput:
                    _manquantes.AddRange(n.DonneesManquantes);
                    break;
            }

            if (n.Resultat != Resultat.NotApplicable)
            {
                var k = jeu.Position(n.Definition!);
                if (k >= 0)
                {
                    Evaluees[k] = true;
                }
            }
        }

        public IReadOnlyList<string> NonSatisfaites() => Liste(_nonSatisfaites);

        public IReadOnlyList<string> AApprecier() => Liste(_aApprecier);

        public IReadOnlyList<string> Manquantes() => Liste(_manquantes);

        private static IReadOnlyList<string> Liste(List<string> ids)
        {
            if (ids.Count == 0)
            {
                return Array.Empty<string>();
            }

            if (ids.Count == 1)
            {
                return EsmsRules.Collections.ValueList.Wrap(new[] { ids[0] });
            }

            ids.Sort(StringComparer.Ordinal);
            var n = 1;
            for (var i = 1; i < ids.Count; i++)
            {
                if (!string.Equals(ids[i], ids[n - 1], StringComparison.Ordinal))
                {
                    ids[n++] = ids[i];
                }
            }

            var uniques = new string[n];
            ids.CopyTo(0, uniques, 0, n);
            return EsmsRules.Collections.ValueList.Wrap(uniques);
        }
    }

    /// <summary>The barème's identity and the values read by the rules evaluated (outcome other than notApplicable),
    /// in barème document order, each with the rules that read it in the catalogue's order. The list depends only on the
    /// barème, the rule set and which rules were evaluated: it is computed once per triple (for sets of up to 128 rules)
    /// and kept as long as the barème and the set live.</summary>
    private static BaremeUtilise Utilise(SelectionBareme selection, JeuDeRegles jeu, bool[] evaluees, bool explications)
    {
        var b = selection.Bareme;
        IReadOnlyList<ValeurBareme> valeurs = Array.Empty<ValeurBareme>();
        if (explications)
        {
            if (evaluees.Length <= 128)
            {
                ulong bas = 0, haut = 0;
                for (var i = 0; i < evaluees.Length; i++)
                {
                    if (evaluees[i])
                    {
                        if (i < 64)
                        {
                            bas |= 1UL << i;
                        }
                        else
                        {
                            haut |= 1UL << (i - 64);
                        }
                    }
                }

                // The set keeps the table of the barème it last served (a process usually evaluates with one
                // barème per campaign): two weak-table lookups are saved on each evaluation.
                var table = jeu.ValeursUtiliseesParBareme is { } derniere && ReferenceEquals(derniere.Bareme, b)
                    ? derniere.Table
                    : (jeu.ValeursUtiliseesParBareme = new TableDeBareme(b, ValeursParBareme
                        .GetValue(b, _ => new System.Runtime.CompilerServices.ConditionalWeakTable<JeuDeRegles, System.Collections.Concurrent.ConcurrentDictionary<(ulong, ulong), ValeursUtilisees>>())
                        .GetValue(jeu, _ => new System.Collections.Concurrent.ConcurrentDictionary<(ulong, ulong), ValeursUtilisees>()))).Table;
                valeurs = table.TryGetValue((bas, haut), out var connues)
                    ? connues
                    : table.GetOrAdd((bas, haut), _ => CalculerValeurs(b, jeu, evaluees));
            }
            else
            {
                valeurs = CalculerValeurs(b, jeu, evaluees);
            }
        }

        return new BaremeUtilise(b.Campagne, b.Libelle, b.Source, b.DatePublication, b.Herite, selection.Motif, valeurs);
    }

    /// <summary>The values read by each set of evaluated rules, for one barème and one rule set.</summary>
    internal sealed class TableDeBareme
    {
        public TableDeBareme(Bareme bareme, System.Collections.Concurrent.ConcurrentDictionary<(ulong, ulong), ValeursUtilisees> table)
        {
            Bareme = bareme;
            Table = table;
        }

        public Bareme Bareme { get; }

        public System.Collections.Concurrent.ConcurrentDictionary<(ulong, ulong), ValeursUtilisees> Table { get; }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Bareme, System.Runtime.CompilerServices.ConditionalWeakTable<JeuDeRegles, System.Collections.Concurrent.ConcurrentDictionary<(ulong, ulong), ValeursUtilisees>>> ValeursParBareme = new();

    private static ValeursUtilisees CalculerValeurs(Bareme b, JeuDeRegles jeu, bool[] evaluees)
    {
        var liste = new List<ValeurBareme>();
        foreach (var nom in BaremeParametres.Noms)
        {
            List<string>? regles = null;
            for (var i = 0; i < jeu.Regles.Count; i++)
            {
                if (evaluees[i] && Contient(jeu.Regles[i].Parametres, nom))
                {
                    (regles ??= new List<string>()).Add(jeu.Regles[i].Id);
                }
            }

            if (regles is not null)
            {
                regles.Sort(OrdreDuCatalogue.Comparer);
                liste.Add(new ValeurBareme(nom, BaremeParametres.Valeur(b, nom), b.Provenance.TryGetValue(nom, out var p) ? p : null, regles.ToArray()));
            }
        }

        return new ValeursUtilisees(liste.ToArray());
    }

    /// <summary>The catalogue's order of rule ids: by family as the catalogue lists them (ESSMS, GRAPPE, ORIENT, PROJET,
    /// ACHAT, FIN, PETITOG, MOD, VERS, CIBLE, SONS), then by number; other ids (a user's own rules) after, by id.</summary>
    internal static class OrdreDuCatalogue
    {
        private static readonly string[] Familles = { "ESSMS", "GRAPPE", "ORIENT", "PROJET", "ACHAT", "FIN", "PETITOG", "MOD", "VERS", "CIBLE", "SONS" };

        public static int Comparer(string a, string b)
        {
            var (fa, ra) = Rang(a);
            var (fb, rb) = Rang(b);
            return fa != fb ? fa.CompareTo(fb) : ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a, b);
        }

        private static (int Famille, int Numero) Rang(string id)
        {
            var tiret = id.LastIndexOf('-');
            var famille = tiret < 0 ? -1 : Array.IndexOf(Familles, id.Substring(0, tiret));
            return famille < 0 || !int.TryParse(id.Substring(tiret + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? (Familles.Length, 0)
                : (famille, n);
        }
    }

    private static bool Contient(IReadOnlyList<string> liste, string nom)
    {
        foreach (var x in liste)
        {
            if (string.Equals(x, nom, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reader's warnings, then a <c>finessInconnu</c> for each <c>mesures</c> entry and each
    /// <c>commandesSons</c> FINESS géographique that names no ESSMS of the dossier (ignored for the figures).</summary>
    private static IReadOnlyList<Avertissement> Avertissements(Dossier d, IReadOnlyList<Avertissement>? lecture)
    {
        if (d.Mesures.Count == 0 && d.CommandesSons.Count == 0)
        {
            return lecture ?? Array.Empty<Avertissement>();
        }

        var connus = new HashSet<Finess>();
        foreach (var og in d.OrganismesGestionnaires)
        {
            foreach (var e in og.Essms)
            {
                connus.Add(e.FinessGeographique);
            }
        }

        var liste = new List<Avertissement>();
        if (lecture is not null)
        {
            liste.AddRange(lecture);
        }

        for (var i = 0; i < d.Mesures.Count; i++)
        {
            var f = d.Mesures[i].FinessGeographique;
            if (!connus.Contains(f))
            {
                liste.Add(new Avertissement(AvertissementCodes.FinessInconnu, "$.mesures[" + i + "].finessGeographique",
                    $"La mesure d'usage de {f.Value} ne concerne aucun ESSMS du dossier : elle est ignorée."));
            }
        }

        for (var c = 0; c < d.CommandesSons.Count; c++)
        {
            var finess = d.CommandesSons[c].FinessGeographiques;
            for (var k = 0; k < finess.Count; k++)
            {
                if (!connus.Contains(finess[k]))
                {
                    liste.Add(new Avertissement(AvertissementCodes.FinessInconnu, "$.commandesSons[" + c + "].finessGeographiques[" + k + "]",
                        $"La commande SONS n°{c + 1} cite {finess[k].Value}, qui n'est aucun ESSMS du dossier : ignoré."));
                }
            }
        }

        return liste;
    }
}
