namespace Sitrep.Extraction.Tests.Places;

/// <summary>A town the dated front names beats a namesake a few kilometres from another front town.</summary>
public sealed class FrontTownTests
{
    private const long NovopavlivkaWestOfPokrovsk = 699373;
    private const long NovopavlivkaByPokrovsk = 9112183;
    private static readonly DateOnly Spring2026 = new(2026, 3, 5);

    [Theory]
    [InlineData("In the Pokrovsk direction, the enemy tried to advance near Rodynske, Hryshyne, Novopavlivka and Udachne.", "Novopavlivka")]
    [InlineData("На Покровському напрямку ворог намагався просунутися біля Родинського, Гришиного, Новопавлівки та Удачного.", "Новопавлівки")]
    [InlineData("На Покровском направлении противник пытался продвинуться у Родинского, Гришино, Новопавловки и Удачного.", "Новопавловки")]
    public void Process_VillageTheFrontNames_BeatsANamesakeByAnotherFrontTown(string text, string village)
    {
        var d = PlacesRun.Run(text, Spring2026);

        Assert.Equal(NovopavlivkaWestOfPokrovsk, d.Mention(village).GeonameId);
    }

    [Theory]
    [InlineData("Drones hit Pokrovsk and Novopavlivka overnight.", "Novopavlivka")]
    [InlineData("Вночі дрони атакували Покровськ і Новопавлівку.", "Новопавлівку")]
    [InlineData("Ночью дроны атаковали Покровск и Новопавловку.", "Новопавловку")]
    public void Process_VillageNamedBesideATown_StaysTheNamesakeNextToIt(string text, string village)
    {
        var d = PlacesRun.Run(text, Spring2026);

        Assert.Equal(NovopavlivkaByPokrovsk, d.Mention(village).GeonameId);
    }
}
