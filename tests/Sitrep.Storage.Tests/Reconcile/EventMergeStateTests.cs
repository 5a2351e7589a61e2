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
    [InlineData(1, 2)]
    [InlineData(2, 9)]
    [InlineData(3, 30)]
    [InlineData(4, 30)]
    [InlineData(5, 60)]
    public void Absorb_ReportsSplitBetweenTwoEvents_SameEventAsAllReportsInOrder(int seed, int count)
    {
        var reports = Reports(seed, count);
        var expected = JsonSerializer.Serialize(EventMerger.Merge("ev", reports), WithNaN);
        var random = new Random(seed * 31);

        for (var trial = 0; trial < 20; trial++)
        {
            var (kept, other) = (new EventMergeState(), new EventMergeState());
            for (var i = 0; i < reports.Count; i++)
            {
                (random.Next(2) == 0 ? kept : other).Add(reports[i], 10 * i);
            }

            kept.Absorb(other);

            Assert.Equal(reports.Count, kept.Count);
            Assert.Equal(expected, JsonSerializer.Serialize(kept.ToEvent("ev"), WithNaN));
        }
    }

    [Fact]
    public void Absorb_TiesDecidedByTheEarlierReportOfTheOtherEvent_SameEventAsAllReportsInOrder()
    {
        // the report dated to the day has no place, so the place comes from the first of the two placed as finely,
        // and of two equal confidences (0 and -0) the first counts; both first ones are in the absorbed event
        static EventReport One(int i, string precision, int? placePrecision, double confidence)
        {
            var e = Reports(i, 1)[0].Event;
            return new EventReport("doc-" + i, "e" + i, i, new EventDto
            {
                Id = e.Id, Type = e.Type, Subtype = e.Subtype, From = e.From, To = e.To, TimePrecision = precision,
                Location = placePrecision is { } p ? Place.Kupiansk.Location(p, detail: "report " + i) : null,
                Actors = e.Actors, Quantities = e.Quantities, Sources = e.Sources, Evidence = e.Evidence, Confidence = confidence, Trigger = e.Trigger,
            });
        }

        var reports = new[] { One(0, "week", 2, -0.0), One(1, "day", null, 0.0), One(2, "month", 2, 0.0) };
        var (kept, other) = (new EventMergeState(), new EventMergeState());
        other.Add(reports[0], 0);
        kept.Add(reports[1], 1);
        kept.Add(reports[2], 2);

        kept.Absorb(other);

        var merged = kept.ToEvent("ev");
        Assert.Equal("report 0", merged.Location?.Detail);
        Assert.Equal(JsonSerializer.Serialize(EventMerger.Merge("ev", reports), WithNaN), JsonSerializer.Serialize(merged, WithNaN));
        Assert.Contains("\"confidence\":-0", SitrepJson.Serialize(merged, indented: false), StringComparison.Ordinal);
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
