using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "The region" told by a body of that region is the region of the story's town, though the text names the region
/// only in the body's name; the parts of a region ("громади області", "населенные пункты области") are the region.
/// </summary>
public sealed class RegionOfBodyTests
{
    private const long City = 687700;
    private const long Oblast = 687699;

    [Theory]
    [InlineData("Уночі ворог атакував Запоріжжя.\n\nПротягом доби росіяни 30 разів обстріляли прикордонні громади області, повідомила Запорізька ОВА.", "Запоріжжя")]
    [InlineData("Ночью противник атаковал Запорожье.\n\nЗа сутки противник 30 раз обстрелял населенные пункты области, сообщили в Запорожской областной военной администрации.", "Запорожье")]
    [InlineData("Russian forces shelled Zaporizhzhia overnight.\n\nOver the past day Russian troops shelled the region 30 times, the Zaporizhzhia regional military administration said.", "Zaporizhzhia")]
    public void Process_RegionToldByItsBody_IsTheRegion(string text, string city)
    {
        var doc = Docs.Text(text, outlet: "South Desk");
        var place = Docs.Place(doc, city, City, "Zaporizhzhia", featureCode: "PPLA");
        doc.Places[doc.Places.IndexOf(place)] = place with { Admin1 = "Zaporizhzhia Oblast" };

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Place?.GeonameId == Oblast);
    }
}
