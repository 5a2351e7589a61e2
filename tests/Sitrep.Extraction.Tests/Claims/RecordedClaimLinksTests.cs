using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A claim recorded beside a denial ("denied a Russian Defence Ministry claim that Russian troops had captured ...") or
/// beside a relative denial ("..., which Ukrainian commanders also denied") has a list of contradicted claims of its own:
/// no claim lists itself, and a claim that contradicts nothing lists nothing.
/// </summary>
public sealed class RecordedClaimLinksTests
{
    private static readonly DateOnly Published = new(2026, 5, 20);

    [Theory]
    [InlineData("Ukraine's Southern Defence Forces denied a Russian Defence Ministry claim that Russian troops had captured Rivnopillia.")]
    [InlineData("Сили оборони півдня спростували заяви російських пропагандистів про те, що російські війська захопили Рівнопілля.")]
    [InlineData("Силы обороны юга опровергли заявления российских пропагандистов о том, что российские войска захватили Ровнополье.")]
    public void Process_RecordedClaim_NoClaimListsItself(string text)
    {
        var claims = Docs.ClaimsOf(Docs.Text(text, outlet: "Test Outlet", published: Published));

        Assert.Contains(claims, c => c.Stance == Stance.Asserts && c.Side == "RU");
        Assert.All(claims, c => Assert.DoesNotContain(c.Id, c.Contradicts));
    }

    [Theory]
    [InlineData("Ukraine's Southern Defence Forces denied that Russian troops had captured Rivnopillia.")]
    [InlineData("Сили оборони півдня спростували, що російські війська захопили Рівнопілля.")]
    [InlineData("Силы обороны юга опровергли, что российские войска захватили Ровнополье.")]
    public void Process_DenialAlone_LinksNothing(string text)
    {
        // twin: a denial naming no source records no other claim, and one claim contradicts nothing
        var claims = Docs.ClaimsOf(Docs.Text(text, outlet: "Test Outlet", published: Published));

        var denial = Assert.Single(claims, c => c.Kind == ClaimKind.Capture);
        Assert.Equal(Stance.Denies, denial.Stance);
        Assert.Empty(denial.Contradicts);
    }
}
