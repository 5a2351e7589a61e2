using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "The Eastern Group of Forces" is a name both armies use: named without its country, the body is of the side whose
/// losses its statement does not count (a side counts its enemy's losses, not its own).
/// </summary>
public sealed class TwinBodyTests
{
    [Theory]
    [InlineData("The spokesperson for the Eastern Group of Forces said the Russians had lost 60 soldiers near Siversk overnight.")]
    [InlineData("The Eastern Group of Forces said its drones killed 25 Russian infantrymen near Siversk.")]
    public void Process_BareNameCountingRussianLosses_IsUkraineBody(string text)
    {
        var statement = Assert.Single(Docs.Through(Docs.Text(text), new AttributionStage()).Attributions);

        Assert.Equal("Eastern Group of Forces of Ukraine", statement.Speaker);
        Assert.Equal("UA", statement.Side);
    }

    [Theory]
    [InlineData("The Eastern group of forces said Ukrainian units had lost up to 80 servicemen near Velykomykhailivka.")]
    [InlineData("The Eastern group of forces said its units had taken up better positions near Velykomykhailivka.")]
    public void Process_BareNameWithNoRussianLosses_StaysTheRegistryBody(string text)
    {
        var statement = Assert.Single(Docs.Through(Docs.Text(text), new AttributionStage()).Attributions);

        Assert.Equal("RU", statement.Side);
    }

    [Fact]
    public void Process_NameWithItsCountry_IsThatCountrysBody()
    {
        var statement = Assert.Single(Docs.Through(Docs.Text("Ukraine's Eastern Group of Forces said Russian troops had lost 40 soldiers near Siversk."), new AttributionStage()).Attributions);

        Assert.Equal("Eastern Group of Forces of Ukraine", statement.Speaker);
    }

    [Fact]
    public void Process_LaterMentionOfTheTwin_KeepsTheSideShownBefore()
    {
        const string text = "The Eastern Group of Forces said the Russians had lost 52 soldiers near Siversk. Russia's Defence Ministry said its troops had captured Siversk. The Eastern Group of Forces rejected the claim.";
        var statements = Docs.Through(Docs.Text(text), new AttributionStage()).Attributions;

        Assert.Equal("UA", statements[^1].Side);
        Assert.Equal("Eastern Group of Forces of Ukraine", statements[^1].Speaker);
    }
}
