using Sitrep.Core.Contract;
using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Storage;

namespace Sitrep.Cli.Services;

/// <summary>
/// A batch of documents being extracted, one document at a time by whichever thread takes the next: the extracting
/// threads, and the storing thread while it has nothing to store (<see cref="Ingestor"/>). On two cores that puts
/// both to work on extraction while storing waits, and leaves one to the store while it writes. The results are in
/// input order whoever extracted them.
/// </summary>
internal sealed class ExtractionWork
{
    private readonly List<Document> documents;
    private readonly NewDocument[] outputs;
    private readonly CancellationToken ct;
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int next = -1;
    private int left;

    public ExtractionWork(List<Document> documents, CancellationToken ct)
    {
        (this.documents, this.ct) = (documents, ct);
        outputs = new NewDocument[documents.Count];
        left = documents.Count;
        if (left == 0)
        {
            done.SetResult();
        }
    }

    /// <summary>Extracts the next document not taken yet; false when every document is taken (or one failed: the
    /// failure is <see cref="CompleteAsync"/>'s).</summary>
    public bool RunOne()
    {
        var i = Interlocked.Increment(ref next);
        if (i >= outputs.Length || done.Task.IsCompleted)
        {
            return false;
        }

        try
        {
            outputs[i] = new NewDocument(ExtractOutputMapper.Map(SitrepPipeline.Default.Process(documents[i], ct)), documents[i].Metadata.Origin).Compact();
        }
        catch (Exception ex)
        {
            done.TrySetException(ex);
            return false;
        }

        if (Interlocked.Decrement(ref left) == 0)
        {
            done.TrySetResult();
        }

        return true;
    }

    /// <summary>Extracts on this thread until every document is taken, then waits for those another thread is
    /// still extracting.</summary>
    public async Task<NewDocument[]> CompleteAsync()
    {
        while (RunOne())
        {
        }

        await done.Task;
        return outputs;
    }
}
