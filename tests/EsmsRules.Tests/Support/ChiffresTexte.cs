using System.Globalization;
using System.Linq;
using EsmsRules.Decisions;
using EsmsRules.Rules;

namespace EsmsRules.Tests.Support;

/// <summary>A node's named figures as one line of text (<c>n=20 | seuil=50</c> style), for tests that pin them.</summary>
public static class ChiffresTexte
{
    /// <summary>A figure's value as text: dates ISO, lists comma-separated, numbers invariant.</summary>
    public static string Valeur(Chiffre c) => c.Type switch
    {
        TypeChiffre.Date => c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TypeChiffre.Texte => c.Texte,
        TypeChiffre.Liste => string.Join(",", c.Elements),
        TypeChiffre.Booleen => c.Booleen ? "true" : "false",
        _ => c.Nombre.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The node's figures, <c>nom=valeur</c> separated by spaces.</summary>
    public static string Figures(DecisionNode n) => string.Join(" ", n.Chiffres.Select(c => c.Nom + "=" + Valeur(c)));
}
