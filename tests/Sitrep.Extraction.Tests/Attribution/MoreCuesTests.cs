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

    [Theory]
    [InlineData("Ночью беспилотники атаковали Курск. Об этом сообщил губернатор Курской области.\n\nПо его словам, пострадали два человека.", "пострадали")]
    [InlineData("Вночі дрони атакували Суми, повідомив голова Сумської ОВА. За його словами, поранено трьох людей.", "поранено")]
    public void Process_ByHisWords_IsTheSpeakerBefore(string text, string words)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions, a => a.Span.Slice(doc.Text).ToString().Contains(words, StringComparison.Ordinal));
        Assert.Equal(doc.Attributions[0].Speaker, statement.Speaker);
    }

    [Fact]
    public void Process_TimeWordBeforeTheVerb_KeepsTheSpeaker()
    {
        var doc = Docs.Attributed("Министерство обороны РФ утром сообщило, что над Курской областью сбиты 20 беспилотников.");

        Assert.Equal("Ministry of Defence of the Russian Federation", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_OfficialsFromBothDelegations_IsTheWholePhrase()
    {
        var doc = Docs.Attributed("The two sides agreed on a prisoner exchange in Istanbul, officials from both delegations said.");

        Assert.Equal("officials from both delegations", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_ShortNameInTheHeadline_IsTheBodyNamedInFullLater()
    {
        var doc = Docs.Attributed("General Staff confirms strike on a Russian oil depot\n\nThe strike started a fire, Ukraine's General Staff reported on Friday.");

        Assert.All(doc.Attributions, a => Assert.Equal("General Staff of the Armed Forces of Ukraine", a.Speaker));
        Assert.Equal(2, doc.Attributions.Count);
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
