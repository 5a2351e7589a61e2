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
