using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Evaluation;

/// <summary>
/// The accuracy the project documents is the accuracy it has: <c>sitrep eval</c> over the bundled gold samples, the
/// held-out gold corpus and the UCDP events meets every floor in data/eval/floors.json. A change that makes extraction worse fails here, with the
/// field and the figure in the message.
/// </summary>
public sealed class ShippedFloorsTests
{
    [Fact]
    public async Task Eval_BundledCorporaAndFloors_EveryFloorIsMet()
    {
        var result = await CliRun.InProcessAsync(
            "eval",
            "--gold", Repo.Path("data", "eval", "gold", "samples"),
            "--samples", Repo.Path("samples"),
            "--heldout", Repo.Path("data", "eval", "gold", "heldout"),
            "--ucdp", Repo.Path("data", "eval", "ucdp-ukraine", "UCDP-Ukraine.csv"),
            "--floors", Repo.Path("data", "eval", "floors.json"));

        Assert.True(result.ExitCode == 0, result.Out + result.Err);
        Assert.Contains("== gold:", result.Out, StringComparison.Ordinal);
        Assert.Contains("== heldout:", result.Out, StringComparison.Ordinal);
        Assert.Contains("== ucdp:", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("floor missed", result.Out, StringComparison.Ordinal);
    }
}
