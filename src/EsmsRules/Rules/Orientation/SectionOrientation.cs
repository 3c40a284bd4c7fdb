using System;
using System.Collections.Generic;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>
/// ORIENTATION (ORIENT-01…03): national when ORIENT-01 or ORIENT-02 is satisfied, regional (with its region)
/// when ORIENT-03 is, undetermined otherwise; nothing for a dossier that files nothing (n = 0 or SONS only).
/// </summary>
public sealed class SectionOrientation : Section
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "ORIENTATION";

    /// <summary>The motif of an orientation rule on a single ESSMS in mise en conformité (GRAPPE-02).</summary>
    public const string MotifSonsUniquement = "sonsUniquement";

    /// <summary>The motif of an orientation rule without eligible ESSMS.</summary>
    public const string MotifAucun = "aucunEssms";

    internal const string TexteSonsUniquement = "ESSMS seul en mise en conformité (GRAPPE-02) : pas de dépôt ESMS numérique.";
    internal const string TexteAucun = "Aucun ESSMS éligible : pas d'orientation.";

    /// <summary>The section with the catalogue's rules: ORIENT-01 … ORIENT-03.</summary>
    public SectionOrientation()
        : this(new Regle[] { new Orient01(), new Orient02(), new Orient03() })
    {
    }

    /// <summary>The section with other rules.</summary>
    /// <param name="regles">Its rules, in order.</param>
    public SectionOrientation(IEnumerable<Regle> regles)
        : base(
            Identifiant,
            "Orientation du projet : régional ou national",
            new[] { Documents.Logigramme.Section(), Documents.AppelAProjets.Section(), Documents.PageCnsa.Section() },
            new[]
            {
                new Modele("national", null, "Orientation nationale (CNSA)."),
                new Modele("regional", null, "Orientation régionale (ARS)."),
                new Modele("indeterminee", null, "Orientation indéterminée."),
                new Modele(MotifSonsUniquement, null, TexteSonsUniquement),
                new Modele(MotifAucun, null, TexteAucun),
            },
            regles)
    {
    }

    /// <summary>Why an orientation rule does not apply to a dossier that files nothing.</summary>
    /// <param name="g">The grappe.</param>
    /// <returns>The motif.</returns>
    internal static string NonDepose(FaitsGrappe g) =>
        (g ?? throw new ArgumentNullException(nameof(g))).SonsUniquement ? MotifSonsUniquement : MotifAucun;

    /// <inheritdoc />
    public override Section WithRules(IEnumerable<Regle> regles) => new SectionOrientation(regles);

    /// <inheritdoc />
    public override ResultatSection Evaluate(Faits faits)
    {
        var g = (faits ?? throw new ArgumentNullException(nameof(faits))).GrappeEtablie;
        var noeuds = EvaluateRules(faits);
        Orientation? orientation = null;
        string? region = null;
        var nombre = 0;
        if (g.Depose)
        {
            var listeN = noeuds;
            for (var iN = 0; iN < listeN.Count; iN++)
            {
                var n = listeN[iN];
                if (n.Resultat != Resultat.Satisfied)
                {
                    continue;
                }

                if (n.Regle is Orient01.Identifiant or Orient02.Identifiant)
                {
                    orientation = Orientation.National;
                }
                else if (n.Regle == Orient03.Identifiant && orientation is null)
                {
                    orientation = Orientation.Regional;
                    region = n.Chiffre("region").Texte;
                    nombre = (int)n.Chiffre("essmsRegion").Nombre;
                }
            }
        }

        if (orientation != Orientation.Regional)
        {
            region = null;
            nombre = 0;
        }

        var motif = !g.Depose ? NonDepose(g) : orientation switch
        {
            Orientation.National => "national",
            Orientation.Regional => "regional",
            _ => "indeterminee",
        };
        var etablis = faits with { Orientation = new FaitsOrientation(orientation, region, nombre) };
        return new ResultatSection(Summarize(etablis, noeuds, motif), etablis);
    }
}
