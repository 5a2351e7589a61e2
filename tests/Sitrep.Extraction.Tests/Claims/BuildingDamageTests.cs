using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>Houses that "suffered" from strikes are damage, a strike claim, not casualties ("постраждали понад 40 будинків").</summary>
public sealed class BuildingDamageTests
{
    [Theory]
    [InlineData("Як повідомила міська рада, від обстрілів з початку місяця постраждали понад 40 будинків у Сумах.", "Сумах")]
    [InlineData("Как сообщили в администрации, с начала месяца от обстрелов пострадали более 30 домов в Сумах.", "Сумах")]
    [InlineData("More than 40 houses in Sumy have been damaged by shelling since the start of the month, the council said.", "Sumy")]
    public void Process_BuildingsSuffered_IsAStrikeWithoutCasualties(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Border Courier");
        Docs.Place(doc, town, 692194, "Sumy");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Casualties);
    }
}
