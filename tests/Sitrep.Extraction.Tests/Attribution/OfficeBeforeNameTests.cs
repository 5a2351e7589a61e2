using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "A spokesman for Ukraine's 3rd Army Corps, Lieutenant Colonel Ihor Tkachuk, told ...", "The town's mayor, Taras
/// Holub, said ...": an office before the comma and a name between the commas, the name speaks with the office's side
/// (and a later surname refers back to it); "Ihor Moroz, a spokesman for the administration, said" speaks for the
/// administration named before.
/// </summary>
public sealed class OfficeBeforeNameTests
{
    [Fact]
    public void Process_OfficeThenName_TheNameSpeaksWithTheOfficesSide()
    {
        var doc = Docs.Attributed("A spokesman for Ukraine's 3rd Army Corps, Lieutenant Colonel Ihor Tkachuk, told a news conference that Russian units had gained no ground near Siversk. \"The enemy lost 120 men near Siversk,\" Tkachuk told reporters.", outlet: "Test Dispatch");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.EndsWith("Ihor Tkachuk", a.Speaker));
        Assert.All(doc.Attributions, a => Assert.Equal("UA", a.Side));
    }

    [Fact]
    public void Process_PossessiveOfficeThenName_TheNameSpeaks()
    {
        var doc = Docs.Attributed("The town's mayor, Taras Holub, said about 55,000 people still lived in the town.", outlet: "Test Courier");

        Assert.Equal("Taras Holub", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_BodyThenDescription_TheBodySpeaks()
    {
        var doc = Docs.Attributed("The 3rd Army Corps, Ukraine's largest formation, said Russian units had gained no ground near Siversk.", outlet: "Test Dispatch");

        Assert.Equal("3rd Army Corps", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_SpokesmanForTheAdministration_HasTheAdministrationsSide()
    {
        var doc = Docs.Attributed("Russian drones hit a block in Mykolaiv, the Mykolaiv regional military administration said. Ihor Moroz, a spokesman for the administration, said rescuers had finished searching the rubble.", outlet: "Test Gazette");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("Ihor Moroz", doc.Attributions[1].Speaker);
        Assert.Equal("UA", doc.Attributions[1].Side);
    }

    [Fact]
    public void Process_NameWithAnOccupation_HasNoSide()
    {
        var doc = Docs.Attributed("Russian drones hit a block in Mykolaiv, the Mykolaiv regional military administration said. Ihor Moroz, a retired miner from the next block, said rescuers had finished searching the rubble.", outlet: "Test Gazette");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("Ihor Moroz", doc.Attributions[1].Speaker);
        Assert.Null(doc.Attributions[1].Side);
    }
}
