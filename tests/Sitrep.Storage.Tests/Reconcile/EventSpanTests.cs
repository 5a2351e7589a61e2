using Sitrep.Reconcile.Events;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class EventSpanTests
{
    /// <summary>A report of a strike on Pokrovsk dated from..to; "pub" dates it by its publication day instead.</summary>
    private static EventSpan Span(string from, string to)
    {
        const string Evidence = "Guided bombs hit Pokrovsk, the city administration said.";
        var d = new DocBuilder($"{Evidence} Two houses burned.", "Donetsk Desk", to);
        var doc = from == "pub"
            ? d.EventOnPublicationDate("air_drone_strike", Evidence, Place.Pokrovsk).Build()
            : d.Event("air_drone_strike", Evidence, Place.Pokrovsk.Location(), from, to).Build();
        return EventSpan.Of(EventReport.FromDocument(doc, 1)[0])!.Value;
    }

    [Theory]
    [InlineData("2025-11-03", "2025-11-03", "2025-11-03", "2025-11-03", true)] // one day
    [InlineData("2025-11-03", "2025-11-03", "2025-11-02", "2025-11-03", true)] // the day and the night before it
    [InlineData("2025-11-03", "2025-11-03", "2025-11-04", "2025-11-04", false)] // two days each named
    [InlineData("2025-11-03", "2025-11-03", "pub", "2025-11-04", true)] // no time of its own, published the next day
    [InlineData("pub", "2025-11-03", "pub", "2025-11-04", true)] // publication days a day apart
    [InlineData("2025-11-03", "2025-11-03", "2025-11-05", "2025-11-05", false)] // two days apart
    [InlineData("2025-11-01", "2025-11-07", "2025-11-05", "2025-11-05", true)] // a week and a day in it
    public void Fits_TwoReports_OneEventOnlyWithinADayOrANight(string from1, string to1, string from2, string to2, bool expected)
    {
        var (a, b) = (Span(from1, to1), Span(from2, to2));

        Assert.Equal(expected, a.Fits(b));
        Assert.Equal(expected, b.Fits(a));
    }

    [Fact]
    public void Fits_ThirdReportAgainstEventOfTwo_EveryPairMustFit()
    {
        // Monday's report and the night into Tuesday fit; Tuesday evening's report fits the night but not Monday
        var monday = Span("2025-11-03", "2025-11-03");
        var night = Span("2025-11-03", "2025-11-04");
        var tuesday = Span("2025-11-04", "2025-11-04");

        var both = monday.With(night);

        Assert.True(tuesday.Fits(night));
        Assert.False(both.Fits(tuesday));
        Assert.Equal(0, both.Spread(Span("pub", "2025-11-03")));
        Assert.Equal(1, both.Spread(Span("pub", "2025-11-04")));
    }

    [Fact]
    public void Of_UndatedReport_NoSpan()
    {
        var d = new DocBuilder("Shelling continued near Pokrovsk, the brigade said.", "Brigade", "2025-11-03");
        var doc = d.Event("shelling_artillery_missile_attack", "Shelling continued near Pokrovsk, the brigade said.", Place.Pokrovsk.Location(), null, null).Build();

        Assert.Null(EventSpan.Of(EventReport.FromDocument(doc, 1)[0]));
    }
}
