using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>
/// A document's extraction as the store keeps it: without what its row and other tables hold already, which is put
/// back when the document is read (<see cref="ISitrepStore.GetDocumentAsync"/> returns it exactly as it was added).
/// The text is the row's <c>text</c>, the claims are the document's rows of <c>claims</c> (their JSON is the extracted
/// claim), and the events its rows of <c>event_reports</c> (each the extracted event tagged with the document, see
/// <see cref="EventReport.Untag"/>) when every event can be told back from its report. Those parts were more than half
/// of the stored extraction, and the text and events were written two or three times. Which parts are left out is the
/// row's <c>extraction_omits</c> (<see cref="Omitted"/>), which also says whether the JSON is deflated (SQLite); rows
/// stored before that column hold the whole extraction as text.
/// </summary>
internal static class StoredExtraction
{
    /// <summary>The parts of the extraction that its stored JSON leaves out (flags).</summary>
    [Flags]
    public enum Omitted
    {
        None = 0,
        Text = 1,
        Claims = 2,
        Events = 4,

        /// <summary>Not a part left out: the stored JSON is deflated (SQLite keeps it as a blob).</summary>
        Deflated = 8,
    }

    /// <summary>The stored JSON as text (inflated when <see cref="Omitted.Deflated"/>).</summary>
    public static string Json(System.Data.Common.DbDataReader r, int column, Omitted omits)
    {
        if (!omits.HasFlag(Omitted.Deflated))
        {
            return r.GetString(column);
        }

        return Inflate(r.GetFieldValue<byte[]>(column));
    }

    /// <summary>
    /// The JSON to store (compact UTF-8) deflated (fastest level), as every store receives it. The places, times,
    /// figures and attributions left in it (about 13 KB a document) deflate to about a quarter; on 2,000 documents the
    /// SQLite store is 16 % smaller and 13 % fewer bytes are written (docs/benchmarks.md, "Storing less"). Done where
    /// the document is prepared (the extracting threads), not on the one thread that writes; a document waiting to be
    /// stored holds the deflated form. SQLite keeps these bytes; PostgreSQL, which compresses large values on its own,
    /// keeps the JSON (<see cref="Inflate"/>).
    /// </summary>
    public static byte[] Deflate(ReadOnlySpan<byte> json)
    {
        var buffer = deflated ??= new MemoryStream(16 * 1024);
        buffer.SetLength(0);
        using (var deflate = new System.IO.Compression.DeflateStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(json);
        }

        return buffer.ToArray();
    }

    [ThreadStatic]
    private static MemoryStream? deflated;

    /// <summary>The JSON of <see cref="Deflate"/>d bytes, as text.</summary>
    public static string Inflate(byte[] bytes)
    {
        using var inflate = new System.IO.Compression.DeflateStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(inflate, System.Text.Encoding.UTF8);
        return text.ReadToEnd();
    }

    /// <summary>
    /// The JSON to store (compact UTF-8, <see cref="SitrepJson.SerializeToUtf8Bytes{T}"/>'s bytes) in the form
    /// <paramref name="form"/> keeps it, <see cref="Deflate"/>d or as text, and the parts it leaves out. The JSON is
    /// written into a buffer kept per thread and deflated or decoded from there: no array of the whole JSON (about
    /// 13 KB a document) made only to be read once.
    /// </summary>
    public static (byte[]? Deflated, string? Json, Omitted Omits) Prepare(ExtractOutput analysed, ExtractionForm form)
    {
        var (kept, omits) = Kept(analysed);
        var buffer = serialized ??= new System.Buffers.ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        SitrepJson.WriteUtf8(kept, buffer);
        var result = form == ExtractionForm.Deflated
            ? (Deflate(buffer.WrittenSpan), (string?)null, omits)
            : ((byte[]?)null, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), omits);
        if (buffer.Capacity > KeptBufferBytes)
        {
            serialized = null; // an unusually large document: its buffer is not kept for the rest of the thread's life
        }

        return result;
    }

    private const int KeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? serialized;

    private static (ExtractOutput Kept, Omitted Omits) Kept(ExtractOutput analysed)
    {
        var omits = Omitted.Text | Omitted.Claims | (analysed.Events.TrueForAll(EventReport.CanUntag) ? Omitted.Events : Omitted.None);
        var kept = new ExtractOutput
        {
            Document = WithText(analysed.Document, ""),
            Places = analysed.Places,
            Times = analysed.Times,
            Quantities = analysed.Quantities,
            Attributions = analysed.Attributions,
            Claims = [],
            Events = omits.HasFlag(Omitted.Events) ? [] : analysed.Events,
        };
        return (kept, omits);
    }

    /// <summary>The extraction as it was added, from its stored JSON and the parts read back from where they are kept:
    /// <paramref name="claims"/> and <paramref name="reports"/> are the document's stored claims and event reports in
    /// their order (asked for only when left out).</summary>
    public static async Task<ExtractOutput> RestoreAsync(ExtractOutput stored, Omitted omits, string text,
        Func<Task<List<ClaimDto>>> claims, Func<Task<List<EventDto>>> reports)
    {
        if ((omits & ~Omitted.Deflated) == Omitted.None)
        {
            return stored;
        }

        return new ExtractOutput
        {
            Document = omits.HasFlag(Omitted.Text) ? WithText(stored.Document, text) : stored.Document,
            Places = stored.Places,
            Times = stored.Times,
            Quantities = stored.Quantities,
            Attributions = stored.Attributions,
            Claims = omits.HasFlag(Omitted.Claims) ? await claims() : stored.Claims,
            Events = omits.HasFlag(Omitted.Events) ? (await reports()).ConvertAll(EventReport.Untag) : stored.Events,
        };
    }

    /// <summary>The document with another text (every other field as it is).</summary>
    internal static DocumentDto WithText(DocumentDto d, string text) => new()
    {
        Id = d.Id,
        Title = d.Title,
        Url = d.Url,
        Outlet = d.Outlet,
        Author = d.Author,
        Published = d.Published,
        PublishedFrom = d.PublishedFrom,
        Language = d.Language,
        Medium = d.Medium,
        Text = text,
    };
}
