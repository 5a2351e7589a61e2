using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A summary's passive strike ("поражены объекты энергетики", "уражені пункти управління", "нанесён удар") is a strike
/// claim of the channel, like its active form.
/// </summary>
public sealed class PassiveStrikeTests
{
    [Theory]
    [InlineData("Ударными беспилотниками и артиллерией поражены объекты энергетики и пункты временной дислокации в 97 районах.")]
    [InlineData("За сутки нанесён удар по складу горючего в районе аэродрома.")]
    [InlineData("Уничтожена станция радиоэлектронной борьбы.")]
    [InlineData("Ракетними військами уражені пункти управління та склади боєприпасів противника.")]
    public void Process_PassiveStrikeInASummary_IsAStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Ministry of Defence of the Russian Federation");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Strike, claim.Kind);
        Assert.Equal(Stance.Asserts, claim.Stance);
    }
}
