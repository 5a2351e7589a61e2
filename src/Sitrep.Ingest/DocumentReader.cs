using System.Runtime.CompilerServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Formats;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Records;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Telegram;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Reads documents from files, folders, standard input and http(s) URLs: plain text, HTML articles, RSS/Atom feeds,
/// JSON Lines records and Telegram Desktop exports. Bad input gives located error results, never exceptions.
/// </summary>
public static class DocumentReader
{
    /// <summary>One document from a file path or "-" (standard input): a feed gives its first item, JSON Lines its first line,
    /// a Telegram export its first message. A local file other than JSON Lines is read at once, synchronously.</summary>
    public static Task<Result<Document>> ReadOneAsync(string pathOrDash, ReaderOptions options, CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<Result<Document>>(ct);
        }

        return InputLoader.TryLoadFile(pathOrDash, options) is { } input
            ? Task.FromResult(First(input, options))
            : ReadFirstAsync(pathOrDash, options, ct);
    }

    private static async Task<Result<Document>> ReadFirstAsync(string pathOrDash, ReaderOptions options, CancellationToken ct)
    {
        await foreach (var result in ReadSourceAsync(pathOrDash, options, ct))
        {
            return result;
        }

        return NoDocument(pathOrDash);
    }

    private static Result<Document> First(RawInput input, ReaderOptions options)
    {
        foreach (var item in Read(input, options))
        {
            return item.IsSuccess ? Finish(item.Value, input, options) : item.Error!;
        }

        return NoDocument(input.Name);
    }

    private static SitrepError NoDocument(string source) =>
        new(ErrorCodes.MissingField, "no document found", new SourceLocation(source));

    /// <summary>Expands inputs (files, folders recursively in ordinal order, http(s) URLs) into sources, one per file or URL.</summary>
    public static IReadOnlyList<Result<string>> ExpandInputs(IEnumerable<string> inputs) => InputExpander.Expand(inputs);

    /// <summary>All documents of one source; a bad item gives a failed result with its location and reading goes on.
    /// A JSON Lines file is streamed line by line (any size, one line in memory at a time); other sources are read whole
    /// within <see cref="ReaderOptions.MaxBytes"/>.</summary>
    public static async IAsyncEnumerable<Result<Document>> ReadSourceAsync(
        string source, ReaderOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var streamed = await JsonLinesFile.TryOpenAsync(source, ct);
        if (streamed is not null)
        {
            await using (streamed)
            {
                var input = new RawInput(source, []);
                await foreach (var item in JsonLinesStream.ReadAsync(streamed, source, options, ct))
                {
                    yield return item.IsSuccess ? Finish(item.Value, input, options) : item.Error!;
                }
            }

            yield break;
        }

        var loaded = await InputLoader.LoadAsync(source, options, ct);
        if (!loaded.IsSuccess)
        {
            yield return loaded.Error!;
            yield break;
        }

        foreach (var item in Read(loaded.Value!, options))
        {
            ct.ThrowIfCancellationRequested();
            yield return item.IsSuccess ? Finish(item.Value, loaded.Value!, options) : item.Error!;
        }
    }

    private static IEnumerable<Result<(string Text, DocumentMetadata Metadata)>> Read(RawInput input, ReaderOptions options)
    {
        var at = new SourceLocation(input.Name);
        if (FormatSniffer.IsBinary(input.Bytes))
        {
            return [new SitrepError(ErrorCodes.UnknownFormat, "binary content, not text, HTML, a feed or JSON", at)];
        }

        var content = TextDecoding.Decode(input.Bytes);
        return FormatSniffer.Detect(content, input.Extension, input.ContentType) switch
        {
            InputFormat.Html => [Single(HtmlReader.Read(content, input.Name, input.Url, options), at)],
            InputFormat.Feed => FeedReader.Read(content, input.Name, options),
            InputFormat.JsonLines => JsonLinesReader.Read(content, input.Name, options),
            InputFormat.JsonArray => JsonArrayReader.Read(content, input.Name, options),
            InputFormat.TelegramExport => TelegramExportReader.Read(content, input.Name, options),
            InputFormat.PlainText => [Single(Result<(string, DocumentMetadata)>.Ok(PlainTextReader.Read(content)), at)],
            _ => [new SitrepError(ErrorCodes.UnknownFormat, "JSON that is neither JSON Lines records nor a Telegram export", at)],
        };
    }

    /// <summary>A whole-file document must have some text left after the chrome is removed.</summary>
    private static Result<(string, DocumentMetadata)> Single(Result<(string Text, DocumentMetadata Metadata)> read, SourceLocation at) =>
        read.IsSuccess && string.IsNullOrWhiteSpace(read.Value.Text)
            ? new SitrepError(ErrorCodes.MissingField, "no text found", at)
            : read;

    private static Result<Document> Finish((string Text, DocumentMetadata Metadata) item, RawInput input, ReaderOptions options)
    {
        // a whole-file document (page, text) is what its URL points at; an item of a feed or export is not
        var wholeSource = item.Metadata.Origin is null;
        var metadata = item.Metadata with
        {
            Origin = item.Metadata.Origin ?? input.Name,
            Url = item.Metadata.Url ?? (wholeSource ? input.Url : null),
            Medium = item.Metadata.Medium ?? (wholeSource ? MediumOf.Url(input.Url) : null),
        };
        return Result<Document>.Ok(DocumentFactory.Create(item.Text, metadata, options));
    }
}
