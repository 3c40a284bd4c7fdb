using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// ACHAT-01: a filed acquisition with a medico-social majority goes through the SAD, so its solution
/// must be referenced in it, unless the porteur may use its current contract (P true: ACHAT-02 then carries the
/// referencing condition). Read in three-valued logic: a solution outside the SAD refuses the project only when P is
/// false; P unknown asks for the porteur's facts.
/// </summary>
public sealed class Achat01 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ACHAT-01";

    private const string SansMarche = "Acquisition à majorité médico-sociale sans marché public en cours utilisable : passage obligatoire par le ";

    /// <summary>The rule.</summary>
    public Achat01()
        : base(
            Identifiant,
            "Acquisition médico-sociale : passage obligatoire par le SAD",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Conformite) },
            new[]
            {
                new Modele("sad", Resultat.Satisfied, SansMarche + "Système d'Acquisition Dynamique ; la solution y est référencée."),
                new Modele("sadMarcheIncertain", Resultat.Satisfied, "Acquisition à majorité médico-sociale : la solution est référencée dans le Système d'Acquisition Dynamique, la procédure tient que le SAD soit obligatoire ou que le marché en cours soit utilisé (ACHAT-02)."),
                new Modele("horsSad", Resultat.NotSatisfied, SansMarche + "Système d'Acquisition Dynamique, or la solution n'y est pas référencée : projet non recevable."),
                new Modele("horsSadMarcheInconnu", Resultat.MissingInput, "Solution non référencée dans le SAD : le SAD est obligatoire sauf si le porteur peut utiliser un marché public en cours (ACHAT-02) ; {manquantes} non {manquantes:renseigné|renseignés}."),
                new Modele("sadInconnu", Resultat.MissingInput, SansMarche + "SAD ; referenceSad non renseigné."),
                new Modele("sadEtMarcheInconnus", Resultat.MissingInput, "Acquisition à majorité médico-sociale : le SAD est obligatoire sauf marché public en cours utilisable (ACHAT-02) ; {manquantes} non {manquantes:renseigné|renseignés}."),
                new Modele("marcheUtilisable", Resultat.NotApplicable, "Sans objet : le porteur peut utiliser son marché public en cours (ACHAT-02), le SAD n'est pas obligatoire."),
                new Modele("champsSociaux", Resultat.NotApplicable, "Sans objet : acquisition dans les champs sociaux (ACHAT-03)."),
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
        if (g.N == 0 || !faits.Acquisition)
        {
            return Conclude(faits, Resultat.NotApplicable, SectionAchat.NonAcquisition(faits));
        }

        var p = faits.Dossier.Porteur;
        var sad = faits.Dossier.Editeur.ReferenceSad;
        var marche = SectionAchat.MarchePossible(p.SoumisCodeCommandePublique, p.MarcheEnCoursMemeObjet);
        // The inputs read are kept with the explanations only (Faits.Explications).
        var entrees = !faits.Explications ? null : new[]
        {
            new EntreeLue("$.editeur.referenceSad", Chemins.Texte(sad)),
            new EntreeLue("$.porteur.soumisCodeCommandePublique", Chemins.Texte(p.SoumisCodeCommandePublique)),
            new EntreeLue("$.porteur.marcheEnCoursMemeObjet", Chemins.Texte(p.MarcheEnCoursMemeObjet)),
        };
        if (!g.MajoriteMedicoSociale || marche == true)
        {
            return Conclude(faits, Resultat.NotApplicable, g.MajoriteMedicoSociale ? "marcheUtilisable" : "champsSociaux", entrees: entrees);
        }

        var manquePorteur = marche is null
            ? SectionRecevabilite.Manquants(p.SoumisCodeCommandePublique, "soumisCodeCommandePublique", p.MarcheEnCoursMemeObjet, "marcheEnCoursMemeObjet")
            : System.Array.Empty<string>();
        switch (sad)
        {
            case true:
                return Conclude(faits, Resultat.Satisfied, marche == false ? "sad" : "sadMarcheIncertain", entrees: entrees, bloquant: true);
            case false when marche == false:
                return Conclude(faits, Resultat.NotSatisfied, "horsSad", entrees: entrees, bloquant: true);
            case false:
                return Conclude(faits, Resultat.MissingInput, "horsSadMarcheInconnu", new[] { Chiffre.ListeDe("manquantes", manquePorteur, " et ") },
                    manquantes: manquePorteur, entrees: entrees, bloquant: true);
            default:
                var manque = new string[1 + manquePorteur.Length];
                manque[0] = "referenceSad";
                manquePorteur.CopyTo(manque, 1);
                return marche == false
                    ? Conclude(faits, Resultat.MissingInput, "sadInconnu", manquantes: manque, entrees: entrees, bloquant: true)
                    : Conclude(faits, Resultat.MissingInput, "sadEtMarcheInconnus", new[] { Chiffre.ListeDe("manquantes", manque) },
                        manquantes: manque, entrees: entrees, bloquant: true);
        }
    }
}
