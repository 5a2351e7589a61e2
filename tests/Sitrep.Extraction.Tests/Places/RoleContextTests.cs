using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

public sealed class RoleContextTests
{
    [Theory]
    [InlineData("The Zaporizhzhia nuclear power plant lost its last external power line overnight.", "Zaporizhzhia", "Zaporizhzhia Oblast")]
    [InlineData("A spokesman for the Luhansk operational-tactical group said fog slowed the assaults.", "Luhansk", "Luhansk Oblast")]
    [InlineData("Inspectors visited the Kursk NPP on Monday.", "Kursk", "Kursk Oblast")]
    public void Process_BodyNamedAfterARegion_IsTheRegionAsAName(string text, string surface, string region)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(region, mention.Name);
        Assert.Equal(PlaceRole.Name, mention.Role);
    }

    [Theory]
    [InlineData("Drones struck an apartment block in Zaporizhzhia overnight.", "Zaporizhzhia")]
    [InlineData("The Luhansk battalion withdrew from the town.", "Luhansk")] // a unit named after the city keeps the city
    public void Process_CityOutsideARegionsBodyName_StaysTheCity(string text, string surface)
    {
        Assert.DoesNotContain("Oblast", PlacesRun.Run(text).Mention(surface).Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Moscow has not published its own figure.", "Moscow", PlaceRole.Metonymy)]
    [InlineData("Moscow has not seen such snow in years.", "Moscow", PlaceRole.Location)]
    [InlineData("The administration said the drone was launched from the left bank near Korsunka.", "Korsunka", PlaceRole.Origin)]
    [InlineData("The drone was launched at a car near Korsunka.", "Korsunka", PlaceRole.Location)]
    [InlineData("The enemy launched drones from the directions of Kursk, Oryol and Millerovo.", "Oryol", PlaceRole.Origin)]
    [InlineData("The enemy launched drones from the directions of Kursk, Oryol and Millerovo.", "Millerovo", PlaceRole.Origin)]
    [InlineData("The army fired on the market from the direction of Oleshky.", "Oleshky", PlaceRole.Origin)]
    [InlineData("The heaviest fighting was in the Pokrovsk and Huliaipole directions.", "Pokrovsk", PlaceRole.Direction)]
    [InlineData("The heaviest fighting was near Pokrovsk and Huliaipole.", "Pokrovsk", PlaceRole.Location)]
    [InlineData("Ukrainian troops repelled attacks near Kupiansk and towards Kurylivka.", "Kurylivka", PlaceRole.Direction)]
    [InlineData("Russia fired 40 drones at Odesa overnight.", "Russia", PlaceRole.Metonymy)]
    [InlineData("The missiles were launched by Russia from the Black Sea.", "Russia", PlaceRole.Metonymy)]
    [InlineData("Ukraine says the village is still under its control.", "Ukraine", PlaceRole.Metonymy)]
    [InlineData("Ukraine's army denied the report.", "Ukraine", PlaceRole.Metonymy)]
    [InlineData("Ukraine's General Staff reported 150 clashes.", "Ukraine", PlaceRole.Name)]
    [InlineData("The Armed Forces of Ukraine repelled the assault.", "Ukraine", PlaceRole.Name)]
    [InlineData("Snow fell across Ukraine on Monday.", "Ukraine", PlaceRole.Location)]
    [InlineData("Drones flew into Russia overnight.", "Russia", PlaceRole.Location)]
    [InlineData("A man was found dead on Kiev's Independence Square.", "Kiev", PlaceRole.Location)]
    [InlineData("Four soldiers killed in fighting in the east: Kiev", "Kiev", PlaceRole.Metonymy)] // a wire headline's source
    [InlineData("Ceasefire broken near Donetsk airport: Moscow.", "Moscow", PlaceRole.Metonymy)]
    [InlineData("Where the talks will be held: Geneva or Istanbul.", "Istanbul", PlaceRole.Location)]
    public void Process_WordsAroundName_GiveTheRole(string text, string surface, PlaceRole role)
    {
        Assert.Equal(role, PlacesRun.Run(text).Mention(surface).Role);
    }
}
