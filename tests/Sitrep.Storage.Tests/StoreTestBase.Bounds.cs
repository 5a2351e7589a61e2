using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

/// <summary>An event is one happening in time: a town shelled every day is one event a day, not one chain.</summary>
public abstract partial class StoreTestBase
{
    private static readonly string[] UkrainianMonths =
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    /// <summary>The four reports of one day's shelling of Kostiantynivka: a wire story, a Ukrainian local outlet and a
    /// Russian-language Telegram channel naming the day, and a volunteers' post that names no time (dated by its
    /// publication day, which is the day after).</summary>
    private static List<ExtractOutput> DailyShelling(DateOnly day)
    {
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var weekday = day.DayOfWeek.ToString();
        var wire = $"Russian artillery shelled Kostiantynivka on {weekday}, damaging houses near the railway station, the city military administration said.";
        var local = $"Окупанти знову обстріляли Костянтинівку {day.Day} {UkrainianMonths[day.Month - 1]}: пошкоджено приватні будинки, повідомила міська військова адміністрація.";
        var channel = $"Костантиновка, {day:dd.MM}: артиллерия снова била по городу, горят частные дома.";
        var post = "Volunteers said shells fell on Kostiantynivka again while they were handing out water, and residents stayed in basements.";
        var w = new DocBuilder($"KOSTIANTYNIVKA, {day.ToString("MMM d", CultureInfo.InvariantCulture)} - {wire} No casualties were reported.", "Eastern Wire", iso);
        var l = new DocBuilder($"{local} Жителів просять не виходити з укриттів.", "Костянтинівка Онлайн", iso, "uk");
        var c = new DocBuilder($"{channel} Подробности позже.", "Донбасс Сейчас", iso, "ru");
        var p = new DocBuilder($"Convoy log {day.AddDays(1):dd/MM}. {post} Deliveries resume tomorrow.", "Aid Convoy Notes", next);
        return
        [
            w.Event("shelling_artillery_missile_attack", wire, Place.Kostiantynivka, iso).Build(),
            l.Event("shelling_artillery_missile_attack", local, Place.Kostiantynivka, iso).Build(),
            c.Event("shelling_artillery_missile_attack", channel, Place.Kostiantynivka, iso).Build(),
            p.EventOnPublicationDate("shelling_artillery_missile_attack", post, Place.Kostiantynivka).Build(),
        ];
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(16, false)]
    [InlineData(16, true)]
    public async Task QueryEvents_TownShelledEveryDayForThirtyDays_OneEventADayWithItsOwnOutlets(int batchSize, bool reopenHalfway)
    {
        var first = new DateOnly(2025, 10, 1);
        var days = Enumerable.Range(0, 30).Select(first.AddDays).ToList();
        var docs = days.SelectMany(DailyShelling).ToList();
        var store = Store;
        foreach (var (batch, index) in docs.Chunk(batchSize).Select((b, i) => (b, i)))
        {
            if (reopenHalfway && index == docs.Count / batchSize / 2)
            {
                store = await OpenAsync(Connection); // the bounds of the stored events are read back from the store
            }

            await store.AddDocumentsAsync([.. batch.Select(d => new NewDocument(d, null))], Ct);
        }

        var events = await store.QueryEventsAsync(new EventQuery(Limit: 1000), Ct);

        Assert.Equal(30, events.Count);
        foreach (var (e, day) in events.Zip(days))
        {
            var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal((iso, iso), (e.From, e.To));
            Assert.Equal(DailyShelling(day).Select(d => d.Document.Id), e.Documents);
            Assert.Equal(["Eastern Wire", "Костянтинівка Онлайн", "Донбасс Сейчас", "Aid Convoy Notes"], e.Sources.Select(s => s.Name));
        }
    }

    [Theory]
    [InlineData("2025-11-03", "2025-11-03", null, "2025-11-03", "2025-11-03", null, 1)] // same day
    [InlineData("2025-11-03", "2025-11-03", null, "2025-11-02", "2025-11-03", null, 1)] // "on Monday" and "overnight into Monday"
    [InlineData("2025-11-02", "2025-11-03", null, "2025-11-04", "2025-11-04", null, 1)] // the night, and the day after it
    [InlineData("2025-11-03", "2025-11-03", null, "2025-11-04", "2025-11-04", "publication date", 1)] // no time of its own, published next day
    [InlineData("2025-11-03", "2025-11-03", null, "2025-11-04", "2025-11-04", null, 2)] // Monday's shelling and Tuesday's
    [InlineData("2025-11-03", "2025-11-03", "publication date", "2025-11-05", "2025-11-05", "publication date", 2)] // two days apart
    public async Task QueryEvents_TwoReportsOfOneTownOnNearbyDates_OneEventOnlyWithinOneHappening(
        string from1, string to1, string? note1, string from2, string to2, string? note2, int expected)
    {
        ExtractOutput Report(string outlet, string from, string to, string? note)
        {
            var evidence = $"Artillery struck the centre of Kupiansk, {outlet} reported, and a shop caught fire.";
            var d = new DocBuilder($"{evidence} Firefighters put it out within an hour.", outlet, to);
            return note is null
                ? d.Event("shelling_artillery_missile_attack", evidence, Place.Kupiansk.Location(), from, to).Build()
                : d.EventOnPublicationDate("shelling_artillery_missile_attack", evidence, Place.Kupiansk).Build();
        }

        var (a, b) = (Report("Oblast Courier", from1, to1, note1), Report("Steppe Monitor", from2, to2, note2));
        await AddAllAsync(Store, [a, b]);
        var (_, reversed) = await FreshStoreAsync();
        await AddAllAsync(reversed, [b, a]);

        Assert.Equal(expected, (await Store.QueryEventsAsync(new EventQuery(), Ct)).Count);
        Assert.Equal(expected, (await reversed.QueryEventsAsync(new EventQuery(), Ct)).Count);
    }

    [Fact]
    public async Task QueryEvents_OvernightReportMatchingMondayAndTuesday_JoinsMondayAndKeepsTheDaysApart()
    {
        // Monday's and Tuesday's shelling of Kupiansk are two events; a report of the night between them matches both,
        // joins the earlier one (equally close in dates) and does not make the two days one event
        ExtractOutput Report(string outlet, string published, string from, string to, string evidence) =>
            new DocBuilder($"{evidence} Police are documenting the damage.", outlet, published)
                .Event("shelling_artillery_missile_attack", evidence, Place.Kupiansk.Location(), from, to).Build();

        var monday = new[]
        {
            Report("Oblast Courier", "2025-11-03", "2025-11-03", "2025-11-03", "Russian artillery shelled Kupiansk on Monday, hitting a school."),
            Report("Вісті Слобожанщини", "2025-11-03", "2025-11-03", "2025-11-03", "У понеділок окупанти обстріляли Купʼянськ, влучили у школу."),
        };
        var tuesday = new[]
        {
            Report("Steppe Monitor", "2025-11-04", "2025-11-04", "2025-11-04", "Kupiansk was shelled again on Tuesday, the regional police said."),
            Report("Kharkiv Today", "2025-11-04", "2025-11-04", "2025-11-04", "On Tuesday shells hit Kupiansk's market, police said."),
        };
        var night = Report("Night Desk", "2025-11-04", "2025-11-03", "2025-11-04", "Kupiansk came under artillery fire overnight, residents said.");

        await AddAllAsync(Store, [.. monday, .. tuesday, night]);

        var events = await Store.QueryEventsAsync(new EventQuery(), Ct);
        Assert.Equal(2, events.Count);
        Assert.Equal([.. monday.Select(d => d.Document.Id), night.Document.Id], events[0].Documents);
        Assert.Equal(tuesday.Select(d => d.Document.Id), events[1].Documents);
        var reason = (await Store.GetEventReportsAsync(events[0].Id, Ct))[^1].Reason;
        Assert.Contains($"matches {events[0].Id}", reason);
        Assert.Contains($"also matches {events[1].Id}", reason);
        Assert.Contains("kept apart: its dates", reason);
    }
}
