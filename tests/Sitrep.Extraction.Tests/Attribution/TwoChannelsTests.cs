using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "The channel X wrote that ..., while the channel Y said ...": two channels speaking in clauses of their own are two
/// statements; an outlet citing another ("Reuters, citing TASS, said") stays one.
/// </summary>
public sealed class TwoChannelsTests
{
    [Fact]
    public void Process_TwoChannelsInClausesOfTheirOwn_AreTwoStatements()
    {
        var doc = Docs.Attributed("The Russian channel Steppe Dispatch wrote that Russian assault units had captured the village, while the channel Northern Rubezh said fighting was still going on in its northern part.", outlet: "Test Monitor");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("Steppe Dispatch", doc.Attributions[0].Speaker);
        Assert.Equal("Northern Rubezh", doc.Attributions[1].Speaker);
        Assert.DoesNotContain("Northern Rubezh", doc.Attributions[0].Via);
    }

    [Fact]
    public void Process_OutletCitingAnother_IsOneStatement()
    {
        var doc = Docs.Attributed("Reuters, citing TASS, said Russian forces had struck a warehouse in Kharkiv, while fighting went on near Kupiansk.", outlet: "Test Monitor");

        Assert.Single(doc.Attributions);
    }
}
