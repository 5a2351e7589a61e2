using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>An attack with kamikaze drones, the hyphenated word included ("дронами-камикадзе"), is a strike, not an attack of kind other.</summary>
public sealed class KamikazeDroneTests
{
    [Theory]
    [InlineData("ВСУ атаковали Суджу дронами-камикадзе, сообщил губернатор Курской области.", "Суджу")]
    [InlineData("Росіяни атакували Суми дронами-камікадзе, повідомили в Сумській ОВА.", "Суми")]
    [InlineData("Russian forces attacked Sumy with kamikaze drones, the regional administration said.", "Sumy")]
    public void Process_AttackWithKamikazeDrones_IsAStrike(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Border Courier");
        Docs.Place(doc, town, 692194, "Sumy");

        Assert.Equal(ClaimKind.Strike, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }
}
