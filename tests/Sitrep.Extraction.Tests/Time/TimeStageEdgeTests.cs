using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Time;

public sealed partial class TimeStageTests
{
    [Theory]
    [InlineData("Russian drones struck Kharkiv today.", "today", TimePrecision.Day)]
    [InlineData("Russia launched 80 drones overnight.", "overnight", TimePrecision.Days)]
    [InlineData("The depot was hit on Wednesday.", "Wednesday", TimePrecision.Day)]
    [InlineData("The bridge was hit on December 30.", "December 30", TimePrecision.Day)]
    [InlineData("The village fell last month.", "last month", TimePrecision.Month)]
    [InlineData("The village fell in November.", "November", TimePrecision.Month)]
    [InlineData("Минулої доби відбулося 165 бойових зіткнень.", "Минулої доби", TimePrecision.Days)]
    [InlineData("Удар нанесен 11 декабря.", "11 декабря", TimePrecision.Day)]
    public void Process_RelativeWithoutPublication_KeptUnresolved(string text, string expected, TimePrecision precision)
    {
        var doc = Run(text, null);
        var time = Assert.Single(doc.Times);
        Assert.Equal(expected, time.Text);
        Assert.Null(time.From);
        Assert.Null(time.To);
        Assert.False(time.IsResolved);
        Assert.True(time.Relative);
        Assert.Equal(precision, time.Precision);
    }

    [Fact]
    public void Process_SinceYearWithoutPublication_KeepsOpenEnd()
    {
        var time = Assert.Single(Run("The war has gone on since 2014.", null).Times);
        Assert.Equal(new DateOnly(2014, 1, 1), time.From);
        Assert.Null(time.To);
    }

    [Theory]
    [InlineData("The 7th Rapid Response Corps said its troops held the line.")]
    [InlineData("Fighters of the 425th regiment advanced near the town.")]
    [InlineData("The 3rd brigade reported 12 drones downed.")]
    [InlineData("The 155th brigade lost two tanks.")]
    [InlineData("Traffic on Route 15 was halted after the strike.")]
    [InlineData("A drone hit a truck on the H-20 highway.")]
    [InlineData("The sirens sounded at 05:40 and stopped at 06:15.")]
    [InlineData("Around 2000 troops massed near the border.")]
    [InlineData("Protesters began a march through the city centre.")]
    [InlineData("Two Su-34 jets dropped glide bombs.")]
    [InlineData("Ukraine says the 2022 invasion changed everything.")]
    [InlineData("Officials said 11 of the 12 drones were shot down.")]
    [InlineData("Бійці 3-ї штурмової бригади відбили атаку.")]
    [InlineData("Бійці 47-ї бригади знищили 5 танків.")]
    [InlineData("The May Day parade was cancelled.")]
    [InlineData("The brigade may return to the front.")]
    [InlineData("The unit lost 2024 shells to the fire.")]
    [InlineData("Середовище у місті забруднене.")]
    [InlineData("Среда обитания пострадала.")]
    [InlineData("The plan says February 30 is the deadline.")]
    public void Process_NotADate_FindsNoTime(string text)
    {
        var doc = Run(text, "2025-12-11");
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void Process_WireStory_FindsAllInTextOrderWithExactSlices()
    {
        const string text = "KYIV, Dec 11 - Russia launched 80 drones overnight, the air force said on Thursday.\n" +
            "The attack followed a strike on Kharkiv on Wednesday that killed four civilians.\n" +
            "Russia has fired more than 5,000 glide bombs since the beginning of November, Kyiv says; " +
            "the town of Siversk fell late last month after fighting since 2014.";
        var doc = Run(text, "2025-12-11");
        var texts = doc.Times.Select(t => t.Text).ToArray();
        Assert.Equal(["Dec 11", "overnight", "Thursday", "Wednesday", "since the beginning of November", "late last month", "since 2014"], texts);
        Assert.All(doc.Times, t => Assert.Equal(doc.Text[t.Span.Start..t.Span.End], t.Text));
        Assert.True(doc.Times.Zip(doc.Times.Skip(1)).All(p => p.First.Span.Start < p.Second.Span.Start));
    }

    [Fact]
    public void Process_Twice_DoesNotDependOnClock()
    {
        var a = Run("The depot was hit on Wednesday.", "2020-01-02").Times.Single();
        var b = Run("The depot was hit on Wednesday.", "2020-01-02").Times.Single();
        Assert.Equal(new DateOnly(2020, 1, 1), a.From);
        Assert.Equal(a, b);
    }
}

public sealed class TimeStageLimitTests
{
    [Fact]
    public void Process_HugeSentenceOfDates_StaysLinear()
    {
        // one sentence of 40,000 time expressions and then 400,000: every expression is found, and the work grows
        // with the length of the sentence, not its square
        Scaling.AssertLinear(10_000, repeats =>
        {
            var text = string.Concat(Enumerable.Repeat("today yesterday 11 December overnight ", repeats));
            var doc = TimeStageTests.Run(text, "2025-12-11");
            Assert.Equal(4 * repeats, doc.Times.Count);
        });
    }}
