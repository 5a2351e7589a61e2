using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Ukrainian щ (romanised shch) and Russian сч (said as щ) are one sound: "Песчаное" is a Russian spelling of the
/// villages the gazetteer knows as Pishchane, so a story about Kupiansk finds its Pishchane, not the Crimean village
/// GeoNames spells Peschanoye; the Russian case forms ("Песчаного") are compared in their nominative.
/// </summary>
public sealed class ShchSpellingTests
{
    private static readonly DateOnly Spring2026 = new(2026, 3, 21);
    private const long PishchaneByKupiansk = 813319;
    private const long CrimeanPeschanoye = 697530;

    [Theory]
    [InlineData("Peschanoye", "Pishchane")]
    [InlineData("Schastye", "Shchastia")]
    public void Same_SchAndShch_AreOneSound(string written, string name)
    {
        Assert.True(SpellingDistance.Same(written, name));
    }

    [Theory]
    [InlineData("Peshanoye", "Pishchane")] // sh alone is another letter
    [InlineData("Peskanoye", "Pishchane")]
    public void Same_OtherLetters_AreNotShch(string written, string name)
    {
        Assert.False(SpellingDistance.Same(written, name));
    }

    [Theory]
    [InlineData("Под Купянском штурмовики за ночь зашли в Песчаное и закрепились на окраине.", "Песчаное")]
    [InlineData("Под Купянском идут бои за Песчаное, сообщает канал.", "Песчаное")]
    [InlineData("Под Купянском продолжаются бои, но об освобождении Песчаного пока не сообщали.", "Песчаного")]
    public void Process_RussianSpellingBesideKupiansk_IsTheFrontVillage(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(PishchaneByKupiansk, m.GeonameId);
    }

    [Fact]
    public void Process_RussianSpellingInCrimea_StaysTheCrimeanVillage()
    {
        // Simferopol, 41 km from the Crimean village, is near enough to decide (a place of certain identity counts within 50 km)
        var m = PlacesRun.Run("Под Симферополем в селе Песчаное открыли новую школу, сообщили в Крыму.", Spring2026).Mention("Песчаное");

        Assert.Equal(CrimeanPeschanoye, m.GeonameId);
    }

    [Theory]
    [InlineData("Хохлы потеряли до взвода пехоты, пишет канал.")]
    [InlineData("Хохли відійшли, пише російський канал.")]
    public void Process_EthnicSlur_IsNoPlace(string text)
    {
        Assert.Empty(PlacesRun.Run(text, Spring2026).Places);
    }
}
