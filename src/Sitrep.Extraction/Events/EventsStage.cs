using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Events;

/// <summary>Assembles typed, located, dated events from triggers and their arguments.</summary>
public sealed class EventsStage : IStage
{
    public string Name => "events";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Places, Annotations.Times, Annotations.Quantities, Annotations.Attributions];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Events];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // PENDING: filled in by the stage's own work.
    }
}
