using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "the city's power plants" refers back to the city the story names most, as "the city" does, not to the village
/// the paragraph before named last.
/// </summary>
public sealed class CityPossessiveTests
{
    private const long Zaporizhzhia = 687700;
    private const long Stepnohirsk = 692248;
    private static readonly DateOnly Published = new(2026, 1, 27);

    private static Claim OtherClaim(string text, string city, string village)
    {
        var doc = Docs.Text(text, outlet: "Harbour Wire", published: Published);
        Docs.Place(doc, city, Zaporizhzhia, "Zaporizhzhia", featureCode: "PPLA");
        Docs.Place(doc, city, Zaporizhzhia, "Zaporizhzhia", featureCode: "PPLA", occurrence: 1);
        Docs.Place(doc, village, Stepnohirsk, "Stepnohirsk");
        var last = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        return Assert.Single(Docs.ClaimsOf(Docs.Sorted(doc)), c => c.Span.Start > last);
    }

    [Theory]
    [InlineData("the city's power plants")]
    [InlineData("the city power plants")]
    public void Build_CityWordWithOrWithoutPossessive_IsTheCityTheStoryNamesMost(string plants)
    {
        var claim = OtherClaim(
            "Guided bombs hit Zaporizhzhia on Tuesday, the governor said. Zaporizhzhia lost power for hours.\n\n"
            + "Over the past week, Russian forces struck Stepnohirsk 214 times, the administration said.\n\n"
            + $"A Russian deputy defence minister said that Moscow would strike the bridges, and threatened to hit {plants}.",
            "Zaporizhzhia", "Stepnohirsk");

        Assert.Equal(Zaporizhzhia, claim.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Керовані бомби влучили в Запоріжжя у вівторок, повідомив губернатор. Запоріжжя кілька годин було без світла.\n\nЗа тиждень росіяни 214 разів атакували Степногірськ, повідомила адміністрація.\n\nЕлектростанції міста знову без живлення, повідомила адміністрація.", "Запоріжжя", "Степногірськ")]
    [InlineData("Управляемые бомбы попали в Запорожье во вторник, сообщил губернатор. Запорожье несколько часов было без света.\n\nЗа неделю российские войска 214 раз атаковали Степногорск, сообщила администрация.\n\nЭлектростанции города снова обесточены, сообщила администрация.", "Запорожье", "Степногорск")]
    public void Build_CyrillicCityWordInTheGenitive_IsTheCityTheStoryNamesMost(string text, string city, string village)
    {
        var claim = OtherClaim(text, city, village);

        Assert.Equal(Zaporizhzhia, claim.Place?.GeonameId);
    }
}
