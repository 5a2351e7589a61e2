using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>
/// Time words of retold and hour-by-hour reports: "Two days later", "через два дні", "спустя два дня" are that many days
/// after the day named before; "around noon", "близько полудня", "около полудня" and "during the day", "упродовж дня",
/// "в течение дня" are the publication day; "during the reporting period", "за звітний період", "за отчётный период"
/// are the stretch of days the report named first; "Overnight on 4-5 June" is that night. Each with a twin that keeps
/// the old reading.
/// </summary>
public sealed class RelativeDaysAndPeriodTests
{
    private static List<TimeMention> Times(string text, string published = "2026-06-12")
    {
        var doc = new Document(text, new DocumentMetadata
        {
            Outlet = "Test",
            Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        });
        return SitrepPipeline.Default.Process(doc).Times;
    }

    [Theory]
    [InlineData("On June 4, Ukrainian troops stormed positions near Mala Tokmachka. Two days later, Russian forces counterattacked.", "Two days later")]
    [InlineData("4 червня українські військові штурмували позиції біля Малої Токмачки. Через два дні росіяни контратакували.", "Через два дні")]
    [InlineData("4 июня украинские военные штурмовали позиции у Малой Токмачки. Спустя два дня российские войска контратаковали.", "Спустя два дня")]
    [InlineData("4 июня украинские военные штурмовали позиции у Малой Токмачки. Через два дня российские войска контратаковали.", "Через два дня")]
    public void Process_DaysLater_ThatManyDaysAfterTheDayBefore(string text, string expected)
    {
        var later = Assert.Single(Times(text), t => t.Text == expected);
        Assert.Equal(new DateOnly(2026, 6, 6), later.From);
        Assert.Equal(new DateOnly(2026, 6, 6), later.To);
    }

    [Theory]
    [InlineData("Two days later, Russian forces counterattacked.")]
    [InlineData("Через два дні росіяни контратакували.")]
    [InlineData("Спустя два дня российские войска контратаковали.")]
    public void Process_DaysLaterWithNoDayBefore_NoDate(string text)
    {
        // nothing to count from: never the publication day or a guess
        Assert.Empty(Times(text));
    }

    [Theory]
    [InlineData("Two days ago, Russian forces counterattacked.")]
    [InlineData("Два дні тому росіяни контратакували.")]
    [InlineData("Два дня назад российские войска контратаковали.")]
    public void Process_DaysAgo_StillCountedFromPublication(string text)
    {
        var time = Assert.Single(Times(text));
        Assert.Equal(new DateOnly(2026, 6, 10), time.From);
    }

    [Theory]
    [InlineData("Around noon, artillery shelled Bilozerka.", "noon")]
    [InlineData("Близько полудня Білозерка потрапила під артилерійський обстріл.", "полудня")]
    [InlineData("Около полудня артиллерия обстреляла Шебекино.", "полудня")]
    [InlineData("During the day, the enemy shelled Bilozerka.", "During the day")]
    [InlineData("Упродовж дня ворог обстрілював Білозерку.", "Упродовж дня")]
    [InlineData("В течение дня противник обстреливал Шебекино.", "В течение дня")]
    public void Process_NoonOrDuringTheDay_IsThePublicationDay(string text, string expected)
    {
        var time = Assert.Single(Times(text));
        Assert.Contains(expected, time.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 12), time.From);
        Assert.Equal(new DateOnly(2026, 6, 12), time.To);
    }

    [Theory]
    [InlineData("On Wednesday around noon, artillery shelled Bilozerka.")]
    [InlineData("У середу близько полудня Білозерка потрапила під обстріл.")]
    [InlineData("В среду около полудня артиллерия обстреляла Шебекино.")]
    public void Process_NoonNextToAWeekday_OnlyQualifiesIt(string text)
    {
        var time = Assert.Single(Times(text));
        Assert.Equal(new DateOnly(2026, 6, 10), time.From);
    }

    [Theory]
    [InlineData("Weekly snapshot, 1-7 June 2026\n\nDuring the reporting period, partners verified 46 civilian casualties.")]
    [InlineData("Тижневий огляд, 1-7 червня 2026 року\n\nЗа звітний період партнери зафіксували 46 постраждалих цивільних.")]
    [InlineData("Обзор, 1-7 июня 2026 года\n\nЗа отчётный период партнёры зафиксировали 46 пострадавших мирных жителей.")]
    public void Process_TheReportingPeriod_IsTheStretchNamedFirst(string text)
    {
        var times = Times(text, "2026-06-09");
        Assert.Equal(2, times.Count);
        Assert.All(times, t =>
        {
            Assert.Equal(new DateOnly(2026, 6, 1), t.From);
            Assert.Equal(new DateOnly(2026, 6, 7), t.To);
        });
    }

    [Theory]
    [InlineData("During the reporting period, partners verified 46 civilian casualties.")]
    [InlineData("За звітний період партнери зафіксували 46 постраждалих цивільних.")]
    [InlineData("За отчётный период партнёры зафиксировали 46 пострадавших мирных жителей.")]
    public void Process_TheReportingPeriodWithNoStretchNamed_NoDate(string text)
    {
        Assert.Empty(Times(text, "2026-06-09"));
    }

    [Fact]
    public void Process_OvernightOnADayRange_IsThatNight()
    {
        var time = Assert.Single(Times("Overnight on 4-5 June, drones hit a residential area of Kharkiv.", "2026-06-09"));
        Assert.Equal(new DateOnly(2026, 6, 4), time.From);
        Assert.Equal(new DateOnly(2026, 6, 5), time.To);
    }

    [Fact]
    public void Process_OvernightAlone_StillTheNightBeforePublication()
    {
        var time = Assert.Single(Times("Overnight, drones hit a residential area of Kharkiv.", "2026-06-09"));
        Assert.Equal(new DateOnly(2026, 6, 8), time.From);
        Assert.Equal(new DateOnly(2026, 6, 9), time.To);
    }
}
