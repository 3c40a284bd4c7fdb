using System;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace EsmsRules.Tests.Support;

public sealed class SnapshotTests
{
    // What a CI build (ContinuousIntegrationBuild, path map) passes as [CallerFilePath].
    private const string MappedCallerPath = "/_/tests/EsmsRules.Tests/Support/SnapshotTests.cs";

    [Fact]
    public void ProjectDirectory_MappedCallerPath_FindsTestProject()
    {
        var dir = Snapshot.ProjectDirectory(MappedCallerPath);

        Assert.True(File.Exists(Path.Combine(dir, "EsmsRules.Tests.csproj")), dir);
    }

    [Fact]
    public void Verify_MismatchWithMappedCallerPath_WritesReceivedAndFails()
    {
        var name = "zz-snapshot-helper-" + Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Snapshot.ProjectDirectory(MappedCallerPath), "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.json");
        var received = Path.Combine(folder, name + ".received.json");
        try
        {
            File.WriteAllText(verified, "{\"a\": 1}\n");

            var error = Assert.Throws<XunitException>(() => Snapshot.Verify(name, "{\"a\": 2}", false, MappedCallerPath));

            Assert.Contains(name, error.Message, StringComparison.Ordinal);
            Assert.Equal("{\"a\": 2}\n", File.ReadAllText(received));
        }
        finally
        {
            File.Delete(verified);
            File.Delete(received);
        }
    }

    [Fact]
    public void Verify_SameTextWithOtherLineEndings_PassesAndRemovesStaleReceived()
    {
        var name = "zz-snapshot-helper-" + Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Snapshot.ProjectDirectory(MappedCallerPath), "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.json");
        var received = Path.Combine(folder, name + ".received.json");
        try
        {
            File.WriteAllText(verified, "{\n  \"a\": 1\n}\n");
            File.WriteAllText(received, "stale");

            Snapshot.Verify(name, "{\r\n  \"a\": 1\r\n}", false, MappedCallerPath);

            Assert.False(File.Exists(received));
        }
        finally
        {
            File.Delete(verified);
            File.Delete(received);
        }
    }
}
