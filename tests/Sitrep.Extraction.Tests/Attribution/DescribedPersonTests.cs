using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// '"...," the 67-year-old said', '"...," the pensioner said': an age or a word describing a person after "the" is the
/// person the paragraph named; with no one named in the paragraph it is nobody named.
/// </summary>
public sealed class DescribedPersonTests
{
    [Theory]
    [InlineData("Nadiya Kovalenko was boiling water when the windows blew in. \"I heard a whistle and then dust,\" the 67-year-old said.", "Nadiya Kovalenko")]
    [InlineData("Mykola Dudnyk, 71, still waters his tomatoes every evening. \"I will not leave them now,\" the pensioner said.", "Mykola Dudnyk")]
    [InlineData("Oksana Moroz runs a grocery near the market. Her shop lost its windows twice. \"We board them up and open again,\" the 44-year-old said.", "Oksana Moroz")]
    public void Process_DescribedPerson_IsThePersonNamedInTheParagraph(string text, string person)
    {
        var doc = Docs.Attributed(text, outlet: "Test Courier");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(person, statement.Speaker);
    }

    [Fact]
    public void Process_SurnameTheGazetteerKnowsAsAPlace_IsStillThePerson()
    {
        var doc = Docs.Text("Nadiya Kovalenko was boiling water when the windows blew in. \"I heard a whistle and then dust,\" the 67-year-old said.", outlet: "Test Courier");
        Docs.Place(doc, "Kovalenko", 700001, "Kovalenko");

        Docs.Through(doc, new Sitrep.Extraction.Attribution.AttributionStage());
        Assert.Equal("Nadiya Kovalenko", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_TwoWordPlace_IsNoPerson()
    {
        var doc = Docs.Text("Shelling hit Velyka Novosilka overnight. \"I heard a whistle and then dust,\" the pensioner said.", outlet: "Test Courier");
        Docs.Place(doc, "Velyka Novosilka", 700002, "Velyka Novosilka");

        Docs.Through(doc, new Sitrep.Extraction.Attribution.AttributionStage());
        Assert.DoesNotContain(doc.Attributions, a => a.Speaker == "Velyka Novosilka");
    }

    [Theory]
    [InlineData("Russian aircraft dropped two bombs on the district. \"I heard a whistle and then dust,\" the 67-year-old said.")]
    [InlineData("Nadiya Kovalenko lives on the fifth floor.\n\n\"I heard a whistle and then dust,\" the 67-year-old said.")]
    [InlineData("Nadiya Kovalenko was boiling water when the windows blew in. \"I heard a whistle and then dust,\" a 67-year-old neighbour said.")]
    public void Process_DescribedPersonWithNoNameInTheParagraph_IsNotTheNamedOne(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Test Courier");

        Assert.DoesNotContain(doc.Attributions, a => a.Speaker is "Nadiya Kovalenko" or "Russian aircraft");
    }
}
