using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>The words of a speaker phrase that is no registry name: what it keeps, and when it is a new speaker.</summary>
public sealed class SpeakerPhraseTests
{
    [Theory]
    [InlineData("Fuel convoys now move only at night. A logistics officer said a tanker was hit near Kostiantynivka on Monday.", "logistics officer")]
    [InlineData("Drones patrol the road day and night. The drone platoon commander said two vans burned there last week.", "drone platoon commander")]
    [InlineData("The Security Service of Ukraine said it had detained a man in Lviv. Since March, officers have detained 40 people in the region, the regional prosecutor's office said.", "regional prosecutor's office")]
    public void Process_LowerCaseWordsOfTheTitle_AreKept(string text, string speaker)
    {
        var doc = Docs.Through(Docs.Text(text), new AttributionStage());

        Assert.Equal(speaker, doc.Attributions[^1].Speaker);
    }

    [Fact]
    public void Process_BareHeadNoun_StillRefersBack()
    {
        var doc = Docs.Through(Docs.Text("The Security Service of Ukraine said it had detained a man in Lviv. Two more were held in Rivne, the service said."), new AttributionStage());

        Assert.Equal("Security Service of Ukraine", doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("A spokesperson for the 2nd Corps of the National Guard said two streets near the station had been retaken.", "2nd Corps of the National Guard", "UA")]
    [InlineData("The 1st Brigade of the National Guard said its drones hit a Russian depot near Lyman.", "1st Brigade of the National Guard", "UA")]
    [InlineData("A spokesperson for the National Guard said two streets near the station had been retaken.", "National Guard of Ukraine", "UA")]
    public void Process_NumberedUnitOfARegistryBody_IsTheUnit(string text, string speaker, string side)
    {
        var statement = Docs.Through(Docs.Text(text), new AttributionStage()).Attributions[0];

        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(side, statement.Side);
    }

    [Fact]
    public void Process_SecretaryOfTheSecurityCouncil_SpeaksForTheCouncil()
    {
        var doc = Docs.Through(Docs.Text("The secretary of Ukraine's National Security and Defence Council, who led the delegation, told reporters that the draft was balanced."), new AttributionStage());

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal("National Security and Defence Council of Ukraine", statement.Speaker);
        Assert.Equal("UA", statement.Side);
    }

    [Theory]
    [InlineData("Russian commanders have massed about 40,000 troops near Huliaipole, according to Ukrainian estimates.", "Ukrainian estimates", "UA")]
    [InlineData("Ukraine lost 300 soldiers near Kupiansk last week, according to Russian figures.", "Russian figures", "RU")]
    [InlineData("Russian commanders have massed about 40,000 troops near Huliaipole, according to estimates by the Ukrainian commander-in-chief.", "Ukrainian commander-in-chief", "UA")]
    public void Process_ASidesEstimates_SpeakWithItsSide(string text, string speaker, string side)
    {
        var statement = Assert.Single(Docs.Through(Docs.Text(text), new AttributionStage()).Attributions);

        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(side, statement.Side);
    }

    [Theory]
    [InlineData("The regional military administration of Kharkiv said four people were hurt. Earlier in the day it had reported two injured.")]
    [InlineData("The regional military administration of Kharkiv said four people were hurt. It also said a school was damaged.")]
    public void Process_PronounBeforeSkippedWords_RefersBack(string text)
    {
        var doc = Docs.Through(Docs.Text(text), new AttributionStage());

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(doc.Attributions[0].Speaker, doc.Attributions[1].Speaker);
    }
}
