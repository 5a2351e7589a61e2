using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// One happening told twice: a side's claim of ground joins the fight told at that place; a headline's region and
/// the body's village are one place; the attacker's own word on a strike joins the strike the story tells.
/// </summary>
public sealed class ClaimedGroundTests
{
    private static List<(string Subtype, string Place, DateOnly? From)> Events(string text, string published) =>
        Docs.Processed(text, published).Events.Select(e => (e.Subtype, e.Location?.Name ?? "-", e.From)).ToList();

    [Fact]
    public void Process_AdvanceClaimedDayAfterFight_JoinsTheFight()
    {
        var text = "Ukrainian troops repelled 12 Russian assaults near Kostiantynivka on Monday, the brigade defending the town said.\n\n"
            + "Russia's Defence Ministry said on Tuesday that its forces had advanced in the Kostiantynivka area and improved their positions.";

        var e = Assert.Single(Events(text, "2025-12-16"));
        Assert.Equal(("armed_clash", "Kostiantynivka", new DateOnly(2025, 12, 15)), e);
    }

    [Fact]
    public void Process_ContestedCaptureThenStreetFighting_OneFightOnItsOwnDay()
    {
        var text = "Russia's Defence Ministry said on Monday that its forces had captured Kupiansk. Ukraine's army denied the claim.\n\n"
            + "A National Guard spokesman said Ukrainian units retook three streets near the railway station in Kupiansk on Thursday.";

        var e = Assert.Single(Events(text, "2025-11-21"));
        Assert.Equal(("armed_clash", "Kupiansk", new DateOnly(2025, 11, 20)), e);
    }

    [Fact]
    public void Process_HeadlineRegionThenVillage_OneEventAtTheVillage()
    {
        var text = "Farmer killed by landmine in Zaporizhzhia region\n\n"
            + "A 52-year-old farmer was killed on Sunday when his tractor hit an anti-tank mine near the village of Mala Tokmachka in the Zaporizhzhia region, police said.";

        var e = Assert.Single(Events(text, "2025-12-08"));
        Assert.Equal(("remote_explosive_landmine_ied", "Mala Tokmachka"), (e.Subtype, e.Place));
    }

    [Fact]
    public void Process_AttackerClaimsStrikeFurtherDown_OneStrike()
    {
        var text = "Russian missiles hit an energy facility in Lviv overnight, the regional governor said on Sunday.\n\n"
            + "Power was cut to about 40,000 homes. Repair crews were at work by the morning.\n\n"
            + "The city council opened heating points in schools and libraries.\n\n"
            + "Russia's Defence Ministry said it had carried out a massive strike with long-range weapons on Ukrainian energy facilities.";

        var e = Assert.Single(Events(text, "2025-12-14"));
        Assert.Equal(("shelling_artillery_missile_attack", "Lviv"), (e.Subtype, e.Place));
    }
}
