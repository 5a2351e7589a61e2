using Sitrep.Core.Documents;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// "the town's market" refers back to the settlement the story has told of most; a city named only to describe
/// something ("a Kyiv think tank") is not a place the story is at and does not count.
/// </summary>
public sealed class AttributiveCityTests
{
    private const long Kostiantynivka = 705104;
    private const long Kyiv = 703448;
    private static readonly DateOnly Published = new(2026, 3, 8);

    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage(), new EventsStage());

    [Fact]
    public void Process_TownWordAfterACityNamedAsADescription_IsTheStorysTown()
    {
        var doc = Docs.Text(
            "Kostiantynivka is shelled every day, and officials in Kyiv ask how long the road will stay open.\n\n"
            + "\"They cannot surround Kostiantynivka this winter,\" said an analyst at a Kyiv research centre.\n\n"
            + "On Saturday, a glide bomb hit the town's market, killing two people, the city administration said.",
            outlet: "Eastern Review", published: Published);
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, "Kyiv", Kyiv, "Kyiv", featureCode: "PPLC");
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka", occurrence: 1);
        Docs.Place(doc, "Kyiv", Kyiv, "Kyiv", featureCode: "PPLC", occurrence: 1);

        var result = Run(Docs.Sorted(doc));

        Assert.Equal(Kostiantynivka, Assert.Single(result.Events).Location?.GeonameId);
    }

    [Fact]
    public void Process_TownWordAfterACityToldTwiceAsAPlace_IsThatCity()
    {
        // the twin: Kyiv is where things happen twice, the last one named most, so "the city's" is Kyiv
        var doc = Docs.Text(
            "Kostiantynivka is shelled every day, and officials in Kyiv ask how long the road will stay open.\n\n"
            + "\"They cannot surround Kostiantynivka this winter,\" said an analyst who works in Kyiv.\n\n"
            + "On Saturday, a drone hit the city's power station, killing two people, the city administration said.",
            outlet: "Eastern Review", published: Published);
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, "Kyiv", Kyiv, "Kyiv", featureCode: "PPLC");
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka", occurrence: 1);
        Docs.Place(doc, "Kyiv", Kyiv, "Kyiv", featureCode: "PPLC", occurrence: 1);

        var result = Run(Docs.Sorted(doc));

        Assert.Equal(Kyiv, Assert.Single(result.Events).Location?.GeonameId);
    }

    [Theory]
    [InlineData("Костянтинівку обстрілюють щодня.\n\nАналітик київського центру сказав, що місто тримається.\n\nУ суботу авіабомба влучила в ринок міста, загинули двоє людей, повідомила міська адміністрація.", "Костянтинівку")]
    [InlineData("Константиновку обстреливают ежедневно.\n\nАналитик киевского центра сказал, что город держится.\n\nВ субботу авиабомба попала в рынок города, погибли два человека, сообщила городская администрация.", "Константиновку")]
    public void Process_TownWordInACyrillicStory_IsTheStorysTown(string text, string town)
    {
        // Ukrainian and Russian describe with an adjective ("київського центру"), which names no place at all
        var doc = Docs.Text(text, outlet: "Східний огляд", published: Published);
        Docs.Place(doc, town, Kostiantynivka, "Kostiantynivka");

        var result = Run(doc);

        Assert.Equal(Kostiantynivka, Assert.Single(result.Events).Location?.GeonameId);
    }
}
