using Sitrep.Extraction.Places.Mentions;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// The scanners for oblast nicknames and country forms and the front sectors decide most words by a letter before comparing
/// them with their lists; the forms they find are still found.
/// </summary>
public sealed class WordPrefilterTests
{
    [Fact]
    public void MayBeNickname_EveryStemWithUpToThreeLettersAfter_IsTrue()
    {
        foreach (var stem in RegionNicknames.StemList)
        {
            foreach (var ending in new[] { "а", "і", "ою", "ині", "ини", "ину" })
            {
                Assert.True(RegionNicknames.MayBeNickname(stem + ending), stem + ending);
                Assert.True(RegionNicknames.MayBeNickname((stem + ending).ToUpperInvariant()), stem + ending);
            }
        }
    }

    [Theory]
    [InlineData("Харків")]
    [InlineData("Kharkiv")]
    [InlineData("Щастя")] // щ, but not among the last six letters of a longer word: here it is, and the word is compared
    public void MayBeNickname_Words_AsExpected(string word)
    {
        var expected = word.AsSpan(Math.Max(0, word.Length - 6)).IndexOfAny("щЩчЧ") >= 0;
        Assert.Equal(expected, RegionNicknames.MayBeNickname(word));
    }

    [Theory]
    [InlineData("Обстріли тривають на Харківщині, повідомила ОВА.", "Харківщині", 706482L)]
    [InlineData("На Донеччині росіяни атакували 40 разів.", "Донеччині", 709716L)]
    [InlineData("Бойовики так званої ЛНР обстріляли село.", "ЛНР", 702657L)]
    [InlineData("Вночі дрони атакували Вінниччину.", "Вінниччину", 689559L)]
    [InlineData("Пожежа сталася на Білгородщині, заявив губернатор.", "Білгородщині", 578071L)]
    public void Process_OblastNickname_IsTheOblast(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Удари по Росії тривають, пишуть місцеві канали.", "Росії")]
    [InlineData("Делегація РФ відмовилася коментувати переговори.", "РФ")]
    [InlineData("Посол США прибув до Києва у вівторок.", "США")]
    [InlineData("Министерство обороны России сообщило о перехвате.", "России")]
    [InlineData("Представники Російської Федерації не прибули.", "Російської Федерації")]
    public void Process_CountryForm_IsFound(string text, string surface)
    {
        Assert.NotNull(PlacesRun.Run(text).Mention(surface));
    }
}
