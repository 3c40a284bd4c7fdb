using System;

namespace EsmsRules.Cli.Rendu;

/// <summary>What a readable rendering shows.</summary>
/// <param name="Complet">Show the rules that do not concern the dossier (<c>notApplicable</c>), hidden by default.</param>
/// <param name="Sources">Show each node's source.</param>
/// <param name="Largeur">The terminal tree's width in characters (at least <see cref="LargeurMinimale"/>).</param>
internal sealed record OptionsRendu(bool Complet = false, bool Sources = false, int Largeur = OptionsRendu.LargeurParDefaut)
{
    /// <summary>The width when the output is not a terminal and <c>COLUMNS</c> is not set.</summary>
    public const int LargeurParDefaut = 100;

    /// <summary>The narrowest width the tree is laid out for.</summary>
    public const int LargeurMinimale = 40;

    /// <summary>The width of the output: the terminal's when writing to one, else <c>COLUMNS</c> when it is a number,
    /// else <see cref="LargeurParDefaut"/>; never below <see cref="LargeurMinimale"/>.</summary>
    /// <param name="terminal">The output is a terminal.</param>
    /// <param name="largeurTerminal">Reads the terminal's width (may throw when there is none).</param>
    /// <param name="columns">The <c>COLUMNS</c> environment variable.</param>
    /// <returns>The width.</returns>
    public static int Resoudre(bool terminal, Func<int> largeurTerminal, string? columns)
    {
        var largeur = 0;
        if (terminal)
        {
            try
            {
                largeur = largeurTerminal();
            }
            catch (Exception ex) when (ex is System.IO.IOException or PlatformNotSupportedException or InvalidOperationException)
            {
                largeur = 0;
            }
        }

        if (largeur <= 0 && int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            largeur = n;
        }

        if (largeur <= 0)
        {
            largeur = LargeurParDefaut;
        }

        return Math.Max(largeur, LargeurMinimale);
    }
}
