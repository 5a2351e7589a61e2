using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// "из-под X", "з-під X", "from near X": where forces came from or were pushed out of, an origin whatever the verb, not
/// the place of the fighting; "под X", "під X", "near X" stay where it happens, and "from outside X" (where a reporter
/// stands) needs a launch verb as before.
/// </summary>
public sealed class FromNearOriginTests
{
    private static readonly DateOnly Spring2026 = new(2026, 3, 21);

    [Theory]
    [InlineData("По данным источников, ВСУ перебрасывают резервы из-под Изюма.", "Изюма")]
    [InlineData("Противник перекидає резерви з-під Ізюма на інші ділянки.", "Ізюма")]
    [InlineData("Командування відвело бригаду із-під Ізюма на відпочинок.", "Ізюма")]
    [InlineData("Commanders have moved two reserve battalions from near Izium.", "Izium")]
    [InlineData("The brigade was pulled back from near Izium last week.", "Izium")]
    public void Process_FromNearAPlace_IsAnOrigin(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(707292, m.GeonameId);
        Assert.Equal(PlaceRole.Origin, m.Role);
    }

    [Theory]
    [InlineData("По данным источников, под Изюмом продолжаются тяжелые бои.", "Изюмом")]
    [InlineData("Під Ізюмом тривають важкі бої, повідомили в бригаді.", "Ізюмом")]
    [InlineData("Heavy fighting continued near Izium, the brigade said.", "Izium")]
    [InlineData("Reserves were moved to Izium overnight.", "Izium")]
    [InlineData("Our correspondent reported from outside Izium on Monday.", "Izium")] // where a reporter stands
    public void Process_NearAPlace_StaysTheLocation(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(707292, m.GeonameId);
        Assert.Equal(PlaceRole.Location, m.Role);
    }
}
