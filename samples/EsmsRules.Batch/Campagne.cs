using System;
using System.IO;
using System.Text;
using System.Threading.Channels;
using System.Threading.Tasks;
using EsmsRules.Decisions;
using EsmsRules.Engine;
using EsmsRules.Serialization;

namespace EsmsRules.Batch;

/// <summary>
/// Evaluates the dossiers of an NDJSON input on every core and hands the answers back in input order: a reader task
/// starts one evaluation per line (on the thread pool) and queues it in a bounded channel; the caller's callback gets
/// them in the order they were queued (a blank line too, with an empty answer, for the progress). At most four evaluations per core are in flight, whatever the input's size.
/// </summary>
internal sealed class Campagne
{
    private readonly EsmsEvaluator _evaluateur;
    private readonly bool _inclureArbre;

    public Campagne(EsmsEvaluator evaluateur, bool inclureArbre)
    {
        _evaluateur = evaluateur;
        _inclureArbre = inclureArbre;
    }

    public async Task RunAsync(TextReader entree, Func<ReponseLigne, Task> recevoir)
    {
        var enCours = Channel.CreateBounded<Task<ReponseLigne>>(new BoundedChannelOptions(Environment.ProcessorCount * 4)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        var lecture = Task.Run(async () =>
        {
            try
            {
                var numero = 0;
                while (await entree.ReadLineAsync().ConfigureAwait(false) is { } ligne)
                {
                    numero++;
                    var octets = Encoding.UTF8.GetByteCount(ligne) + 1;
                    if (string.IsNullOrWhiteSpace(ligne))
                    {
                        // Blank lines are skipped but counted, as the command line does.
                        await enCours.Writer.WriteAsync(Task.FromResult(ReponseLigne.Vide(numero, octets))).ConfigureAwait(false);
                        continue;
                    }

                    var n = numero;
                    await enCours.Writer.WriteAsync(Task.Run(() => Evaluer(n, ligne, octets))).ConfigureAwait(false);
                }

                enCours.Writer.Complete();
            }
            catch (Exception e)
            {
                enCours.Writer.Complete(e);
            }
        });

        await foreach (var evaluation in enCours.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await recevoir(await evaluation.ConfigureAwait(false)).ConfigureAwait(false);
        }

        await lecture.ConfigureAwait(false);
    }

    private ReponseLigne Evaluer(int ligne, string json, long octets)
    {
        EvaluationResult resultat;
        try
        {
            resultat = _evaluateur.EvaluateJson(json);
        }
#pragma warning disable CA1031 // A dossier the library fails on must not stop the campaign: it is answered like an invalid line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var erreur = new InputError("internalError", "$", $"Erreur interne de la bibliothèque sur ce dossier : {e.Message}");
            return ReponseLigne.Invalide(ligne, AvecLigne(ligne, DecisionJsonWriter.SerializeErrors(new[] { erreur }, indented: false)), new[] { erreur }, octets);
        }

        if (!resultat.IsValid)
        {
            return ReponseLigne.Invalide(ligne, AvecLigne(ligne, DecisionJsonWriter.SerializeErrors(resultat.Errors, indented: false)), resultat.Errors, octets);
        }

        var decision = resultat.Decision;
        return ReponseLigne.Evaluee(ligne, AvecLigne(ligne, DecisionJsonWriter.Serialize(decision, indented: false, inclureArbre: _inclureArbre)), decision, octets);
    }

    /// <summary><c>{"ligne":N,</c> followed by the members of the object written by the library, as the command line's
    /// <c>--ndjson</c> writes its answers.</summary>
    private static string AvecLigne(int ligne, string objet) =>
        "{\"ligne\":" + ligne.ToString(System.Globalization.CultureInfo.InvariantCulture) + (objet.Length > 2 ? "," : "") + objet.Substring(1);
}

/// <summary>The answer to one input line: its JSON line and what the summary counts.</summary>
/// <param name="Ligne">The 1-based input line number.</param>
/// <param name="Json">The answer's JSON line (empty for a blank input line, which gets no answer).</param>
/// <param name="Decision">The decision; null for an invalid line.</param>
/// <param name="Erreurs">The input errors; null for an evaluated line.</param>
/// <param name="Octets">The input line's size in bytes, its line end included (for the progress bar).</param>
internal sealed record ReponseLigne(int Ligne, string Json, Decision? Decision, System.Collections.Generic.IReadOnlyList<InputError>? Erreurs, long Octets)
{
    public static ReponseLigne Vide(int ligne, long octets) => new(ligne, "", null, null, octets);

    public static ReponseLigne Evaluee(int ligne, string json, Decision decision, long octets) => new(ligne, json, decision, null, octets);

    public static ReponseLigne Invalide(int ligne, string json, System.Collections.Generic.IReadOnlyList<InputError> erreurs, long octets) =>
        new(ligne, json, null, erreurs, octets);
}
