using Sitrep.Core.Documents;

namespace Sitrep.Core.Pipeline;

/// <summary>One step of the extraction pipeline. It declares the annotations it needs and those it fills.</summary>
public interface IStage
{
    string Name { get; }

    IReadOnlyList<string> Requires { get; }

    IReadOnlyList<string> Assigns { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
