using Sitrep.Core.Model;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>Estimates, forecasts and counts are reported statements; a title may end with its region; sports quotes are no claims.</summary>
public sealed class MoreCuesTests
{
    [Theory]
    [InlineData("Ukrainian officials estimate that Russia has massed up to 2,000 troops near Orikhiv.", "Government of Ukraine")]
    [InlineData("Forecasters expect the frost to ease by Sunday.", "Forecasters")]
    [InlineData("Since Monday alone, the city administration counted 640 shells fired at Nikopol.", "city administration")]
    [InlineData("The governor of the Tambov region said a drone had hit a warehouse in Michurinsk.", "governor of the Tambov region")]
    [InlineData("Енергетики обіцяють відновити живлення до ранку.", "Енергетики")]
    public void Process_EstimatesForecastsCountsAndRegionalTitles_AreAttributed(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void Process_FootballCoachQuoted_IsAttributedButMakesNoClaim()
    {
        var doc = Docs.Attributed("\"We captured the points that mattered,\" the visitors' head coach said after the match. The league leaders scored twice in the second half and won the derby at the stadium.");

        new ClaimsStage().Process(doc, CancellationToken.None);

        Assert.NotEmpty(doc.Attributions);
        Assert.Empty(doc.Claims);
    }
}
