using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "Russian-installed officials in Enerhodar said": the town after "in" is where the speaker sits, not the speaker; a
/// statement that names no place of its own is at that town. A capitalised body name with no speaker noun before "in"
/// is unchanged.
/// </summary>
public sealed class SpeakerSeatTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Wire", Published = new DateOnly(2026, 3, 25) }));

    [Theory]
    [InlineData("Russian-installed officials in Enerhodar said on Tuesday that Ukrainian drones had hit a bus station, wounding one man.", "officials")]
    [InlineData("Окупаційна влада в Енергодарі заявила, що українські дрони влучили в автостанцію.", "влада")]
    [InlineData("Оккупационные власти в Энергодаре заявили, что украинские беспилотники атаковали автостанцию.", "власти")]
    public void Process_OfficialsInATown_SpeakAtTheirTown(string text, string head)
    {
        var doc = Run(text);

        var a = Assert.Single(doc.Attributions);
        Assert.Contains(head, a.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Enerhodar", a.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Енергодар", a.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Энергодар", a.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("RU", a.Side);
        Assert.Contains(doc.Claims, c => c.Kind == ClaimKind.Strike && c.Place?.GeonameId == 709276);
    }

    [Fact]
    public void Process_TheTownAfterOfficialsInATown_IsTheirTown()
    {
        var doc = Run("Nikopol was shelled again on Monday, the regional administration said. Nikopol's residents board up their windows.\n\nRussian-installed officials in Enerhodar said on Tuesday that Ukrainian drones had hit a bus station in the town.");

        Assert.Contains(doc.Claims, c => c.Kind == ClaimKind.Strike && c.Place?.GeonameId == 709276);
    }

    [Fact]
    public void Process_StatementNamingItsOwnPlace_KeepsIt()
    {
        var doc = Run("Russian-installed officials in Enerhodar said on Tuesday that Ukrainian drones had hit a bus station in Vasylivka.");

        Assert.Contains(doc.Claims, c => c.Kind == ClaimKind.Strike && c.Place?.GeonameId == 686729);
    }
}
