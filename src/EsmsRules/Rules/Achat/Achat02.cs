using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// ACHAT-02: in a filed acquisition, whatever the champs, a porteur subject to the Code de la commande
/// publique with a current public contract of the same object (P) need not go through the SAD and may use that
/// contract, provided the editor is referenced SAD or Ségur. Its node gives P as the figure <c>marchePossible</c>
/// whenever the porteur's facts decide it (the procurement section reads it). A missing porteur fact does not hold the
/// verdict when the procurement holds whatever P is: a medico-social acquisition whose solution is in the SAD, or any
/// acquisition in the social champs.
/// </summary>
public sealed class Achat02 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ACHAT-02";

    /// <summary>The figure giving P, "the porteur may use its current contract" (absent when unknown).</summary>
    public const string ChiffreMarchePossible = "marchePossible";

    private const string Soumis = "Porteur soumis au Code de la commande publique avec un marché public en cours de même objet";
    private const string Depend = "Le recours au marché en cours dépend de {manquantes} (non {manquantes:renseigné|renseignés})";
    private const string Tient = " ; la procédure d'achat tient dans les deux cas ({pourquoi}) : le verdict n'en dépend pas, seule la procédure reste à préciser.";

    /// <summary>The rule.</summary>
    public Achat02()
        : base(
            Identifiant,
            "Porteur soumis au CCP avec un marché en cours de même objet",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Conformite) },
            new[]
            {
                new Modele("marcheUtilisable", Resultat.Satisfied, Soumis + " : le SAD n'est pas obligatoire, le marché en cours peut être utilisé ; l'éditeur est référencé {referencements}."),
                new Modele("nonReference", Resultat.NotSatisfied, Soumis + ", mais l'éditeur n'est référencé ni SAD ni Ségur : le marché en cours ne peut pas être utilisé."),
                new Modele("referencementInconnu", Resultat.MissingInput, Soumis + " : le marché peut être utilisé si l'éditeur est référencé SAD ou Ségur ; {manquantes} non {manquantes:renseigné|renseignés}."),
                new Modele("porteurInconnu", Resultat.MissingInput, Depend + "."),
                new Modele("porteurInconnu.sad", Resultat.MissingInput, Depend + Tient.Replace("{pourquoi}", "solution référencée SAD")),
                new Modele("porteurInconnu.champsSociaux", Resultat.MissingInput, Depend + Tient.Replace("{pourquoi}", "champs sociaux")),
                new Modele("sansMarche", Resultat.NotApplicable, "Sans objet : le porteur n'est pas soumis au Code de la commande publique ou n'a pas de marché public en cours de même objet."),
                new Modele(SectionAchat.MotifConformite, Resultat.NotApplicable, SectionAchat.TexteConformite),
                new Modele(SectionAchat.MotifAucun, Resultat.NotApplicable, SectionAchat.TexteAucun),
            })
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        var p = faits.Dossier.Porteur;
        var marche = SectionAchat.MarchePossible(p.SoumisCodeCommandePublique, p.MarcheEnCoursMemeObjet);
        var chiffreP = marche is null ? System.Array.Empty<Chiffre>() : new[] { Chiffre.OuiNon(ChiffreMarchePossible, marche.Value) };
        if (g.N == 0 || !faits.Acquisition)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionAchat.NonAcquisition(faits), chiffreP);
        }

        var seg = faits.Dossier.Editeur.ReferenceSegur;
        var sad = faits.Dossier.Editeur.ReferenceSad;
        // The inputs read are kept with the explanations only (Faits.Explications).
        var entrees = !faits.Explications ? null : new[]
        {
            new EntreeLue("$.porteur.soumisCodeCommandePublique", Chemins.Texte(p.SoumisCodeCommandePublique)),
            new EntreeLue("$.porteur.marcheEnCoursMemeObjet", Chemins.Texte(p.MarcheEnCoursMemeObjet)),
            new EntreeLue("$.editeur.referenceSegur", Chemins.Texte(seg)),
            new EntreeLue("$.editeur.referenceSad", Chemins.Texte(sad)),
        };
        if (marche == false)
        {
            return Conclude(faits, Resultat.NotApplicable, "sansMarche", chiffreP, entrees: entrees);
        }

        if (marche == true)
        {
            if (seg == true || sad == true)
            {
                var referencements = new List<string>(2);
                if (seg == true)
                {
                    referencements.Add("Ségur");
                }

                if (sad == true)
                {
                    referencements.Add("SAD");
                }

                return Conclude(faits, Resultat.Satisfied, "marcheUtilisable", new[] { chiffreP[0], Chiffre.ListeDe("referencements", referencements, " et ") },
                    entrees: entrees, bloquant: true);
            }

            if (seg == false && sad == false)
            {
                return Conclude(faits, Resultat.NotSatisfied, "nonReference", chiffreP, entrees: entrees, bloquant: true);
            }

            var manque = SectionRecevabilite.Manquants(seg, "referenceSegur", sad, "referenceSad");
            return Conclude(faits, Resultat.MissingInput, "referencementInconnu", new[] { chiffreP[0], Chiffre.ListeDe("manquantes", manque, " et ") },
                manquantes: manque, entrees: entrees, bloquant: true);
        }

        // P unknown: the missingInput does not hold the verdict when the procurement holds whatever P is.
        var manquePorteur = SectionRecevabilite.Manquants(p.SoumisCodeCommandePublique, "soumisCodeCommandePublique", p.MarcheEnCoursMemeObjet, "marcheEnCoursMemeObjet");
        var ms = g.MajoriteMedicoSociale;
        var tient = !ms || sad == true;
        return Conclude(faits, Resultat.MissingInput, !tient ? "porteurInconnu" : ms ? "porteurInconnu.sad" : "porteurInconnu.champsSociaux",
            new[] { Chiffre.ListeDe("manquantes", manquePorteur, " et ") }, manquantes: manquePorteur, entrees: entrees, bloquant: !tient);
    }
}
