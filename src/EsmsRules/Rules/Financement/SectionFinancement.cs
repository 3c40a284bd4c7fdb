using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// FINANCEMENT: the ESMS numérique funding of a recevable, filed project — FIN-01 … FIN-06, PETITOG-01 … PETITOG-04,
/// MOD-01, MOD-02 — and zero for any other (not recevable, undetermined, or Prestation Ségur only: a node without
/// children, every OG listed with zeros).
/// </summary>
/// <remarks>
/// <para>The section establishes which OGs are small (<see cref="Etablir"/>) and hands its rules these facts
/// (<see cref="Faits.Allocations"/>), adding each amount a <see cref="RegleFinancement"/> allocates as it concludes, so
/// that a rule reads what the rules before it allocated (FIN-05 the ceiling, PETITOG-04 the specific funding). The
/// funding (<see cref="Faits.Financement"/>) is the sum of these amounts line by line
/// (<see cref="FaitsFinancement.Totaliser"/>): nothing is computed on the side, so a rule replaced by one's own changes
/// the figures, and a funding rule of one's own adds its amount to its line. Rules that are not
/// <see cref="RegleFinancement"/>s are evaluated and shown, and allocate nothing.</para>
/// <para>When a rule is absent: without FIN-05 (no rule of the line <see cref="LigneFinancement.PartEditeur"/> gives an
/// amount) the part éditeur is the ceiling, uncapped; without FIN-02 / FIN-03 there is no ceiling, FIN-05 does not apply
/// and the part éditeur is zero; without PETITOG-01 … 03 their lines are zero and PETITOG-04 says so; without FIN-01 /
/// FIN-04 the part ESSMS is zero.</para>
/// <para>Order: the rules in the order given, except that in a mise en conformité FIN-04 (the part ESSMS that applies)
/// is evaluated and shown just before FIN-01, as the decision chart reads the branch that applies first.</para>
/// </remarks>
public sealed class SectionFinancement : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "FINANCEMENT";

    /// <summary>The motif of the part éditeur's rules in a mise en conformité.</summary>
    public const string MotifConformite = "conformite";

    internal const string TexteConformite = "Sans objet : la mise en conformité n'a pas de part éditeur ; l'éditeur est payé par la Prestation Ségur (PROJET-03).";

    /// <summary>The section with the catalogue's rules: FIN-01 … FIN-06, PETITOG-01 … PETITOG-04, MOD-01, MOD-02.</summary>
    public SectionFinancement()
        : this(new Regle[]
        {
            new Fin01(), new Fin04(), new Fin02(), new Fin03(), new Fin05(), new Fin06(),
            new PetitOg01(), new PetitOg02(), new PetitOg03(), new PetitOg04(), new Mod01(), new Mod02(),
        })
    {
    }

    /// <summary>The section with other rules.</summary>
    /// <param name="regles">Its rules, in order.</param>
    public SectionFinancement(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Financements ESMS numérique allouables",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(), Documents.PageCnsa.Section(), Documents.WebinaireOccitanie.Section() },
            new[]
            {
                new Modele("total", Resultat.Satisfied, "Total allouable : {partEssms} (part ESSMS) + {partEditeur} (part éditeur) + {equipements} (équipements) + {amoaMarche} (AMOA marché) + {amoaProjet} (AMOA projet) = {total}."),
                new Modele("sonsUniquement", Resultat.NotApplicable, "Pas de financement ESMS numérique : l'éditeur est payé par la Prestation Ségur (GRAPPE-02)."),
                new Modele("nonRecevable", Resultat.NotApplicable, "Projet non recevable : aucun montant allouable."),
                new Modele("indetermine", Resultat.NotApplicable, "Recevabilité indéterminée : aucun montant tant que les données manquantes ne sont pas fournies."),
            },
            regles)
    {
    }

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionFinancement(regles);

    /// <summary>The section's facts before its rules conclude: every OG of the dossier, and whether each is a small OG
    /// with retained ESSMS — its ESSMS in FINESS (<see cref="FaitsOg.NombreEssmsFiness"/>) below the barème's threshold
    /// (<see cref="Baremes.Bareme.IsPetitOg"/>).</summary>
    /// <param name="faits">The facts, eligibility established.</param>
    /// <returns>The facts, no amount allocated yet.</returns>
    internal static FaitsFinancement Etablir(Faits faits)
    {
        var ogs = (faits ?? throw new ArgumentNullException(nameof(faits))).EligibiliteEtablie.Ogs;
        var petits = new bool[ogs.Count];
        for (var i = 0; i < petits.Length; i++)
        {
            petits[i] = ogs[i].Retenus > 0 && faits.Bareme.IsPetitOg(ogs[i].NombreEssmsFiness);
        }

        return new FaitsFinancement(ogs, petits);
    }

    /// <inheritdoc />
    public override ResultatSection Evaluate(Faits faits)
    {
        var g = (faits ?? throw new ArgumentNullException(nameof(faits))).GrappeEtablie;
        var recevable = faits.VerdictEtabli.Recevable;
        var allocations = Etablir(faits);
        var courant = faits with { Allocations = allocations };
        if (recevable != true || !g.Depose)
        {
            var motif = g.SonsUniquement && recevable == true ? "sonsUniquement" : recevable == false ? "nonRecevable" : "indetermine";
            var zero = allocations.Totaliser();
            return new ResultatSection(
                Summarize(courant, Array.Empty<DecisionNode>(), motif, montant: 0m, resultat: Resultat.NotApplicable),
                courant with { Financement = zero });
        }

        var noeuds = new List<DecisionNode>(Regles.Count);
        foreach (var r in DansLOrdre(faits))
        {
            // `as` rather than a pattern variable: the mutation tests can then change the condition (a pattern
            // variable read after the branch makes every mutant of this method a compile error).
            var rf = r as RegleFinancement;
            if (rf is null)
            {
                noeuds.Add(r.Evaluate(courant));
                continue;
            }

            var a = rf.Allocate(courant);
            noeuds.Add(a.Noeud);
            if (a.Noeud.Montant is { } montant)
            {
                allocations = allocations.Avec(new LigneAllouee(rf.Id, rf.Ligne, montant, a.ParOrganisme));
                courant = courant with { Allocations = allocations };
            }
        }

        var f = allocations.Totaliser();
        var noeud = Summarize(courant, noeuds, "total", new[]
        {
            Chiffre.Euros("partEssms", f.PartEssms), Chiffre.Euros("partEditeur", f.PartEditeur), Chiffre.Euros("equipements", f.Equipements),
            Chiffre.Euros("amoaMarche", f.AmoaMarche), Chiffre.Euros("amoaProjet", f.AmoaProjet), Chiffre.Euros("total", f.Total),
        }, f.Total, Resultat.Satisfied);
        return new ResultatSection(noeud, courant with { Financement = f });
    }

    /// <summary>The rules in evaluation order: as given, FIN-04 moved just before FIN-01 in a mise en conformité.</summary>
    private IReadOnlyList<Regle> DansLOrdre(Faits faits)
    {
        if (faits.Acquisition)
        {
            return Regles;
        }

        int fin01 = -1, fin04 = -1;
        for (var i = 0; i < Regles.Count; i++)
        {
            if (Regles[i].Id == Fin01.Identifiant)
            {
                fin01 = i;
            }
            else if (Regles[i].Id == Fin04.Identifiant)
            {
                fin04 = i;
            }
        }

        if (fin01 < 0 || fin04 < fin01)
        {
            return Regles;
        }

        var ordre = new List<Regle>(Regles);
        var regle = ordre[fin04];
        ordre.RemoveAt(fin04);
        ordre.Insert(fin01, regle);
        return ordre;
    }
}
