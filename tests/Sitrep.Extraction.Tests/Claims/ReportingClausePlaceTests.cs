using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A place in the reporting clause, between the speaker and "that"/"що"/"что" ("told a briefing in Geneva that"), is where
/// the speaker spoke, not where the statement's happening was. A place after "that" is the statement's.
/// </summary>
public sealed class ReportingClausePlaceTests
{
    [Theory]
    [InlineData("The mission's head, Ingrid Solberg, told a briefing in Geneva that a drone had hit an ambulance in Kherson.", "Geneva", "Kherson")]
    [InlineData("Голова місії Інгрід Сольберг заявила на брифінгу в Женеві, що дрон атакував автомобіль швидкої в Херсоні.", "Женеві", "Херсоні")]
    [InlineData("Глава миссии Ингрид Сольберг заявила на брифинге в Женеве, что дрон атаковал машину скорой помощи в Херсоне.", "Женеве", "Херсоне")]
    public void Process_PlaceInTheReportingClause_NotTheStatementsPlace(string text, string seat, string town)
    {
        var doc = Docs.Text(text, outlet: "Test Wire");
        Docs.Place(doc, seat, 2660646, "Geneva", country: "CH");
        Docs.Place(doc, town, 706448, "Kherson");

        var claims = Docs.ClaimsOf(doc);

        var strike = Assert.Single(claims, c => c.Kind == ClaimKind.Strike);
        Assert.Equal("Kherson", strike.Place?.Name);
    }

    [Fact]
    public void Process_PlaceAfterThat_StaysTheStatementsPlace()
    {
        // twin: the only place follows "that"
        var doc = Docs.Text("The mission's head, Ingrid Solberg, told a briefing that a drone had hit an ambulance in Geneva.", outlet: "Test Wire");
        Docs.Place(doc, "Geneva", 2660646, "Geneva", country: "CH");

        var claims = Docs.ClaimsOf(doc);

        Assert.Equal("Geneva", Assert.Single(claims, c => c.Kind == ClaimKind.Strike).Place?.Name);
    }
}
