using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Quantities;

/// <summary>Finds counts and measures, keeping hedges as ranges.</summary>
public sealed class QuantitiesStage : IStage
{
    public string Name => "quantities";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Quantities];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // PENDING: filled in by the stage's own work.
    }
}
