using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// A unit's post tells one fight over several short paragraphs and bullets: the results ("✅ 11 occupiers
/// eliminated") are at the town its opening paragraph names, and fire that "covered" a group is a strike.
/// </summary>
public sealed class PostStoryTests
{
    private const long Kostiantynivka = 705104;
    private const long Pleshchiivka = 9114055;
    private static readonly DateOnly Published = new(2025, 12, 1);

    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage(), new EventsStage());

    [Theory]
    [InlineData("Сьогодні зранку окупанти знову атакували Костянтинівку.\n\nНаші розвідники помітили рух і передали координати. Результат:\n\n✅ 11 окупантів ліквідовано, ще 4 поранені;", "Костянтинівку")]
    [InlineData("Сегодня утром противник снова атаковал Константиновку.\n\nНаши разведчики заметили движение и передали координаты. Итог:\n\n✅ 11 солдат противника уничтожены;", "Константиновку")]
    [InlineData("This morning the occupiers attacked Kostiantynivka again.\n\nOur scouts spotted the movement and passed on the coordinates. The result:\n\n✅ 11 occupiers eliminated, 4 more wounded;", "Kostiantynivka")]
    public void Process_ResultsAfterParagraphsWithNoPlace_AreAtTheTownThePostOpensWith(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "93rd Mechanized Brigade Kholodnyi Yar", published: Published);
        Docs.Place(doc, town, Kostiantynivka, "Kostiantynivka");

        var result = Run(doc);

        Assert.Equal(Kostiantynivka, Assert.Single(result.Claims, c => c.Kind == ClaimKind.Casualties).Place?.GeonameId);
        Assert.All(result.Events, e => Assert.Equal(Kostiantynivka, e.Location?.GeonameId));
    }

    [Fact]
    public void Process_TooManyParagraphsWithNoPlaceBetween_LeaveTheResultsUnplaced()
    {
        var doc = Docs.Text("This morning the occupiers attacked Kostiantynivka again.\n\nFog covered the fields.\n\nOur scouts waited.\n\nThen they spotted the movement.\n\nThe coordinates went to the gunners.\n\n✅ 11 occupiers eliminated;",
            outlet: "93rd Mechanized Brigade Kholodnyi Yar", published: Published);
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");

        Assert.Null(Assert.Single(Run(doc).Claims, c => c.Kind == ClaimKind.Casualties).Place);
    }

    [Theory]
    [InlineData("Ще одна група намагалася закріпитися біля Плещіївки, але була накрита мінометним вогнем.", "Плещіївки")]
    [InlineData("Ещё одна группа пыталась закрепиться у Плещеевки, но была накрыта минометным огнем.", "Плещеевки")]
    public void Process_GroupCoveredByMortarFire_IsAShellingStrike(string text, string village)
    {
        var doc = Docs.Text(text, outlet: "93rd Mechanized Brigade Kholodnyi Yar", published: Published);
        Docs.Place(doc, village, Pleshchiivka, "Pleshchiivka");

        var result = Run(doc);

        Assert.Equal(Pleshchiivka, Assert.Single(result.Claims, c => c.Kind == ClaimKind.Strike).Place?.GeonameId);
        Assert.Equal(Pleshchiivka, Assert.Single(result.Events, e => e.Subtype == "shelling_artillery_missile_attack").Location?.GeonameId);
    }

    [Fact]
    public void Process_ParagraphNamingADirection_IsNoPlacelessParagraphToReachOver()
    {
        var doc = Docs.Text("На Оріхівському напрямку противник тричі атакував у районі Степногірська.\n\nНа Волинському та Поліському напрямках ознак формування наступальних угруповань не виявлено.\n\nПротивник втратив 1 020 осіб особового складу.",
            outlet: "General Staff of the Armed Forces of Ukraine", published: Published);
        Docs.Place(doc, "Степногірська", 692248, "Stepnohirsk");

        Assert.Null(Assert.Single(Run(doc).Claims, c => c.Kind == ClaimKind.Casualties).Place);
    }

    [Fact]
    public void Process_StrikeOnTheCity_IsAtTheTownTheStoryIsAbout()
    {
        var doc = Docs.Text("Russian troops probe the edges of Kostiantynivka.\n\nUkrainian troops repelled 16 assaults around Kostiantynivka, including near Pleshchiivka and Ivanopillia, the spokesperson said.\n\nRussian forces also hit the city with two guided aerial bombs on Tuesday, the city administration said.",
            published: Published);
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka", occurrence: 1);
        Docs.Place(doc, "Pleshchiivka", Pleshchiivka, "Pleshchiivka");
        Docs.Place(doc, "Ivanopillia", 707464, "Ivanopillia");

        var strike = Assert.Single(Run(doc).Events, e => e.Subtype == "air_drone_strike");

        Assert.Equal(Kostiantynivka, strike.Location?.GeonameId);
    }

    [Theory]
    [InlineData("Fog and frost slow the drone war around Kostiantynivka.")]
    [InlineData("Туман сповільнив війну дронів навколо Костянтинівки.")]
    public void Process_DroneWarAsAName_IsNoStrike(string text)
    {
        var doc = Docs.Text(text, published: Published);

        Assert.DoesNotContain(Run(doc).Events, e => e.Subtype == "air_drone_strike");
    }
}
