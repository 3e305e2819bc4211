using System;
using System.IO;
using TypedCorpus.Testing;

namespace TypedCorpus.Generator.Tests.Snapshots;

/// <summary>
/// Snapshot files in Verify's convention: <c>Name.verified.cs</c> is committed beside the test; on a mismatch the
/// actual text is written to <c>Name.received.cs</c> and the test fails. Accept a change by renaming received to
/// verified (or run with TYPEDCORPUS_ACCEPT_SNAPSHOTS=1). Switching to Verify later is a package swap.
/// The folder is found from the repository root, not from [CallerFilePath]: a CI build maps source paths to /_/.
/// </summary>
internal static class Snapshot
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "TypedCorpus.Generator.Tests");

    public static void Verify(string actual, string name)
    {
        var verified = Path.Combine(Folder, name + ".verified.cs");
        var received = Path.Combine(Folder, name + ".received.cs");
        var normalised = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("TYPEDCORPUS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalised);
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        throw new Xunit.Sdk.XunitException(expected is null
            ? $"No snapshot {verified} yet; the output was written to {received}. Review it and rename it to accept it."
            : $"Output differs from {verified}; the new output is in {received}. Diff them, then accept by renaming or fix the generator.");
    }
}
