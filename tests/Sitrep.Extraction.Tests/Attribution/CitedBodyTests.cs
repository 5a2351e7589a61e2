using Sitrep.Core.Documents;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "Interfax, citing the regional emergency services, said ...": the body an outlet cites right before the verb speaks,
/// the outlet in the chain; an outlet citing another outlet still only relays.
/// </summary>
public sealed class CitedBodyTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Wire", Published = new DateOnly(2026, 3, 23) }));

    [Theory]
    [InlineData("Interfax, citing the regional emergency services, said a transformer at the substation had burned out.", "Interfax")]
    [InlineData("Інтерфакс-Україна, посилаючись на обласну рятувальну службу, повідомив, що на підстанції згорів трансформатор.", "Interfax")]
    [InlineData("Интерфакс, ссылаясь на региональные экстренные службы, сообщил, что на подстанции сгорел трансформатор.", "Interfax")]
    public void Process_OutletCitingABody_TheBodySpeaks(string text, string outlet)
    {
        var a = Assert.Single(Run(text).Attributions);

        Assert.DoesNotContain(outlet, a.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(a.Via, v => v.Contains(outlet, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Process_OutletCitingAnOutlet_TheOutletsRelay()
    {
        var a = Assert.Single(Run("Reuters, citing TASS, said a transformer at the substation had burned out.").Attributions);

        Assert.Equal("TASS", a.Speaker);
        Assert.Contains("Reuters", a.Via);
    }
}
