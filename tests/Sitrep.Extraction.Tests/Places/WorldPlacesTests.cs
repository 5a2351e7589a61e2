using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

public sealed class WorldPlacesTests
{
    [Theory]
    [InlineData("Washington said the aid package would pass.", "Washington", "US", PlaceRole.Metonymy)]
    [InlineData("Beijing warned against sending more weapons.", "Beijing", "CN", PlaceRole.Metonymy)]
    [InlineData("Ministers met in Warsaw on Friday.", "Warsaw", "PL", PlaceRole.Location)]
    [InlineData("Президент прилетів до Вашингтона.", "Вашингтона", "US", PlaceRole.Location)]
    [InlineData("Poland's president visited the border.", "Poland", "PL", PlaceRole.Location)]
    [InlineData("The United States announced new sanctions.", "United States", "US", PlaceRole.Metonymy)]
    [InlineData("Sanctions were announced in the United States.", "United States", "US", PlaceRole.Location)]
    public void Process_PlaceAbroad_ResolvesWithCountryAndRole(string text, string surface, string country, PlaceRole role)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(country, mention.Country);
        Assert.Equal(role, mention.Role);
    }

    [Theory]
    [InlineData("GENEVA - Ukrainian and US negotiators agreed on a framework for a ceasefire on Sunday.", "GENEVA", "CH")]
    [InlineData("ISTANBUL, Nov 23 (Meridian) - Prisoner exchange talks resumed.", "ISTANBUL", "TR")]
    [InlineData("Talks went on.\nDOHA - Qatari mediators returned four children to their families.", "DOHA", "QA")]
    [InlineData("Talks resumed in Geneva on Sunday.", "Geneva", "CH")]
    public void Process_DatelineOrLocativeCityAbroad_IsThePlace(string text, string surface, string country)
    {
        Assert.Equal(country, PlacesRun.Run(text).Mention(surface).Country);
    }

    [Theory]
    [InlineData("Geneva - the conventions say so, the lawyer added.")] // not in capitals: a word, not a dateline
    [InlineData("The reporter quoted GENEVA - a code word of the talks.")] // capitals, but not opening a line
    public void Process_CityAbroadWithoutDatelineOrLocative_IsNoPlace(string text)
    {
        Assert.DoesNotContain(PlacesRun.Run(text).Places, p => p.Country == "CH");
    }

    [Theory]
    [InlineData("Hamilton said the plan had failed.")]
    [InlineData("Victoria Nuland met the delegation.")]
    [InlineData("Charlotte wrote to the commander.")]
    public void Process_PersonNamedLikeCityAbroad_FindsNoPlace(string text)
    {
        Assert.Empty(PlacesRun.Run(text).Places);
    }

    [Fact]
    public void Process_OdesaWithTexasNamesake_PrefersUkraine()
    {
        Assert.Equal("UA", PlacesRun.Run("Drones attacked Odessa overnight.").Mention("Odessa").Country);
    }
}
