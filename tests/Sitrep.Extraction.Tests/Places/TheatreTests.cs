
namespace Sitrep.Extraction.Tests.Places;

/// <summary>A small village name shared by many places resolves to the one where the war was fought on the document's date.</summary>
public sealed class TheatreTests
{
    private static Sitrep.Core.Model.PlaceMention Resolve(string text, string surface, DateOnly? published) =>
        PlacesRun.Run(text, published).Mention(surface);

    [Theory]
    [InlineData("Two servicemen were wounded by mortar fire near Stepanivka, the army said.", "Stepanivka")]
    [InlineData("Separatists shelled Ukrainian positions at Vodiane overnight.", "Vodiane")]
    [InlineData("A soldier was killed near Shumy on Sunday, the task force said.", "Shumy")]
    public void Process_AmbiguousVillageIn2015Report_PicksDonetskOrLuhanskOblast(string text, string surface)
    {
        var place = Resolve(text, surface, new DateOnly(2015, 8, 20));
        Assert.Contains(place.Admin1, new[] { "Donetsk Oblast", "Luhansk Oblast" });
    }

    [Fact]
    public void Process_VillageNameInLate2025_CanBeInDnipropetrovskOblast()
    {
        // Since June 2025 the ground war is also in Dnipropetrovsk Oblast: a lone "Sosnivka" is the village by its
        // border with Zaporizhzhia and Donetsk oblasts.
        var place = Resolve("Russian troops attacked positions near Sosnivka on Tuesday.", "Sosnivka", new DateOnly(2025, 12, 2));
        Assert.Equal("Dnipropetrovsk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_SameVillageNameIn2023_IsNotInDnipropetrovskOblast()
    {
        var place = Resolve("Russian troops attacked positions near Sosnivka on Tuesday.", "Sosnivka", new DateOnly(2023, 6, 2));
        Assert.NotEqual("Dnipropetrovsk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_AmbiguousVillageIn2010Report_KeepsBiggestNamesake()
    {
        // Before the war there is no theatre: size decides, as for any gazetteer.
        var place = Resolve("The harvest festival in Stepanivka drew hundreds of visitors.", "Stepanivka", new DateOnly(2010, 9, 1));
        Assert.DoesNotContain(place.Admin1, new[] { "Donetsk Oblast", "Luhansk Oblast" });
    }

    [Fact]
    public void Process_NamedRegionOutsideTheatre_StillWins()
    {
        var place = Resolve("Drone debris fell on Stepanivka in the Odesa region.", "Stepanivka", new DateOnly(2023, 5, 2));
        Assert.Equal("Odesa Oblast", place.Admin1);
    }

    [Fact]
    public void Process_RussianNameOfDonetskTown_BeatsCrimeanVillageOfThatOwnName()
    {
        // Kostiantynivka (Donetsk Oblast, ~90,000 people) is "Konstantinovka" in Russian; a Crimean village's own
        // GeoNames name is Konstantinovka.
        var place = Resolve("Shelling killed a civilian in Konstantinovka on Friday.", "Konstantinovka", new DateOnly(2015, 1, 30));
        Assert.Equal(705104L, place.GeonameId);
    }

    [Fact]
    public void Process_RussianTownOfNote_IsNotOutweighedByTheatreVillage()
    {
        var place = Resolve("Drones were launched from the directions of Kursk and Millerovo.", "Millerovo", new DateOnly(2025, 6, 1));
        Assert.Equal("RU", place.Country);
    }

    [Fact]
    public void Process_VillageNameBetweenMinskAndInvasion_PicksTheOneOnTheLineOfContact()
    {
        // A dozen Piskys; in 2015 "Pisky" is the village by Donetsk airport, not the one in northern Luhansk Oblast.
        var place = Resolve("Two soldiers were wounded in Pisky overnight, the staff said.", "Pisky", new DateOnly(2015, 2, 14));
        Assert.InRange(place.Lat, 48.0, 48.15);
        Assert.InRange(place.Lon, 37.6, 37.75);
    }

    [Theory]
    [InlineData("Border guards came under mortar fire near Blagodatnoye on Thursday.", "Blagodatnoye", "2014-08-07", "Donetsk Oblast")]
    [InlineData("Separatists regrouped in Georgiyevka overnight, the battalion said.", "Georgiyevka", "2014-07-31", "Luhansk Oblast")]
    public void Process_RussianSpellingOfWartimeVillage_BeatsVillageOfThatOwnSpellingOutsideTheWar(string text, string surface, string published, string admin1)
    {
        // Kharkiv Oblast has a Blagodatnoye and Crimea a Georgiyevka spelled so in the gazetteer; the villages of the
        // war in 2014 are spelled Blahodatne and Heorhiivka, the same names in the Ukrainian romanisation.
        var place = Resolve(text, surface, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(admin1, place.Admin1);
    }

    [Theory]
    [InlineData("Militiamen shelled a checkpoint at Krasny Yar, the press centre said.", "Krasny Yar", "2014-08-06", "Luhansk Oblast")] // not the Astrakhan town of 10,900
    [InlineData("Volunteers fought off an attack near Karlivka on Thursday.", "Karlivka", "2014-07-10", "Donetsk Oblast")] // not the Poltava town of 14,000, 220 km from it
    public void Process_TownOfTenThousandFarFromTheWar_DoesNotOutweighTheWartimeVillage(string text, string surface, string published, string admin1)
    {
        var place = Resolve(text, surface, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(admin1, place.Admin1);
    }
}
