using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// How far the story's place reaches: a sentence saying where an attack came from ("from the direction of ...") is no
/// summary section, and another speaker after a placeless claim does not keep it from the paragraph before.
/// </summary>
public sealed class StoryPlaceReachTests
{
    private const long Orikhiv = 698428;
    private const long Polohy = 696460;

    [Theory]
    [InlineData("Ukrainian troops stopped a Russian armoured column near Orikhiv on Tuesday, the 118th Brigade said.\n\nThe brigade said the column came from the direction of Polohy, losing three tanks and five infantry vehicles to mines. Russia's Defence Ministry said its forces had improved their positions in the area.")]
    [InlineData("Під Оріховом у вівторок зупинили російську броньовану колону, повідомила 118-та бригада.\n\nЗа словами бригади, колона рухалася з напрямку Пологів і втратила три танки та п'ять БМП на мінах. Міноборони Росії заявило, що його війська покращили позиції.")]
    public void Process_LossesOfAColumnFromTheDirectionOfATown_AreAtTheStorysTown(string text)
    {
        var doc = Docs.Text(text, outlet: "Southern Wire");
        var english = text.StartsWith("Ukrainian", StringComparison.Ordinal);
        Docs.Place(doc, english ? "Orikhiv" : "Оріховом", Orikhiv, "Orikhiv", featureCode: "PPLA2");
        Docs.Place(doc, english ? "Polohy" : "Пологів", Polohy, "Polohy", featureCode: "PPLA2", role: PlaceRole.Origin);

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Orikhiv, losses.Place?.GeonameId);
    }

    [Fact]
    public void Process_Losing_CountsLosses()
    {
        var doc = Docs.Text("The attackers pulled back after two hours, losing at least 30 soldiers, the brigade said.", outlet: "Southern Wire");

        Assert.Equal(ClaimKind.Casualties, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }
}
