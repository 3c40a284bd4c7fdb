using System;
using System.Collections.Generic;
using EsmsRules.Baremes;
using EsmsRules.Collections;
using EsmsRules.Decisions;
using EsmsRules.Model;

namespace EsmsRules.Rules;

/// <summary>
/// What is established about a dossier as the sections of the decision chart are evaluated, in its order: the
/// eligibility of its ESSMS, the grappe, the orientation, the procurement, the verdict, the funding. Each section
/// hands the next a copy with its own facts added; a rule reads the facts of the sections before its own.
/// </summary>
/// <remarks>Immutable record: value equality.</remarks>
public sealed record Faits
{
    /// <summary>The facts of a dossier before any section: the dossier and its barème.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="bareme">The barème that applies.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public Faits(Dossier dossier, Bareme bareme)
    {
        Dossier = dossier ?? throw new ArgumentNullException(nameof(dossier));
        Bareme = bareme ?? throw new ArgumentNullException(nameof(bareme));
    }

    /// <summary>The dossier.</summary>
    public Dossier Dossier { get; }

    /// <summary>The barème that applies.</summary>
    public Bareme Bareme { get; }

    /// <summary>Whether the nodes keep their explanations (false: figures, outcomes and amounts only, and no inputs
    /// read).</summary>
    public bool Explications { get; init; } = true;

    /// <summary>Eligibility of the ESSMS (section ELIGIBILITE); null before it.</summary>
    public FaitsEligibilite? Eligibilite { get; init; }

    /// <summary>The grappe (section GRAPPE); null before it.</summary>
    public FaitsGrappe? Grappe { get; init; }

    /// <summary>The orientation (section ORIENTATION); null before it.</summary>
    public FaitsOrientation? Orientation { get; init; }

    /// <summary>The procurement (section ACHAT); null before it.</summary>
    public FaitsAchat? Achat { get; init; }

    /// <summary>The verdict (once every blocking rule is evaluated); null before it.</summary>
    public FaitsVerdict? Verdict { get; init; }

    /// <summary>The ESMS numérique funding (section FINANCEMENT: zeros when the project is not recevable); null before it.</summary>
    public Financement? Financement { get; init; }

    /// <summary>The funding section's own facts: the small OGs and the amounts its rules allocate, line by line, growing
    /// as they conclude (section FINANCEMENT); null before it.</summary>
    public FaitsFinancement? Allocations { get; init; }

    /// <summary>The payments (section VERSEMENTS); null before it.</summary>
    public FaitsVersements? Versements { get; init; }

    private readonly ValueList<PrestationSegurOrganisme>? _prestationSegur;

    /// <summary>The Prestation Ségur per OG (section SONS); null before it.</summary>
    public IReadOnlyList<PrestationSegurOrganisme>? PrestationSegur { get => _prestationSegur; init => _prestationSegur = ValueList.FromOrNull(value); }

    /// <summary>Whether the project is an acquisition (otherwise a mise en conformité).</summary>
    public bool Acquisition => Dossier.TypeProjet == TypeProjet.Acquisition;

    /// <summary>The eligibility facts.</summary>
    /// <exception cref="InvalidOperationException">The section ELIGIBILITE has not been evaluated.</exception>
    public FaitsEligibilite EligibiliteEtablie => Eligibilite ?? throw Manque("ELIGIBILITE");

    /// <summary>The grappe facts.</summary>
    /// <exception cref="InvalidOperationException">The section GRAPPE has not been evaluated.</exception>
    public FaitsGrappe GrappeEtablie => Grappe ?? throw Manque("GRAPPE");

    /// <summary>The orientation facts.</summary>
    /// <exception cref="InvalidOperationException">The section ORIENTATION has not been evaluated.</exception>
    public FaitsOrientation OrientationEtablie => Orientation ?? throw Manque("ORIENTATION");

    /// <summary>The procurement facts.</summary>
    /// <exception cref="InvalidOperationException">The section ACHAT has not been evaluated.</exception>
    public FaitsAchat AchatEtabli => Achat ?? throw Manque("ACHAT");

    /// <summary>The verdict.</summary>
    /// <exception cref="InvalidOperationException">The verdict is not known yet.</exception>
    public FaitsVerdict VerdictEtabli => Verdict ?? throw Manque("le verdict");

    /// <summary>The funding.</summary>
    /// <exception cref="InvalidOperationException">The section FINANCEMENT has not been evaluated.</exception>
    public Financement FinancementEtabli => Financement ?? throw Manque("FINANCEMENT");

    /// <summary>The funding section's own facts.</summary>
    /// <exception cref="InvalidOperationException">The section FINANCEMENT has not established them.</exception>
    public FaitsFinancement AllocationsEtablies => Allocations ?? throw Manque("FINANCEMENT");

    private static InvalidOperationException Manque(string quoi) =>
        new($"Les faits de {quoi} ne sont pas encore établis : une règle est évaluée avant la section qui les établit.");
}

/// <summary>The verdict on the ESMS numérique filing: non recevable when a blocking rule is notSatisfied, undetermined
/// when one is missingInput, recevable otherwise.</summary>
/// <param name="Recevable">True, false, or null when it hangs on missing inputs.</param>
public sealed record FaitsVerdict(bool? Recevable)
{
    /// <summary>The verdict of blocking outcomes (<see cref="DecisionNode.Bloquant"/>): false on any blocking
    /// notSatisfied, else null on any blocking missingInput, else true.</summary>
    /// <param name="listes">The rules' nodes, in lists (children are not read: blocking is an outcome of a rule's node).</param>
    /// <returns>The verdict.</returns>
    internal static FaitsVerdict Etablir(params IReadOnlyList<DecisionNode>[] listes)
    {
        var manque = false;
        foreach (var noeuds in listes ?? throw new ArgumentNullException(nameof(listes)))
        {
            for (var i = 0; i < noeuds.Count; i++)
            {
                var n = noeuds[i];
                if (!n.Bloquant)
                {
                    continue;
                }

                if (n.Resultat == Resultat.NotSatisfied)
                {
                    return new FaitsVerdict(false);
                }

                manque |= n.Resultat == Resultat.MissingInput;
            }
        }

        return new FaitsVerdict(manque ? null : true);
    }
}

/// <summary>The payments of the ESMS numérique credits (VERS-01…06).</summary>
/// <param name="Versements">The schedule (empty when nothing is paid).</param>
/// <param name="SecondVersement">The second payment's conditions; null when no payment is scheduled.</param>
public sealed record FaitsVersements(IReadOnlyList<Versement> Versements, SecondVersement? SecondVersement)
{
    private readonly ValueList<Versement> _versements = ValueList.From(Versements);

    /// <summary>The schedule (empty when nothing is paid).</summary>
    public IReadOnlyList<Versement> Versements { get => _versements; init => _versements = ValueList.From(value); }
}
