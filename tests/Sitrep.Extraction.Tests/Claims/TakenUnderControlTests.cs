using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>Taking a place under control ("о взятии под контроль", "про взяття під контроль") is a capture, not a claim of holding it.</summary>
public sealed class TakenUnderControlTests
{
    private const long Town = 707898;

    [Theory]
    [InlineData("Минобороны России заявило о взятии под контроль восточной части Гуляйполя.", "Гуляйполя")]
    [InlineData("Міноборони Росії заявило про взяття під контроль Гуляйполя.", "Гуляйполя")]
    [InlineData("Минобороны России сообщило, что войска взяли под свой контроль Гуляйполе.", "Гуляйполе")]
    public void Process_TakenUnderControl_IsACapture(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Polygon");
        Docs.Place(doc, town, Town, "Huliaipole");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Capture, claim.Kind);
        Assert.Equal(Town, claim.Place?.GeonameId);
    }

    [Fact]
    public void Process_UnderControl_StaysControl()
    {
        var doc = Docs.Text("Генштаб ЗСУ заявив, що Гуляйполе під контролем українських підрозділів.", outlet: "Polygon");
        Docs.Place(doc, "Гуляйполе", Town, "Huliaipole");

        Assert.Equal(ClaimKind.Control, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }
}
