using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;
using Xunit.Sdk;

namespace EsmsRules.Tests.Support;

/// <summary>
/// A small stand-in for Verify (not installable here): compares a JSON text with the committed
/// <c>Snapshots/NAME.verified.json</c>. On mismatch it writes <c>NAME.received.json</c> beside it and fails; run the
/// tests with <c>ESMSRULES_ACCEPT_SNAPSHOTS=1</c> to accept the received text as the new verified one.
/// </summary>
/// <remarks>
/// Snapshooter.Xunit 1.3.1 was tried in place of this helper (issue 16) and not kept. Its snapshot of a decision is the
/// same JSON text, and a mismatch writes a <c>__mismatch__</c> file as this helper writes <c>.received.json</c>, but:
/// it finds its folder from the test's source path, which a CI build (<c>ContinuousIntegrationBuild</c>, path map
/// <c>/_/</c>) turns into <c>/_/tests/…/__snapshots__</c>, where it found no snapshot, wrote a new one and passed — a
/// changed decision went unnoticed on CI (tried with a snapshot edited on purpose); a missing snapshot passes unless
/// <c>SNAPSHOOTER_STRICT_MODE</c> is set; it has no accept switch (a mismatch is accepted by copying the file by hand);
/// and its failure shows only the first differing position of the 40 KB text. Each can be worked around (an explicit
/// <c>SnapshotFullName</c> folder, the environment variable in <c>.ci/run</c>), which leaves a wrapper as large as this
/// helper and one more package.
/// </remarks>
public static class Snapshot
{
    /// <summary>Environment variable that accepts new snapshots.</summary>
    public const string AcceptVariable = "ESMSRULES_ACCEPT_SNAPSHOTS";

    /// <summary>Verifies <paramref name="json"/> against the snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string json, [CallerFilePath] string callerFile = "") =>
        Verify(name, json, Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true", callerFile);

    /// <summary>Verifies <paramref name="json"/> against the snapshot <paramref name="name"/>, accepting it when
    /// <paramref name="accept"/> is set.</summary>
    internal static void Verify(string name, string json, bool accept, string callerFile)
    {
        var dir = Path.Combine(ProjectDirectory(callerFile), "Snapshots");
        Directory.CreateDirectory(dir);
        var verified = Path.Combine(dir, name + ".verified.json");
        var received = Path.Combine(dir, name + ".received.json");
        var actual = Normalize(json);
        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        if (accept)
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        throw new XunitException(File.Exists(verified)
            ? $"Snapshot {name} differs: compare {received} with {verified}; set {AcceptVariable}=1 to accept."
            : $"No snapshot {name} yet: {received} was written; review it and set {AcceptVariable}=1 to accept.");
    }

    private static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    /// <summary>
    /// The test project's folder (the one holding the .csproj). Taken from the assembly metadata written at build
    /// time, then from the output folder and the caller's source path (which a CI build maps to "/_/").
    /// </summary>
    /// <summary>
    /// Checks that a page of <c>docs/</c> generated from the code (<paramref name="nom"/>, e.g. <c>regles.md</c>) is
    /// <paramref name="attendu"/>; with <see cref="AcceptVariable"/> set, writes it first.
    /// </summary>
    /// <param name="nom">The page's file name under <c>docs/</c>.</param>
    /// <param name="attendu">The page as the code generates it.</param>
    /// <param name="commande">Besides the variable, another way to regenerate it, if any.</param>
    public static void VerifyDoc(string nom, string attendu, string? commande = null)
    {
        var fichier = Path.GetFullPath(Path.Combine(ProjectDirectory(string.Empty), "..", "..", "docs", nom));
        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(fichier, attendu);
        }

        var comment = commande is null ? $"run the tests with {AcceptVariable}=1" : $"run `{commande}` (or the tests with {AcceptVariable}=1)";
        Assert.True(File.Exists(fichier), $"{fichier} is missing: {comment}.");
        Assert.True(attendu == File.ReadAllText(fichier).Replace("\r\n", "\n", StringComparison.Ordinal),
            $"{fichier} is out of date: {comment} and review the diff.");
    }

    internal static string ProjectDirectory(string callerFile)
    {
        foreach (var attribute in typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == "EsmsRules.Tests.ProjectDirectory" && attribute.Value is { Length: > 0 } built
                && File.Exists(Path.Combine(built, ProjectFile)))
            {
                return built;
            }
        }

        return FindUpwards(AppContext.BaseDirectory) ?? FindUpwards(Path.GetDirectoryName(callerFile))
            ?? throw new InvalidOperationException(
                $"Test project folder not found from the build metadata, {AppContext.BaseDirectory} or {callerFile}");
    }

    private const string ProjectFile = "EsmsRules.Tests.csproj";

    private static string? FindUpwards(string? dir)
    {
        while (dir is { Length: > 0 } && !File.Exists(Path.Combine(dir, ProjectFile)))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir is { Length: > 0 } ? dir : null;
    }
}
