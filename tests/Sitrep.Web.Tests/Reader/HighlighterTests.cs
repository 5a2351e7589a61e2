using Sitrep.Web.Reader;

namespace Sitrep.Web.Tests.Reader;

public sealed class HighlighterTests
{
    [Fact]
    public void Segments_OverlappingSpans_CutAtEveryBoundaryAndCoverTheWholeText()
    {
        Highlight[] spans =
        [
            new(0, 10, HighlightKind.Event, "e"),
            new(4, 8, HighlightKind.Place, "p"),
            new(6, 14, HighlightKind.Claim, "c"),
        ];

        var segments = Highlighter.Segments(20, spans);

        Assert.Equal([(0, 4), (4, 6), (6, 8), (8, 10), (10, 14), (14, 20)], segments.Select(s => (s.Start, s.End)));
        Assert.Equal([1, 2, 3, 2, 1, 0], segments.Select(s => s.Covering.Count));
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(5, 25)]
    [InlineData(7, 7)]
    [InlineData(9, 2)]
    public void Segments_SpanOutsideTheText_IsIgnored(int start, int end)
    {
        var segments = Highlighter.Segments(20, [new(start, end, HighlightKind.Time, "t")]);

        Assert.Equal((0, 20), (segments.Single().Start, segments.Single().End));
        Assert.Empty(segments.Single().Covering);
    }

    [Theory]
    [InlineData("2025-11-12", "2025-11-12", "2025-11-12")]
    [InlineData("2025-11-10", "2025-11-16", "2025-11-10 – 2025-11-16")]
    [InlineData(null, "2021-12-31", "until 2021-12-31")]
    [InlineData(null, null, "unresolved")]
    public void Range_OpenStartOrClosedInterval_ReadsAsTheReaderWouldSay(string? from, string? to, string expected)
    {
        Assert.Equal(expected, Highlighter.Range(from, to));
    }
}
