using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>Drones or missiles destroyed over a place were shot down: a claim of kind other, not a strike; destroyed tanks stay a strike.</summary>
public sealed class DownedOverPlaceTests
{
    [Theory]
    [InlineData("Над Одесою вночі знищено 12 ударних дронів, повідомили Повітряні сили.", "Одесою", ClaimKind.Other)]
    [InlineData("Над Брянской областью уничтожены 15 беспилотников, сообщило Минобороны России.", "Брянской областью", ClaimKind.Other)]
    [InlineData("Twelve drones were destroyed over Odesa overnight, the Air Force said.", "Odesa", ClaimKind.Other)]
    [InlineData("Біля Одеси знищено два танки, повідомили Повітряні сили.", "Одеси", ClaimKind.Strike)]
    public void Process_DestroyedOverAPlace_IsAnInterception(string text, string place, ClaimKind kind)
    {
        var doc = Docs.Text(text, outlet: "Black Sea Observer");
        Docs.Place(doc, place, 698740, "Odesa");

        Assert.Equal(kind, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }
}
