using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "Drones struck Orikhiv overnight ... According to him, two men were wounded": casualties told with no place of their
/// own, in one of the two sentences after a strike on a named town, are that strike's victims and take its place,
/// whoever reports them. A report that nobody was hurt keeps no place (docs/claims.md), and so do losses named as the
/// other side's ("The enemy lost up to 60 servicemen" after a grouping's strikes).
/// </summary>
public sealed class CasualtiesOfStrikeBeforeTests
{
    private const long Orikhiv = 698428;

    [Theory]
    [InlineData("Russian drones struck Orikhiv overnight, said Oleh Koval, head of the district administration. According to Koval, two men were wounded.")]
    [InlineData("Уночі російські дрони атакували Оріхів, повідомив начальник районної військової адміністрації Олег Коваль. За словами Коваля, поранено двох чоловіків.")]
    [InlineData("Ночью российские дроны атаковали Орехов, сообщил глава районной администрации Олег Коваль. По словам Коваля, ранены двое мужчин.")]
    public void Process_WoundedAfterAStrikeOnATown_TakeTheTown(string text)
    {
        var claims = Docs.Processed(text, "2026-04-11", outlet: "Dnipro Herald").Claims;

        Assert.Equal(Orikhiv, Assert.Single(claims, c => c.Kind == ClaimKind.Strike).Place?.GeonameId);
        var casualties = Assert.Single(claims, c => c.Kind == ClaimKind.Casualties);
        Assert.Equal(Stance.Asserts, casualties.Stance);
        Assert.Equal(Orikhiv, casualties.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Russian drones struck Orikhiv overnight, said Oleh Koval, head of the district administration. According to Koval, nobody was hurt.")]
    [InlineData("Уночі російські дрони атакували Оріхів, повідомив начальник районної військової адміністрації Олег Коваль. За словами Коваля, постраждалих немає.")]
    [InlineData("Ночью российские дроны атаковали Орехов, сообщил глава районной администрации Олег Коваль. По словам Коваля, пострадавших нет.")]
    public void Process_NobodyHurtAfterAStrike_KeepsNoPlace(string text)
    {
        // twin: a denial of casualties keeps no time or place it does not name
        var claims = Docs.Processed(text, "2026-04-11", outlet: "Dnipro Herald").Claims;

        Assert.Equal(Orikhiv, Assert.Single(claims, c => c.Kind == ClaimKind.Strike).Place?.GeonameId);
        var casualties = Assert.Single(claims, c => c.Kind == ClaimKind.Casualties);
        Assert.Equal(Stance.Denies, casualties.Stance);
        Assert.Null(casualties.Place);
    }

    [Fact]
    public void Process_EnemyLossesAfterOwnStrikes_KeepNoPlace()
    {
        // twin: the other side's losses after a grouping's strikes are a summary's total, not the strike's victims
        var claims = Docs.Processed(
            "Units of the Dnepr group of forces struck Ukrainian formations near Orikhiv, the Russian Defence Ministry said. The enemy lost up to 60 servicemen, it said.",
            "2026-04-11", outlet: "Dnipro Herald").Claims;

        Assert.Equal(Orikhiv, Assert.Single(claims, c => c.Kind == ClaimKind.Strike).Place?.GeonameId);
        Assert.Null(Assert.Single(claims, c => c.Kind == ClaimKind.Casualties).Place);
    }
}
