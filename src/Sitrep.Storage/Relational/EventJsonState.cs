using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The merge state of a stored event that keeps the event's growing lists (actors, figures, sources, evidence,
/// documents) as their compact JSON, each item serialised once when it joins. The event's stored JSON is the
/// serialised event with those lists spliced in, byte for byte what serialising <see cref="EventMergeState.ToEvent"/>
/// gives: an event with thousands of reports is not rebuilt as objects and serialised again (megabytes) by every
/// transaction that adds a report to it, and holds a few hundred bytes per report instead of its objects.
/// </summary>
internal sealed class EventJsonState : EventMergeState
{
    private static readonly JsonTypeInfo<ActorDto> Actor = Info<ActorDto>();
    private static readonly JsonTypeInfo<QuantityDto> Quantity = Info<QuantityDto>();
    private static readonly JsonTypeInfo<SourceDto> Source = Info<SourceDto>();
    private static readonly JsonTypeInfo<EvidenceDto> Evidence = Info<EvidenceDto>();
    private static readonly JsonTypeInfo<string> Text = Info<string>();
    private static readonly JsonTypeInfo<EventDto> Event = Info<EventDto>();

    /// <summary>The writer options of <see cref="SitrepJson.Compact"/>.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = true };

    [ThreadStatic]
    private static Scratch? scratch;

    private readonly JsonList actors = new();
    private readonly JsonList quantities = new();
    private readonly JsonList sources = new();
    private readonly JsonList evidence = new();
    private readonly JsonList documents = new();

    /// <summary>Bytes held by the serialised lists.</summary>
    public long Bytes => actors.Capacity + quantities.Capacity + sources.Capacity + evidence.Capacity + documents.Capacity;

    /// <summary>The merged event without its lists (empty), for the columns beside the JSON.</summary>
    public EventDto Head(string id) => Build(id, [], [], [], [], []);

    /// <summary>Writes the stored JSON of the event to <paramref name="output"/>, given its <see cref="Head"/>.</summary>
    public void WriteJson(EventDto head, IBufferWriter<byte> output)
    {
        var json = Serialize(head, Event);
        var reader = new Utf8JsonReader(json);
        var at = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var list = reader.ValueTextEquals("actors"u8) ? actors
                : reader.ValueTextEquals("quantities"u8) ? quantities
                : reader.ValueTextEquals("sources"u8) ? sources
                : reader.ValueTextEquals("evidence"u8) ? evidence
                : reader.ValueTextEquals("documents"u8) ? documents
                : null;
            if (list is null || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                continue;
            }

            var open = (int)reader.TokenStartIndex + 1;
            output.Write(json[at..open]);
            output.Write(list.Written);
            at = open;
        }

        output.Write(json[at..]);
    }

    /// <summary>Adds a report (see <see cref="EventMergeState.Add(EventReport, long)"/>) whose event's compact JSON is
    /// <paramref name="json"/>, with its items found in it (<see cref="ReportItems"/>): the items kept are copied from
    /// there rather than serialised again.</summary>
    public void Add(EventReport report, long order, byte[] json, ReportItems items)
    {
        adding = (report.Event, json, items);
        try
        {
            Add(report, order);
        }
        finally
        {
            adding = default;
        }
    }

    private (EventDto? Event, byte[]? Json, ReportItems? Items) adding;

    /// <summary>The bytes of <paramref name="item"/> in the JSON of the report being added, if it is one of its items.</summary>
    private bool TryCopy<T>(List<T> list, Range[]? ranges, T item, JsonList to)
        where T : class
    {
        if (adding.Json is not { } json || ranges is null || ranges.Length != list.Count)
        {
            return false;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                to.Add(json, ranges[i]);
                return true;
            }
        }

        return false;
    }

    protected override void KeepActor(ActorDto actor)
    {
        if (!TryCopy(adding.Event?.Actors ?? [], adding.Items?.Actors, actor, actors))
        {
            actors.Add(Serialize(actor, Actor));
        }
    }

    protected override void KeepQuantity(QuantityDto quantity)
    {
        if (!TryCopy(adding.Event?.Quantities ?? [], adding.Items?.Quantities, quantity, quantities))
        {
            quantities.Add(Serialize(quantity, Quantity));
        }
    }

    protected override void KeepSource(SourceDto source)
    {
        if (!TryCopy(adding.Event?.Sources ?? [], adding.Items?.Sources, source, sources))
        {
            sources.Add(Serialize(source, Source));
        }
    }

    protected override void KeepEvidence(EvidenceDto item)
    {
        if (!TryCopy(adding.Event?.Evidence ?? [], adding.Items?.Evidence, item, evidence))
        {
            evidence.Add(Serialize(item, Evidence));
        }
    }

    protected override void KeepDocument(string documentId) => documents.Add(Serialize(documentId, Text));

    /// <summary>The compact JSON of one value, valid until the next call on this thread.</summary>
    private static ReadOnlySpan<byte> Serialize<T>(T value, JsonTypeInfo<T> info)
    {
        var s = scratch ??= new Scratch();
        s.Buffer.ResetWrittenCount();
        s.Writer.Reset(s.Buffer);
        JsonSerializer.Serialize(s.Writer, value, info);
        s.Writer.Flush();
        return s.Buffer.WrittenSpan;
    }

    private static JsonTypeInfo<T> Info<T>() => SitrepJson.WriteInfo<T>();

    private sealed class Scratch
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Writer { get; }

        public Scratch() => Writer = new Utf8JsonWriter(Buffer, WriterOptions);
    }

    /// <summary>The items of a JSON array without its brackets, comma-separated.</summary>
    /// <summary>
    /// The compact JSON of a list's items joined by commas. Items copied from a report's JSON one after another, from
    /// the first of its list on (what the first report of an event gives, unless it repeats an item), are those bytes
    /// of the report's JSON as they stand: the list keeps the report's array and where the run of items ends, and copies
    /// them out only when an item from elsewhere joins. An event of one report (most events) then copies none of its
    /// report's items.
    /// </summary>
    private sealed class JsonList
    {
        private byte[] bytes = [];
        private int start;
        private int length;
        private bool borrowed;

        public int Capacity => borrowed ? 0 : bytes.Length;

        public ReadOnlySpan<byte> Written => bytes.AsSpan(start, length);

        /// <summary>Adds the item at <paramref name="range"/> of <paramref name="json"/> (a report's compact JSON).</summary>
        public void Add(byte[] json, Range range)
        {
            var (at, count) = range.GetOffsetAndLength(json.Length);
            if (length == 0)
            {
                (bytes, start, length, borrowed) = (json, at, count, true);
                return;
            }

            if (borrowed && ReferenceEquals(bytes, json) && at == start + length + 1 && json[at - 1] == (byte)',')
            {
                length = at + count - start; // the next item of the same run: the comma between them is in place
                return;
            }

            Add(json.AsSpan(at, count));
        }

        public void Add(ReadOnlySpan<byte> item)
        {
            if (borrowed)
            {
                var own = new byte[Math.Max(64, length + item.Length + 1)];
                bytes.AsSpan(start, length).CopyTo(own);
                (bytes, start, borrowed) = (own, 0, false);
            }

            var needed = length + item.Length + 1;
            if (needed > bytes.Length)
            {
                Array.Resize(ref bytes, Math.Max(needed, Math.Max(64, bytes.Length * 3 / 2)));
            }

            if (length > 0)
            {
                bytes[length++] = (byte)',';
            }

            item.CopyTo(bytes.AsSpan(length));
            length += item.Length;
        }
    }
}
