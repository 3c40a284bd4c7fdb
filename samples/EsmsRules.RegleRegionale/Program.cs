using System;
using System.IO;
using System.Linq;
using System.Text;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.RegleRegionale;
using EsmsRules.Rules;

// An ARS's own rule next to the catalogue's: OCC-01 is added to the recevabilité section, after PROJET-07, and the
// dossier given as argument is evaluated with that rule set. The tree shows OCC-01 with its outcome and its source.
var fichier = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "dossier-occitanie.json");
if (!File.Exists(fichier))
{
    Console.Error.WriteLine($"Fichier introuvable : {fichier}");
    return 1;
}

var regles = JeuDeRegles.ParDefaut.Add(SectionRecevabilite.Identifiant, new Occ01(), apres: "PROJET-07");
var evaluateur = new EsmsEvaluator(new EvaluationOptions { Regles = regles });
var resultat = evaluateur.EvaluateJson(File.ReadAllText(fichier, Encoding.UTF8));
if (!resultat.IsValid)
{
    Console.Error.WriteLine(InputError.Describe("Dossier invalide", resultat.Errors));
    return 2;
}

Console.OutputEncoding = Encoding.UTF8;
var decision = resultat.Decision;
Console.WriteLine($"Recevable : {(decision.Recevable is { } r ? (r ? "oui" : "non") : "indéterminé")} ; orientation : {decision.Orientation?.ToString() ?? "indéterminée"} ; total : {decision.Financement.Total:N0} €");
Console.WriteLine($"Règles non satisfaites : {string.Join(", ", decision.ReglesNonSatisfaites.DefaultIfEmpty("aucune"))}");
Console.WriteLine();
Ecrire(decision.Arbre, 0);
return 0;

static void Ecrire(DecisionNode n, int niveau)
{
    if (n.Resultat == Resultat.NotApplicable && niveau > 1 && n.Regle != Occ01.Identifiant)
    {
        return;
    }

    var marque = n.Regle == Occ01.Identifiant ? "►" : " ";
    Console.WriteLine($"{new string(' ', niveau * 2)}{marque}{n.Regle} [{n.Resultat}] {n.Titre}");
    if (n.Explication.Length > 0)
    {
        Console.WriteLine($"{new string(' ', niveau * 2 + 3)}{n.Explication}");
    }

    if (n.Regle == Occ01.Identifiant)
    {
        Console.WriteLine($"{new string(' ', niveau * 2 + 3)}Source : {n.Source}");
    }

    foreach (var e in n.Enfants)
    {
        Ecrire(e, niveau + 1);
    }
}
