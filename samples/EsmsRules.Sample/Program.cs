// A DUI editor's quoting screen, in code: build a dossier, evaluate it, read the figures and walk the explanation.
using System;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Formatting;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;

// Twenty EHPAD of one OG in Haute-Garonne, plus five of a small OG, acquiring a Ségur- and SAD-referenced DUI.
static Essms Ehpad(string finess) => new(Finess.Parse(finess), Champ.PA)
{
    RelevantL312_1 = true,
    FinancementEsmsNumeriqueAnterieur = false,
    CommandeSonsAutreLogiciel = false,
    ActivitesConfort = false,
    RattacheEntiteNationale = false,
};

static Finess WithKey(string eightDigits)
{
    for (var k = 0; k <= 9; k++)
    {
        if (Finess.TryParse(eightDigits + k, out var f))
        {
            return f;
        }
    }

    throw new InvalidOperationException();
}

var essms = new Essms[20];
for (var i = 0; i < essms.Length; i++)
{
    essms[i] = Ehpad(WithKey("3102" + (1000 + i)).Value);
}

var grand = new OrganismeGestionnaire(WithKey("31010001"), essms) { NombreEssmsFiness = 40, AutodiagnosticFourni = true };
var petitEssms = new Essms[5];
for (var i = 0; i < petitEssms.Length; i++)
{
    petitEssms[i] = Ehpad(WithKey("3103" + (1000 + i)).Value);
}

var petit = new OrganismeGestionnaire(WithKey("31010002"), petitEssms) { NombreEssmsFiness = 5, AutodiagnosticFourni = true };

var dossier = new Dossier(
    TypeProjet.Acquisition,
    new Porteur(grand.FinessJuridique, Champ.PA) { SoumisCodeCommandePublique = false, MarcheEnCoursMemeObjet = false },
    new Editeur { Nom = "Éditeur DUI", ReferenceSegur = true, ReferenceSad = true, Devis = 300_000m },
    new[] { grand, petit })
{
    Campagne = "2022",
    DateDepot = new LocalDate(2022, 6, 1),
    RepresentativiteNationale = false,
    DureePrevueMois = 18,
};

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
Console.WriteLine($"Part ESSMS {Fr.Euros(d.Financement.PartEssms)}, part éditeur {Fr.Euros(d.Financement.PartEditeur)} (devis), total {Fr.Euros(d.Financement.Total)}");
foreach (var og in d.Financement.ParOrganisme)
{
    Console.WriteLine($"  OG {og.FinessJuridique} : {Fr.Euros(og.Total)}");
}

Console.WriteLine("À apprécier par l'ARS : " + string.Join(", ", d.AApprecier));
Console.WriteLine("Pourquoi la part éditeur : " + d.Arbre.Find("FIN-05")!.Explication);

// The barème is data: an ARS that reads "fewer than 15" as "15 or fewer" switches it without a new release.
var campagne2024 = new EsmsEvaluator(new EvaluationOptions { Bareme = Campagnes.Campagne2024 });
Console.WriteLine("Équipements avec le barème 2024 (10 000 € par ESSMS) : "
    + Fr.Euros(campagne2024.Evaluate(dossier with { DateDepot = null }).GetDecisionOrThrow().Financement.Equipements));
return 0;
