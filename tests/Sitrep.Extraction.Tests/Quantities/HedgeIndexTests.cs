using Sitrep.Extraction.Quantities;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Quantities;

/// <summary>
/// The hedges before a number ("about", "more than", "понад", "не менее") are looked up by the word right before the
/// number: the index must give exactly the hedges whose last word is that word as the scanner compares words, in the
/// lexicon's order (longest first), so that a number is hedged as when every hedge was tried.
/// </summary>
public sealed class HedgeIndexTests
{
    [Fact]
    public void HedgesEndingWith_EveryHedgeWordInOtherSpellings_SameAsTryingEveryHedge()
    {
        var lexicon = QuantityLexicon.Default;
        Assert.True(lexicon.Hedges.Count > 10);
        var words = lexicon.Hedges.SelectMany(h => h.Words).Distinct().ToList();
        words.AddRange(["several", "people", "the", "з", "до", "12", "Ponad", "ПОНАД", "more", "MORE", "то", "than's"]);
        var asked = 0;
        foreach (var word in words)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), word.Replace('\'', '\u2019'), word + "s", word[..^1] })
            {
                var expected = Enumerable.Range(0, lexicon.Hedges.Count)
                    .Where(h => lexicon.Hedges[h].Words.Length > 0 && TimeMatcher.SameWord(written, lexicon.Hedges[h].Words[^1]))
                    .ToArray();
                Assert.Equal(expected, lexicon.HedgesEndingWith(written).ToArray());
                asked += expected.Length > 0 ? 1 : 0;
            }
        }

        Assert.True(asked > 50, $"only {asked} spellings named a hedge");
    }

    [Theory]
    [InlineData("Russian forces launched more than 40 drones overnight.", 40, "more than 40")]
    [InlineData("Ворог випустив понад 30 ракет по області.", 30, "понад 30")]
    [InlineData("Противник выпустил не менее 25 беспилотников.", 25, "не менее 25")]
    [InlineData("About 12 people were wounded in the strike.", 12, "About 12")]
    public void Process_HedgedNumber_SpanOpensWithTheHedge(string text, int value, string span)
    {
        var doc = QuantitiesStageTests.Run(text);
        Assert.Contains(doc.Quantities, q => (q.Value ?? q.Low) == value && text[q.Span.Start..q.Span.End].StartsWith(span, StringComparison.Ordinal));
    }
}
