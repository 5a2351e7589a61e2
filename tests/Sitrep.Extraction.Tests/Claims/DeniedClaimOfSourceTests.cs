using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A denial of a claim noun whose source stands between the noun and the claim's "про"/"о"/"of" ("спростував заяву
/// Міністерства оборони Росії про захоплення ...", "опроверг заявление Министерства обороны России о захвате ...",
/// "rejected the Russian Defence Ministry's claim of the capture of ...") records that source's claim too, asserted with
/// the source's side (a claim of its own, which never lists itself as contradicted). With no source named, only the
/// denial.
/// </summary>
public sealed class DeniedClaimOfSourceTests
{
    private static readonly DateOnly Published = new(2026, 5, 20);

    [Theory]
    [InlineData("Речник Угруповання об'єднаних сил Олег Гуменюк спростував заяву Міністерства оборони Росії про захоплення Борової.")]
    [InlineData("Представитель Группировки объединённых сил Олег Гуменюк опроверг заявление Министерства обороны России о захвате Боровой.")]
    [InlineData("Joint Forces Grouping spokesman Oleh Humeniuk rejected the Russian Defence Ministry's claim of the capture of Borova.")]
    public void Process_SourceBetweenClaimNounAndClaim_RecordsItsClaim(string text)
    {
        var claims = Docs.ClaimsOf(Docs.Text(text, outlet: "Test Outlet", published: Published));

        Assert.Contains(claims, c => c.Kind == ClaimKind.Capture && c.Stance == Stance.Denies && c.Side == "UA");
        var source = Assert.Single(claims, c => c.Kind == ClaimKind.Capture && c.Stance == Stance.Asserts);
        Assert.Equal("RU", source.Side);
        var denial = claims.Single(c => c.Stance == Stance.Denies);
        Assert.Equal(denial.Place?.GeonameId, source.Place?.GeonameId);
        // the recorded claim is a claim of its own: it never lists itself among the claims it contradicts
        Assert.DoesNotContain(source.Id, source.Contradicts);
        Assert.DoesNotContain(denial.Id, denial.Contradicts);
    }

    [Theory]
    [InlineData("Речник Угруповання об'єднаних сил Олег Гуменюк спростував заяву про захоплення Борової.")]
    [InlineData("Представитель Группировки объединённых сил Олег Гуменюк опроверг заявление о захвате Боровой.")]
    [InlineData("Joint Forces Grouping spokesman Oleh Humeniuk rejected the claim of the capture of Borova.")]
    public void Process_NoSourceNamed_OnlyTheDenial(string text)
    {
        // twin: the claim noun names nobody, so no one else's claim is recorded
        var claims = Docs.ClaimsOf(Docs.Text(text, outlet: "Test Outlet", published: Published));

        Assert.Contains(claims, c => c.Kind == ClaimKind.Capture && c.Stance == Stance.Denies);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Capture && c.Stance == Stance.Asserts);
    }
}
