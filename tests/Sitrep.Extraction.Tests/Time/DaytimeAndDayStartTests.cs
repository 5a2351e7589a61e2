using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>
/// The daytime opening a sentence ("Удень ворог скинув ...", "Днём беспилотник ...") and "since the start of the day"
/// ("Від початку доби", "С начала суток") are the publication day. Twins: "днём" inside a sentence ("с каждым днём")
/// and "Днём ранее" (a day earlier) are no dates, and "вдень і вночі" inside a sentence names no day.
/// </summary>
public sealed class DaytimeAndDayStartTests
{
    private static List<TimeMention> Times(string text, string published = "2026-05-12")
    {
        var doc = new Document(text, new DocumentMetadata
        {
            Outlet = "Test",
            Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        });
        return SitrepPipeline.Default.Process(doc).Times;
    }

    [Theory]
    [InlineData("Удень ворог скинув керовану авіабомбу на Покровське.", "Удень")]
    [InlineData("Вдень дрон атакував автомобіль у Марганці.", "Вдень")]
    [InlineData("Днём беспилотник атаковал ферму в Головчино.", "Днём")]
    [InlineData("Днем дрон ударил по автомобилю в Грайвороне.", "Днем")]
    public void Process_DaytimeOpeningASentence_IsThePublicationDay(string text, string expected)
    {
        var time = Assert.Single(Times(text));
        Assert.Equal(expected, time.Text);
        Assert.Equal(new DateOnly(2026, 5, 12), time.From);
        Assert.Equal(new DateOnly(2026, 5, 12), time.To);
    }

    [Theory]
    [InlineData("Обстрелы с каждым днём становятся сильнее.")]
    [InlineData("Днём ранее губернатор сообщил об атаке на Шебекино.")]
    [InlineData("Ворог обстрілює громаду вдень і вночі.")]
    public void Process_DayWordInsideASentenceOrADayCount_NoDate(string text)
    {
        Assert.DoesNotContain(Times(text), t => t.Text.StartsWith("вдень", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("дн", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Від початку доби ворог понад 20 разів атакував Нікопольський район.", "Від початку доби")]
    [InlineData("С начала суток ВСУ атаковали Белгородский округ 12 раз.", "С начала суток")]
    [InlineData("Since the start of the day Russian artillery has shelled Nikopol 20 times.", "Since the start of the day")]
    public void Process_SinceTheStartOfTheDay_IsThePublicationDay(string text, string expected)
    {
        var time = Assert.Single(Times(text));
        Assert.Equal(expected, time.Text);
        Assert.Equal(new DateOnly(2026, 5, 12), time.From);
        Assert.Equal(new DateOnly(2026, 5, 12), time.To);
    }

    [Theory]
    [InlineData("З початку року ворог понад 2000 разів атакував Нікопольський район.")]
    [InlineData("С начала года ВСУ атаковали Белгородский округ 900 раз.")]
    public void Process_SinceTheStartOfTheYear_StillTheYear(string text)
    {
        var time = Assert.Single(Times(text));
        Assert.Equal(new DateOnly(2026, 1, 1), time.From);
    }

    [Theory]
    [InlineData("The school will stay closed until the end of the month.")]
    [InlineData("Школа залишиться зачиненою до кінця місяця.")]
    [InlineData("Школа останется закрытой до конца месяца.")]
    public void Process_TheEndOfTheMonth_IsItsLastThird(string text)
    {
        var time = Assert.Single(Times(text));
        Assert.Equal(new DateOnly(2026, 5, 21), time.From);
        Assert.Equal(new DateOnly(2026, 5, 31), time.To);
    }

    [Theory]
    [InlineData("The school was closed at the end of last month.")]
    [InlineData("Школу закрили наприкінці минулого місяця.")]
    [InlineData("Школу закрыли в конце прошлого месяца.")]
    public void Process_TheEndOfLastMonth_StillLastMonth(string text)
    {
        var time = Assert.Single(Times(text));
        Assert.Equal(new DateOnly(2026, 4, 21), time.From);
        Assert.Equal(new DateOnly(2026, 4, 30), time.To);
    }
}
