using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, string[] requires, string[] assigns, List<string>? log = null) : IStage
    {
        public string Name => name;

        public IReadOnlyList<string> Requires => requires;

        public IReadOnlyList<string> Assigns => assigns;

        public void Process(Document document, CancellationToken cancellationToken) => log?.Add(name);
    }

    [Fact]
    public void Build_StageRequiresLaterAssignment_ThrowsNamingBoth()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("events", ["places"], ["events"]))
            .Add(new FakeStage("places", [], ["places"]));

        var ex = Assert.Throws<PipelineException>(builder.Build);
        Assert.Contains("events", ex.Message);
        Assert.Contains("places", ex.Message);
    }

    [Fact]
    public void Add_SameStageNameTwice_Throws()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("text", [], ["tokens"]));
        Assert.Throws<PipelineException>(() => builder.Add(new FakeStage("text", [], ["tokens"])));
    }

    [Fact]
    public void Process_ValidOrder_RunsStagesInOrder()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("text", [], ["tokens"], log))
            .Add(new FakeStage("places", ["tokens"], ["places"], log))
            .Build();

        pipeline.Process(new Document("Kyiv.", new DocumentMetadata()));

        Assert.Equal(["text", "places"], log);
    }

    [Fact]
    public void Process_CancelledToken_StopsBeforeFirstStage()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder().Add(new FakeStage("text", [], ["tokens"], log)).Build();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => pipeline.Process(new Document("x", new DocumentMetadata()), cts.Token));
        Assert.Empty(log);
    }
}
