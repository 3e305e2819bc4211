namespace TypedCorpus.Generator;

/// <summary>The generator's version, written into [GeneratedCode] attributes.</summary>
internal static class ThisAssembly
{
    public const string Version = "0.1.0";
}
