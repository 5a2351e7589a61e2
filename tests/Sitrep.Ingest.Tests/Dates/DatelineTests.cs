using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Tests.Dates;

public class DatelineTests
{
    [Theory]
    [InlineData("KYIV, Dec 11 (Reuters) - Russia fired missiles.", 12, 11, null, "KYIV", "Reuters")]
    [InlineData("KYIV, December 11 - Officials said.", 12, 11, null, "KYIV", null)]
    [InlineData("ZAPORIZHZHIA, Ukraine, Dec. 9, 2025 (AP) — A strike hit.", 12, 9, 2025, "ZAPORIZHZHIA", "AP")]
    [InlineData("Kharkiv, Nov 3 (Black Sea Wire) - Shelling.", 11, 3, null, "Kharkiv", "Black Sea Wire")]
    [InlineData("КИЇВ, 11 грудня – Сили ППО збили ракети.", 12, 11, null, "КИЇВ", null)]
    [InlineData("МОСКВА, 11 декабря /ТАСС/ - Минобороны заявило.", 12, 11, null, "МОСКВА", "ТАСС")]
    public void Match_WireDateline_ReadsPlaceMonthDayAndAgency(string paragraph, int month, int day, int? year, string place, string? agency)
    {
        var d = Dateline.Match(paragraph);
        Assert.NotNull(d);
        Assert.Equal((month, day, year, place, agency), (d.Month, d.Day, d.Year, d.Place, d.Agency));
    }

    [Theory]
    [InlineData("Kyiv, Dec 11 - lower-case place without an agency is a sentence, not a dateline.")]
    [InlineData("Russian forces shelled Kherson on Dec 11 - officials said.")]
    [InlineData("KYIV - No date in this one.")]
    [InlineData("KYIV, Smarch 11 - Not a month.")]
    public void Match_NotADateline_ReturnsNull(string paragraph)
    {
        Assert.Null(Dateline.Match(paragraph));
    }

    [Fact]
    public void Resolve_NoYearAnywhere_LeavesTheDateUnset()
    {
        var d = Dateline.Match("ODESA, Dec 10 - Drones.")!;
        Assert.Null(d.Resolve(null));
        Assert.Equal(new DateOnly(2025, 12, 10), d.Resolve(2025));
    }

    [Theory]
    [InlineData("KYIV, Dec 31 (Reuters) - Drones.", "2026-01-01", "2025-12-31")]
    [InlineData("KYIV, Jan 1 (Reuters) - Drones.", "2025-12-31", "2026-01-01")]
    [InlineData("KYIV, Dec 11 (Reuters) - Drones.", "2025-12-12", "2025-12-11")]
    [InlineData("KYIV, Dec 11, 2024 (Reuters) - Drones.", "2025-12-12", "2024-12-11")]
    public void ResolveNear_NoYear_TakesTheYearClosestToTheOtherDate(string paragraph, string near, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Dateline.Match(paragraph)!.ResolveNear(DateOnly.Parse(near)));
    }
}
