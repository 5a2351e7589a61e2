using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A channel's own post (its name above "Telegram · date" is its outlet) written from one side is its author's channel;
/// so is a post whose author speaks of "my sources" ("по моим данным", "за моїми даними"). A news site's story, whose
/// medium is no channel, stays no author's channel whatever its words.
/// </summary>
public sealed class ChannelPostTests
{
    private static Document Post(string text, string outlet, string medium) =>
        new(text, new DocumentMetadata { Outlet = outlet, Medium = medium, Published = new DateOnly(2026, 3, 31) });

    [Theory]
    [InlineData("От себя добавлю. По моим данным, в восточной части Гуляйполя идут тяжёлые бои, ВСУ перебрасывают резервы.", "RU")]
    [InlineData("Від себе додам. За моїми даними, окупанти підтягують резерви до Гуляйполя, бої тривають.", "UA")]
    [InlineData("Наши штурмовики за ночь зашли в Песчаное, наши расчёты работают по ВСУ без перерыва.", "RU")]
    public void OwnChannelOrAuthor_ChannelsOwnPost_IsTheAuthorsChannel(string text, string side)
    {
        var channel = ClaimsStage.OwnChannelOrAuthor(Docs.Text(text, "Донбасский фронтовик", medium: "telegram"));

        Assert.NotNull(channel);
        Assert.Equal(side, channel.Side);
    }

    [Theory]
    [InlineData("По моим данным, в восточной части Гуляйполя идут тяжёлые бои, ВСУ перебрасывают резервы.")]
    [InlineData("Our sources say Ukrainian units still hold our old positions; the occupiers lost two vehicles.")]
    public void OwnChannelOrAuthor_NewsSiteStory_IsNoChannel(string text)
    {
        Assert.Null(ClaimsStage.OwnChannelOrAuthor(Docs.Text(text, "Southern Courier", medium: "website")));
    }

    [Theory]
    [InlineData("Наши штурмовики за ночь зашли в Песчаное и закрепились на западной окраине, наши расчёты их прикрывают. ВСУ отошли.", "west")]
    [InlineData("Наші штурмовики за ніч зайшли в Піщане і закріпилися на західній околиці, наші дронарі їх прикривають. Окупанти відступили.", "west")]
    [InlineData("Our assault troops entered Pishchane overnight and dug in on the western outskirts, our drone crews cover them. The occupiers fell back.", "west")]
    public void Process_EnteredAndHeldAPart_ControlsThatPart(string text, string extent)
    {
        var doc = SitrepPipeline.Default.Process(Post(text, "Фронтовой канал", "telegram"));

        var control = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(extent, control.Extent);
        Assert.Equal(Stance.Asserts, control.Stance);
    }

    [Theory]
    [InlineData("Наши штурмовики за ночь прошли мимо Песчаного и вернулись к лесу, наши расчёты их прикрывают. ВСУ отошли.")]
    [InlineData("Наші штурмовики за ніч пройшли повз Піщане і повернулися до лісу, наші дронарі їх прикривають. Окупанти відступили.")]
    public void Process_NoEntryIntoAPart_NoControl(string text)
    {
        var doc = SitrepPipeline.Default.Process(Post(text, "Фронтовой канал", "telegram"));

        Assert.DoesNotContain(doc.Claims, c => c.Kind == ClaimKind.Control);
    }
}
