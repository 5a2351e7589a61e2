using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Places;

/// <summary>Finds place names and resolves them to gazetteer entries.</summary>
public sealed class PlacesStage : IStage
{
    public string Name => "places";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Places];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // PENDING: filled in by the stage's own work.
    }
}
