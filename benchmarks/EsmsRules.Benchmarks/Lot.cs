using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace EsmsRules.Benchmarks;

/// <summary>
/// A campaign file for the whole-process measurement of <c>esms-rules evaluate --ndjson</c> (<c>run-debit.sh</c>):
/// random dossiers, one per line, drawn from a seeded <see cref="Random"/> so that the same arguments always give the
/// same bytes. Each dossier has 1 to 2 × <c>essms</c> − 1 ESSMS (mean <c>essms</c>) in OGs of 1 to 40, and every field
/// of the format that changes a decision is drawn: project type, campaign and date, national representativeness,
/// maturity, duration, porteur's champ and procurement, editor's references and quote, small OGs, overseas and Corsican
/// ESSMS, already funded or excluded ESSMS, SONS categories. All dossiers are well-formed; some are not recevable.
/// </summary>
public static class Lot
{
    private static readonly string[] Champs = { "PA", "PA", "PA", "PH", "PH", "DOM", "PDS", "PDE", "AHI", "PJM" };
    private static readonly string[] Departements = { "31", "34", "11", "30", "66", "75", "13", "69", "33", "59", "2A", "97" };
    private static readonly string[] Noms =
    {
        "EHPAD Résidence les Tilleuls", "SSIAD du Lauragais", "IME Les Sources", "ESAT de la Garonne", "Foyer d'accueil médicalisé",
        "SAAD Aide à domicile", "MECS L'Escale", "CHRS Le Relais", "Service mandataire judiciaire", "EHPAD Saint-Joseph",
    };
    private static readonly string[] Territoires = { "metropole", "corse", "outreMer" };

    /// <summary>Writes <paramref name="dossiers"/> lines to <paramref name="output"/> (UTF-8, <c>\n</c> after each).</summary>
    public static void Ecrire(Stream output, int dossiers, int essms, int graine)
    {
        var random = new Random(graine);
        var sb = new StringBuilder(64 * 1024);
        var utf8 = new UTF8Encoding(false);
        for (var i = 0; i < dossiers; i++)
        {
            sb.Clear();
            Dossier(sb, random, i, Math.Max(1, random.Next(1, 2 * essms)));
            sb.Append('\n');
            var bytes = utf8.GetBytes(sb.ToString());
            output.Write(bytes, 0, bytes.Length);
        }
    }

    /// <summary><c>lot [--dossiers N] [--essms N] [--graine N]</c>: the file on standard output.</summary>
    public static int Run(string[] args)
    {
        int dossiers = 5000, essms = 45, graine = 18;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var valeur = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--dossiers": dossiers = valeur; break;
                case "--essms": essms = valeur; break;
                case "--graine": graine = valeur; break;
                default: Console.Error.WriteLine($"lot : option inconnue « {args[i]} »."); return 1;
            }
        }

        using var stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 20);
        Ecrire(buffered, dossiers, essms, graine);
        return 0;
    }

    private static void Dossier(StringBuilder sb, Random r, int index, int n)
    {
        var conformite = r.Next(3) == 0;
        var campagne = 2022 + r.Next(4);
        var mois = 1 + r.Next(12);
        var jour = 1 + r.Next(28);
        var departement = Pick(r, Departements);
        var serie = 100_000 + (index * 10);

        sb.Append("{\"campagne\":\"").Append(campagne).Append("\",\"dateDepot\":\"")
          .Append(campagne.ToString(CultureInfo.InvariantCulture)).Append('-').Append(mois.ToString("D2", CultureInfo.InvariantCulture))
          .Append('-').Append(jour.ToString("D2", CultureInfo.InvariantCulture))
          .Append("\",\"typeProjet\":\"").Append(conformite ? "miseEnConformite" : "acquisition")
          .Append("\",\"representativiteNationale\":").Append(Bool(r, 10));
        if (r.Next(5) != 0)
        {
            sb.Append(",\"maitriseOuvrageMature\":").Append(Bool(r, 80));
        }

        sb.Append(",\"dureePrevueMois\":").Append(6 + r.Next(19));
        sb.Append(",\"porteur\":{\"finessJuridique\":\"").Append(Finess(departement, serie)).Append("\",\"champ\":\"").Append(Pick(r, Champs))
          .Append("\",\"soumisCodeCommandePublique\":").Append(Bool(r, 20)).Append(",\"marcheEnCoursMemeObjet\":").Append(Bool(r, 10)).Append('}');
        sb.Append(",\"editeur\":{\"nom\":\"Editeur ").Append(r.Next(40)).Append("\",\"referenceSegur\":").Append(Bool(r, 75))
          .Append(",\"referenceSad\":").Append(Bool(r, 60));
        if (r.Next(4) == 0)
        {
            sb.Append(",\"devis\":").Append((r.Next(5_000_000, 150_000_000) / 100m).ToString(CultureInfo.InvariantCulture));
        }

        sb.Append("},\"organismesGestionnaires\":[");
        var rang = 0;
        for (var og = 0; rang < n; og++)
        {
            var taille = Math.Min(n - rang, 1 + r.Next(40));
            var petit = r.Next(4) == 0;
            var ogDepartement = r.Next(6) == 0 ? Pick(r, Departements) : departement;
            if (og > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"finessJuridique\":\"").Append(Finess(ogDepartement, serie + 1 + og)).Append("\",\"nom\":\"OG ").Append(og)
              .Append("\",\"nombreEssmsFiness\":").Append(petit ? Math.Min(taille + r.Next(5), 14) : taille + r.Next(60));
            if (r.Next(10) != 0)
            {
                sb.Append(",\"autodiagnosticFourni\":").Append(Bool(r, 95));
            }

            sb.Append(",\"essms\":[");
            for (var k = 0; k < taille; k++, rang++)
            {
                if (k > 0)
                {
                    sb.Append(',');
                }

                var essmsDepartement = r.Next(8) == 0 ? Pick(r, Departements) : ogDepartement;
                sb.Append("{\"finessGeographique\":\"").Append(Finess(essmsDepartement, (index * 200) + rang + 500_000))
                  .Append("\",\"nom\":\"").Append(Pick(r, Noms)).Append(' ').Append(rang + 1).Append("\",\"champ\":\"").Append(Pick(r, Champs)).Append('"');
                if (r.Next(2) == 0)
                {
                    sb.Append(",\"territoire\":\"").Append(r.Next(10) == 0 ? Pick(r, Territoires) : "metropole").Append('"');
                }

                sb.Append(",\"relevantL312_1\":").Append(Bool(r, 98))
                  .Append(",\"financementEsmsNumeriqueAnterieur\":").Append(Bool(r, 3))
                  .Append(",\"commandeSonsAutreLogiciel\":").Append(Bool(r, 3))
                  .Append(",\"activitesConfort\":").Append(Bool(r, 5))
                  .Append(",\"rattacheEntiteNationale\":").Append(Bool(r, 5));
                sb.Append(",\"categorieFiness\":\"").Append(r.Next(2) == 0 ? "500" : (100 + r.Next(900)).ToString(CultureInfo.InvariantCulture))
                  .Append("\",\"equipeDui\":").Append(Bool(r, 85));

                sb.Append('}');
            }

            sb.Append("]}");
        }

        sb.Append("]}");
    }

    private static string Bool(Random r, int pourcentVrai) => r.Next(100) < pourcentVrai ? "true" : "false";

    private static string Pick(Random r, string[] values) => values[r.Next(values.Length)];

    /// <summary>A valid FINESS number: two characters of département, then <paramref name="serie"/> on six digits and
    /// its Luhn key (the key of a number with a letter is not checked).</summary>
    private static string Finess(string departement, int serie)
    {
        var body = departement + (serie % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        for (var k = 0; k <= 9; k++)
        {
            var s = body + k.ToString(CultureInfo.InvariantCulture);
            if (EsmsRules.Identifiers.Finess.TryParse(s, out _))
            {
                return s;
            }
        }

        throw new InvalidOperationException("Aucune clé FINESS pour " + body + ".");
    }
}
