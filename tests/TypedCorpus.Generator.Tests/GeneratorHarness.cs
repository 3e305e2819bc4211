using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Testing;

namespace TypedCorpus.Generator.Tests;

/// <summary>Runs the generator over in-memory seeds and compiles what it writes, the way the compiler would.</summary>
internal sealed class GeneratorHarness
{
    public const string Namespace = "Corpus.Tests";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(frameworkFolder, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    private readonly Dictionary<string, InMemoryAdditionalText> _files = new(StringComparer.Ordinal);
    private GeneratorDriver _driver;

    /// <param name="runtime">How the runtime library is referenced; by default, its file as built.</param>
    public GeneratorHarness(bool referenceRuntime = true, string? code = null, MetadataReference? runtime = null, bool trackSteps = true)
    {
        var references = FrameworkReferences.Value;
        if (referenceRuntime)
        {
            references = references.Add(runtime ?? MetadataReference.CreateFromFile(typeof(TypedCorpus.Document).Assembly.Location));
        }

        Compilation = CSharpCompilation.Create(
            "Consumer",
            code is null ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(code, ParseOptions, "Consumer.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: new Options(Namespace),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public Compilation Compilation { get; private set; }

    /// <summary>The five real seeds and their catalog, under the folder "seeds".</summary>
    public static GeneratorHarness WithRealSeeds(string? code = null)
    {
        var harness = new GeneratorHarness(code: code);
        foreach (var path in Directory.GetFiles(Repository.Seeds))
        {
            harness.Add(Path.GetFileName(path), File.ReadAllText(path));
        }

        return harness;
    }

    public static string SeedPath(string fileName) => Path.Combine("/corpus", "seeds", fileName);

    public GeneratorHarness Add(string fileName, string text)
    {
        var file = new InMemoryAdditionalText(SeedPath(fileName), text);
        _files[fileName] = file;
        _driver = _driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(file));
        return this;
    }

    public GeneratorHarness Replace(string fileName, string text)
    {
        var file = new InMemoryAdditionalText(SeedPath(fileName), text);
        _driver = _driver.ReplaceAdditionalText(_files[fileName], file);
        _files[fileName] = file;
        return this;
    }

    public string Text(string fileName) => _files[fileName].Text;

    /// <summary>Runs the generator; returns the compilation with the generated files and the generator's diagnostics.</summary>
    public (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result) Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var diagnostics, CancellationToken.None);
        return (output, diagnostics, _driver.GetRunResult());
    }

    /// <summary>Emits a compilation, loads it in a collectible context, and hands the assembly to <paramref name="use"/>.</summary>
    public static void Load(Compilation compilation, Action<System.Reflection.Assembly> use)
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            image.Position = 0;
            use(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly NamespaceOptions _global;

        public Options(string ns) => _global = new NamespaceOptions(ns);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class NamespaceOptions : AnalyzerConfigOptions
        {
            private readonly string _namespace;

            public NamespaceOptions(string ns) => _namespace = ns;

            public override bool TryGetValue(string key, out string value)
            {
                value = _namespace;
                return key == "build_property.TypedCorpusNamespace";
            }
        }
    }
}
