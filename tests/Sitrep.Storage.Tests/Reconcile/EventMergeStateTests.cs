using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class EventMergeStateTests
{
    private static readonly string[] Precisions = ["day", "days", "week", "month", null!];
    private static readonly string[] Outlets = ["Eastern Wire", "Oblast Courier", "Укрінформ", "Донская сводка"];

    /// <summary>The event as JSON, with a missing confidence (NaN) written out.</summary>
    private static readonly JsonSerializerOptions WithNaN = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Reports of one town over a week from several outlets, with repeated figures, actors and sources, ties
    /// on precision and confidence, missing confidence and outcomes: what makes the order of reports matter.</summary>
    private static List<EventReport> Reports(int seed, int count)
    {
        var random = new Random(seed);
        var reports = new List<EventReport>();
        for (var i = 0; i < count; i++)
        {
            var outlet = Outlets[random.Next(Outlets.Length)];
            var documentId = "doc-" + random.Next(count); // some documents bring several reports
            var killed = random.Next(1, 4);
            var e = new EventDto
            {
                Id = "e" + i,
                Type = "explosions_remote_violence",
                Subtype = "shelling_artillery_missile_attack",
                From = $"2025-11-0{1 + random.Next(3)}",
                To = "2025-11-04",
                TimePrecision = Precisions[random.Next(Precisions.Length)],
                Location = random.Next(4) == 0 ? null : Place.Kupiansk.Location(precision: 1 + random.Next(3), detail: $"as told by {outlet} ({i})"),
                Actors = [.. Enumerable.Range(0, random.Next(3)).Select(k => new ActorDto { Name = k == 0 ? "Russian forces" : "National Police", Side = k == 0 ? "ru" : "ua", Role = k == 0 ? "attacker" : "reporter" })],
                Quantities = [new QuantityDto { Text = $"{killed} people", Start = 0, End = 8, Value = killed, Approximate = false, Unit = "killed" }],
                Outcome = random.Next(3) == 0 ? "damage" : null,
                Sources = [new SourceDto { Name = outlet, Via = random.Next(2) == 0 ? [] : ["Telegram"], DocumentId = documentId }],
                Evidence = [new EvidenceDto { Start = 0, End = 20, Text = $"Shelling of Kupiansk reported by {outlet} ({i})", DocumentId = documentId }],
                Confidence = random.Next(7) switch { 0 => double.NaN, 1 => 0.5, 2 => 0.7, 3 => 0.0, 4 => -0.0, _ => 0.6 },
                Trigger = "shelled",
            };
            reports.Add(new EventReport(documentId, "e" + i, i, e));
        }

        return reports;
    }

    [Theory]
    [InlineData(1, 9)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    public void Add_ReportsWithRepeats_EachItemOnceInTheOrderItFirstCame(int seed, int count)
    {
        var reports = Reports(seed, count);
        var state = new EventMergeState();
        foreach (var r in reports)
        {
            state.Add(r);
        }

        var merged = state.ToEvent("ev");

        Assert.Equal(count, state.Count);
        Assert.Equal(reports.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal), merged.Documents);
        Assert.Equal(
            reports.SelectMany(r => r.Event.Sources).Select(x => (x.Name, x.DocumentId, string.Join('|', x.Via))).Distinct(),
            merged.Sources.Select(x => (x.Name, x.DocumentId, string.Join('|', x.Via))));
        Assert.Equal(
            reports.SelectMany(r => r.Event.Actors).Select(x => (x.Name, x.Side, x.Role)).Distinct(),
            merged.Actors.Select(x => (x.Name, x.Side, x.Role)));
        Assert.Equal(reports.SelectMany(r => r.Event.Quantities).Select(q => q.Value).Distinct(), merged.Quantities.Select(q => q.Value));
        Assert.Equal(reports.Sum(r => r.Event.Evidence.Count), merged.Evidence.Count);
        var placed = reports.Where(r => r.Event.Location is not null).ToList();
        if (placed.Count > 0 && reports.All(r => r.Event.TimePrecision == reports[0].Event.TimePrecision))
        {
            Assert.Equal(placed.Min(r => r.Event.Location!.Precision), merged.Location!.Precision);
        }

        var numbers = reports.Select(r => r.Event.Confidence).Where(c => !double.IsNaN(c)).ToList();
        Assert.Equal(numbers.Count > 0 ? numbers.Max() : double.NaN, merged.Confidence);
        Assert.Equal(JsonSerializer.Serialize(merged, WithNaN), JsonSerializer.Serialize(EventMerger.Merge("ev", reports), WithNaN));
    }

    [Theory]
    [InlineData(4, 30)]
    [InlineData(5, 60)]
    public void StoredJson_ItemsCopiedFromEachReportsJson_SameBytesAsSerialisingThem(int seed, int count)
    {
        // the writing thread copies a new report's actors, figures, sources and evidence out of the report's own JSON
        // (found where the document was prepared): the event's stored JSON must not change by a byte
        var reports = Reports(seed, count).Where(r => !double.IsNaN(r.Event.Confidence)).ToList();
        var copied = new Sitrep.Storage.Relational.EventJsonState();
        var serialised = new Sitrep.Storage.Relational.EventJsonState();
        var objects = new EventMergeState();
        var order = 0L;
        foreach (var r in reports)
        {
            var json = SitrepJson.SerializeToUtf8Bytes(r.Event);
            copied.Add(r, ++order, json, Sitrep.Storage.Relational.ReportItems.Of(json));
            serialised.Add(r, order);
            objects.Add(r, order);
        }

        var (a, b) = (new System.Buffers.ArrayBufferWriter<byte>(), new System.Buffers.ArrayBufferWriter<byte>());
        copied.WriteJson(copied.Head("ev"), a);
        serialised.WriteJson(serialised.Head("ev"), b);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(b.WrittenSpan), System.Text.Encoding.UTF8.GetString(a.WrittenSpan));
        Assert.Equal(SitrepJson.Serialize(objects.ToEvent("ev"), indented: false), System.Text.Encoding.UTF8.GetString(a.WrittenSpan));
        Assert.Contains("Укрінформ", System.Text.Encoding.UTF8.GetString(a.WrittenSpan), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StoredJson_FirstReportWithSeveralItemsAndARepeat_SameBytesAsTheMergedEventAfterEachReport(bool repeat)
    {
        // an event's first report lends its items to the merge state as they stand in its JSON; a repeated item, or an
        // item of the next report, makes the state copy them out: the stored JSON is the merged event's either way
        static EventReport Report(string documentId, int n, bool repeat)
        {
            var police = new ActorDto { Name = "National Police", Side = "ua", Role = "reporter" };
            var e = new EventDto
            {
                Id = "e" + n, Type = "explosions_remote_violence", Subtype = "shelling_artillery_missile_attack",
                From = "2025-11-02", To = "2025-11-02", TimePrecision = "day", Location = Place.Kupiansk.Location(),
                Actors =
                [
                    new ActorDto { Name = "Russian forces", Side = "ru", Role = "attacker" }, police,
                    .. repeat ? [new ActorDto { Name = "National Police", Side = "ua", Role = "reporter" }] : Array.Empty<ActorDto>(),
                    new ActorDto { Name = "regional administration", Side = "ua", Role = "reporter" },
                ],
                Quantities =
                [
                    new QuantityDto { Text = $"{n} killed", Start = 0, End = 8, Value = n, Approximate = false, Unit = "killed" },
                    new QuantityDto { Text = "5 wounded", Start = 10, End = 19, Value = 5, Approximate = false, Unit = "injured" },
                ],
                Sources = [new SourceDto { Name = "Oblast Courier", Via = [], DocumentId = documentId }, new SourceDto { Name = "Укрінформ", Via = ["Telegram"], DocumentId = documentId }],
                Evidence =
                [
                    new EvidenceDto { Start = 0, End = 30, Text = $"Kupiansk came under fire again ({n})", DocumentId = documentId },
                    new EvidenceDto { Start = 31, End = 60, Text = "Two houses burned down", DocumentId = documentId },
                ],
                Confidence = 0.6,
                Trigger = "shelled",
            };
            return new EventReport(documentId, "e" + n, n, e);
        }

        var state = new Sitrep.Storage.Relational.EventJsonState();
        var objects = new EventMergeState();
        var order = 0L;
        foreach (var r in new[] { Report("doc-1", 1, repeat), Report("doc-2", 2, repeat: false), Report("doc-3", 3, repeat) })
        {
            var json = SitrepJson.SerializeToUtf8Bytes(r.Event);
            state.Add(r, ++order, json, Sitrep.Storage.Relational.ReportItems.Of(json));
            objects.Add(r, order);
            var written = new System.Buffers.ArrayBufferWriter<byte>();
            state.WriteJson(state.Head("ev"), written);

            Assert.Equal(SitrepJson.Serialize(objects.ToEvent("ev"), indented: false), System.Text.Encoding.UTF8.GetString(written.WrittenSpan));
        }

        Assert.Equal(3, objects.ToEvent("ev").Actors.Count);
    }

    [Fact]
    public void Add_OrderNotAfterTheLastReport_Refused()
    {
        var state = new EventMergeState();
        var reports = Reports(7, 2);
        state.Add(reports[0], 5);

        Assert.Throws<ArgumentOutOfRangeException>(() => state.Add(reports[1], 5));
    }
}
