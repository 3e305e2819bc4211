using System.Linq;
using Microsoft.CodeAnalysis;

namespace TypedCorpus.Generator.Tests;

/// <summary>An edit to one seed re-runs that seed's steps only; every other document stays cached.</summary>
public class IncrementalTests
{
    private const string FergusonSeed = "004_56262aa763689ffb.txt";

    [Fact]
    public void Editing_one_seed_reparses_only_that_seed()
    {
        var harness = GeneratorHarness.WithRealSeeds();
        harness.Run();
        harness.Replace(FergusonSeed, harness.Text(FergusonSeed).Replace("Feeling Ignored in Tokyo", "Feeling Ignored in Tokio"));

        var steps = harness.Run().Result.Results.Single().TrackedSteps;

        var documentOutputs = steps[CorpusGenerator.DocumentStep].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(5, documentOutputs.Count);
        Assert.Single(documentOutputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(4, documentOutputs.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var modified = steps[CorpusGenerator.DocumentStep].Single(step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Contains("Ferguson2000", modified.Outputs[0].Value.ToString());
        Assert.All(steps[CorpusGenerator.SummaryStep].SelectMany(step => step.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void A_run_with_no_change_is_all_cached()
    {
        var harness = GeneratorHarness.WithRealSeeds();
        harness.Run();

        var steps = harness.Run().Result.Results.Single().TrackedSteps;

        Assert.All(
            steps[CorpusGenerator.DocumentStep].SelectMany(step => step.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
