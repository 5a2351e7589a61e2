using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A statement with no place of its own that names again a facility struck before ("a transformer at the substation had
/// burned out", "на підстанції згорів трансформатор") is at the settlement of the sentence that named the facility.
/// A facility named anew ("a substation") takes no place from it.
/// </summary>
public sealed class FacilityNamedAgainTests
{
    [Theory]
    [InlineData("Ukrainian drones hit an electrical substation near Shebekino, the governor said.\n\nInterfax, citing the regional emergency services, said a transformer at the substation had burned out.", "Shebekino", "transformer")]
    [InlineData("Українські дрони атакували підстанцію біля Шебекіного, повідомив губернатор.\n\nІнтерфакс, посилаючись на регіональні екстрені служби, повідомив, що на підстанції пошкоджено трансформатор.", "Шебекіного", "трансформатор")]
    [InlineData("Украинские беспилотники атаковали подстанцию у Шебекино, сообщил губернатор.\n\nИнтерфакс со ссылкой на региональные экстренные службы сообщил, что на подстанции повреждён трансформатор.", "Шебекино", "трансформатор")]
    public void Process_FacilityNamedAgain_TheSettlementWhereItWasNamed(string text, string town, string words)
    {
        var doc = Docs.Text(text, outlet: "Test Wire");
        Docs.Place(doc, town, 495112, "Shebekino", country: "RU");

        var claims = Docs.ClaimsOf(doc);

        var again = Assert.Single(claims, c => doc.Text.Substring(c.Span.Start, c.Span.Length).Contains(words));
        Assert.Equal("Shebekino", again.Place?.Name);
    }

    [Fact]
    public void Process_FacilityNamedAnew_NoPlaceFromTheEarlierOne()
    {
        // twin: "a substation" is another one
        var doc = Docs.Text("Ukrainian drones hit an electrical substation near Shebekino, the governor said.\n\nInterfax, citing the regional emergency services, said a transformer at a substation had burned out.", outlet: "Test Wire");
        Docs.Place(doc, "Shebekino", 495112, "Shebekino", country: "RU");

        var claims = Docs.ClaimsOf(doc);

        var other = Assert.Single(claims, c => doc.Text.Substring(c.Span.Start, c.Span.Length).Contains("transformer"));
        Assert.NotEqual("Shebekino", other.Place?.Name);
    }
}
