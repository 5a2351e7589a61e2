using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "the task force's spokesman, Viktor Rudenko, told ...": an office owned by a body the story named before speaks
/// with that body's side; an owner no earlier body names gives no side.
/// </summary>
public sealed class PossessiveOfficeTests
{
    [Fact]
    public void Process_OwnerNamedBefore_TheNameSpeaksWithTheBodysSide()
    {
        var doc = Docs.Attributed("Ukraine's Joint Forces Task Force rejected the claim, saying its units still held the village. \"Our soldiers hold the village,\" the task force's spokesman, Petro Kravchuk, told national television.", outlet: "Test Wire");

        var last = doc.Attributions[^1];
        Assert.Equal("Petro Kravchuk", last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_OwnerNamedNowhere_HasNoSide()
    {
        var doc = Docs.Attributed("\"The water came back this morning,\" the cooperative's spokesman, Petro Kravchuk, told national television.", outlet: "Test Wire");

        var last = Assert.Single(doc.Attributions);
        Assert.Equal("Petro Kravchuk", last.Speaker);
        Assert.Null(last.Side);
    }
}
