using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>Day words inside names, years before a conjunction, forecasts carried past a comma.</summary>
public sealed partial class TimeStageTests
{
    [Theory]
    // a year after "in" followed by a conjunction or a preposition is still a year
    [InlineData("It is a region Moscow claims to have annexed in 2022 although it holds only part of it.", "2025-12-05", "2022", "2022-01-01", "2022-12-31", TimePrecision.Year)]
    [InlineData("The plant was shut in 2023 because of shelling.", "2025-12-05", "2023", "2023-01-01", "2023-12-31", TimePrecision.Year)]
    // a forecast: "expect" carries past ", with" into the weekend
    [InlineData("Forecasters expect the rain to stop by Wednesday, with sleet and strong wind at the weekend.", "2025-12-16", "the weekend", "2025-12-20", "2025-12-21", TimePrecision.Days)]
    [InlineData("The station will stay closed, with repairs planned over the weekend.", "2025-12-17", "the weekend", "2025-12-20", "2025-12-21", TimePrecision.Days)]
    // without a future marker the weekend is the last one
    [InlineData("Drones attacked the city at the weekend, officials said.", "2025-12-16", "the weekend", "2025-12-13", "2025-12-14", TimePrecision.Days)]
    // a comma without a carrier still ends the forecast
    [InlineData("Crews will return, officials said, after the fighting at the weekend.", "2025-12-16", "the weekend", "2025-12-13", "2025-12-14", TimePrecision.Days)]
    // a day word at the start of a sentence or in lower case is a date
    [InlineData("Today the market reopened after repairs.", "2025-12-05", "Today", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("Europe's ministers met today in Brussels.", "2025-12-05", "today", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    // English parts of the publication day, "earlier in the day" after a day, "Monday night", since a season, the special military operation
    [InlineData("Several districts were left without power in the morning, the ministry said.", "2025-12-14", "in the morning", "2025-12-14", "2025-12-14", TimePrecision.Day)]
    [InlineData("The toll rose to nine in the afternoon, officials said.", "2025-12-05", "in the afternoon", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("The toll rose to nine in the afternoon. Earlier in the day it had stood at seven.", "2025-12-05", "Earlier in the day", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("The fog that came down on Monday night grounded most drones.", "2025-12-16", "Monday night", "2025-12-15", "2025-12-16", TimePrecision.Days)]
    [InlineData("Russian units have been pushing towards the village since the summer.", "2025-12-09", "since the summer", "2025-06-01", "2025-12-09", TimePrecision.Days)]
    [InlineData("Since spring the road has been under drone fire.", "2025-12-09", "Since spring", "2025-03-01", "2025-12-09", TimePrecision.Days)]
    [InlineData("In total, since the beginning of the special military operation, 600 aircraft have been destroyed.", "2025-12-06", "since the beginning of the special military operation", "2022-02-24", "2025-12-06", TimePrecision.Days)]
    public void Process_NameOrForecastContext_ResolvesAgainstPublication(string text, string? published, string expected, string? from, string? to, TimePrecision precision) =>
        AssertTime(text, published, expected, from, to, precision);

    [Theory]
    // an outlet or programme whose name ends in a day word is no date
    [InlineData("Europe Today relied on reporting by the wire agency.", "2025-12-05", "")]
    [InlineData("The interview was first aired by Kyiv Tonight.", "2025-12-05", "")]
    [InlineData("The story was picked up by Global News Today and others.", "2025-12-05", "")]
    // a part of the day next to a weekday only qualifies it; "the day" alone refers to nothing earlier
    [InlineData("Drones struck the depot on Tuesday in the morning.", "2025-12-05", "Tuesday")]
    [InlineData("Earlier in the day officials met.", "2025-12-05", "")]
    // a year followed by a plain noun is no date
    [InlineData("Officials compared it with the 2022 attacks on the grid.", "2025-12-05", "")]
    public void Process_DayWordInsideName_FindsNoTime(string text, string published, string expected)
    {
        var doc = Run(text, published);
        Assert.Equal(expected, string.Join("|", doc.Times.Select(t => t.Text)));
    }
}
