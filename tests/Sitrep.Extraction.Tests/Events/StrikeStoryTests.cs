using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>A bare "were hit" is a strike when the story told missiles or drones just before, and nothing outside one.</summary>
public sealed class StrikeStoryTests
{
    private static List<string> Places(string text) =>
        Docs.Processed(text, "2025-12-14").Events.Select(e => e.Location?.Name ?? "-").ToList();

    [Fact]
    public void Process_DistrictHitAfterDroneStory_StrikeInTheDistrict()
    {
        var text = "Russia launched more than 200 drones and 20 missiles at Kyiv overnight, the air force said on Sunday.\n\n"
            + "In the Kyiv region, energy facilities were hit in the Fastiv district, the governor said.";

        Assert.Contains("Fastiv Raion", Places(text));
    }

    [Fact]
    public void Process_HitWithoutStrikeStory_NoEvent()
    {
        var text = "Grain traders in Odesa said on Sunday that prices were falling.\n\n"
            + "Exporters were hit in the Fastiv district by higher rail tariffs, the association said.";

        Assert.Empty(Places(text));
    }
}
