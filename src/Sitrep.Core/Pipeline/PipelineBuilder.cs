namespace Sitrep.Core.Pipeline;

/// <summary>Collects stages in order, checks that each stage's requirements are assigned by an earlier one, and freezes.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (_stages.Exists(s => s.Name == stage.Name))
        {
            throw new PipelineException($"stage '{stage.Name}' is added twice");
        }

        _stages.Add(stage);
        return this;
    }

    public ExtractionPipeline Build()
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            foreach (var need in stage.Requires)
            {
                if (!assigned.Contains(need))
                {
                    throw new PipelineException($"stage '{stage.Name}' requires '{need}', which no earlier stage assigns");
                }
            }

            assigned.UnionWith(stage.Assigns);
        }

        return new ExtractionPipeline([.. _stages]);
    }
}

public sealed class PipelineException(string message) : Exception(message);
