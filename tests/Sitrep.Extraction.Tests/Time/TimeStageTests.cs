using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>
/// Time expressions resolved against a publication date. 2025-12-11 is a Thursday; 2025-12-08 a Monday;
/// 2025-12-06 a Saturday; 2025-12-07 a Sunday; 2026-01-05 a Monday.
/// </summary>
public sealed partial class TimeStageTests
{
    internal static Document Run(string text, string? published)
    {
        var metadata = published is null
            ? new DocumentMetadata()
            : new DocumentMetadata { Published = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), PublishedFrom = PublishedSource.Argument };
        var doc = new Document(text, metadata);
        new TextStage().Process(doc, CancellationToken.None);
        new TimeStage().Process(doc, CancellationToken.None);
        return doc;
    }

    private static void AssertTime(string text, string? published, string expected, string? from, string? to, TimePrecision precision)
    {
        var doc = Run(text, published);
        var found = doc.Times.Select(t => t.Text).ToList();
        var time = doc.Times.FirstOrDefault(t => t.Text == expected);
        Assert.True(time is not null, $"'{expected}' not found in [{string.Join(" | ", found)}]");
        Assert.Equal(from, time.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(to, time.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(precision, time.Precision);
        Assert.Equal(doc.Text[time.Span.Start..time.Span.End], time.Text);
    }

    [Theory]
    [InlineData("Russian drones struck Kharkiv today, the mayor said.", "2025-12-11", "today", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("The regional governor said on Telegram yesterday that power was restored.", "2025-12-11", "yesterday", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("The strike happened the day before yesterday.", "2025-12-11", "the day before yesterday", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("Russia launched 80 drones at Ukraine overnight, the air force said.", "2025-12-11", "overnight", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Sirens sounded in Kyiv this morning.", "2025-12-11", "this morning", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Explosions were heard in Odesa last night.", "2025-12-11", "last night", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("A glide bomb hit the town yesterday evening.", "2025-12-11", "yesterday evening", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("The brigade repelled three assaults earlier this week.", "2025-12-11", "earlier this week", "2025-12-08", "2025-12-10", TimePrecision.Week)]
    [InlineData("The brigade repelled three assaults earlier this week.", "2025-12-08", "earlier this week", "2025-12-08", "2025-12-08", TimePrecision.Week)]
    [InlineData("Fighting intensified last week near the town.", "2025-12-11", "last week", "2025-12-01", "2025-12-07", TimePrecision.Week)]
    [InlineData("Fighting intensified last week near the town.", "2025-12-08", "last week", "2025-12-01", "2025-12-07", TimePrecision.Week)]
    [InlineData("Fighting intensified this week near the town.", "2025-12-11", "this week", "2025-12-08", "2025-12-11", TimePrecision.Week)]
    [InlineData("There were 165 combat engagements in the past 24 hours.", "2025-12-11", "the past 24 hours", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("There were 130 clashes in the past 48 hours.", "2025-12-11", "the past 48 hours", "2025-12-09", "2025-12-11", TimePrecision.Days)]
    [InlineData("Over the past day, the enemy attacked 40 times.", "2025-12-11", "the past day", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Within the last day Russian troops shelled border communities 30 times.", "2025-12-11", "the last day", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Over the past three days, the enemy attacked 40 times.", "2025-12-11", "the past three days", "2025-12-08", "2025-12-11", TimePrecision.Days)]
    [InlineData("Shelling continued over the weekend.", "2025-12-11", "the weekend", "2025-12-06", "2025-12-07", TimePrecision.Days)]
    [InlineData("Shelling continued over the weekend.", "2025-12-07", "the weekend", "2025-12-06", "2025-12-07", TimePrecision.Days)]
    [InlineData("Shelling continued over the weekend.", "2025-12-06", "the weekend", "2025-12-06", "2025-12-06", TimePrecision.Days)]
    [InlineData("Russia has launched 5,000 drones since the beginning of November.", "2025-12-11", "since the beginning of November", "2025-11-01", "2025-12-11", TimePrecision.Days)]
    [InlineData("The village fell late last month.", "2025-12-11", "late last month", "2025-11-21", "2025-11-30", TimePrecision.Days)]
    [InlineData("The village fell early last month.", "2025-12-11", "early last month", "2025-11-01", "2025-11-10", TimePrecision.Days)]
    [InlineData("The village fell last month.", "2025-12-11", "last month", "2025-11-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("The village fell last month.", "2026-01-05", "last month", "2025-12-01", "2025-12-31", TimePrecision.Month)]
    [InlineData("The village fell in November, officials said.", "2025-12-11", "November", "2025-11-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("The village fell in December, officials said.", "2026-01-05", "December", "2025-12-01", "2025-12-31", TimePrecision.Month)]
    [InlineData("The town was occupied in 2024.", "2025-12-11", "2024", "2024-01-01", "2024-12-31", TimePrecision.Year)]
    [InlineData("Two days ago a drone hit the depot.", "2025-12-11", "Two days ago", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("Three weeks ago a drone hit the depot.", "2025-12-11", "Three weeks ago", "2025-11-17", "2025-11-23", TimePrecision.Week)]
    [InlineData("A month ago the bridge was destroyed.", "2025-12-11", "A month ago", "2025-11-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("The depot was hit last Friday.", "2025-12-11", "last Friday", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("The depot was hit last Thursday.", "2025-12-11", "last Thursday", "2025-12-04", "2025-12-04", TimePrecision.Day)]
    [InlineData("The depot was hit on Wednesday.", "2025-12-11", "Wednesday", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("The depot was hit on Thursday.", "2025-12-11", "Thursday", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("The depot was hit on Friday.", "2025-12-11", "Friday", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("The depot was hit on Monday.", "2025-12-08", "Monday", "2025-12-08", "2025-12-08", TimePrecision.Day)]
    [InlineData("Ukraine said Sunday that the line held.", "2025-12-11", "Sunday", "2025-12-07", "2025-12-07", TimePrecision.Day)]
    [InlineData("Wednesday's strike killed two people.", "2025-12-11", "Wednesday's", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Talks will resume on Friday in Geneva.", "2025-12-11", "Friday", "2025-12-12", "2025-12-12", TimePrecision.Day)]
    [InlineData("Russia attacked the port on Wednesday, and officials say talks will resume.", "2025-12-11", "Wednesday", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Officials said on Tuesday that talks will resume on Friday.", "2025-12-11", "Friday", "2025-12-12", "2025-12-12", TimePrecision.Day)]
    [InlineData("Officials said on Tuesday that talks will resume on Friday.", "2025-12-11", "Tuesday", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("Talks resume next Monday.", "2025-12-11", "next Monday", "2025-12-15", "2025-12-15", TimePrecision.Day)]
    [InlineData("Talks resume tomorrow.", "2025-12-11", "tomorrow", "2025-12-12", "2025-12-12", TimePrecision.Day)]
    [InlineData("Blasts were reported Wednesday night.", "2025-12-11", "Wednesday night", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Drones attacked overnight into Wednesday.", "2025-12-11", "overnight into Wednesday", "2025-12-09", "2025-12-10", TimePrecision.Days)]
    [InlineData("The attack came on the night of December 10-11.", "2025-12-11", "the night of December 10-11", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("The attack came on the night of 10-11 December.", "2025-12-11", "the night of 10-11 December", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("The attack came on the night of December 10.", "2025-12-11", "the night of December 10", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Heavy fighting raged between 10 and 12 December.", "2025-12-11", "between 10 and 12 December", "2025-12-10", "2025-12-12", TimePrecision.Days)]
    [InlineData("Heavy fighting raged from 10 to 12 December.", "2025-12-11", "from 10 to 12 December", "2025-12-10", "2025-12-12", TimePrecision.Days)]
    [InlineData("Heavy fighting raged December 8-10, the report said.", "2025-12-11", "December 8-10", "2025-12-08", "2025-12-10", TimePrecision.Days)]
    [InlineData("Heavy fighting raged 8–10 December 2025.", null, "8–10 December 2025", "2025-12-08", "2025-12-10", TimePrecision.Days)]
    [InlineData("Fighting raged 30 November - 2 December, the brigade said.", "2025-12-11", "30 November - 2 December", "2025-11-30", "2025-12-02", TimePrecision.Days)]
    [InlineData("Fighting raged from December 29 to January 2.", "2026-01-05", "from December 29 to January 2", "2025-12-29", "2026-01-02", TimePrecision.Days)]
    [InlineData("Fighting raged 28 December 2024 - 3 January 2025.", null, "28 December 2024 - 3 January 2025", "2024-12-28", "2025-01-03", TimePrecision.Days)]
    [InlineData("Fighting raged 28 December - 3 January 2025.", null, "28 December - 3 January 2025", "2024-12-28", "2025-01-03", TimePrecision.Days)]
    [InlineData("The statement was issued on December 11, 2025.", "2025-12-11", "December 11, 2025", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("The statement was issued on December 11 2025.", null, "December 11 2025", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("The statement was issued on 11 December 2025.", "2025-12-11", "11 December 2025", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("The statement was issued on Dec. 11 in Kyiv.", "2025-12-11", "Dec. 11", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("The statement was issued on Dec 9 in Kyiv.", "2025-12-11", "Dec 9", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("The statement was issued on December 11th.", "2025-12-11", "December 11th", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("The statement was issued on the 9th of December.", "2025-12-11", "the 9th of December", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("Report dated 11.12.2025 from the General Staff.", null, "11.12.2025", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Report dated 2025-12-11 from the General Staff.", null, "2025-12-11", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Report dated 11/12/2025 from the ministry.", null, "11/12/2025", "2025-11-12", "2025-11-12", TimePrecision.Day)]
    [InlineData("Report dated 25/11/2025 from the ministry.", null, "25/11/2025", "2025-11-25", "2025-11-25", TimePrecision.Day)]
    [InlineData("The bridge was hit on December 30.", "2026-01-05", "December 30", "2025-12-30", "2025-12-30", TimePrecision.Day)]
    [InlineData("The bridge was hit on January 3.", "2026-01-05", "January 3", "2026-01-03", "2026-01-03", TimePrecision.Day)]
    [InlineData("The bridge was hit on March 3.", "2026-01-05", "March 3", "2025-03-03", "2025-03-03", TimePrecision.Day)]
    [InlineData("The bridge was hit on December 12.", "2025-12-11", "December 12", "2024-12-12", "2024-12-12", TimePrecision.Day)]
    [InlineData("The exchange will take place on December 12.", "2025-12-11", "December 12", "2025-12-12", "2025-12-12", TimePrecision.Day)]
    [InlineData("The exchange will take place on January 2.", "2025-12-11", "January 2", "2026-01-02", "2026-01-02", TimePrecision.Day)]
    [InlineData("The offensive began on February 29.", "2025-12-11", "February 29", "2024-02-29", "2024-02-29", TimePrecision.Day)]
    [InlineData("The offensive peaked in mid-November.", "2025-12-11", "mid-November", "2025-11-11", "2025-11-20", TimePrecision.Days)]
    [InlineData("The offensive peaked in late November.", "2025-12-11", "late November", "2025-11-21", "2025-11-30", TimePrecision.Days)]
    [InlineData("The offensive peaked in early December.", "2025-12-11", "early December", "2025-12-01", "2025-12-10", TimePrecision.Days)]
    [InlineData("The offensive peaked at the end of November 2024.", "2025-12-11", "the end of November 2024", "2024-11-21", "2024-11-30", TimePrecision.Days)]
    [InlineData("The offensive began in November 2024.", null, "November 2024", "2024-11-01", "2024-11-30", TimePrecision.Month)]
    [InlineData("Kyiv has been shelled since December 1.", "2025-12-11", "since December 1", "2025-12-01", "2025-12-11", TimePrecision.Days)]
    [InlineData("The town has been besieged since March 2022.", "2025-12-11", "since March 2022", "2022-03-01", "2025-12-11", TimePrecision.Days)]
    [InlineData("Losses have mounted since the start of the year.", "2025-12-11", "since the start of the year", "2025-01-01", "2025-12-11", TimePrecision.Days)]
    [InlineData("The war in the east has gone on since 2014.", "2025-12-11", "since 2014", "2014-01-01", "2025-12-11", TimePrecision.Year)]
    [InlineData("Attacks rose earlier this month.", "2025-12-11", "earlier this month", "2025-12-01", "2025-12-11", TimePrecision.Month)]
    [InlineData("Attacks rose this year.", "2025-12-11", "this year", "2025-01-01", "2025-12-11", TimePrecision.Year)]
    [InlineData("Attacks rose last year.", "2025-12-11", "last year", "2024-01-01", "2024-12-31", TimePrecision.Year)]
    public void Process_EnglishExpression_ResolvesAgainstPublication(string text, string? published, string expected, string? from, string? to, TimePrecision precision) =>
        AssertTime(text, published, expected, from, to, precision);

    [Theory]
    [InlineData("Ворог атакував Покровськ у середу.", "2025-12-11", "середу", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("В середу ворог атакував Покровськ.", "2025-12-11", "середу", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Удар стався у п'ятницю ввечері.", "2025-12-11", "п'ятницю", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("Удар стався у п’ятницю.", "2025-12-11", "п’ятницю", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("Обстріл тривав у неділю.", "2025-12-11", "неділю", "2025-12-07", "2025-12-07", TimePrecision.Day)]
    [InlineData("Обстріл тривав у четвер.", "2025-12-11", "четвер", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Вчора окупанти обстріляли Херсон.", "2025-12-11", "Вчора", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Вчора ввечері окупанти обстріляли Херсон.", "2025-12-11", "Вчора ввечері", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Сьогодні у місті оголошено жалобу.", "2025-12-11", "Сьогодні", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Минулої доби відбулося 165 бойових зіткнень.", "2025-12-11", "Минулої доби", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("За минулу добу ворог втратив 1020 осіб.", "2025-12-11", "За минулу добу", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Протягом доби окупанти 30 разів обстріляли громаду.", "2025-12-11", "Протягом доби", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Ворог впродовж доби атакував позиції бригади.", "2025-12-11", "впродовж доби", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("В течение суток противник обстрелял поселок.", "2025-12-11", "В течение суток", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Вночі росіяни атакували Київ дронами.", "2025-12-11", "Вночі", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Уночі росіяни атакували Київ дронами.", "2025-12-11", "Уночі", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Атака відбулася 11 грудня.", "2025-12-11", "11 грудня", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Атака відбулася 11 грудня 2025 року.", null, "11 грудня 2025 року", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Атака відбулася 30 грудня.", "2026-01-05", "30 грудня", "2025-12-30", "2025-12-30", TimePrecision.Day)]
    [InlineData("Бої тривали 10-11 грудня.", "2025-12-11", "10-11 грудня", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Село окупували у листопаді.", "2025-12-11", "листопаді", "2025-11-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("Село окупували у грудні 2024 року.", null, "грудні 2024 року", "2024-12-01", "2024-12-31", TimePrecision.Month)]
    [InlineData("З початку листопада ворог втратив 30 тисяч осіб.", "2025-12-11", "З початку листопада", "2025-11-01", "2025-12-11", TimePrecision.Days)]
    [InlineData("Бої посилилися минулого тижня.", "2025-12-11", "минулого тижня", "2025-12-01", "2025-12-07", TimePrecision.Week)]
    [InlineData("Бої посилилися цього тижня.", "2025-12-11", "цього тижня", "2025-12-08", "2025-12-11", TimePrecision.Week)]
    [InlineData("Бої посилилися минулого місяця.", "2025-12-11", "минулого місяця", "2025-11-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("Село впало наприкінці листопада.", "2025-12-11", "наприкінці листопада", "2025-11-21", "2025-11-30", TimePrecision.Days)]
    [InlineData("Місто окупували у 2014 році.", "2025-12-11", "2014 році", "2014-01-01", "2014-12-31", TimePrecision.Year)]
    [InlineData("Війна триває з 2014 року.", "2025-12-11", "з 2014 року", "2014-01-01", "2025-12-11", TimePrecision.Year)]
    [InlineData("Удар завдано в ніч на 11 грудня.", "2025-12-11", "в ніч на 11 грудня", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Удар завдано у ніч з 10 на 11 грудня.", "2025-12-11", "у ніч з 10 на 11 грудня", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Удар завдано у ніч на середу.", "2025-12-11", "у ніч на середу", "2025-12-09", "2025-12-10", TimePrecision.Days)]
    [InlineData("Бої тривали з 30 листопада по 2 грудня.", "2025-12-11", "з 30 листопада по 2 грудня", "2025-11-30", "2025-12-02", TimePrecision.Days)]
    [InlineData("Бои шли с 28 ноября по 3 декабря 2025 года.", null, "с 28 ноября по 3 декабря 2025 года", "2025-11-28", "2025-12-03", TimePrecision.Days)]
    [InlineData("Два дні тому дрон влучив у склад.", "2025-12-11", "Два дні тому", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("Противник атаковал в среду.", "2025-12-11", "среду", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Во вторник противник атаковал.", "2025-12-11", "вторник", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("В воскресенье противник атаковал.", "2025-12-11", "воскресенье", "2025-12-07", "2025-12-07", TimePrecision.Day)]
    [InlineData("В прошлую пятницу противник атаковал.", "2025-12-11", "прошлую пятницу", "2025-12-05", "2025-12-05", TimePrecision.Day)]
    [InlineData("Вчера ВСУ обстреляли Донецк.", "2025-12-11", "Вчера", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Вчера вечером ВСУ обстреляли Донецк.", "2025-12-11", "Вчера вечером", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Сегодня в городе траур.", "2025-12-11", "Сегодня", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("За минувшие сутки сбито 48 беспилотников.", "2025-12-11", "За минувшие сутки", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Ночью ПВО сбила 48 беспилотников.", "2025-12-11", "Ночью", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Удар нанесен 11 декабря.", "2025-12-11", "11 декабря", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Удар нанесен 11 декабря 2025 года.", null, "11 декабря 2025 года", "2025-12-11", "2025-12-11", TimePrecision.Day)]
    [InlineData("Село заняли в ноябре.", "2025-12-11", "ноябре", "2025-11-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("С начала ноября потери выросли.", "2025-12-11", "С начала ноября", "2025-11-01", "2025-12-11", TimePrecision.Days)]
    [InlineData("Бои усилились на прошлой неделе.", "2025-12-11", "на прошлой неделе", "2025-12-01", "2025-12-07", TimePrecision.Week)]
    [InlineData("Бои усилились на этой неделе.", "2025-12-11", "на этой неделе", "2025-12-08", "2025-12-11", TimePrecision.Week)]
    [InlineData("Бои усилились в прошлом месяце.", "2025-12-11", "в прошлом месяце", "2025-11-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("Село заняли в конце ноября.", "2025-12-11", "в конце ноября", "2025-11-21", "2025-11-30", TimePrecision.Days)]
    [InlineData("Город заняли в 2024 году.", "2025-12-11", "2024 году", "2024-01-01", "2024-12-31", TimePrecision.Year)]
    [InlineData("Конфликт длится с 2014 года.", "2025-12-11", "с 2014 года", "2014-01-01", "2025-12-11", TimePrecision.Year)]
    [InlineData("Удар нанесен в ночь на 11 декабря.", "2025-12-11", "в ночь на 11 декабря", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Удар нанесен в ночь с 10 на 11 декабря.", "2025-12-11", "в ночь с 10 на 11 декабря", "2025-12-10", "2025-12-11", TimePrecision.Days)]
    [InlineData("Три дня назад дрон поразил склад.", "2025-12-11", "Три дня назад", "2025-12-08", "2025-12-08", TimePrecision.Day)]
    public void Process_UkrainianOrRussianExpression_ResolvesAgainstPublication(string text, string? published, string expected, string? from, string? to, TimePrecision precision) =>
        AssertTime(text, published, expected, from, to, precision);
}
