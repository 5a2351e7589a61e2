using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Time;

/// <summary>Finds temporal expressions and resolves them against the publication date.</summary>
public sealed class TimeStage : IStage
{
    public string Name => "time";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Times];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // PENDING: filled in by the stage's own work.
    }
}
