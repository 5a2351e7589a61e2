using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>
/// Lexicon words are found through a table of upper-cased words; that must answer what the ordinal ignore-case
/// comparison the word sets use answers, for every character the folding accepts.
/// </summary>
public sealed class LexiconWordsTests
{
    private static IEnumerable<char> Alphabet()
    {
        for (var c = '\0'; c < '\u0080'; c++)
        {
            yield return c;
        }

        for (var c = '\u0400'; c < '\u0500'; c++)
        {
            yield return c;
        }

        for (var c = '\u0080'; c < '\uD800'; c++)
        {
            if (LexiconWords.IsCaseless(c))
            {
                yield return c;
            }
        }
    }

    [Fact]
    public void TryFold_EveryPairOfItsAlphabet_EqualExactlyWhenOrdinalIgnoreCaseIs()
    {
        var alphabet = Alphabet().ToArray();
        Span<char> a = stackalloc char[1];
        Span<char> b = stackalloc char[1];
        foreach (var c in alphabet)
        {
            Assert.True(LexiconWords.TryFold([c], a, out _));
            foreach (var d in alphabet)
            {
                Assert.True(LexiconWords.TryFold([d], b, out _));
                Assert.True(string.Equals(c.ToString(), d.ToString(), StringComparison.OrdinalIgnoreCase) == (a[0] == b[0]), $"U+{(int)c:X4} U+{(int)d:X4}");
            }
        }
    }

    [Fact]
    public void TryFold_OneCharacter_AsTheWordOfIt()
    {
        Span<char> into = stackalloc char[1];
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var whole = LexiconWords.TryFold([(char)c], into, out _);
            Assert.Equal(whole, LexiconWords.TryFold((char)c, out var folded));
            if (whole)
            {
                Assert.Equal(into[0], folded);
            }
        }
    }

    [Fact]
    public void IsCaseless_NoOtherCharacter_EqualsItIgnoringCase()
    {
        foreach (var c in Alphabet().Where(LexiconWords.IsCaseless))
        {
            for (var d = 0; d <= 0xFFFF; d++)
            {
                if (d != c && d is not (>= 0xD800 and <= 0xDFFF))
                {
                    Assert.False(string.Equals(c.ToString(), ((char)d).ToString(), StringComparison.OrdinalIgnoreCase), $"U+{(int)c:X4} U+{d:X4}");
                }
            }
        }
    }

    [Theory]
    [InlineData("\u0131")] // dotless i: outside the alphabet, looked up the plain way
    [InlineData("\u1C80")] // rounded ve, an old form of в
    [InlineData("\u212A")] // Kelvin sign
    [InlineData("Stra\u00DFe")]
    public void TryFold_OtherLetters_AreLeftToThePlainLookup(string word) =>
        Assert.False(LexiconWords.TryFold(word, stackalloc char[16], out _));

    [Fact]
    public void Find_RandomWords_SameAsThePlainLookup()
    {
        string[] parts = ["shell", "SHELL", "ed", "уламк", "УЛАМК", "и", "ів", "п\u2019ят", "ґ", "Ґ", "ї", "Ї", "ё", "Ё", "\u0131", "\u1C80", "в", "В", "-", "'", "s"];
        var random = new Random(20261129);
        var words = new List<string>();
        for (var n = 0; n < 3000; n++)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => parts[random.Next(parts.Length)]));
            if (n % 3 == 0)
            {
                LexiconWords.Add(word);
            }

            words.Add(word);
        }

        foreach (var word in words)
        {
            Assert.Equal(LexiconWords.FindPlain(word), LexiconWords.Find(word));
        }
    }

    [Fact]
    public void Find_WordsAddedInBurstsBetweenLookups_EachFoundWithItsNumber()
    {
        // the lexicons are built stage by stage while documents are read: every snapshot extends the one before
        var added = new List<(string Word, int Id)>();
        for (var burst = 0; burst < 12; burst++)
        {
            for (var n = 0; n < 40; n++)
            {
                var word = n % 5 == 0 ? $"Straße{burst}x{n}" : $"слово{burst}burst{n}";
                added.Add((word, LexiconWords.Add(word)));
            }

            foreach (var (word, id) in added)
            {
                Assert.Equal(id, LexiconWords.Find(word));
                Assert.Equal(id, LexiconWords.Find(word.ToUpperInvariant()));
            }

            Assert.Equal(-1, LexiconWords.Find($"слово{burst}never"));
        }
    }
}
