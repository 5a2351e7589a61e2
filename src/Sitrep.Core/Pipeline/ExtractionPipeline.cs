using Sitrep.Core.Documents;

namespace Sitrep.Core.Pipeline;

/// <summary>A frozen, validated sequence of stages. Thread-safe when its stages are.</summary>
public sealed class ExtractionPipeline
{
    private readonly IStage[] _stages;

    internal ExtractionPipeline(IStage[] stages) => _stages = stages;

    public IReadOnlyList<IStage> Stages => _stages;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }

        return document;
    }
}
