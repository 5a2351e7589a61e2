using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A settlement whose name is a masculine adjective (Myronivskyi, Hostryi) is often written in the neuter of the
/// villages around it ("Myronivske", "Gostre"): where nothing else matches, that is the settlement, less surely.
/// </summary>
public sealed class NeuterNameTests
{
    private static Document Run(string text)
    {
        var d = new Document(text, new DocumentMetadata { Published = new DateOnly(2015, 2, 18) });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return d;
    }

    [Theory]
    [InlineData("Houses were damaged by shelling in Myronivske, the regional police said.", "Myronivske", "Myronivskyi")]
    [InlineData("Two mortar rounds landed near Gostre overnight, the local council wrote.", "Gostre", "Hostryi")]
    public void Process_NeuterOfAMasculineName_IsTheSettlementWithLowerConfidence(string text, string surface, string name)
    {
        var place = Run(text).Mention(surface);
        Assert.Equal(name, place.Name);
        Assert.Equal("Donetsk Oblast", place.Admin1);
        Assert.True(place.Confidence <= 0.6, $"confidence {place.Confidence}");
    }

    [Theory]
    [InlineData("Myronivske", "Myronivskyi", true)]
    [InlineData("Myronivskyi", "Myronivske", false)] // a masculine written is a district, not the village
    [InlineData("Myronivske", "Myronivske", false)] // the same gender is Same, not this
    [InlineData("Myronivka", "Myronivskyi", false)]
    public void SameButNeuter_OnlyTheNeuterForAMasculineName(string written, string name, bool expected)
    {
        Assert.Equal(expected, SpellingDistance.SameButNeuter(written, name));
    }
}
