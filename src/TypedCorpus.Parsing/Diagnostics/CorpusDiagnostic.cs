using System;

namespace TypedCorpus.Parsing.Diagnostics;

public enum CorpusSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>What can go wrong with a seed or the catalog, declared once; the generator maps each to a Roslyn descriptor.</summary>
public sealed record CorpusDiagnosticDescriptor(string Id, string Title, string MessageFormat, CorpusSeverity Severity);

/// <summary>A problem found in a seed folder, with the file and line it is about.</summary>
/// <param name="Line">1-based line, or 0 when the problem is about the file as a whole.</param>
public sealed record CorpusDiagnostic(string Id, CorpusSeverity Severity, string Message, string FilePath, int Line, int Column = 1)
{
    public static CorpusDiagnostic Create(CorpusDiagnosticDescriptor descriptor, string filePath, int line, params object[] args) =>
        new(descriptor.Id, descriptor.Severity, string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, args), filePath, line);

    /// <summary>The form editors and CI annotate: <c>file(line,col): severity TCxxxx: message</c>.</summary>
    public override string ToString() =>
        $"{FilePath}({Math.Max(Line, 1)},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
