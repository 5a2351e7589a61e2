using Sitrep.Core.Documents;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>A front summary's villages lie in the sector of the direction they are listed under.</summary>
public sealed class DirectionSectionTests
{
    private const string Summary =
        "In the Kupiansk direction, the enemy attacked four times near Petropavlivka and towards Kucherivka. "
        + "In the Pokrovsk direction, the occupiers tried to advance near Myrnohrad, Rodynske, Hryshyne, Kotlyne, Udachne and Dachne. "
        + "In the Huliaipole direction, 19 assaults were repelled near Zatyshshia and Uspenivka.";

    private static Document Run(string text) => PlacesRun.Run(text, new DateOnly(2025, 12, 3));

    [Fact]
    public void Process_VillagesOfEachSection_AreNearThatSectionsTown()
    {
        var d = Run(Summary);

        var petropavlivka = d.Mention("Petropavlivka");
        Assert.InRange(petropavlivka.Lat, 49.6, 49.85); // by Kupiansk, not the Petropavlivka by Pokrovsk
        var kucherivka = d.Mention("Kucherivka");
        Assert.InRange(kucherivka.Lat, 49.6, 49.85);
        Assert.InRange(kucherivka.Lon, 37.5, 37.9);
        var uspenivka = d.Mention("Uspenivka");
        Assert.InRange(uspenivka.Lat, 47.7, 47.85); // north-east of Huliaipole, not by Pokrovsk two sections earlier
        Assert.InRange(uspenivka.Lon, 36.3, 36.5);
    }

    [Fact]
    public void Process_UkrainianSummarySection_PullsItsVillageToTheDirectionsTown()
    {
        var d = Run("На Покровському напрямку бої тривають біля Мирнограда, Родинського, Гришиного, Котлиного та Удачного. На Гуляйпільському напрямку ворог атакував поблизу Затишшя та Успенівки.");

        var uspenivka = d.Mention("Успенівки");
        Assert.InRange(uspenivka.Lat, 47.7, 47.85);
        Assert.InRange(uspenivka.Lon, 36.3, 36.5);
    }

    [Fact]
    public void Process_SameVillageAfterTheSectionsParagraph_IsNotPulledIntoIt()
    {
        // A new paragraph ends the section: the village by Huliaipole is not forced onto the Kupiansk sector.
        var inSection = Run("In the Kupiansk direction, fighting continued.\n\nDrones struck Uspenivka, north-east of Huliaipole.");

        var uspenivka = inSection.Mention("Uspenivka");
        Assert.InRange(uspenivka.Lat, 47.7, 47.85);
    }
}
