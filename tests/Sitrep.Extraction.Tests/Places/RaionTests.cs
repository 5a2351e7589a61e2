using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Raions of the 2020 reform: found with their raion word as second-level regions, never as the town they are named after.</summary>
public sealed class RaionTests
{
    [Theory]
    [InlineData("Russian artillery shelled villages in the Pokrovsk raion overnight.", "Pokrovsk raion", "Pokrovsk Raion")]
    [InlineData("Evacuation of children from the Pokrovsk district is mandatory.", "Pokrovsk district", "Pokrovsk Raion")]
    [InlineData("The governor ordered the evacuation of Kupiansk Raion.", "Kupiansk Raion", "Kupiansk Raion")]
    [InlineData("Ворог обстріляв 12 населених пунктів у Покровському районі.", "Покровському районі", "Pokrovsk Raion")]
    [InlineData("Обстріляли Бахмутський район та Краматорський район.", "Бахмутський район", "Bakhmut Raion")]
    [InlineData("Обстріляли Бахмутський район та Краматорський район.", "Краматорський район", "Kramatorsk Raion")]
    [InlineData("В Белгород-Днестровском районе прозвучали взрывы.", "Белгород-Днестровском районе", "Bilhorod-Dnistrovskyi Raion")]
    [InlineData("Удар по Криворізькому району.", "Криворізькому району", "Kryvyi Rih Raion")]
    [InlineData("Drones struck the Kryvyi Rih district again.", "Kryvyi Rih district", "Kryvyi Rih Raion")]
    [InlineData("Shelling hit the Krasnohrad raion.", "Krasnohrad raion", "Berestyn Raion")]
    public void Process_NameWithRaionWord_ResolvesToRaion(string text, string surface, string raion)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(raion, mention.Name);
        Assert.Equal("ADM2", mention.FeatureCode);
        Assert.Equal("UA", mention.Country);
    }

    [Fact]
    public void Process_RaionMention_CarriesItsOblast()
    {
        var mention = PlacesRun.Run("Shelling hit the Pokrovsk raion.").Mention("Pokrovsk raion");
        Assert.Equal("Donetsk Oblast", mention.Admin1);
        Assert.InRange(mention.Lat, 47.5, 49.0);
        Assert.InRange(mention.Lon, 36.5, 38.0);
    }

    [Theory]
    [InlineData("Fighting continued in Pokrovsk on Tuesday.", "Pokrovsk")]
    [InlineData("Бої тривають у Покровську.", "Покровську")]
    [InlineData("Kramatorsk was hit by a missile.", "Kramatorsk")]
    [InlineData("The Pokrovsk-Myrnohrad agglomeration is under pressure.", "Pokrovsk")]
    public void Process_TownWithoutRaionWord_IsTheTown(string text, string surface)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.StartsWith("PPL", mention.FeatureCode);
    }

    [Theory]
    [InlineData("A woman was hurt when debris fell in the Bila Tserkva district of Kyiv region.", "Bila Tserkva district")]
    [InlineData("Уламки впали в Білоцерківському районі, пошкоджено два будинки.", "Білоцерківському районі")]
    public void Process_RaionGeoNamesFiledUnderTheCityCouncil_IsTheRaionsOwnFeature(string text, string surface)
    {
        // GeoNames gave the 2020 code of Bila Tserkva Raion the city council's name; the raion is its own feature
        var m = PlacesRun.Run(text).Mention(surface);

        Assert.Equal(712541L, m.GeonameId);
        Assert.Equal("Bila Tserkva Raion", m.Name);
    }

    [Fact]
    public void Embedded_HasThe136RaionsOfThe2020Reform()
    {
        var raions = Gazetteer.Embedded.Places.Where(p => p.FeatureCode == "ADM2").ToList();
        Assert.Equal(136, raions.Count);
        Assert.Equal(8, raions.Count(r => r.Admin1 == "Donetsk Oblast"));
        Assert.All(raions, r => Assert.True(r.Lat is > 44 and < 53 && r.Lon is > 22 and < 41, r.Name));
        // a raion GeoNames kept through the reform has GeoNames' id ("Fastiv Raion" 709244); the others a made-up one
        // above GeoNames' range
        Assert.Equal(82, raions.Count(r => r.GeonameId < 20_000_000));
        Assert.Equal(709244L, raions.Single(r => r.Name == "Fastiv Raion").GeonameId);
        Assert.All(raions.Where(r => r.GeonameId >= 20_000_000), r => Assert.True(r.GeonameId > 2_000_000_000, r.Name));
    }
}
