using System;
using System.IO;

namespace TypedCorpus.Testing;

/// <summary>Paths in the repository, found from the test binary's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string fileName) => Path.Combine(Seeds, fileName);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "TypedCorpus.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TypedCorpus.sln not found above " + AppContext.BaseDirectory);
    }
}
