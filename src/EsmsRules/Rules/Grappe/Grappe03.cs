using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// GRAPPE-03: a filed grappe below the minimum is recevable for ARS instruction only if its
/// maîtrise d'ouvrage is mature (reviewRequired), not if it is immature (notSatisfied); it does not apply to a porteur
/// with national representativeness (ORIENT-02). With the barème switch <c>grappeSousMinimumAdmise</c> off, the minimum
/// is strict (the CNSA page's reading): notSatisfied whatever the maturity. Representativeness unknown: the refusal
/// would hold only without it, so the node asks for it — a refusal never hangs on a missing fact.
/// </summary>
public sealed class Grappe03 : Regle
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "GRAPPE-03";

    private const string SiNonNational = " si le porteur n'a pas de représentativité nationale (representativiteNationale non renseigné)";
    private const string Manque = "{n} ESSMS, minimum {T} : il en manque {manque} ; ";
    private const string Strict = Manque + "minimum strict (lecture de la page CNSA « ils doivent, pour que leur candidature soit recevable, former un groupement de 15 ESSMS minimum » ; option grappeSousMinimumAdmise désactivée) : ";

    /// <summary>The rule.</summary>
    public Grappe03()
        : base(
            Identifiant,
            "Grappe sous le minimum : maturité de la maîtrise d'ouvrage",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Grappes) },
            new[]
            {
                new Modele("national", Resultat.NotApplicable, "Porteur à représentativité nationale : orientation nationale quel que soit n (ORIENT-02)."),
                new Modele("sansObjet", Resultat.NotApplicable, "Sans objet : n = {n}, minimum T = {T}."),
                new Modele("strict", Resultat.NotSatisfied, Strict + "projet non recevable, quelle que soit la maturité de la maîtrise d'ouvrage."),
                new Modele("strictSiNonNational", Resultat.MissingInput, Strict + "projet non recevable" + SiNonNational + "."),
                new Modele("mature", Resultat.ReviewRequired, Manque + "maîtrise d'ouvrage mature : recevable pour une instruction par l'ARS, qui apprécie ce minimum au regard de la capacité et de la maturité en management du SI du porteur."),
                new Modele("nonMature", Resultat.NotSatisfied, Manque + "maîtrise d'ouvrage non mature : projet non recevable."),
                new Modele("nonMatureSiNonNational", Resultat.MissingInput, Manque + "maîtrise d'ouvrage non mature : projet non recevable" + SiNonNational + "."),
                new Modele("maturiteInconnue", Resultat.MissingInput, Manque + "la recevabilité dépend de la maturité de la maîtrise d'ouvrage (maitriseOuvrageMature), non renseignée."),
                new Modele("maturiteEtRepresentativiteInconnues", Resultat.MissingInput, Manque + "la recevabilité dépend de la maturité de la maîtrise d'ouvrage (maitriseOuvrageMature), non renseignée, et de la représentativité nationale du porteur (representativiteNationale), non renseignée."),
            },
            new[] { "tailleMinimaleGrappe", "tailleMinimaleGrappeCorseOutreMer", "grappeSousMinimumAdmise" })
    {
    }

    /// <inheritdoc />
    public override bool PeutBloquer => true;

    /// <inheritdoc />
    public override DecisionNode Evaluate(Faits faits)
    {
        var g = (faits ?? throw new System.ArgumentNullException(nameof(faits))).GrappeEtablie;
        var d = faits.Dossier;
        var mature = d.MaitriseOuvrageMature;
        var rep = d.RepresentativiteNationale;
        var chiffres = new[] { Chiffre.Entier("n", g.N), Chiffre.Entier("T", g.TailleMinimale), Chiffre.Entier("manque", System.Math.Max(0, g.TailleMinimale - g.N)) };
        // The inputs read are kept with the explanations only (Faits.Explications).
        var entrees = !faits.Explications ? null : new[]
        {
            new EntreeLue("$.maitriseOuvrageMature", Chemins.Texte(mature)),
            new EntreeLue("$.representativiteNationale", Chemins.Texte(rep)),
        };
        if (!g.Depose || g.N >= g.TailleMinimale || rep == true)
        {
            return Conclude(faits, Resultat.NotApplicable, g.Depose && g.N < g.TailleMinimale ? "national" : "sansObjet", chiffres, entrees: entrees);
        }

        // Below the minimum, on the regional path when rep is false; rep null: the rule holds only if it turns out false.
        var (resultat, motif, manque) = !faits.Bareme.GrappeSousMinimumAdmise
            ? rep is null ? (Resultat.MissingInput, "strictSiNonNational", new[] { "representativiteNationale" }) : (Resultat.NotSatisfied, "strict", null)
            : mature switch
            {
                true => (Resultat.ReviewRequired, "mature", (string[]?)null),
                false => rep is null ? (Resultat.MissingInput, "nonMatureSiNonNational", new[] { "representativiteNationale" }) : (Resultat.NotSatisfied, "nonMature", null),
                null => rep is null
                    ? (Resultat.MissingInput, "maturiteEtRepresentativiteInconnues", new[] { "representativiteNationale", "maitriseOuvrageMature" })
                    : (Resultat.MissingInput, "maturiteInconnue", new[] { "maitriseOuvrageMature" }),
            };
        return Conclude(faits, resultat, motif, chiffres, manquantes: manque, entrees: entrees, bloquant: true);
    }
}
