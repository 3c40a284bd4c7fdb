using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PROJET-05: every OG with a retained ESSMS provides the ANAP self-diagnosis of SI maturity and security (RSI
/// version if it has an RSI, director version otherwise); not given reads "not provided": the project
/// is then not recevable, and the node has a child for each OG without it.</summary>
public sealed class Projet05 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-05";

    /// <summary>The rule.</summary>
    public Projet05()
        : base(
            Identifiant,
            "Autodiagnostic ANAP de maturité et de sécurité du SI de chaque OG",
            new[] { Documents.AppelAProjets.Section("§E « Auto-évaluation de la maturité SI des porteurs »"), Documents.Webinaire.Section() },
            new[]
            {
                new Modele("fourni", Resultat.Satisfied, "{ogs} {ogs:organisme gestionnaire a|organismes gestionnaires ont} fourni l'autodiagnostic ANAP (version RSI ou directeur)."),
                new Modele("manquant", Resultat.NotSatisfied, "{sansAutodiagnostic} {sansAutodiagnostic:organisme gestionnaire|organismes gestionnaires} sur {ogs} sans autodiagnostic ANAP."),
                new Modele("og", Resultat.NotSatisfied, "L'OG {finess}[ ({nom})] n'a pas fourni son autodiagnostic ANAP de maturité et de sécurité du SI."),
                new Modele(SectionRecevabilite.MotifSonsUniquement, Resultat.NotApplicable, SectionRecevabilite.TexteSonsUniquement),
                new Modele(SectionRecevabilite.MotifAucun, Resultat.NotApplicable, SectionRecevabilite.TexteAucun),
            })
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!g.Depose)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionRecevabilite.NonDepose(g));
        }

        List<DecisionNode>? manquants = null;
        var ogs = 0;
        var listeF = faits.EligibiliteEtablie.Ogs;
        for (var iF = 0; iF < listeF.Count; iF++)
        {
            var f = listeF[iF];
            if (f.Retenus == 0)
            {
                continue;
            }

            ogs++;
            var fourni = f.Og.AutodiagnosticFourni;
            if (fourni != true)
            {
                var chiffres = f.Og.Nom is null
                    ? new[] { Chiffre.Mot("finess", f.Og.FinessJuridique.Value) }
                    : new[] { Chiffre.Mot("finess", f.Og.FinessJuridique.Value), Chiffre.Mot("nom", f.Og.Nom) };
                (manquants ??= new List<DecisionNode>()).Add(Conclude(faits, Resultat.NotSatisfied, "og", chiffres,
                    entrees: !faits.Explications ? null : new[] { new EntreeLue(Chemins.Og(f.Index, "autodiagnosticFourni"), Chemins.Texte(fourni)) }));
            }
        }

        return manquants is null
            ? Conclude(faits, Resultat.Satisfied, "fourni", new[] { Chiffre.Entier("ogs", ogs), Chiffre.Entier("sansAutodiagnostic", 0) }, bloquant: true)
            : Conclude(faits, Resultat.NotSatisfied, "manquant", new[] { Chiffre.Entier("ogs", ogs), Chiffre.Entier("sansAutodiagnostic", manquants.Count) },
                enfants: manquants, bloquant: true);
    }
}
