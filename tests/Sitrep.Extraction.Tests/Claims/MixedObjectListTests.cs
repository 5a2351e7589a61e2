using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A destroy word whose list of objects counts equipment and then fighters ("destroyed two tanks and 14 Russian
/// infantrymen", "знищено 4 одиниці техніки та 25 окупантів") is a strike and a losses claim; civilians in the list stay
/// part of the strike.
/// </summary>
public sealed class MixedObjectListTests
{
    [Theory]
    [InlineData("Our drone operators destroyed two tanks and 14 Russian infantrymen overnight.")]
    [InlineData("За добу наші воїни знищили 2 танки, 3 ББМ та 11 окупантів.")]
    [InlineData("Уничтожены две БМП и до 15 военнослужащих противника.")]
    public void Process_EquipmentAndFightersDestroyed_AreAStrikeAndLosses(string text)
    {
        var doc = Docs.Text(text, outlet: "93rd Mechanized Brigade");

        var kinds = Docs.ClaimsOf(doc).ConvertAll(c => c.Kind);

        Assert.Equal([ClaimKind.Strike, ClaimKind.Casualties], kinds);
    }

    [Theory]
    [InlineData("The drones destroyed two houses and injured 3 civilians in the village, the administration said.")]
    [InlineData("Our gunners destroyed two tanks, the brigade said; 12 occupiers surrendered later.")]
    public void Process_NoFightersInTheDestroyedList_AddsNoLosses(string text)
    {
        var doc = Docs.Text(text, outlet: "Frontline Daily");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);
    }
}
