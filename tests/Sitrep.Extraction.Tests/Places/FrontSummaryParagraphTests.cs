namespace Sitrep.Extraction.Tests.Places;

/// <summary>A summary whose paragraphs each name a region of their own is read paragraph by paragraph.</summary>
public sealed class FrontSummaryParagraphTests
{
    private const long NovopavlivkaWestOfPokrovsk = 699373;
    private const long NovopavlivkaKharkivOblast = 810497;
    private static readonly DateOnly Spring2026 = new(2026, 3, 5);

    [Theory]
    [InlineData("Our troops took Kurylivka in Kharkiv region, the ministry said.\n\nThree counterattacks were repelled near Torske in Donetsk region.\n\nUnits of the Centre group hit two brigades near Udachne and Novopavlivka.", "Novopavlivka")]
    [InlineData("Наші війська взяли Курилівку Харківської області.\n\nБіля Торського Донецької області відбито три контратаки.\n\nПідрозділи угруповання «Центр» уразили дві бригади біля Удачного та Новопавлівки.", "Новопавлівки")]
    [InlineData("Войска заняли Куриловку Харьковской области.\n\nУ Торского Донецкой Народной Республики отражены три контратаки.\n\nПодразделения «Центра» поразили две бригады в районах Удачное и Новопавловка.", "Новопавловка")]
    public void Process_VillageInAParagraphOfItsOwn_IsNotPulledIntoARegionAnotherParagraphNames(string text, string village)
    {
        var d = PlacesRun.Run(text, Spring2026);

        Assert.Equal(NovopavlivkaWestOfPokrovsk, d.Mention(village).GeonameId);
    }

    [Theory]
    [InlineData("Shelling hit Kurylivka in Kharkiv region overnight.\n\nLater, drones struck Novopavlivka.", "Novopavlivka")]
    [InlineData("Вночі обстріляли Курилівку Харківської області.\n\nПізніше дрони атакували Новопавлівку.", "Новопавлівку")]
    [InlineData("Ночью обстреляли Куриловку Харьковской области.\n\nПозже дроны атаковали Новопавловку.", "Новопавловку")]
    public void Process_StoryOfOneRegion_StillReadsItsVillagesInThatRegion(string text, string village)
    {
        var d = PlacesRun.Run(text, Spring2026);

        Assert.Equal(NovopavlivkaKharkivOblast, d.Mention(village).GeonameId);
    }

    [Fact]
    public void Process_RegionNamedOnlyAsADirection_DoesNotSplitTheSummary()
    {
        // "the Volyn direction" is a sector of the front, not a region its paragraph tells of: the Pishchane of the
        // strikes paragraph stays the one by Kupiansk, which the Kupiansk section names again.
        var d = PlacesRun.Run(
            "Guided bombs hit Pishchane in Kharkiv region and Druzhkivka in Donetsk region.\n\n"
            + "In the Kupiansk direction, nine attacks were repelled near Kupiansk and Pishchane.\n\n"
            + "No offensive groups were seen in the Volyn direction.",
            new DateOnly(2025, 12, 3));

        Assert.All(d.Places.Where(p => p.Text == "Pishchane"), p => Assert.Equal(813319, p.GeonameId));
    }
}
