using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using EsmsRules.Rules;
using EsmsRules.Serialization;

namespace EsmsRules.Devis;

/// <summary>
/// From the page's grappe to the figures it shows: the dossier is built with the library's builders (FINESS numbers of
/// Haute-Garonne completed with their check key), evaluated once, and read back as what a salesperson needs.
/// </summary>
internal static class Chiffrage
{
    /// <summary>The FINESS juridique of the page's OG <paramref name="index"/> (0-based): 319xxxxx.</summary>
    public static Finess FinessOg(int index) => Finess.Complete("319" + index.ToString("D5", CultureInfo.InvariantCulture));

    /// <summary>The FINESS géographique of the project's ESSMS <paramref name="rang"/> (0-based, all OGs): 310xxxxx.</summary>
    public static Finess FinessEssms(int rang) => Finess.Complete("31" + rang.ToString("D6", CultureInfo.InvariantCulture));

    /// <summary>The dossier of a grappe: eligible ESSMS of the page's champ, equipped with a DUI, OGs that provided
    /// their self-diagnosis, a porteur (the first OG) without a current public contract, campaign 2022, no national
    /// representativeness.</summary>
    public static Dossier Dossier(DevisRequete r)
    {
        var rang = 0;
        var ogs = r.Organismes.Select((og, i) =>
            new OrganismeGestionnaire(FinessOg(i), Enumerable.Range(0, og.NombreEssms).Select(_ => Essms(FinessEssms(rang++), r.Champ)).ToArray())
            {
                Nom = $"OG {i + 1}",
                NombreEssmsFiness = og.NombreEssmsFiness,
                AutodiagnosticFourni = true,
            }).ToArray();
        var porteur = new Porteur(FinessOg(0), r.Champ) { SoumisCodeCommandePublique = false, MarcheEnCoursMemeObjet = false };
        var editeur = new Editeur { Nom = "Solution proposée", ReferenceSegur = r.ReferenceSegur, ReferenceSad = r.ReferenceSad, Devis = r.Devis };
        var dossier = r.TypeProjet == TypeProjet.Acquisition
            ? Model.Dossier.Acquisition(porteur, editeur, ogs)
            : Model.Dossier.MiseEnConformite(porteur, editeur, ogs);
        return dossier with
        {
            Campagne = "2022",
            RepresentativiteNationale = false,
            MaitriseOuvrageMature = r.MaitriseOuvrageMature,
            DureePrevueMois = r.DureePrevueMois,
        };
    }

    private static Essms Essms(Finess finess, Champ champ) => new(finess, champ)
    {
        RelevantL312_1 = true,
        FinancementEsmsNumeriqueAnterieur = false,
        CommandeSonsAutreLogiciel = false,
        ActivitesConfort = false,
        RattacheEntiteNationale = false,
        EquipeDui = true,
    };

    /// <summary>The figures of a decision for the page.</summary>
    public static DevisReponse Reponse(Decision d)
    {
        var f = d.Financement;
        var segur = d.PrestationSegur;

        // What the decision says beyond the verdict (questions ordered, the provisional figure, remedies) is read from
        // the decision's JSON when the library writes it: the page shows it as the library gives it.
        JsonElement? questions = null, sousReserve = null, remedes = null;
        using (var json = JsonDocument.Parse(DecisionJsonWriter.Serialize(d, indented: false, inclureArbre: false)))
        {
            var racine = json.RootElement;
            questions = racine.TryGetProperty("questions", out var q) ? q.Clone() : null;
            sousReserve = racine.TryGetProperty("sousReserve", out var s) && s.ValueKind != JsonValueKind.Null ? s.Clone() : null;
            remedes = racine.TryGetProperty("remedes", out var m) ? m.Clone() : null;
        }

        return new DevisReponse(
            d.Recevable,
            Verdict(d),
            d.Orientation is { } o ? Wire(o) : null,
            d.Region,
            d.EssmsRetenus,
            new MontantsDevis(
                Montant(f.PartEssms), Montant(f.PartEditeur), Montant(f.Equipements), Montant(f.AmoaMarche), Montant(f.AmoaProjet), Montant(f.Total)),
            d.Versements.Select(v => new VersementDevis(v.Ordre, Chiffre.Taux("taux", v.Taux).Render(), Montant(v.Montant))).ToArray(),
            new PrestationSegurDevis(
                Montant(segur.Sum(p => p.Total)),
                segur.Select(p => new PrestationOgDevis(p.FinessJuridique.Value, p.NombreEssms, p.Tranche, Montant(p.MontantParEssms), Montant(p.Total))).ToArray()),
            d.AApprecier.Select(id => Regle(d, id, explication: false)).ToArray(),
            d.ReglesNonSatisfaites.Select(id => Regle(d, id, explication: true)).ToArray(),
            d.DonneesManquantes,
            questions,
            sousReserve,
            remedes);
    }

    private static string Verdict(Decision d) => d.Recevable switch
    {
        true when d.Orientation == Orientation.Regional => $"Recevable : appel à projets régional, instruit par l'ARS {d.Region}",
        true when d.Orientation == Orientation.National => "Recevable : appel à projets national, instruit par la CNSA",
        true => "Recevable : Prestation Ségur seule (pas de dépôt ESMS numérique)",
        false => "Non recevable",
        null => "En attente : la recevabilité dépend de données manquantes",
    };

    private static string Wire(Orientation o) => o switch
    {
        Orientation.Regional => "regional",
        Orientation.National => "national",
        Orientation.SonsUniquement => "sonsUniquement",
        _ => "nonRecevable",
    };

    private static RegleDevis Regle(Decision d, string id, bool explication)
    {
        var noeud = d.Arbre.Find(id);
        return new RegleDevis(id, noeud?.Titre ?? id, explication ? noeud?.Explication : null);
    }

    /// <summary>An amount with its French text as the library writes it ("1 128 500 €").</summary>
    private static MontantDevis Montant(decimal euros) => new(euros, Chiffre.Euros("montant", euros).Render());
}

/// <summary>The page's figures (JSON, camelCase).</summary>
internal sealed record DevisReponse(
    bool? Recevable,
    string Verdict,
    string? Orientation,
    string? Region,
    int EssmsRetenus,
    MontantsDevis Financement,
    IReadOnlyList<VersementDevis> Versements,
    PrestationSegurDevis PrestationSegur,
    IReadOnlyList<RegleDevis> AApprecier,
    IReadOnlyList<RegleDevis> NonSatisfaites,
    IReadOnlyList<string> DonneesManquantes,
    JsonElement? Questions,
    JsonElement? SousReserve,
    JsonElement? Remedes);

/// <summary>An amount: its value in euros and its French text.</summary>
internal sealed record MontantDevis(decimal Euros, string Texte);

/// <summary>The ESMS numérique funding.</summary>
internal sealed record MontantsDevis(MontantDevis PartEssms, MontantDevis PartEditeur, MontantDevis Equipements, MontantDevis AmoaMarche, MontantDevis AmoaProjet, MontantDevis Total);

/// <summary>One payment.</summary>
internal sealed record VersementDevis(int Ordre, string Taux, MontantDevis Montant);

/// <summary>The Prestation Ségur, total and per OG.</summary>
internal sealed record PrestationSegurDevis(MontantDevis Total, IReadOnlyList<PrestationOgDevis> Organismes);

/// <summary>The Prestation Ségur of one OG.</summary>
internal sealed record PrestationOgDevis(string FinessJuridique, int NombreEssms, string Tranche, MontantDevis MontantParEssms, MontantDevis Total);

/// <summary>A rule of the decision with its title (and, for a refusing rule, its explanation).</summary>
internal sealed record RegleDevis(string Regle, string Titre, string? Explication);
