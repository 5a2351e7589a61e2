using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// In a headline (no closing full stop), ";" parts two news items: a statement is the clause of its cue, so "Drones hit
/// Kharkiv substation; Moscow says it struck energy sites" is Moscow's "it struck energy sites" and its claim is not at
/// Kharkiv. A sentence of the body, closed by a full stop, keeps its whole statement.
/// </summary>
public sealed class HeadlineClauseTests
{
    [Theory]
    [InlineData("Drones hit Kharkiv substation; Moscow says it struck energy sites\n\nThe ministry gave no details.", "energy sites", "Kharkiv")]
    [InlineData("Дрони атакували підстанцію в Харкові; Москва заявляє, що вразила енергооб'єкти\n\nМіністерство не навело подробиць.", "енергооб'єкти", "Харкові")]
    [InlineData("Дроны атаковали подстанцию в Харькове; Москва заявляет, что поразила энергообъекты\n\nМинистерство не привело подробностей.", "энергообъекты", "Харькове")]
    public void Process_HeadlineWithTwoItems_TheStatementIsItsCuesClause(string text, string said, string otherItem)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var statement = Assert.Single(doc.Attributions);
        var words = doc.Text.Substring(statement.Span.Start, statement.Span.Length);
        Assert.Contains(said, words);
        Assert.DoesNotContain(otherItem, words);
        Assert.Equal("Government of Russia", statement.Speaker);
    }

    [Fact]
    public void Process_HeadlineStatementFirst_EndsAtTheSemicolon()
    {
        var doc = Docs.Attributed("Kyiv says its troops hold the town; drones hit Odesa port\n\nThe ministry gave no details.", outlet: "Test Wire");

        var statement = Assert.Single(doc.Attributions);
        Assert.DoesNotContain("Odesa", doc.Text.Substring(statement.Span.Start, statement.Span.Length));
    }

    [Fact]
    public void Process_BodySentenceWithAFullStop_KeepsItsWholeStatement()
    {
        // twin: the same clauses closed by a full stop are a sentence of the body, not two news items
        var doc = Docs.Attributed("Kyiv says its troops hold the town; drones hit Odesa port.", outlet: "Test Wire");

        var statement = Assert.Single(doc.Attributions);
        Assert.Contains("Odesa", doc.Text.Substring(statement.Span.Start, statement.Span.Length));
    }
}
