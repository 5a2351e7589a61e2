namespace Sitrep.Extraction.Tests.Places;

/// <summary>Names listed together are read as neighbours, and a front summary's section is read on its own.</summary>
public sealed class ListNeighbourTests
{
    private static readonly DateOnly Winter2025 = new(2025, 12, 5);

    [Fact]
    public void Process_DirectionBetweenTwoSectorsAfterARegionNamedAbove_IsTheTownOfItsSector()
    {
        // The opening paragraph names Donetsk region; the Oleksandrivka direction still lies between the Pokrovsk and
        // Huliaipole sectors, at the village on the Dnipropetrovsk-Zaporizhzhia border, and so do its villages.
        var d = PlacesRun.Run(
            "Guided bombs fell on Kramatorsk and Sloviansk in Donetsk region overnight.\n\n"
            + "In the Pokrovsk direction, the enemy stormed our positions 40 times near Rodynske and Myrnohrad.\n\n"
            + "In the Oleksandrivka direction, the enemy tried to advance near Sosnivka and Vyshneve.\n\n"
            + "In the Huliaipole direction, 17 attacks were repelled near Zatyshshia.",
            Winter2025);

        var oleksandrivka = d.Mention("Oleksandrivka");
        Assert.Equal(9189092, oleksandrivka.GeonameId);
        Assert.Equal(693095, d.Mention("Sosnivka").GeonameId); // not the Sosnivka north of Kharkiv
        Assert.Equal(689983, d.Mention("Vyshneve").GeonameId); // not the Vyshneve by Pokrovsk
    }

    [Fact]
    public void Process_VillageListedBesideItsNeighbour_IsTheNamesakeNextToIt()
    {
        // Dachne and Novopavlivka lie 10 km apart west of Pokrovsk; the other Dachne villages are far from any
        // Novopavlivka.
        var d = PlacesRun.Run(
            "У Покровському напрямку ворог штурмував наші позиції біля Удачного, Новопавлівки та Дачного.",
            Winter2025);

        Assert.Equal(699373, d.Mention("Новопавлівки").GeonameId);
        Assert.Equal(9112867, d.Mention("Дачного").GeonameId);
    }

    [Fact]
    public void Process_NamesNotInOneList_AreNotPulledTogether()
    {
        // Two sentences: the village after the full stop is not a list partner of the one before it.
        var listed = PlacesRun.Run("Shelling hit Novopavlivka and Dachne on Tuesday.", Winter2025);
        var apart = PlacesRun.Run("Shelling hit Novopavlivka on Tuesday. Dachne was quiet.", Winter2025);

        Assert.Equal(9112867, listed.Mention("Dachne").GeonameId);
        Assert.NotEqual(9112867, apart.Mention("Dachne").GeonameId);
    }
}
