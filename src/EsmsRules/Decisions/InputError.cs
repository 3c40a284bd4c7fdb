using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using EsmsRules.Collections;

namespace EsmsRules.Decisions;

/// <summary>
/// A problem with the input: a stable code, the JSON path of the offending value, a French message and the structured
/// arguments it was rendered from (after FluentValidation's <c>ValidationFailure</c>).
/// </summary>
/// <param name="Code">Stable code (<c>finessCheckKey</c>, <c>duplicateEssms</c>…), see <see cref="InputErrorCodes"/>.</param>
/// <param name="Chemin">JSON path (<c>$.organismesGestionnaires[0].essms[2].finessGeographique</c>).</param>
/// <param name="Message">French message.</param>
/// <param name="Arguments">Structured arguments.</param>
/// <remarks>Immutable: <see cref="Arguments"/> is an immutable copy of the dictionary given. Equality is record
/// equality, the arguments compared entry by entry.</remarks>
public sealed record InputError(string Code, string Chemin, string Message, IReadOnlyDictionary<string, string> Arguments)
{
    private readonly ValueDictionary<string, string> _arguments = ValueDictionary.From(Arguments);

    /// <summary>Creates an error without arguments.</summary>
    /// <param name="code">Code.</param>
    /// <param name="chemin">Path.</param>
    /// <param name="message">Message.</param>
    public InputError(string code, string chemin, string message)
        : this(code, chemin, message, ValueDictionary<string, string>.Empty)
    {
    }

    /// <summary>Structured arguments (empty when there are none).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get => _arguments; init => _arguments = ValueDictionary.From(value); }

    /// <summary>"TITLE (1 problème) :" or "TITLE (n problèmes) :" followed by one line per error (path, message, code).</summary>
    /// <param name="titre">What was refused ("Dossier invalide", "Barème invalide").</param>
    /// <param name="errors">The errors.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public static string Describe(string titre, IReadOnlyList<InputError> errors)
    {
        if (errors is null)
        {
            throw new ArgumentNullException(nameof(errors));
        }

        var lines = new string[errors.Count + 1];
        lines[0] = $"{titre} ({errors.Count} {(errors.Count >= 2 ? "problèmes" : "problème")}) :";
        for (var i = 0; i < errors.Count; i++)
        {
            lines[i + 1] = "  " + errors[i];
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Chemin} : {Message} [{Code}]";
}

/// <summary>The stable codes of <see cref="InputError"/>.</summary>
public static class InputErrorCodes
{
    /// <summary>The text is not JSON.</summary>
    public const string MalformedJson = "malformedJson";

    /// <summary>A required field is absent or null.</summary>
    public const string Required = "required";

    /// <summary>A value has the wrong JSON type.</summary>
    public const string WrongType = "wrongType";

    /// <summary>A string is not one of the enum values of the dossier format.</summary>
    public const string UnknownValue = "unknownValue";

    /// <summary>A FINESS number is not 9 letters or digits.</summary>
    public const string FinessShape = "finessShape";

    /// <summary>An all-digit FINESS number fails the Luhn check.</summary>
    public const string FinessCheckKey = "finessCheckKey";

    /// <summary>An ESSMS is listed twice.</summary>
    public const string DuplicateEssms = "duplicateEssms";

    /// <summary>An OG is listed twice.</summary>
    public const string DuplicateOrganisme = "duplicateOrganisme";

    /// <summary>A count or amount is negative.</summary>
    public const string Negative = "negative";

    /// <summary>A count is not an integer.</summary>
    public const string NotInteger = "notInteger";

    /// <summary>An amount has more than 2 decimals or is out of range.</summary>
    public const string InvalidAmount = "invalidAmount";

    /// <summary>A date is not a real ISO date.</summary>
    public const string InvalidDate = "invalidDate";

    /// <summary>The dossier lists no ESSMS at all.</summary>
    public const string NoEssms = "noEssms";

    /// <summary>The campaign is not known.</summary>
    public const string UnknownCampaign = "unknownCampaign";

    /// <summary>A FINESS category code is not 3 digits.</summary>
    public const string InvalidCategory = "invalidCategory";


    /// <summary>The input could not be read (I/O).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>Barème document: a parameter name the library does not know.</summary>
    public const string UnknownParameter = "unknownParameter";

    /// <summary>Barème document: a member the schema does not know (outside <c>parametres</c>).</summary>
    public const string UnknownField = "unknownField";

    /// <summary>A number outside its bounds: in a dossier, a count or an amount beyond what the texts can mean (a
    /// usage counter above 10⁹, a duration above 120 months, an amount above 10⁹ €…); in a barème document, a rate
    /// above 1, a size of 0…</summary>
    public const string OutOfRange = "outOfRange";

    /// <summary>Barème document: a duration that is not a positive ISO 8601 period of dates (<c>P9M</c>).</summary>
    public const string InvalidPeriod = "invalidPeriod";

    /// <summary>Barème document: a window or calendar that ends before it starts.</summary>
    public const string InvalidWindow = "invalidWindow";

    /// <summary>Barème document: SONS tranches that do not follow each other from 1 to an open-ended last one.</summary>
    public const string TranchesNotContiguous = "tranchesNotContiguous";

    /// <summary>Barème document: <c>herite</c> names a campaign that is not known.</summary>
    public const string UnknownParent = "unknownParent";

    /// <summary>Barème documents: inheritance goes round in a cycle.</summary>
    public const string InheritanceCycle = "inheritanceCycle";

    /// <summary>Barème documents: two documents define the same campaign.</summary>
    public const string DuplicateCampaign = "duplicateCampaign";

    /// <summary>Barème document: <c>herite</c> differs from the barème it is loaded on top of.</summary>
    public const string ParentMismatch = "parentMismatch";

    /// <summary>A string that is not valid Unicode text: an escaped lone surrogate (<c>"\ud800"</c>), or bytes that
    /// are not UTF-8.</summary>
    public const string InvalidString = "invalidString";

    /// <summary>Input beyond a limit of <see cref="Serialization.InputLimits"/> (document size, ESSMS per dossier,
    /// string length, nesting depth, number of problems); the limit is in the arguments (<c>limite</c>).</summary>
    public const string LimitExceeded = "limitExceeded";

    /// <summary>Dossier: a field the dossier format does not know, refused in strict mode (otherwise a warning of the
    /// same code, <see cref="AvertissementCodes.ChampInconnu"/>).</summary>
    public const string ChampInconnu = "champInconnu";

    /// <summary>Dossier: the same field written twice in one object (which one would count is not said by JSON).</summary>
    public const string DuplicateField = "duplicateField";
}

/// <summary>The dossier could not be evaluated: every problem is listed.</summary>
public sealed class InvalidDossierException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every problem found.</param>
    public InvalidDossierException(IReadOnlyList<InputError> errors)
        : base(BuildMessage(errors))
    {
        Errors = ValueList.From(errors);
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<InputError> errors) => InputError.Describe("Dossier invalide", errors);
}

/// <summary>The outcome of an evaluation: a decision, or the list of input errors (never both, never half a result).</summary>
public sealed class EvaluationResult
{
    private EvaluationResult(Decision? decision, IReadOnlyList<InputError> errors)
    {
        Decision = decision;
        Errors = ValueList.From(errors);
    }

    /// <summary>The decision; null when the input was invalid.</summary>
    public Decision? Decision { get; }

    /// <summary>Every input problem; empty when <see cref="Decision"/> is set.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>True when the dossier was evaluated: <see cref="Decision"/> is then not null (the compiler knows it: no
    /// <c>!</c> is needed after <c>if (result.IsValid)</c>).</summary>
    [MemberNotNullWhen(true, nameof(Decision))]
    public bool IsValid => Decision is not null;

    /// <summary>A successful evaluation.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The result.</returns>
    internal static EvaluationResult Success(Decision decision) =>
        new(decision ?? throw new ArgumentNullException(nameof(decision)), ValueList<InputError>.Empty);

    /// <summary>A refused dossier.</summary>
    /// <param name="errors">At least one error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No error given.</exception>
    internal static EvaluationResult Invalid(IReadOnlyList<InputError> errors)
    {
        if (errors is null || errors.Count == 0)
        {
            throw new ArgumentException("Un refus doit lister au moins un problème.", nameof(errors));
        }

        return new EvaluationResult(null, errors);
    }

    /// <summary>The decision, or an <see cref="InvalidDossierException"/> listing every problem.</summary>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidDossierException">The input was invalid.</exception>
    public Decision GetDecisionOrThrow() => Decision ?? throw new InvalidDossierException(Errors);
}
