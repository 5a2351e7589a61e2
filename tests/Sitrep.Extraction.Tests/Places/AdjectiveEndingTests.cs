using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// The romanisations of the adjective ending -ый/-ий/-ій ("Krasny", "Krasnyi", "Krasnyy", "Krasniy") name one
/// place; an adjective before "district" is a part of a city.
/// </summary>
public sealed class AdjectiveEndingTests
{
    private static Document Run(string text, DateOnly published)
    {
        var d = new Document(text, new DocumentMetadata { Published = published });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return d;
    }

    [Theory]
    [InlineData("Militia units pulled back towards Krasny Luch overnight.", "Krasny Luch", 704202L)] // Krasnyi Luch, now Khrustalnyi
    [InlineData("Militia units pulled back towards Krasnyy Luch overnight.", "Krasnyy Luch", 704202L)]
    [InlineData("Militia units pulled back towards Krasniy Luch overnight.", "Krasniy Luch", 704202L)]
    public void Process_AdjectiveEndingInAnyRomanisation_FindsTheTown(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, Run(text, new DateOnly(2014, 8, 6)).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Two soldiers were wounded near Tsentralny, the press centre said.", "Tsentralny", "2014-09-30", "Luhansk Oblast")]
    [InlineData("A girl died in a rocket attack on Pervomaisky overnight.", "Pervomaisky", "2022-09-26", "Kharkiv Oblast")]
    public void Process_RussianAdjectiveSpellingOfWartimeTown_FindsTheUkrainianTown(string text, string surface, string published, string admin1)
    {
        var place = Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Mention(surface);
        Assert.Equal(admin1, place.Admin1);
    }

    [Fact]
    public void Process_CheckpointNamedWithAdjective_IsTheVillageOfThatName()
    {
        // the Dovzhanskyi border crossing is at the village Dovzhanskyi, not in the town Dovzhansk 25 km away
        var place = Run("Border guards at the Dovzhansky checkpoint came under fire.", new DateOnly(2014, 7, 22)).Mention("Dovzhansky");
        Assert.NotEqual(692105L, place.GeonameId); // Dovzhansk
        Assert.StartsWith("Dovzhans", place.Name, StringComparison.Ordinal);
        Assert.NotEqual("Dovzhansk", place.Name);
    }

    [Theory]
    [InlineData("A man was wounded in the Kievsky district of Donetsk.", "Donetsk")]
    [InlineData("Shells hit the Leninsky district of Luhansk overnight.", "Luhansk")]
    public void Process_AdjectiveBeforeDistrict_IsAPartOfTheCityNotAVillage(string text, string city)
    {
        var places = Run(text, new DateOnly(2022, 9, 11)).Places;
        Assert.Equal(city, Assert.Single(places).Text);
    }

    [Theory]
    [InlineData("\"We left with what we could carry,\" said Serhiy, a former gunner.", 0)]
    [InlineData("Serhiy now runs the veterans' club.", 0)]
    public void Process_LoneGivenName_IsAPersonNotAVillage(string text, int expected)
    {
        Assert.Equal(expected, Run(text, new DateOnly(2024, 3, 1)).Places.Count);
    }
}
