using Sitrep.Extraction.Places.Resolution;

namespace Sitrep.Extraction.Tests.Places;

public sealed class DisambiguationTests
{
    [Theory]
    [InlineData("Shelling hit Mykolaivka in the Zaporizhzhia region overnight.", "Zaporizhzhia Oblast")]
    [InlineData("Shelling hit Mykolaivka in the Odesa region overnight.", "Odesa Oblast")]
    [InlineData("Обстріляли Миколаївку в Сумській області.", "Sumy Oblast")]
    public void Process_SameNameWithRegionNamed_PicksVillageInThatRegion(string text, string admin1)
    {
        var d = PlacesRun.Run(text);
        var village = d.Places.First(p => p.Text.StartsWith("Mykolaivka", StringComparison.Ordinal) || p.Text.StartsWith("Миколаївк", StringComparison.Ordinal));
        Assert.Equal(admin1, village.Admin1);
        Assert.True(village.Confidence < 1.0);
    }

    [Theory]
    [InlineData("Russian troops pressed towards Mykolaivka after taking positions near Siversk and Soledar.", 48.78, 38.09)]
    [InlineData("Ukrainian units repelled attacks near Mykolaivka, Vovchansk and Vilcha, north of Kharkiv.", 50.2, 36.9)]
    public void Process_SameNameWithNearbyPlaces_PicksVillageInCluster(string text, double lat, double lon)
    {
        var village = PlacesRun.Run(text).Mention("Mykolaivka");
        Assert.True(Geo.DistanceKm(village.Lat, village.Lon, lat, lon) < 50, $"picked {village.GeonameId} at {village.Lat},{village.Lon}");
        Assert.True(village.Confidence < 1.0);
    }

    [Theory]
    [InlineData("Russian troops attacked Ukrainian positions south of Pokrovsk on Tuesday.", "Pokrovsk", 704422L)]
    [InlineData("Explosions were heard in Engels, home to a strategic bomber base.", "Engels", 563464L)]
    [InlineData("Российские войска атаковали Покровск с трёх направлений.", "Покровск", 704422L)]
    [InlineData("Російські війська атакували Покровськ із трьох напрямків.", "Покровськ", 704422L)]
    public void Process_CurrentNameOfSmallerTown_BeatsOldNameOfBiggerCity(string text, string surface, long geonameId)
    {
        // Engels (Saratov Oblast, ~200,000 people) was called Pokrovsk until 1931; "Pokrovsk" today is the Donetsk town.
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Fact]
    public void Process_SameNameBigCity_PrefersTheCityOverVillages()
    {
        var d = PlacesRun.Run("Shelling hit Donetsk again; in Lviv and Odesa sirens sounded.");
        Assert.Equal(709717L, d.Mention("Donetsk").GeonameId);
    }

    [Fact]
    public void Process_BigCityInDocumentAboutAnotherRegion_StaysTheCity()
    {
        var d = PlacesRun.Run("Fighting raged near Pokrovsk in the Donetsk region, while a guided bomb struck Zaporizhzhia.");
        Assert.Equal(687700L, d.Mention("Zaporizhzhia").GeonameId);
    }

    [Fact]
    public void Process_UnambiguousName_HasFullConfidence()
    {
        Assert.Equal(1.0, PlacesRun.Run("Explosions were heard in Kramatorsk.").Mention("Kramatorsk").Confidence);
    }

    [Theory]
    [InlineData("Вночі ворог атакував дронами населені пункти на Харківщині.", "Харківщині")]
    [InlineData("Ночью противник атаковал Харьковщину беспилотниками.", "Харьковщину")]
    public void Process_RegionsColloquialName_IsTheRegionNotAHamletOfThatName(string text, string surface)
    {
        // A hamlet in Sumy Oblast is called Kharkivshchyna; "на Харківщині" is Kharkiv Oblast.
        var place = PlacesRun.Run(text).Mention(surface);
        Assert.Equal("ADM1", place.FeatureCode);
        Assert.Equal("Kharkiv Oblast", place.Name);
    }

    [Theory]
    [InlineData("Вночі ворог атакував Харків дронами.", "Харків")]
    [InlineData("Взрывы прогремели в Харькове ночью.", "Харькове")]
    public void Process_CityNamedLikeItsRegion_IsStillTheCity(string text, string surface)
    {
        // The trap the other way: without the -щина suffix the name is the city.
        var place = PlacesRun.Run(text).Mention(surface);
        Assert.Equal("PPLA", place.FeatureCode);
    }
}
