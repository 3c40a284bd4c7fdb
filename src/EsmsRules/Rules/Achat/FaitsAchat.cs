using EsmsRules.Decisions;

namespace EsmsRules.Rules;

/// <summary>What the procurement section establishes (ACHAT-01…04).</summary>
/// <param name="MarchePossible">P = soumisCodeCommandePublique ∧ marcheEnCoursMemeObjet, three-valued.</param>
/// <param name="MarcheEnCours">ACHAT-02 is satisfied: the current contract is used.</param>
/// <param name="Procedure">The procedure the rules lead to (the decision gives it for a recevable project only); null
/// when the porteur facts that decide it are missing.</param>
public sealed record FaitsAchat(bool? MarchePossible, bool MarcheEnCours, ProcedureAchat? Procedure);
