using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Tests.Text;

public class PlainTextReaderTests
{
    [Fact]
    public async Task ReadOne_ScrapedWireStory_FindsTitleOutletAuthorAndDatelineDate()
    {
        var doc = await Inputs.ReadOne("Text/wire-scraped-en.txt");

        Assert.Equal("Russian missiles hit Kyiv power plant, city briefly without heating", doc.Metadata.Title);
        Assert.Equal("Reuters", doc.Metadata.Outlet);
        Assert.Equal("Daria Kovalenko", doc.Metadata.Author);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Dateline, doc.Metadata.PublishedFrom);
        Assert.Null(doc.Metadata.DeclaredLanguage);
    }

    [Fact]
    public async Task ReadOne_ScrapedWireStory_KeepsStoryAndDropsChrome()
    {
        var doc = await Inputs.ReadOne("Text/wire-scraped-en.txt");

        Assert.StartsWith("Russian missiles hit Kyiv power plant", doc.Text);
        Assert.Contains("KYIV, Dec 11 (Reuters) - Russia fired cruise missiles", doc.Text);
        Assert.EndsWith("The air force said 18 of 22 missiles were shot down.", doc.Text);
        foreach (var chrome in new[] { "Skip to main content", "Menu", "Markets", "Share", "Subscribe", "cookie", "Published:" })
        {
            Assert.DoesNotContain(chrome, doc.Text);
        }

        Assert.Contains("\n\n", doc.Text);
    }

    [Fact]
    public async Task ReadOne_UkrainianLocalNews_ReadsMastheadOutletAndUkrainianDateLine()
    {
        var doc = await Inputs.ReadOne("Text/suspilne-style-uk.txt");

        Assert.Equal("Suspilne", doc.Metadata.Outlet);
        Assert.Equal("Обстріл Запоріжжя: пошкоджено два багатоповерхівки", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Text, doc.Metadata.PublishedFrom);
        Assert.Contains("поранено шестеро людей", doc.Text);
        Assert.DoesNotContain("Читайте також", doc.Text);
        Assert.DoesNotContain("Поділитися", doc.Text);
        Assert.DoesNotContain("Головна", doc.Text);
    }

    [Fact]
    public async Task ReadOne_RussianRegionalNews_ReadsSourceLineAndRussianDate()
    {
        var doc = await Inputs.ReadOne("Text/regional-ru.txt");

        Assert.Equal("Курский вестник", doc.Metadata.Outlet);
        Assert.Equal("В Курской области сообщили о повреждении подстанции", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Text, doc.Metadata.PublishedFrom);
        Assert.DoesNotContain("Подписывайтесь", doc.Text);
        Assert.DoesNotContain("Главная", doc.Text);
        Assert.Contains("Пострадавших нет.", doc.Text);
    }

    [Fact]
    public async Task ReadOne_DottedDateLine_IsReadDayFirst()
    {
        var doc = await Inputs.ReadOne("Text/bulletin-dotted.txt");

        Assert.Equal(new DateOnly(2025, 11, 12), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Text, doc.Metadata.PublishedFrom);
        Assert.Equal("Оперативна інформація станом на 08:00", doc.Metadata.Title);
    }

    [Fact]
    public async Task ReadOne_DatelineWithoutYearAndNoYearElsewhere_LeavesDateUnset()
    {
        var doc = await Inputs.ReadOne("Text/dateline-noyear.txt");

        Assert.Null(doc.Metadata.Published);
        Assert.Null(doc.Metadata.PublishedFrom);
        Assert.Equal("Drones target Dnipro rail junction", doc.Metadata.Title);
    }

    [Fact]
    public async Task ReadOne_CopiedFacebookPost_IsFacebookWithThePageAsOutlet()
    {
        var doc = await Inputs.ReadOne("Text/facebook-post-uk.txt");

        Assert.Equal("facebook", doc.Metadata.Medium);
        Assert.Equal("Генеральний штаб ЗСУ / General Staff of the Armed Forces of Ukraine", doc.Metadata.Outlet);
        Assert.Null(doc.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
        Assert.StartsWith("Оперативна інформація станом на 08.00 11.12.2025", doc.Text);
        Assert.EndsWith("на Покровському напрямку.", doc.Text);
    }

    [Fact]
    public async Task ReadOne_NewsStoryMentioningLikes_IsNotFacebook()
    {
        var doc = await Inputs.ReadOne("Text/wire-scraped-en.txt");

        Assert.Null(doc.Metadata.Medium);
    }

    [Theory]
    [InlineData("KYIV, Dec 11 (Reuters) - Russia fired missiles at Kyiv overnight.\nThree people were hurt.")]
    [InlineData("Russian forces shelled Nikopol overnight, damaging a gas pipeline.\nNo one was hurt.")]
    public async Task ReadOne_TextOpeningWithAStorySentence_HasNoTitle(string content)
    {
        using var temp = new TempFolder();
        var path = temp.Write("story.txt", content);

        var doc = await Inputs.ReadOne(path);

        Assert.Null(doc.Metadata.Title);
        Assert.Equal(content, doc.Text);
    }
}
