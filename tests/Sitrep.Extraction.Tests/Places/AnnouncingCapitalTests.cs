using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A capital announcing something speaks for its government, also with an adverb of repetition between it and the
/// verb ("Moscow has twice announced", "Москва вже тричі оголошувала", "Москва уже трижды объявляла").
/// </summary>
public sealed class AnnouncingCapitalTests
{
    [Theory]
    [InlineData("Moscow twice announced the fall of the village, the analyst said.", "Moscow")]
    [InlineData("«Москва вже тричі оголошувала про взяття цього міста», – сказав експерт.", "Москва")]
    [InlineData("«Москва уже трижды объявляла о взятии этого города», — сказал эксперт.", "Москва")]
    public void Process_CapitalAnnouncingAfterAdverb_IsMetonymy(string text, string surface)
    {
        Assert.Equal(PlaceRole.Metonymy, PlacesRun.Run(text, new DateOnly(2025, 12, 1)).Mention(surface).Role);
    }
}
