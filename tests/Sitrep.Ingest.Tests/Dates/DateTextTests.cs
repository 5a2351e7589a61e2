using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Tests.Dates;

public class DateTextTests
{
    [Theory]
    [InlineData("2025-12-12T00:30:00+02:00", "2025-12-12")]
    [InlineData("2025-12-11T22:30:00Z", "2025-12-11")]
    [InlineData("2025-12-11", "2025-12-11")]
    [InlineData("Thu, 11 Dec 2025 23:50:00 +0200", "2025-12-11")]
    [InlineData("Wed, 10 Dec 2025 08:05:00 GMT", "2025-12-10")]
    [InlineData("11 December 2025", "2025-12-11")]
    [InlineData("December 11, 2025", "2025-12-11")]
    [InlineData("Dec. 11, 2025", "2025-12-11")]
    [InlineData("12.11.2025", "2025-11-12")]
    [InlineData("12/11/2025", "2025-12-11")]
    [InlineData("25/11/2025", "2025-11-25")]
    [InlineData("11 грудня 2025", "2025-12-11")]
    [InlineData("3 листопада 2025, 07:15", "2025-11-03")]
    [InlineData("11 декабря 2025 г.", "2025-12-11")]
    [InlineData("28 февраля 2024", "2024-02-28")]
    public void ParseValue_WrittenDate_KeepsTheDayAsWritten(string value, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DateText.ParseValue(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31.02.2025")]
    [InlineData("2025-13-01")]
    [InlineData("11 Smarch 2025")]
    public void ParseValue_NoValidDate_ReturnsNull(string value)
    {
        Assert.Null(DateText.ParseValue(value));
    }

    [Theory]
    [InlineData("© 2025 Northern Front Post. All rights reserved.", 2025)]
    [InlineData("© 2018–2025 Слобідський вісник", 2025)]
    [InlineData("Copyright 2024 Example Media", 2024)]
    [InlineData("The war began in 2022.", null)]
    public void CopyrightYear_Footer_FindsTheYear(string text, int? expected)
    {
        Assert.Equal(expected, DateText.CopyrightYear(text));
    }
}
