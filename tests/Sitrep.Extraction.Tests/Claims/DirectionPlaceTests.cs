using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A statement that names no place but one front-line direction is at the direction's town; a list of directions, a
/// summary's section heading and a goal ("from the direction of") give none.
/// </summary>
public sealed class DirectionPlaceTests
{
    private const long Kupiansk = 703656;
    private const long Lyman = 704204;
    private const long Kramatorsk = 704508;
    private const long Siversk = 694403;

    [Theory]
    [InlineData("Ukraine's General Staff counted 31 Russian assaults in the Kupiansk direction on Friday alone.", "Kupiansk", Kupiansk)]
    [InlineData("Moscow has massed some 40,000 troops on the Kupiansk-Lyman axis, a Ukrainian commander said.", "Kupiansk", Kupiansk)]
    [InlineData("Росія зосередила близько 40 тисяч військових на Куп'янському напрямку, заявив речник угруповання.", "Куп'янському", Kupiansk)]
    public void Process_OneDirectionAndNoPlace_IsAtTheDirectionsTown(string text, string town, long expected)
    {
        var doc = Docs.Text(text, outlet: "Frontline Daily");
        Docs.Place(doc, town, expected, "Kupiansk", featureCode: "PPLA2", role: PlaceRole.Direction);
        if (text.Contains("-Lyman", StringComparison.Ordinal))
        {
            Docs.Place(doc, "Lyman", Lyman, "Lyman", featureCode: "PPLA3", role: PlaceRole.Direction);
        }

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(expected, claim.Place?.GeonameId);
    }

    [Fact]
    public void Process_AListOfDirections_NamesNoPlace()
    {
        var doc = Docs.Text("The army reported 150 clashes, most of them in the Lyman and Kramatorsk directions, a spokesperson said.", outlet: "Frontline Daily");
        Docs.Place(doc, "Lyman", Lyman, "Lyman", role: PlaceRole.Direction);
        Docs.Place(doc, "Kramatorsk", Kramatorsk, "Kramatorsk", role: PlaceRole.Direction);

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Null(claim.Place);
    }

    [Fact]
    public void Process_SectionHeadingOfASummary_NamesNoPlace()
    {
        var doc = Docs.Text("In the Siversk direction, the enemy made one unsuccessful attempt to advance towards the river crossing.",
            outlet: "General Staff of the Armed Forces of Ukraine");
        Docs.Place(doc, "Siversk", Siversk, "Siversk", role: PlaceRole.Direction);

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Null(claim.Place);
    }

    [Fact]
    public void Process_AttackFromTheDirectionOfATown_IsNotAtThatTown()
    {
        var doc = Docs.Text("The enemy tried to advance from the direction of Siversk overnight, the brigade said.", outlet: "Frontline Daily");
        Docs.Place(doc, "Siversk", Siversk, "Siversk", role: PlaceRole.Direction);

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Place?.GeonameId == Siversk);
    }
}
