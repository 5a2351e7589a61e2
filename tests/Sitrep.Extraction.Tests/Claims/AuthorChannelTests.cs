using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>A post with no outlet written from one side's ranks is its author's channel; its side comes from its words.</summary>
public sealed class AuthorChannelTests
{
    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage());

    [Theory]
    [InlineData("Ночью наши штурмовики зашли в Торецк с востока. Логистика ВСУ под огневым контролем, наши расчёты работают без перерыва. #СВО", "RU")]
    [InlineData("Вночі наші бійці відбили штурм біля Торецька. Окупанти втратили дві машини, наші оператори дронів працюють цілодобово.", "UA")]
    [InlineData("Our boys held the line near Toretsk again tonight. The orcs lost two vehicles and our drone crews are still hunting the rest. Glory to Ukraine, death to the occupiers.", "UA")]
    public void Of_FirstPersonPostWithoutOutlet_IsTheAuthorsChannel(string text, string side)
    {
        var channel = ClaimsStage.OwnChannelOrAuthor(Docs.Text(text));

        Assert.NotNull(channel);
        Assert.Equal(side, channel.Side);
    }

    [Theory]
    [InlineData("Ночью наши штурмовики зашли в Торецк с востока. Наши расчёты работают без перерыва.", null)] // no side words
    [InlineData("Russian troops entered Toretsk overnight, officials said. Ukrainian units were pushed back.", null)] // third person
    [InlineData("Ночью наши штурмовики зашли в Торецк с востока. Логистика ВСУ под огневым контролем, наши расчёты работают.", "Военкор Z")] // an outlet
    public void Of_NoFirstPersonSideOrWithAnOutlet_IsNoChannel(string text, string? outlet)
    {
        Assert.Null(ClaimsStage.OwnChannelOrAuthor(Docs.Text(text, outlet)));
    }

    [Fact]
    public void Process_AuthorsPost_MakesClaimsOfItsSide()
    {
        var doc = Docs.Text("Ночью наши штурмовики взяли под контроль северную часть Торецка. Логистика ВСУ под огневым контролем, наши расчёты сожгли две машины. #СВО");
        Docs.Place(doc, "Торецка", 706448, "Toretsk");

        var claims = Run(doc).Claims;

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("RU", c.Side));
        Assert.Contains(claims, c => c.Kind == ClaimKind.Capture && c.Place?.GeonameId == 706448);
    }
}
