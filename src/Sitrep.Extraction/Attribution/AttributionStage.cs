using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Attribution;

/// <summary>Finds who says what, through which medium and outlets.</summary>
public sealed class AttributionStage : IStage
{
    public string Name => "attribution";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Attributions];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // PENDING: filled in by the stage's own work.
    }
}
