using System.Collections.Generic;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Identifiers;
using EsmsRules.Model;
using NodaTime;

namespace EsmsRules.Tests.Support;

/// <summary>Builds valid dossiers for tests: FINESS numbers with a correct Luhn key, eligible ESSMS by default.</summary>
public static class DossierBuilder
{
    /// <summary>A valid FINESS number: the 8-digit prefix <paramref name="departement"/> + serial, plus its Luhn key.</summary>
    public static Finess Finess(string departement, int serial)
    {
        var body = departement + serial.ToString("D" + (8 - departement.Length), System.Globalization.CultureInfo.InvariantCulture);
        if (body.Any(char.IsLetter))
        {
            return global::EsmsRules.Identifiers.Finess.Parse(body + "0");
        }

        for (var k = 0; k <= 9; k++)
        {
            var candidate = body + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (global::EsmsRules.Identifiers.Finess.TryParse(candidate, out var f))
            {
                return f;
            }
        }

        throw new System.InvalidOperationException("unreachable");
    }

    /// <summary>An eligible ESSMS of champ <paramref name="champ"/>.</summary>
    public static Essms Essms(string departement, int serial, Champ champ = Champ.PA) =>
        new(Finess(departement, serial), champ)
        {
            RelevantL312_1 = true,
            FinancementEsmsNumeriqueAnterieur = false,
            CommandeSonsAutreLogiciel = false,
            ActivitesConfort = false,
            RattacheEntiteNationale = false,
        };

    /// <summary>An OG of <paramref name="count"/> eligible ESSMS (serials start at <paramref name="firstSerial"/>).</summary>
    public static OrganismeGestionnaire Og(int ogSerial, int count, string departement = "31", Champ champ = Champ.PA, int? nombreEssmsFiness = null, int firstSerial = 1) =>
        new(Finess(departement, 900000 + ogSerial), Enumerable.Range(firstSerial + (ogSerial * 10000), count).Select(i => Essms(departement, i, champ)).ToArray())
        {
            NombreEssmsFiness = nombreEssmsFiness ?? 1000,
            AutodiagnosticFourni = true,
        };

    /// <summary>An OG holding exactly <paramref name="essms"/> (not a small OG, self-diagnosis provided).</summary>
    public static OrganismeGestionnaire OgOf(int ogSerial, params Essms[] essms) =>
        new(Finess("31", 900000 + ogSerial), essms)
        {
            NombreEssmsFiness = 1000,
            AutodiagnosticFourni = true,
        };

    /// <summary>Replaces the champ of the porteur and of every ESSMS.</summary>
    public static Dossier WithChamp(this Dossier d, Champ champ) =>
        (d with { Porteur = d.Porteur with { Champ = champ } }).MapEssms((e, _) => e with { Champ = champ });

    /// <summary>Replaces the editor's referencing.</summary>
    public static Dossier WithEditeur(this Dossier d, bool? segur, bool? sad) =>
        d with { Editeur = d.Editeur with { ReferenceSegur = segur, ReferenceSad = sad } };

    /// <summary>Maps the ESSMS at position <paramref name="index"/> (in list order over every OG).</summary>
    public static Dossier MapEssmsAt(this Dossier d, int index, System.Func<Essms, Essms> map) =>
        d.MapEssms((e, i) => i == index ? map(e) : e);

    /// <summary>The FINESS géographique of the ESSMS at position <paramref name="index"/>.</summary>
    public static Finess EssmsAt(this Dossier d, int index) =>
        d.OrganismesGestionnaires.SelectMany(o => o.Essms).ElementAt(index).FinessGeographique;

    /// <summary>A recevable regional acquisition dossier (PA, Ségur + SAD editor, filed 1 June 2022, 18 months).</summary>
    public static Dossier Dossier(TypeProjet type, params OrganismeGestionnaire[] ogs) =>
        new(type, new Porteur(ogs[0].FinessJuridique, Champ.PA) { SoumisCodeCommandePublique = false, MarcheEnCoursMemeObjet = false },
            new Editeur { Nom = "Editeur", ReferenceSegur = true, ReferenceSad = true },
            ogs)
        {
            Campagne = "2022",
            DateDepot = new LocalDate(2022, 6, 1),
            RepresentativiteNationale = false,
            DureePrevueMois = type == TypeProjet.Acquisition ? 18 : 9,
        };

    /// <summary>A dossier of one OG with <paramref name="n"/> ESSMS.</summary>
    public static Dossier Grappe(int n, TypeProjet type = TypeProjet.Acquisition, string departement = "31", int? nombreEssmsFiness = null) =>
        Dossier(type, Og(1, n, departement, nombreEssmsFiness: nombreEssmsFiness));

    /// <summary>Evaluates and asserts the dossier was valid.</summary>
    public static Decision Evaluate(this Dossier dossier, EvaluationOptions? options = null)
    {
        var result = new EsmsEvaluator(options).Evaluate(dossier);
        Xunit.Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Decision!;
    }

    /// <summary>The outcome of the first node applying <paramref name="regle"/>.</summary>
    public static Resultat Outcome(this Decision d, string regle) =>
        (d.Arbre.Find(regle) ?? throw new Xunit.Sdk.XunitException($"no node {regle}")).Resultat;

    /// <summary>Replaces the OGs of a dossier.</summary>
    public static Dossier WithOgs(this Dossier d, params OrganismeGestionnaire[] ogs) => d with { OrganismesGestionnaires = ogs };

    /// <summary>Maps every ESSMS of the dossier.</summary>
    public static Dossier MapEssms(this Dossier d, System.Func<Essms, int, Essms> map)
    {
        var rank = 0;
        var ogs = new List<OrganismeGestionnaire>();
        foreach (var og in d.OrganismesGestionnaires)
        {
            var list = new List<Essms>();
            foreach (var e in og.Essms)
            {
                list.Add(map(e, rank++));
            }

            ogs.Add(og with { Essms = list });
        }

        return d with { OrganismesGestionnaires = ogs };
    }
}
