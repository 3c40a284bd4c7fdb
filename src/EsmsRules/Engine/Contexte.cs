using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Model;
using EsmsRules.Rules;

namespace EsmsRules.Engine;

/// <summary>Facts about one OG of the input.</summary>
internal sealed class OgFaits
{
    public OgFaits(OrganismeGestionnaire og, int index)
    {
        Og = og;
        Index = index;
    }

    public OrganismeGestionnaire Og { get; }

    public int Index { get; }

    /// <summary>Retained ESSMS of this OG.</summary>
    public int Retenus { get; set; }

    /// <summary>Retained ESSMS of this OG with rank below the reduced-rate rank.</summary>
    public int RetenusTarifPlein { get; set; }

    /// <summary>Its ESSMS in FINESS: <c>nombreEssmsFiness</c>, else the number listed (excluded included, §10.9).</summary>
    public int NombreEssmsFiness => Og.NombreEssmsFiness ?? Og.Essms.Count;

    public bool PetitOg { get; set; }
}

/// <summary>The facts established while a dossier is evaluated, read by the later rules. Disposed at the end of the
/// evaluation: nothing of it may outlive it (<see cref="Retenus"/> goes back to the array pool).</summary>
internal sealed class Contexte : System.IDisposable
{
    public Contexte(Dossier dossier, Bareme bareme, Trace trace)
    {
        Dossier = dossier;
        Bareme = bareme;
        Trace = trace;
        Ogs = new OgFaits[dossier.OrganismesGestionnaires.Count];
        var essms = 0;
        for (var i = 0; i < Ogs.Length; i++)
        {
            Ogs[i] = new OgFaits(dossier.OrganismesGestionnaires[i], i);
            essms += Ogs[i].Og.Essms.Count;
        }

        Retenus = new ListeLouee<EssmsRetenu>(essms);
    }

    public Dossier Dossier { get; }

    public Bareme Bareme { get; }

    public Trace Trace { get; }

    public OgFaits[] Ogs { get; }

    /// <summary>The retained ESSMS, in rank order (sized for every ESSMS listed).</summary>
    public ListeLouee<EssmsRetenu> Retenus { get; }

    public List<EssmsExclu> Exclus { get; } = new();

    private HashSet<Identifiers.Finess>? _finessDossier;

    /// <summary>Whether <paramref name="finess"/> names an ESSMS listed in the dossier (retained or excluded).</summary>
    public bool EssmsDuDossier(Identifiers.Finess finess)
    {
        if (_finessDossier is null)
        {
            _finessDossier = new HashSet<Identifiers.Finess>();
            foreach (var og in Dossier.OrganismesGestionnaires)
            {
                foreach (var e in og.Essms)
                {
                    _finessDossier.Add(e.FinessGeographique);
                }
            }
        }

        return _finessDossier.Contains(finess);
    }

    /// <inheritdoc />
    public void Dispose() => Retenus.Dispose();

    /// <summary>The facts this evaluation established, as the sections of the rule set hand them on (while the rules
    /// move to <see cref="Rules.Section"/>s: a section is checked against the facts the former engine established).</summary>
    internal Faits VersFaits(bool explications, bool? recevable, ProcedureAchat? procedure, bool? marchePossible,
        Financement financement, IReadOnlyList<Versement> versements, SecondVersement? secondVersement, IReadOnlyList<PrestationSegurOrganisme> prestations)
    {
        var retenus = Retenus.Elements.ToArray();

        var ogs = new FaitsOg[Ogs.Length];
        var ms = 0;
        int metropole = 0, corse = 0;
        foreach (var r in retenus)
        {
            if (r.Essms.Champ.EstMedicoSocial())
            {
                ms++;
            }

            if (r.Essms.TerritoireEffectif == Territoire.Metropole)
            {
                metropole++;
            }
            else
            {
                corse++;
            }
        }

        for (var i = 0; i < ogs.Length; i++)
        {
            ogs[i] = new FaitsOg(Ogs[i].Og, i, Ogs[i].Retenus, Ogs[i].RetenusTarifPlein);
        }

        var total = 0;
        foreach (var og in Dossier.OrganismesGestionnaires)
        {
            total += og.Essms.Count;
        }

        return new Faits(Dossier, Bareme)
        {
            Explications = explications,
            Eligibilite = new FaitsEligibilite(retenus, Exclus.ToArray(), ogs, total),
            Grappe = new FaitsGrappe(N, metropole, corse, TailleMinimale, SonsUniquement, MajoriteMedicoSociale, ms, OgsAvecRetenus),
            Orientation = new FaitsOrientation(OrientationProjet, Region, RegionCompte),
            Achat = new FaitsAchat(marchePossible, Achat02, procedure),
            Verdict = new FaitsVerdict(recevable),
            Financement = financement,
            Versements = new FaitsVersements(versements, secondVersement),
            PrestationSegur = prestations,
        };
    }

    /// <summary>n: the number of eligible ESSMS.</summary>
    public int N => Retenus.Count;

    /// <summary>T: the minimum grappe size (GRAPPE-01).</summary>
    public int TailleMinimale { get; set; }

    /// <summary>The grappe mixes métropole with Corse / overseas.</summary>
    public bool GrappeMixte { get; set; }

    /// <summary>GRAPPE-02 applies.</summary>
    public bool SonsUniquement { get; set; }

    /// <summary>Filed: at least one retained ESSMS and not SONS only (§10.10).</summary>
    public bool Depose => N > 0 && !SonsUniquement;

    /// <summary>The porteur and a strict majority of the retained ESSMS are PA/PH/DOM (§10.7).</summary>
    public bool MajoriteMedicoSociale { get; set; }

    /// <summary>Regional or national; null when undetermined or not filed.</summary>
    public Orientation? OrientationProjet { get; set; }

    /// <summary>ORIENT-03's region, for a regional project.</summary>
    public string? Region { get; set; }

    /// <summary>The retained ESSMS of <see cref="Region"/>.</summary>
    public int RegionCompte { get; set; }

    /// <summary>ACHAT-02 holds.</summary>
    public bool Achat02 { get; set; }

    /// <summary>OGs with at least one retained ESSMS.</summary>
    public int OgsAvecRetenus { get; set; }

    /// <summary>Outcomes of the blocking rules (§10.1).</summary>
    public List<KeyValuePair<string, Resultat>> Bloquants { get; } = new();

    public void Bloquant(string id, Resultat r) => Bloquants.Add(new KeyValuePair<string, Resultat>(id, r));

    /// <summary>Verdict: false on any blocking notSatisfied, null on any blocking missingInput, else true.</summary>
    public bool? Recevable
    {
        get
        {
            var missing = false;
            foreach (var kv in Bloquants)
            {
                if (kv.Value == Resultat.NotSatisfied)
                {
                    return false;
                }

                missing |= kv.Value == Resultat.MissingInput;
            }

            return missing ? null : true;
        }
    }

    public bool Acquisition => Dossier.TypeProjet == TypeProjet.Acquisition;

    /// <summary>A boolean input as written in the contract (<c>true</c>, <c>false</c>), null when absent.</summary>
    public static string? Texte(bool? v) => v is null ? null : v.Value ? "true" : "false";

    /// <summary>The names of the two facts that are absent (for a missingInput), in that order.</summary>
    public static List<string> Manquants(bool? a, string nomA, bool? b, string nomB)
    {
        var manquants = new List<string>(2);
        if (a is null)
        {
            manquants.Add(nomA);
        }

        if (b is null)
        {
            manquants.Add(nomB);
        }

        return manquants;
    }

    /// <summary>JSON path of an ESSMS field, for <see cref="EntreeLue"/>.</summary>
    public static string CheminEssms(int og, int index, string champ) =>
        "$.organismesGestionnaires[" + og + "].essms[" + index + "]." + champ;

    /// <summary>JSON path of an OG field.</summary>
    public static string CheminOg(int og, string champ) => "$.organismesGestionnaires[" + og + "]." + champ;
}
