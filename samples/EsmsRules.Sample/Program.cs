// A DUI editor's quoting screen, in code: build a dossier, evaluate it, read the figures and walk the explanation.
using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Serialization;
using NodaTime;

// Amounts written as the explanations write them ("1 128 500 €"), through a figure of the rules.
static string Euros(decimal montant) => Chiffre.Euros("montant", montant).Render();

// Twenty EHPAD of one OG in Haute-Garonne, plus five of a small OG, acquiring a Ségur- and SAD-referenced DUI.
// Finess.Complete computes the Luhn check key of the first eight digits.
static Essms Ehpad(string huitChiffres) => new(Finess.Complete(huitChiffres), Champ.PA)
{
    RelevantL312_1 = true,
    FinancementEsmsNumeriqueAnterieur = false,
    CommandeSonsAutreLogiciel = false,
    ActivitesConfort = false,
    RattacheEntiteNationale = false,
};

var grand = new OrganismeGestionnaire(Finess.Complete("31010001"), Enumerable.Range(0, 20).Select(i => Ehpad($"3102{1000 + i}")).ToArray())
{
    NombreEssmsFiness = 40,
    AutodiagnosticFourni = true,
};
var petit = new OrganismeGestionnaire(Finess.Complete("31010002"), Enumerable.Range(0, 5).Select(i => Ehpad($"3103{1000 + i}")).ToArray())
{
    NombreEssmsFiness = 6,
    AutodiagnosticFourni = true,
};

var dossier = Dossier.Acquisition(
        new Porteur(grand.FinessJuridique, Champ.PA) { SoumisCodeCommandePublique = false, MarcheEnCoursMemeObjet = false },
        new Editeur { Nom = "Éditeur DUI", ReferenceSegur = true, ReferenceSad = true, Devis = 300_000m },
        grand,
        petit)
    with
    {
        Campagne = "2022",
        DateDepot = new LocalDate(2022, 6, 1),
        RepresentativiteNationale = false,
        DureePrevueMois = 18,
    };

// One more EHPAD joins the small OG: a copy of the dossier, without nested `with`.
dossier = dossier.AddEssms(petit.FinessJuridique, Ehpad("31031005"));

var result = EsmsEvaluator.Default.Evaluate(dossier);
if (!result.IsValid)
{
    foreach (var e in result.Errors)
    {
        Console.WriteLine($"{e.Chemin} : {e.Message}");
    }

    return 2;
}

var d = result.Decision;
Console.WriteLine($"Recevable : {d.Recevable}, orientation : {d.Orientation}, instructeur : {d.Instructeur}, procédure : {d.ProcedureAchat}");
Console.WriteLine($"Part ESSMS {Euros(d.Financement.PartEssms)}, part éditeur {Euros(d.Financement.PartEditeur)} (devis), total {Euros(d.Financement.Total)}");
foreach (var og in d.Financement.ParOrganisme)
{
    Console.WriteLine($"  OG {og.FinessJuridique} : {Euros(og.Total)}");
}

Console.WriteLine("À apprécier par l'ARS : " + string.Join(", ", d.AApprecier));
Console.WriteLine("Pourquoi la part éditeur : " + d.Arbre.Find("FIN-05")!.Explication);

// The barème is data: an ARS that reads "fewer than 15" as "15 or fewer" switches it without a new release.
var campagne2024 = new EsmsEvaluator(new EvaluationOptions { Bareme = Campagnes.Campagne2024 });
Console.WriteLine("Équipements avec le barème 2024 (10 000 € par ESSMS) : "
    + Euros(campagne2024.Evaluate(dossier with { DateDepot = null }).GetDecisionOrThrow().Financement.Equipements));

// The dossier built in code, in the dossier format (for the command line, another tool or a test fixture).
Console.WriteLine(DossierJsonWriter.Serialize(dossier).Length + " caractères de JSON pour le dossier (DossierJsonWriter).");
return 0;
