using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>PROJET-01: a filed acquisition with a medico-social majority needs an editor referenced Ségur or, while the
/// barème switch <c>nonSegurAutoriseAcquisition</c> is on (PROJET-04), referenced in the SAD; with the switch off it
/// needs Ségur. A referencing not given that could decide holds the verdict.</summary>
public sealed class Projet01 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "PROJET-01";

    private const string Majorite = SectionRecevabilite.Porteur + "majorité médico-sociale ; ";

    /// <summary>The rule.</summary>
    public Projet01()
        : base(
            Identifiant,
            "Acquisition, majorité médico-sociale : éditeur référencé Ségur ou SAD",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Conformite) },
            new[]
            {
                new Modele("segur", Resultat.Satisfied, Majorite + "l'éditeur est référencé Ségur."),
                new Modele("sad", Resultat.Satisfied, Majorite + "l'éditeur est référencé SAD ; une solution non référencée Ségur est admise en {campagne} (PROJET-04)."),
                new Modele("segurExige", Resultat.NotSatisfied, Majorite + "l'éditeur doit être référencé Ségur à partir de la campagne {campagne} (PROJET-04) et ne l'est pas."),
                new Modele("nonReference", Resultat.NotSatisfied, Majorite + "l'éditeur n'est référencé ni Ségur ni SAD."),
                new Modele("nonRenseigne", Resultat.MissingInput, Majorite + "le référencement de l'éditeur n'est pas renseigné."),
                new Modele("champsSociaux", Resultat.NotApplicable, "Sans objet : champs sociaux (PROJET-02)."),
                new Modele("conformite", Resultat.NotApplicable, "Sans objet : projet de mise en conformité."),
            },
            new[] { "nonSegurAutoriseAcquisition" })
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        if (!(g.Depose && faits.Acquisition && g.MajoriteMedicoSociale))
        {
            return Conclude(faits, Resultat.NotApplicable, faits.Acquisition ? "champsSociaux" : "conformite");
        }

        var seg = faits.Dossier.Editeur.ReferenceSegur;
        var sad = faits.Dossier.Editeur.ReferenceSad;
        var sadAdmis = faits.Bareme.NonSegurAutoriseAcquisition;
        IReadOnlyList<string>? manque = null;
        string motif;
        Resultat r;
        if (seg == true)
        {
            (r, motif) = (Resultat.Satisfied, "segur");
        }
        else if (sadAdmis)
        {
            if (sad == true)
            {
                (r, motif) = (Resultat.Satisfied, "sad");
            }
            else if (seg == false && sad == false)
            {
                (r, motif) = (Resultat.NotSatisfied, "nonReference");
            }
            else
            {
                (r, motif) = (Resultat.MissingInput, "nonRenseigne");
                manque = SectionRecevabilite.Manquants(seg, "referenceSegur", sad, "referenceSad");
            }
        }
        else if (seg == false)
        {
            (r, motif) = (Resultat.NotSatisfied, "segurExige");
        }
        else
        {
            (r, motif) = (Resultat.MissingInput, "nonRenseigne");
            manque = new[] { "referenceSegur" };
        }

        return Conclude(faits, r, motif, SectionRecevabilite.ChiffresMajorite(faits, Chiffre.Mot("campagne", faits.Bareme.Campagne)),
            manquantes: manque, entrees: SectionRecevabilite.EntreesReferencement(faits), bloquant: true);
    }
}
