using System.Globalization;
using System.Text;
using EsmsRules.Identifiers;

namespace EsmsRules.Benchmarks;

/// <summary>Synthetic dossiers: n ESSMS split in OGs of at most 40, one small OG, all eligible but a few excluded.</summary>
public static class Dossiers
{
    public static string Json(int n, int variant = 0)
    {
        var sb = new StringBuilder(256 + (n * 260));
        var type = variant % 3 == 2 ? "miseEnConformite" : "acquisition";
        sb.Append("{\"campagne\":\"2022\",\"dateDepot\":\"2022-06-01\",\"typeProjet\":\"").Append(type)
          .Append("\",\"representativiteNationale\":false,\"maitriseOuvrageMature\":true,\"dureePrevueMois\":18,")
          .Append("\"porteur\":{\"finessJuridique\":\"").Append(Finess(31, 900000)).Append("\",\"champ\":\"PA\",\"soumisCodeCommandePublique\":false,\"marcheEnCoursMemeObjet\":false},")
          .Append("\"editeur\":{\"nom\":\"Editeur\",\"referenceSegur\":").Append(variant % 2 == 0 ? "true" : "false").Append(",\"referenceSad\":true},")
          .Append("\"organismesGestionnaires\":[");
        var serial = 0;
        var og = 0;
        while (serial < n)
        {
            var size = og == 0 ? System.Math.Min(8, n) : System.Math.Min(40, n - serial);
            if (og > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"finessJuridique\":\"").Append(og == 0 ? Finess(31, 900000) : Finess(31, 900000 + og))
              .Append("\",\"nom\":\"OG ").Append(og).Append("\",\"nombreEssmsFiness\":").Append(og == 0 ? 8 : 40)
              .Append(",\"autodiagnosticFourni\":true,\"essms\":[");
            for (var i = 0; i < size; i++, serial++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append("{\"finessGeographique\":\"").Append(Finess(31, serial + (variant * 20000)))
                  .Append("\",\"nom\":\"ESSMS ").Append(serial).Append("\",\"champ\":\"").Append(serial % 7 == 3 ? "PH" : "PA")
                  .Append("\",\"relevantL312_1\":true,\"financementEsmsNumeriqueAnterieur\":").Append(serial % 97 == 50 ? "true" : "false")
                  .Append(",\"commandeSonsAutreLogiciel\":false,\"activitesConfort\":false,\"rattacheEntiteNationale\":false}");
            }

            sb.Append("]}");
            og++;
        }

        sb.Append("]}");
        return sb.ToString();
    }

    private static string Finess(int dep, int serial)
    {
        var body = dep.ToString("D2", CultureInfo.InvariantCulture) + serial.ToString("D6", CultureInfo.InvariantCulture);
        for (var k = 0; k <= 9; k++)
        {
            var s = body + k.ToString(CultureInfo.InvariantCulture);
            if (EsmsRules.Identifiers.Finess.TryParse(s, out _))
            {
                return s;
            }
        }

        throw new System.InvalidOperationException();
    }
}
