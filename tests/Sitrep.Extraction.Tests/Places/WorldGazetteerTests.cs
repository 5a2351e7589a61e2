using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Towns abroad now in the gazetteer (every cities500 place): found where the story says so, never instead of the theatre's places.</summary>
public sealed class WorldGazetteerTests
{
    [Theory]
    [InlineData("Negotiators from both delegations met in Geneva on Sunday to discuss a prisoner swap.", "Geneva", "CH")]
    [InlineData("A second round of talks in Istanbul ended without a ceasefire, officials said.", "Istanbul", "TR")]
    [InlineData("Переговори у Стамбулі завершилися без домовленостей.", "Стамбулі", "TR")]
    [InlineData("Делегации встретились в Женеве в воскресенье.", "Женеве", "CH")]
    [InlineData("Trucks with generators queued for hours at Medyka before crossing into Ukraine.", "Medyka", "PL")]
    [InlineData("The wounded were flown on to a hospital in Rzeszow, the Polish ministry said.", "Rzeszow", "PL")]
    [InlineData("Refugees waited at the station in Przemysl for the night train to Kyiv.", "Przemysl", "PL")]
    [InlineData("A tanker was searched in Batumi after a tip-off from Ukrainian intelligence.", "Batumi", "GE")]
    [InlineData("Fragments of a drone were found near Balti, Moldova's border police said.", "Balti", "MD")]
    [InlineData("Protesters gathered in Chisinau on Saturday.", "Chisinau", "MD")]
    [InlineData("Президентка Молдови виступила в Кишиневі.", "Кишиневі", "MD")]
    public void Process_TownAbroadAfterLocative_ResolvesAbroad(string text, string surface, string country)
    {
        Assert.Equal(country, PlacesRun.Run(text).Mention(surface).Country);
    }

    [Theory]
    [InlineData("In March the brigade pulled back to new positions.")]
    [InlineData("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 84 men came home.")]
    [InlineData("The White House said the package would be signed this week.")]
    [InlineData("Mark Rutte said the alliance would stay the course.")]
    [InlineData("Police said the road to the checkpoint was closed.")]
    [InlineData("The envoy spoke to Kellogg on Monday about the plan.")]
    [InlineData("Old Town residents said the shelling had stopped.")]
    [InlineData("The Liberty Bar on the corner was damaged.")]
    [InlineData("He was awarded the order for bravery by Order of the Day.")]
    public void Process_EnglishWordThatIsATownAbroad_FindsNoPlace(string text)
    {
        Assert.DoesNotContain(PlacesRun.Run(text).Places, p => p.FeatureCode is not "PCLI");
    }

    [Fact]
    public void Process_CommonWordAfterLocative_StillFindsTheatreTown()
    {
        Assert.Equal("UA", PlacesRun.Run("Air defence was active in Bar overnight.").Mention("Bar").Country);
    }

    [Theory]
    [InlineData("Two civilians were wounded near Georgievka, the Luhansk authorities said.", "Georgievka")]
    [InlineData("Shelling was reported near Yelenovka overnight.", "Yelenovka")]
    public void Process_VillageWithTownNamesakeAbroad_StaysInTheatre(string text, string surface)
    {
        var d = new Document(text, new DocumentMetadata { Published = new DateOnly(2014, 8, 3) });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        Assert.Equal("UA", d.Mention(surface).Country);
    }

    [Fact]
    public void Embedded_HasEveryCities500Place()
    {
        var g = Gazetteer.Embedded;
        Assert.True(g.Count > 200_000, $"{g.Count} places");
        Assert.Contains(g.Find("Medyka"), p => p.Country == "PL");
        Assert.Contains(g.Find("Batumi"), p => p.Country == "GE");
        Assert.DoesNotContain(g.Find("White House"), p => p.Country == "MA");
    }
}
