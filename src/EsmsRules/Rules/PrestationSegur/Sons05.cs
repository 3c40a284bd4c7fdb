using System;
using System.Collections.Generic;
using System.Globalization;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// SONS-05: the dates of the orders and of their balance. An order is valid from the opening date of its couloir (MS1:
/// the day the arrêté of 2 February 2022 appeared in the JO, the orders being « éligibles à compter de cette date »;
/// MS2: 17/05/2022) to the order closing date in force, both inclusive; a couloir whose opening the texts do not date
/// (MS3) is to appreciate when a Prestation is computed (it reads SONS-02 for that, <see cref="Sons02.PrestationCalculee"/>);
/// the balance request (VA signed) comes no later than the balance closing date, else the editor refunds the advance.
/// Each order and each balance request is a child node that says which bound failed; the closing dates are those the
/// barème holds in force.
/// </summary>
public sealed class Sons05 : RegleSurNoeuds
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "SONS-05";

    private const string Commande = "Commande n°{numero} du {dateCommande}, couloir {couloir} : ";
    private const string OuvertureMs1 = "JO de l'arrêté du 2 février 2022, commandes « éligibles à compter de cette date »";
    private const string OuvertureAutre = "ouverture du SONS au couloir {couloir}";
    private const string NonDatee = Commande + "au plus tard le {finCommandes} (clôture des commandes), mais les textes ne datent pas l'ouverture du couloir {couloir} : à apprécier.";

    /// <summary>The rule, reading SONS-02.</summary>
    public Sons05()
        : base(
            Identifiant,
            "Dates de commande et de solde",
            new[] { Documents.WebinaireOccitanie.Section(), Documents.Webinaire.Section(), Documents.Arrete2022.Section() },
            new[]
            {
                new Modele("aucuneCommande", Resultat.NotApplicable, "Aucune commande SONS fournie. Couloir MS1 : commande à compter du {dateJo} (JO de l'arrêté) et au plus tard le {finCommandes} ; demande de solde au plus tard le {finSoldes} (calendrier publié le {publication} : {calendrier})."),
                new Modele("calendrier", null, "Calendrier MS1 en vigueur (publié le {publication}) : commandes du {dateJo} au {finCommandes}, soldes jusqu'au {finSoldes}."),
                new Modele("dateNonRenseignee", Resultat.MissingInput, "Commande n°{numero}, couloir {couloir} : date de commande (dateCommande) non renseignée ; elle doit être comprise entre l'ouverture du couloir et le {finCommandes} (clôture des commandes)."),
                new Modele("apresCloture", Resultat.NotSatisfied, Commande + "{ecart} après la clôture des commandes du {finCommandes} (calendrier publié le {publication}) : hors délais."),
                new Modele("ouvertureNonDatee", Resultat.ReviewRequired, NonDatee),
                new Modele("ouvertureNonDateeSansPrestation", Resultat.NotApplicable, NonDatee),
                new Modele("avantJo", Resultat.NotSatisfied, Commande + "{ecart} avant l'ouverture du couloir le {ouverture} (" + OuvertureMs1 + ") : hors délais."),
                new Modele("avantOuverture", Resultat.NotSatisfied, Commande + "{ecart} avant l'ouverture du couloir le {ouverture} (" + OuvertureAutre + ") : hors délais."),
                new Modele("dansLesDelaisJo", Resultat.Satisfied, Commande + "entre l'ouverture du couloir le {ouverture} (" + OuvertureMs1 + ") et la clôture des commandes du {finCommandes}, dates incluses : dans les délais."),
                new Modele("dansLesDelais", Resultat.Satisfied, Commande + "entre l'ouverture du couloir le {ouverture} (" + OuvertureAutre + ") et la clôture des commandes du {finCommandes}, dates incluses : dans les délais."),
                new Modele("soldeDansLesDelais", Resultat.Satisfied, "Commande n°{numero} : demande de solde (VA signée) le {dateSolde}, au plus tard le {finSoldes} (clôture des soldes) : dans les délais."),
                new Modele("soldeHorsDelais", Resultat.NotSatisfied, "Commande n°{numero} : demande de solde (VA signée) le {dateSolde}, {ecart} après la clôture des soldes du {finSoldes} : hors délais ; l'éditeur rembourse l'avance."),
            },
            new[] { Sons02.Identifiant },
            new[] { "dateJoArreteMs1", "dateOuvertureMs2", "dateOuvertureMs3", "calendriersSonsMs1", "dateConnaissanceCalendrierSons", "calendriersSonsMs2", "calendriersSonsMs3" })
    {
    }

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits, IReadOnlyDictionary<string, DecisionNode> lus)
    {
        var b = (faits ?? throw new ArgumentNullException(nameof(faits))).Bareme;
        var ms1 = b.CalendrierSonsEnVigueur;
        var calendrier = new[]
        {
            Chiffre.LeJour("dateJo", b.DateJoArreteMs1), Chiffre.LeJour("finCommandes", ms1.FinCommandes), Chiffre.LeJour("finSoldes", ms1.FinSoldes),
            Chiffre.LeJour("publication", ms1.DatePublication), Chiffre.Mot("calendrier", ms1.Source),
        };
        var commandes = faits.Dossier.CommandesSons;
        if (commandes.Count == 0)
        {
            return Conclude(faits, Resultat.NotApplicable, "aucuneCommande", calendrier);
        }

        var avecPrestation = Sons02.PrestationCalculee(lus);
        var enfants = new List<DecisionNode>(commandes.Count);
        for (var c = 0; c < commandes.Count; c++)
        {
            var cmd = commandes[c];
            var cal = b.CalendrierSonsPour(cmd.Couloir);
            var chemin = !faits.Explications ? null : "$.commandesSons[" + c.ToString(CultureInfo.InvariantCulture) + "].";
            var chiffres = new List<Chiffre>(7)
            {
                Chiffre.Entier("numero", c + 1), Chiffre.Mot("couloir", cmd.Couloir.ToString()),
                Chiffre.LeJour("finCommandes", cal.FinCommandes), Chiffre.LeJour("finSoldes", cal.FinSoldes), Chiffre.LeJour("publication", cal.DatePublication),
            };
            if (cmd.DateCommande is not { } date)
            {
                enfants.Add(Conclude(faits, Resultat.MissingInput, "dateNonRenseignee", chiffres.ToArray(),
                    manquantes: new[] { "dateCommande" }, entrees: !faits.Explications ? null : new[] { new EntreeLue(chemin + "dateCommande", null) }));
            }
            else
            {
                chiffres.Add(Chiffre.LeJour("dateCommande", date));
                var ouverture = b.OuvertureSons(cmd.Couloir);
                if (ouverture is { } o)
                {
                    chiffres.Add(Chiffre.LeJour("ouverture", o));
                }

                var ms1Couloir = cmd.Couloir == Couloir.MS1;
                var (resultat, motif) = date > cal.FinCommandes ? (Resultat.NotSatisfied, "apresCloture")
                    : ouverture is null ? avecPrestation ? (Resultat.ReviewRequired, "ouvertureNonDatee") : (Resultat.NotApplicable, "ouvertureNonDateeSansPrestation")
                    : date < ouverture.Value ? (Resultat.NotSatisfied, ms1Couloir ? "avantJo" : "avantOuverture")
                    : (Resultat.Satisfied, ms1Couloir ? "dansLesDelaisJo" : "dansLesDelais");
                if (date > cal.FinCommandes)
                {
                    chiffres.Add(Distances.Jours("ecart", cal.FinCommandes, date));
                }
                else if (ouverture is { } debut && date < debut)
                {
                    chiffres.Add(Distances.Jours("ecart", date, debut));
                }
                enfants.Add(Conclude(faits, resultat, motif, chiffres.ToArray(), entrees: !faits.Explications ? null : new[] { new EntreeLue(chemin + "dateCommande", Sons02.Iso(date)) }));
            }

            // Balance request (VA signed) no later than the balance closing date, else the editor refunds the advance.
            if (cmd.DateDemandeSolde is { } solde)
            {
                var dansLesDelais = solde <= cal.FinSoldes;
                enfants.Add(Conclude(faits, dansLesDelais ? Resultat.Satisfied : Resultat.NotSatisfied, dansLesDelais ? "soldeDansLesDelais" : "soldeHorsDelais",
                    dansLesDelais
                        ? new[] { chiffres[0], Chiffre.LeJour("dateSolde", solde), Chiffre.LeJour("finSoldes", cal.FinSoldes) }
                        : new[] { chiffres[0], Chiffre.LeJour("dateSolde", solde), Chiffre.LeJour("finSoldes", cal.FinSoldes), Distances.Jours("ecart", cal.FinSoldes, solde) },
                    entrees: !faits.Explications ? null : new[] { new EntreeLue(chemin + "dateDemandeSolde", Sons02.Iso(solde)) }));
            }
        }

        return Conclude(faits, Section.Aggregate(enfants), "calendrier", calendrier, enfants: enfants);
    }
}
