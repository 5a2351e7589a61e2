using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// An office named after its own region or town ("the governor of the Penza region", "мэр Курска") is that
/// country's authority, whatever place its statement is about; and an attack on a facility is a strike.
/// </summary>
public sealed class OwnRegionSideTests
{
    [Theory]
    [InlineData("The governor of the Penza region said a fuel depot had been attacked overnight.", "Penza region", 511555, "RU", "RU")]
    [InlineData("Ночью беспилотники атаковали нефтебазу, сообщил губернатор Пензенской области.", "Пензенской области", 511555, "RU", "RU")]
    [InlineData("The head of the Bucha district said a warehouse had been attacked overnight.", "Bucha district", 712112, "UA", "UA")]
    public void Process_OfficeNamedAfterItsRegion_IsThatCountrysAuthority(string text, string region, long id, string country, string side)
    {
        var doc = Docs.Text(text, outlet: "Volga Daily");
        Docs.Place(doc, region, id, region, country: country, featureCode: "ADM1", role: PlaceRole.Name);

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(side, claim.Side);
    }

    [Theory]
    [InlineData("The governor said an oil refinery had been attacked overnight.", ClaimKind.Strike)]
    [InlineData("Окупанти атакували підстанцію на околиці міста, повідомили в ОВА.", ClaimKind.Strike)]
    [InlineData("The enemy attacked positions near the village 12 times, the brigade said.", ClaimKind.Other)]
    public void Process_AttackOnAFacility_IsAStrike(string text, ClaimKind kind)
    {
        var doc = Docs.Text(text, outlet: "Volga Daily");

        Assert.Equal(kind, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }
}
