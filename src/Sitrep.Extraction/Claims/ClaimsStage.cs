using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Claims;

/// <summary>Turns attributed statements into claims with kind, place, extent and stance.</summary>
public sealed class ClaimsStage : IStage
{
    public string Name => "claims";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Places, Annotations.Times, Annotations.Attributions];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Claims];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // PENDING: filled in by the stage's own work.
    }
}
