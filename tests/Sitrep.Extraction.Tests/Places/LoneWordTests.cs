using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>A line that is one lower-case word (a headline, a tag, a caption) is read as a place name.</summary>
public sealed class LoneWordTests
{
    private static Document Run(string text, DateOnly? published = null)
    {
        var d = new Document(text, new DocumentMetadata { Published = published });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return d;
    }

    [Theory]
    [InlineData("avdiivka", "avdiivka", 713122L)]
    [InlineData("kramatorsk\n\nTwo missiles hit the city centre overnight.", "kramatorsk", 704508L)]
    [InlineData("Обстріли тривали всю ніч.\n\nпокровськ", "покровськ", 704422L)]
    [InlineData("#kherson", "kherson", 706448L)]
    public void Process_LineOfOneLowerCaseWord_IsThePlace(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, Run(text).Mention(surface).GeonameId);
    }

    [Fact]
    public void Process_LowerCaseVillageHeadlineOfWartime_ResolvesInTheTheatre()
    {
        var place = Run("stepanovka", new DateOnly(2014, 8, 6)).Mention("stepanovka");
        Assert.Equal("Donetsk Oblast", place.Admin1);
    }

    [Theory]
    [InlineData("the road to kramatorsk was closed on Monday.")] // inside a sentence, lower case is no name
    [InlineData("kramatorsk hit again")] // several words on the line
    [InlineData("update")] // a lone common word
    [InlineData("kyiv. lviv.")] // two sentences of one paragraph
    public void Process_LowerCaseWordNotAloneOnItsLine_IsNoPlace(string text)
    {
        Assert.Empty(Run(text).Places);
    }
}
