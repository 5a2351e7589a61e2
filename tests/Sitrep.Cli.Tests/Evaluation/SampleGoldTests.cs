using Sitrep.Cli.Evaluation.Gold;
using Sitrep.Cli.Evaluation.Scoring;
using Sitrep.Cli.Tests.Support;
using Sitrep.Extraction;

namespace Sitrep.Cli.Tests.Evaluation;

/// <summary>
/// Two real sources of the sample corpus with hand-written gold (Data/gold: samples 01, English wire copy, and 24,
/// a Ukrainian General Staff summary), scored end to end against the pipeline.
/// </summary>
public sealed class SampleGoldTests
{
    private static readonly string Gold = Repo.Path("tests", "Sitrep.Cli.Tests", "Evaluation", "Data", "gold");

    private static async Task<CorpusReport> ScoreAsync()
    {
        var pairs = await GoldCorpus.LoadAsync(Gold, Repo.Path("samples"), new PipelinePredictions(SitrepPipeline.Default), CancellationToken.None);
        Assert.True(pairs.IsSuccess, pairs.Error?.ToString());
        return GoldScorer.Score("gold", "samples 01 and 24", pairs.Value!, attemptsEverything: true);
    }

    [Fact]
    public async Task Score_RealSamples_EveryGoldItemIsFoundInTheDocumentsAsRead()
    {
        var report = await ScoreAsync();
        var gold = report.Fields.ToDictionary(f => f.Field, f => f.Gold);

        Assert.Equal(13, gold["places.id"]);
        Assert.Equal(10, gold["times.exact"]); // 7 English, 3 Ukrainian
        Assert.Equal(27, gold["quantities.value"]); // 5 English, 22 Ukrainian (10 in the text, 12 in the loss table)
        Assert.Equal(6, gold["attributions.chain"]);
        Assert.Equal(0, gold["claims"]); // not annotated in these two files: not scored
        Assert.Equal(["en", "uk"], report.ByLanguage.Keys);
    }

    [Fact]
    public async Task Score_RealSamples_PlacesOfTheWireStoryMostlyRight()
    {
        var report = await ScoreAsync();
        var placesId = report.Fields.Single(f => f.Field == "places.id");

        // The wire story's places are well resolved, and the regiment nicknamed "Skelya" is not taken for the village.
        Assert.InRange(placesId.F1, 0.8, 1.0);
        Assert.DoesNotContain(report.Misses, m => m.Field == "places.id" && m.Predicted.StartsWith("\"Skelya\"", StringComparison.Ordinal));
    }
}
