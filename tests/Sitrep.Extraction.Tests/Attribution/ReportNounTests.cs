using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A reporting word in -s before "are"/"were" is a noun ("Both claims are unconfirmed"), no one speaking; the same word
/// as a verb still reports.
/// </summary>
public sealed class ReportNounTests
{
    [Theory]
    [InlineData("Moscow said it had taken the village; Kyiv said its troops held it. Both claims are unconfirmed.")]
    [InlineData("The ministry said 40 drones were shot down. Earlier estimates were revised down twice.")]
    [InlineData("Ukraine's Air Force said the bridge was hit. Similar reports were later withdrawn.")]
    public void Process_ReportingNounBeforeAreOrWere_IsNoSpeaker(string text)
    {
        var doc = Docs.Attributed(text);

        var last = text.LastIndexOf(". ", StringComparison.Ordinal);
        Assert.NotEmpty(doc.Attributions);
        Assert.DoesNotContain(doc.Attributions, a => a.Span.End > last + 1);
    }

    [Theory]
    [InlineData("The governor claims air defences were active all night.", "governor")]
    [InlineData("The brigade reports enemy assaults were repelled near Siversk.", "brigade")]
    public void Process_ReportingVerbBeforeItsClause_StillReports(string text, string speakerWord)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Contains(speakerWord, statement.Speaker, StringComparison.OrdinalIgnoreCase);
    }
}
