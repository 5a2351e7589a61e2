namespace Sitrep.Extraction.Tests.Places;

/// <summary>A town's name inside an outlet's or a channel's name is the outlet, not a place of the story.</summary>
public sealed class OutletNameTests
{
    [Theory]
    [InlineData("Про удар першим написав телеграм-канал «Суми Інфо», який показав відео.", "Суми")]
    [InlineData("Собеседник «Новой ленты» рассказал, что бои идут в районе Купянска.", "Новой")]
    [InlineData("Очевидцы, на которых ссылается канал «Курск 24», слышали три взрыва.", "Курск")]
    [InlineData("A police spokesperson told the Kharkiv Observer that the van was hit near Kupiansk.", "Kharkiv")]
    [InlineData("Russian drones hit Sumy overnight, the Kyiv Independent reported.", "Kyiv")]
    [InlineData("Суспільне Суми повідомило про обстріл Шостки вночі.", "Суми")]
    public void Process_TownInsideOutletName_IsNoPlace(string text, string surface)
    {
        var d = PlacesRun.Run(text, new DateOnly(2026, 1, 20));
        Assert.DoesNotContain(d.Places, p => p.Text == surface);
    }

    [Theory]
    [InlineData("Russian drones hit Sumy overnight, the Kyiv Independent reported.", "Sumy")]
    [InlineData("Residents of Kharkiv told reporters that the blast woke them.", "Kharkiv")]
    [InlineData("Собеседник «Новой ленты» рассказал, что бои идут в районе Купянска.", "Купянска")]
    [InlineData("Суспільне Суми повідомило про обстріл Шостки вночі.", "Шостки")]
    [InlineData("Russian Missiles Hit Kharkiv Today, Killing Three", "Kharkiv")]
    public void Process_StoryPlaceBesideOutlet_StaysAPlace(string text, string surface)
    {
        var d = PlacesRun.Run(text, new DateOnly(2026, 1, 20));
        Assert.Contains(d.Places, p => p.Text == surface);
    }
}
