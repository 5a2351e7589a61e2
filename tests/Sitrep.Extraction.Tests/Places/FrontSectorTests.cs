using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Front directions named after no town ("South Donetsk direction") resolve to the town fought over.</summary>
public sealed class FrontSectorTests
{
    private const long Vuhledar = 690823;

    [Theory]
    [InlineData("Russian artillery hit Ukrainian positions in the Yuzhnodonetsk direction overnight, the ministry said.", "Yuzhnodonetsk")]
    [InlineData("The ministry reported losses of up to 40 Ukrainian troops in the Yuzhno-Donetsk direction.", "Yuzhno-Donetsk")]
    [InlineData("Fighting continued in the South Donetsk direction on Tuesday.", "South Donetsk")]
    [InlineData("На Южно-Донецком направлении уничтожены две САУ противника.", "Южно-Донецком")]
    [InlineData("У Південнодонецькому напрямку ворог штурмував позиції тричі.", "Південнодонецькому")]
    public void Process_SouthDonetskDirection_IsVuhledarAsADirectionWithTheSectorAsDetail(string text, string surface)
    {
        var mention = PlacesRun.Run(text).Mention(surface);

        Assert.Equal(Vuhledar, mention.GeonameId);
        Assert.Equal(PlaceRole.Direction, mention.Role);
        Assert.Equal("South Donetsk direction", mention.Detail);
        Assert.True(mention.Confidence < 0.9, $"a sector read as its town is less sure than a town named: {mention.Confidence}");
    }

    [Fact]
    public void Process_SectorInAListOfDirections_IsFoundAndTheOtherDirectionStays()
    {
        var d = PlacesRun.Run("The ministry said 70 soldiers were killed in the Yuzhno-Donetsk and Zaporozhye directions.");

        Assert.Equal(Vuhledar, d.Mention("Yuzhno-Donetsk").GeonameId);
        Assert.Equal("Zaporizhzhia", d.Mention("Zaporozhye").Name);
        Assert.DoesNotContain(d.Places, p => p.Name == "Donetsk");
    }

    [Theory]
    [InlineData("Shelling hit the Donetsk direction again, the corps said.", "Donetsk")] // a direction named after the city is the city
    [InlineData("Residents of south Donetsk reported explosions overnight.", "Donetsk")] // a part of the city, no direction word
    public void Process_DonetskWithoutTheSectorsName_StaysTheCity(string text, string surface)
    {
        var mention = PlacesRun.Run(text).Mention(surface);

        Assert.Equal("Donetsk", mention.Name);
        Assert.Null(mention.Detail is "South Donetsk direction" ? mention.Detail : null);
    }
}
