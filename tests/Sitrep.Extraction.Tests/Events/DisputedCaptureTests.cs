using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Captures the story itself doubts, gains inside a fight, and weapons that belong to a fight.</summary>
public sealed class DisputedCaptureTests
{
    private static List<string> Subtypes(string text, string published = "2025-12-10") =>
        Docs.Processed(text, published).Events.ConvertAll(e => e.Subtype);

    [Fact]
    public void Process_CaptureDeniedLaterInStory_NoCaptureEvent()
    {
        var text = "Russia's Defence Ministry said on Tuesday its troops had captured the village of Dobropillia in Zaporizhzhia region.\n\n"
            + "Ukraine's Southern Defence Forces dismissed the claim and said Ukrainian units still hold Dobropillia.";

        Assert.DoesNotContain("non_state_actor_overtakes_territory", Subtypes(text));
    }

    [Fact]
    public void Process_CaptureNobodyDoubts_StillACapture()
    {
        var text = "Russia's Defence Ministry said on Tuesday its troops had captured the village of Dobropillia in Zaporizhzhia region.\n\n"
            + "The village had about 300 residents before the war.";

        Assert.Contains("non_state_actor_overtakes_territory", Subtypes(text));
    }

    [Theory]
    [InlineData("Ukrainian marines recaptured three streets in the east of Kupiansk on Tuesday evening, the corps spokesman said.", "armed_clash")]
    [InlineData("Two Russian assault groups that reached the outskirts of Huliaipole on Tuesday were destroyed with grenades and artillery, the brigade said.", "armed_clash")]
    [InlineData("Russian artillery shelled the outskirts of Huliaipole on Tuesday, destroying two houses, the regional administration said.", "shelling_artillery_missile_attack")]
    public void Process_GainOrWeaponInsideFight_TypedAsTheFight(string text, string expected)
    {
        Assert.Equal([expected], Subtypes(text));
    }

    [Theory]
    [InlineData("Firefighters worked through the night at the charred shell of a grain warehouse in Dnipro, the emergency service said on Tuesday.")]
    [InlineData("The air force said on Tuesday Russia had launched more than 300 guided bombs across the front in the past seven days.")]
    public void Process_HuskOrWholeFrontFigure_NoEvent(string text)
    {
        Assert.Empty(Subtypes(text));
    }
}
