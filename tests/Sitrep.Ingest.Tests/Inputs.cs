using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest;

namespace Sitrep.Ingest.Tests;

/// <summary>The hand-written inputs copied next to the test assembly, and shortcuts to read them.</summary>
internal static class Inputs
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Inputs", relative);

    public static async Task<Document> ReadOne(string relative, ReaderOptions? options = null)
    {
        var result = await DocumentReader.ReadOneAsync(Path(relative), options ?? new ReaderOptions(), TestContext.Current.CancellationToken);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }

    public static async Task<List<Result<Document>>> ReadAll(string source, ReaderOptions? options = null)
    {
        var all = new List<Result<Document>>();
        await foreach (var r in DocumentReader.ReadSourceAsync(source, options ?? new ReaderOptions(), TestContext.Current.CancellationToken))
        {
            all.Add(r);
        }

        return all;
    }
}
