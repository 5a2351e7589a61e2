using System.Text;
using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Records;

/// <summary>
/// Reads a JSON array of records (the same fields as JSON Lines), as many scrapers write them. Each record is located
/// by the line and byte offset where it starts; JSON broken part-way gives the records before it and one error.
/// </summary>
internal static class JsonArrayReader
{
    public static IEnumerable<Result<(string Text, DocumentMetadata Metadata)>> Read(string content, string source, ReaderOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var documents = new List<(long Offset, JsonDocument Record)>();
        var failure = Collect(bytes, source, options, documents);
        try
        {
            foreach (var (offset, record) in documents)
            {
                var at = new SourceLocation(source, JsonLimits.LineAt(bytes, offset));
                yield return JsonLinesReader.ReadRecord(record.RootElement, at);
            }
        }
        finally
        {
            documents.ForEach(d => d.Record.Dispose());
        }

        if (failure is not null)
        {
            yield return failure;
        }
    }

    private static SitrepError? Collect(byte[] bytes, string source, ReaderOptions options, List<(long, JsonDocument)> documents)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var offset = reader.TokenStartIndex;
                documents.Add((offset, JsonDocument.ParseValue(ref reader)));
            }

            return null;
        }
        catch (JsonException e)
        {
            return JsonLimits.Classify(e, bytes, options.MaxDepth, new SourceLocation(source, (int?)(e.LineNumber + 1)));
        }
    }
}
