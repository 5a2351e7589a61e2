using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Tests.Text;

/// <summary>Channel headers and bulletin "as of" lines, as copied from Telegram channels and staff summaries.</summary>
public class HeaderLineTests
{
    private static async Task<Document> Read(string text)
    {
        using var dir = new TempFolder();
        var path = dir.Write("post.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions(), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }

    [Fact]
    public async Task ReadOne_ChannelNameAboveTelegramHeader_ChannelIsOutletDateFromHeader()
    {
        var doc = await Read("Sumy Regional Military Administration\nTelegram | 03.12.2025 07:15\n\nOvernight the enemy attacked Sumy with drones. Two people were injured.\n");

        Assert.Equal("Sumy Regional Military Administration", doc.Metadata.Outlet);
        Assert.Equal("telegram", doc.Metadata.Medium);
        Assert.Equal(new DateOnly(2025, 12, 3), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Text, doc.Metadata.PublishedFrom);
        Assert.Null(doc.Metadata.Title);
        Assert.StartsWith("Overnight the enemy attacked Sumy", doc.Text);
    }

    [Fact]
    public async Task ReadOne_MastheadHeaderWithSections_OutletAndDate()
    {
        var doc = await Read("Azov Coast Herald | News | Berdiansk | 04.11.2025\n\nPartisans report explosions near the port\n\nResidents heard several blasts near the port overnight, the outlet's sources said.\n");

        Assert.Equal("Azov Coast Herald", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 11, 4), doc.Metadata.Published);
        Assert.Equal("Partisans report explosions near the port", doc.Metadata.Title);
        Assert.DoesNotContain("| News |", doc.Text);
    }

    [Theory]
    [InlineData("Генеральний штаб ЗСУ\nОперативна інформація станом на 08:00 05.12.2025 щодо російського вторгнення\n\nУпродовж минулої доби зафіксовано 140 бойових зіткнень.\n", 2025, 12, 5)]
    [InlineData("Сводка\nПо состоянию на 9 декабря 2025 года обстановка в зоне операции остаётся напряжённой.\n\nПодразделения продолжили наступление.\n", 2025, 12, 9)]
    [InlineData("Daily update\nThe situation as of 08:00 on 3 December 2025 is as follows.\n\nFighting continued near Siversk.\n", 2025, 12, 3)]
    public async Task ReadOne_BulletinAsOfLine_DatesTheDocumentAndKeepsTheLine(string text, int year, int month, int day)
    {
        var doc = await Read(text);

        Assert.Equal(new DateOnly(year, month, day), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Text, doc.Metadata.PublishedFrom);
        Assert.Contains(day.ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Text);
    }

    [Fact]
    public async Task ReadOne_StorySentenceWithDateAndPipe_NotAHeader()
    {
        var doc = await Read("Drone attack on Kharkiv\n\nThe strike on 01.12.2025 hit a warehouse | officials said more details would follow, and the city council confirmed the damage later in the day after inspecting the site.\n");

        Assert.Null(doc.Metadata.Outlet);
        Assert.Contains("01.12.2025", doc.Text);
    }

    [Theory]
    [InlineData("date 2025-12-16\nSteppe Courier | Zaporizhzhia region | Share | Print\n\nFog grounds drones near Orikhiv\n\nThick fog kept drones on the ground near Orikhiv on Tuesday, the brigade said.\n", "Steppe Courier")]
    [InlineData("Південний вісник | Херсонщина | Поділитися | Друк\nдата 2025-12-16\n\nУ Херсоні знеструмлено два райони\n\nПісля обстрілу в Херсоні знеструмлено два райони, повідомила ОВА.\n", "Південний вісник")]
    public async Task ReadOne_PageToolBarWithOutlet_OutletAndLineNotInText(string text, string outlet)
    {
        var doc = await Read(text);

        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.DoesNotContain("|", doc.Text);
    }

    [Theory]
    [InlineData("Home | News | Share | Print\ndate 2025-12-16\n\nFog grounds drones near Orikhiv\n\nThick fog kept drones on the ground near Orikhiv on Tuesday.\n")]
    [InlineData("date 2025-12-16\n\nFog grounds drones near Orikhiv\n\nVolunteers asked readers to share | print the appeal and pass it on.\n")]
    public async Task ReadOne_MenuOrSentenceWithToolWords_NoOutlet(string text)
    {
        var doc = await Read(text);

        Assert.Null(doc.Metadata.Outlet);
    }

    [Fact]
    public async Task ReadOne_UpperCaseMastheadAndGappedMenu_OutletAndHeadlineNotChrome()
    {
        var doc = await Read("DONBAS COURIER\nHome  News  Donetsk  Region  Photo  Video\ndate 2025-12-02\n\nDrone hits bus station in Kramatorsk\n\nA Russian drone struck the bus station in Kramatorsk on Tuesday morning, the city council said.\n");

        Assert.Equal("Donbas Courier", doc.Metadata.Outlet);
        Assert.Equal("Drone hits bus station in Kramatorsk", doc.Metadata.Title);
        Assert.DoesNotContain("Photo", doc.Text);
        Assert.DoesNotContain("DONBAS COURIER", doc.Text);
    }

    [Theory]
    [InlineData("ПІВДЕННИЙ ОБРІЙ | Телеканал\nОпубліковано: 22.04.2026, 21:10\n\nУдар по Запоріжжю\n\nУвечері росіяни скинули авіабомби на Запоріжжя, повідомив голова ОВА.\n", "Південний Обрій")]
    [InlineData("ВЕСТНИК ПРИАЗОВЬЯ | Новости СВО\n25.04.2026, 18:40\n\nУдар по Шебекино\n\nНочью ВСУ атаковали Шебекино, сообщил губернатор.\n", "Вестник Приазовья")]
    [InlineData("FRONTLINE NOTES | Analysis\nPublished: 9 April 2026\n\nThinning lines\n\nUkraine has moved two brigades, officials said.\n", "Frontline Notes")]
    public async Task ReadOne_UpperCaseMastheadBeforeABarAndADescription_TheMastheadIsTheOutlet(string text, string outlet)
    {
        // "ПІВДЕННИЙ ОБРІЙ | Телеканал": the words after the bar describe the outlet the masthead names
        var doc = await Read(text);

        Assert.Equal(outlet, doc.Metadata.Outlet);
    }

    [Fact]
    public async Task ReadOne_MixedCaseNameBeforeABar_NotAMasthead()
    {
        // twin: a line that is no upper-case masthead is not read as one because of its bar
        var doc = await Read("Drones over the coast | Analysis\n\nRussian drones struck the port of Odesa overnight, the regional administration said.\n");

        Assert.NotEqual("Drones Over The Coast", doc.Metadata.Outlet);
    }

    [Fact]
    public async Task ReadOne_UpperCaseHeadlineSentence_NotAMasthead()
    {
        var doc = await Read("BREAKING: DRONES HIT ODESA PORT\n\nRussian drones struck the port of Odesa overnight, the regional administration said.\n");

        Assert.Null(doc.Metadata.Outlet);
    }

    [Theory]
    [InlineData("Пограничье | сводки и новости\n05.06.2026\n\nГлавное к вечеру\n\nГубернатор сообщил, что ночью сбиты три беспилотника.\n", "Пограничье", "Главное к вечеру")]
    [InlineData("Прикордоння | новини громад\n05.06.2026\n\nГоловне до вечора\n\nГубернатор повідомив, що вночі збито три безпілотники.\n", "Прикордоння", "Головне до вечора")]
    [InlineData("Border Notes | a correspondent's digest\n05.06.2026\n\nThe evening round-up\n\nThe governor said three drones were shot down overnight.\n", "Border Notes", "The evening round-up")]
    public async Task ReadOne_ChannelNameLineAboveADate_ChannelIsOutlet(string text, string outlet, string title)
    {
        // a channel's name, a bar and a lower-case description, above the post's date
        var doc = await Read(text);

        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(title, doc.Metadata.Title);
        Assert.Equal(new DateOnly(2026, 6, 5), doc.Metadata.Published);
    }

    [Fact]
    public async Task ReadOne_HeadlineWithABarAndNoDateLine_StaysTheTitle()
    {
        // twin: a headline "X | що відомо" with no date line below it is a headline
        var doc = await Read("Обстріл Харкова | що відомо\n\nУночі росіяни атакували Харків дронами.\n");

        Assert.Null(doc.Metadata.Outlet);
        Assert.Equal("Обстріл Харкова | що відомо", doc.Metadata.Title);
    }
}
