using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Vehicles or buildings burned are damage a strike did, and a weapon that "влучив у" something hit it: a strike claim,
/// not a statement of kind other.
/// </summary>
public sealed class BurnedEquipmentTests
{
    [Theory]
    [InlineData("Seven trolleybuses were burned in the depot, the city administration said.", null)]
    [InlineData("Result of the night: 3 BMPs and a fuel truck burned.", "3rd Separate Assault Brigade")]
    [InlineData("Two warehouses burnt down after the attack, the regional governor said.", null)]
    public void Process_SomethingBurned_IsAStrike(string text, string? outlet)
    {
        var doc = Docs.Text(text, outlet: outlet);

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Other);
    }

    [Theory]
    [InlineData("Уночі дрон влучив у багатоповерхівку в Харкові, повідомив голова ОВА.")]
    [InlineData("Ракета влучила в склад на околиці Харкова, повідомив голова ОВА.")]
    [InlineData("Два шахеди влучили у підстанцію, повідомив голова ОВА.")]
    public void Process_HitInUkrainian_IsAStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Slobidskyi Krai");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike);
    }
}
