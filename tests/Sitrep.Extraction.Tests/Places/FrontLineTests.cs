using Sitrep.Core.Model;
using Sitrep.Extraction.Places.Resolution;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Among same-name villages of Donbas, the one near the front of the document's date.</summary>
public sealed class FrontLineTests
{
    private static PlaceMention Resolve(string text, string surface, DateOnly published) =>
        PlacesRun.Run(text, published).Mention(surface);

    [Fact]
    public void Process_VillageInSummer2014_PicksTheBorderVillage()
    {
        // Five Stepanivkas in Donetsk Oblast; in August 2014 the fighting was along the Russian border by Savur-Mohyla.
        var place = Resolve("Ukrainian troops came under rocket fire near Stepanivka on Wednesday.", "Stepanivka", new DateOnly(2014, 8, 13));
        Assert.InRange(place.Lat, 47.9, 47.95);
        Assert.InRange(place.Lon, 38.75, 38.85);
    }

    [Fact]
    public void Process_SameVillageNameIn2017_IsNotTheBorderVillage()
    {
        // The trap the other way: after the Minsk ceasefire the border was far behind the line of contact.
        var place = Resolve("Ukrainian troops came under rocket fire near Stepanivka on Wednesday.", "Stepanivka", new DateOnly(2017, 3, 8));
        Assert.False(place.Lat is > 47.9 and < 47.95 && place.Lon is > 38.75 and < 38.85, $"{place.Lat}, {place.Lon}");
    }

    [Fact]
    public void Process_VillageBeforeDebaltseveFell_PicksTheSalient()
    {
        // Nikishyne by Chornukhyne, in the Debaltseve salient, not Nikishin near Shchastia.
        var place = Resolve("Rebels shelled Nikishyne again, the battalion said.", "Nikishyne", new DateOnly(2015, 1, 24));
        Assert.InRange(place.Lat, 48.2, 48.3);
    }

    [Fact]
    public void Process_LuhanskSectorOfTheLineIn2015_PicksLuhanskVillage()
    {
        // Krymske is a village on the Siverskyi Donets line in Luhansk Oblast and a village near Toretsk.
        var place = Resolve("A soldier was wounded by sniper fire in Krymske.", "Krymske", new DateOnly(2015, 1, 27));
        Assert.Equal("Luhansk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_NamedPlaceNearby_OutweighsTheFront()
    {
        // A town named next to the village (here Toretsk) pulls it there even on the front's date.
        var place = Resolve("Shelling hit Krymske, a village outside Toretsk.", "Krymske", new DateOnly(2015, 1, 27));
        Assert.Equal("Donetsk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_TownOfTheWarAndTownElsewhere_PicksTheWarsTownInWartime()
    {
        // Pervomaisk (Luhansk Oblast, 36,000 people) against Pervomaisk (Mykolaiv Oblast, 62,000) in July 2014.
        var place = Resolve("Artillery hit a residential block in Pervomaisk overnight.", "Pervomaisk", new DateOnly(2014, 7, 24));
        Assert.Equal("Luhansk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_TownOfTheWarAndTownElsewhere_PicksTheBiggerBeforeTheWar()
    {
        var place = Resolve("Artillery hit a residential block in Pervomaisk overnight.", "Pervomaisk", new DateOnly(2012, 7, 24));
        Assert.Equal("Mykolaiv Oblast", place.Admin1);
    }

    [Fact]
    public void Process_VillageNamedLikeAMoscowQuarter_IsTheVillageInWartime()
    {
        // Sokolniki is a quarter of Moscow of 57,000 people, not a town: in 2014 it is Sokilnyky on the Luhansk line.
        var place = Resolve("A checkpoint near Sokolniki came under mortar fire.", "Sokolniki", new DateOnly(2014, 11, 10));
        Assert.Equal("Luhansk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_MoscowQuarterWithMoscowNamed_StaysInMoscow()
    {
        var place = Resolve("Police detained protesters in Sokolniki, in north-eastern Moscow.", "Sokolniki", new DateOnly(2014, 11, 10));
        Assert.Equal("RU", place.Country);
    }

    [Fact]
    public void Process_TownElsewhereKnownByTheNameOnlyOnceBefore_DoesNotWithholdTheWarsVillage()
    {
        // Kuvshinovo (Tver Oblast, 11,000 people) was once Kamenka; in December 2014 "Kamenka" is a village of the war.
        var place = Resolve("Mortar fire hit positions near Kamenka overnight.", "Kamenka", new DateOnly(2014, 12, 10));
        Assert.Contains(place.Admin1, new[] { "Donetsk Oblast", "Luhansk Oblast" });
    }

    [Fact]
    public void Process_TownElsewhereWithTheNameAsItsOwn_StillWithholdsIt()
    {
        // The trap the other way: Glubokiy is also the own name of a Rostov Oblast town of 11,000, 170 km from the
        // Luhansk village (a town that far across Russia does not count: see TheatreTests).
        var place = Resolve("Fighting was reported near Glubokiy.", "Glubokiy", new DateOnly(2014, 7, 10));
        Assert.Equal("RU", place.Country);
    }

    [Fact]
    public void Process_NameOfAFrontTownAndAVillageAfterTheInvasion_PicksTheFrontTown()
    {
        // "Liman" is Lyman (20,000 people) and a variant of Rodynske (10,000), 80 km apart; in October 2022 Lyman was
        // on the front, and a region named ("Donetsk region") does not choose between them.
        var place = Resolve("Investigators exhumed more bodies in Liman, in the Donetsk region, on Tuesday.", "Liman", new DateOnly(2022, 10, 11));
        Assert.Equal(704204, place.GeonameId);
    }

    [Fact]
    public void Process_VillageNextToANamedTownAfterTheInvasion_FollowsTheTownNotTheFront()
    {
        // The trap the other way: since 2022 the front is long and its villages share names; a town named next to the
        // village decides. Uspenivka by Huliaipole, not the one by Robotyne, also on the front of late 2025.
        var place = Resolve("Drones hit a shop in Uspenivka, north-east of Huliaipole, on Friday.", "Uspenivka", new DateOnly(2025, 11, 28));
        Assert.InRange(place.Lat, 47.7, 47.85);
        Assert.InRange(place.Lon, 36.3, 36.5);
    }

    [Fact]
    public void Process_VillageNamedAloneInThe2022Battles_IsNearTheFrontOfThatDate()
    {
        // Stepne is the name of dozens of villages; in September 2022 one near Vuhledar was on the front.
        var place = Resolve("Artillery struck Stepne again overnight, the regional governor said.", "Stepne", new DateOnly(2022, 9, 1));
        Assert.True(Geo.DistanceKm(place.Lat, place.Lon, 47.78, 37.25) < 60, $"{place.Name} ({place.Lat}, {place.Lon})");
    }
}
