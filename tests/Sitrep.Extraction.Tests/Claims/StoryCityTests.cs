using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "The shells landed in the west of the city. Ten houses were damaged, the emergency service said": a sentence that
/// speaks of "the city" is at the town the story names most (not a village named once), and gives that town to the
/// placeless claim after it.
/// </summary>
public sealed class StoryCityTests
{
    private const long Kharkiv = 706483;
    private const long Zolochiv = 687116;

    [Theory]
    [InlineData("Russian artillery shelled Kharkiv and Zolochiv on Monday, officials said. Kharkiv has been hit daily this month.\n\nThe shells landed in the Kyivskyi district, in the west of the city. Ten houses and a school were damaged, according to the State Emergency Service.", "Kharkiv", "Zolochiv")]
    [InlineData("Російська артилерія обстріляла Харків і Золочів, повідомили в ОВА. Харків обстрілюють щодня.\n\nСнаряди влучили в західну частину міста. Пошкоджено десять будинків і школу, повідомили в ДСНС.", "Харків", "Золочів")]
    public void Process_SentenceSpeakingOfTheCity_GivesTheStorysTownToTheNextClaim(string text, string city, string village)
    {
        var doc = Docs.Text(text, outlet: "Slobozhanka News");
        Docs.Place(doc, city, Kharkiv, "Kharkiv", featureCode: "PPLA");
        Docs.Place(doc, village, Zolochiv, "Zolochiv");
        Docs.Place(doc, city, Kharkiv, "Kharkiv", featureCode: "PPLA", occurrence: 1);

        var damage = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike && doc.Sentences[^1].Span.Contains(c.Span));

        Assert.Equal(Kharkiv, damage.Place?.GeonameId);
    }
}
