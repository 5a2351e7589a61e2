using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Tests.Text;

public class MetadataLinesTests
{
    [Theory]
    [InlineData("date 2025-12-11", "2025-12-11", false)]
    [InlineData("Published: 11 December 2025", "2025-12-11", false)]
    [InlineData("Published 11 Dec 2025 10:32 GMT", "2025-12-11", false)]
    [InlineData("Updated: December 12, 2025, 6:40 am", "2025-12-12", true)]
    [InlineData("12.11.2025", "2025-11-12", false)]
    [InlineData("11 грудня 2025, 14:20", "2025-12-11", false)]
    [InlineData("Опубліковано: 11 грудня 2025 р.", "2025-12-11", false)]
    [InlineData("Оновлено 12.12.2025 о 09:15", "2025-12-12", true)]
    [InlineData("11 декабря 2025 г.", "2025-12-11", false)]
    [InlineData("Опубликовано 11 декабря 2025 года в 18:30", "2025-12-11", false)]
    public void DateLine_DateWithLabels_IsADateLine(string line, string expected, bool updated)
    {
        Assert.Equal(DateOnly.Parse(expected), MetadataLines.DateLine(line, out var isUpdate));
        Assert.Equal(updated, isUpdate);
    }

    [Theory]
    [InlineData("On 11 December 2025 Russian forces shelled Kherson.")]
    [InlineData("11 грудня 2025 року ворог обстріляв Нікополь.")]
    [InlineData("Published by the regional administration")]
    public void DateLine_SentenceWithDate_IsNotADateLine(string line)
    {
        Assert.Null(MetadataLines.DateLine(line, out _));
    }

    [Theory]
    [InlineData("By Daria Kovalenko", "Daria Kovalenko")]
    [InlineData("By Olena Hrytsenko and Mark Ellison", "Olena Hrytsenko and Mark Ellison")]
    [InlineData("Автор: Ірина Коваль", "Ірина Коваль")]
    [InlineData("By the end of the day shelling stopped", null)]
    public void Author_BylineLine_GivesTheName(string line, string? expected)
    {
        Assert.Equal(expected, MetadataLines.Author(line));
    }

    [Theory]
    [InlineData("Source: Ukrinform", "Ukrinform")]
    [InlineData("Джерело: Укрінформ", "Ukrinform")]
    [InlineData("Источник: Курский вестник", "Курский вестник")]
    [InlineData("THE KYIV INDEPENDENT", "The Kyiv Independent")]
    [InlineData("© 2025 Black Sea Wire. All rights reserved.", "Black Sea Wire")]
    [InlineData("Reuters reported the strike on Tuesday.", null)]
    public void Outlet_LineNamingTheOutlet_GivesIt(string line, string? expected)
    {
        Assert.Equal(expected, MetadataLines.Outlet(line));
    }
}
