using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>
/// A word set answers for a token of a text by the word's number, looked up once per text and token; the answers
/// must be those of the plain case-insensitive set, for any text, any order of questions and sets made later.
/// </summary>
public sealed class WordSetTests
{
    private static readonly string[] Vocabulary =
    [
        "shelled", "Shelled", "SHELLED", "debris", "уламки", "Уламки", "УЛАМКИ", "обломки", "впали", "fell", "the", "a", "Kharkiv",
        "ї", "Ї", "ґрунт", "Ґрунт", "п'ять", "п\u2019ять", "straße", "STRASSE", "\u212Aelvin", "kelvin", "i", "I", "ı", "İ", "ё", "Ё", "ε", "Σ", "σ", "ς",
    ];

    [Fact]
    public void Contains_TokensOfRandomTexts_SameAsThePlainSet()
    {
        var random = new Random(20261127);
        var sets = new List<(WordSet Set, HashSet<string> Plain)>();
        for (var n = 0; n < 200; n++)
        {
            if (sets.Count < 40 && n % 5 == 0)
            {
                // sets are made between texts too: a word new to every set must not be answered from before
                var words = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)] + (random.Next(4) == 0 ? "x" + n : "")).ToList();
                sets.Add((new WordSet(words), new HashSet<string>(words, StringComparer.OrdinalIgnoreCase)));
            }

            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)] + (random.Next(8) == 0 ? "x" + random.Next(n + 1) : "")));
            var document = new Document(text, new DocumentMetadata());
            new TextStage().Process(document, CancellationToken.None);
            for (var q = 0; q < 100 && document.Tokens.Count > 0; q++)
            {
                var token = document.Tokens[random.Next(document.Tokens.Count)];
                var (set, plain) = sets[random.Next(sets.Count)];
                Assert.Equal(plain.Contains(token.Text(text).ToString()), set.Contains(text, token));
                Assert.Equal(plain.Contains(token.Text(text).ToString()), set.Contains(token.Text(text)));
            }

            // a short string asked about between questions on the document (as names are)
            var other = Vocabulary[random.Next(Vocabulary.Length)];
            var (s2, p2) = sets[random.Next(sets.Count)];
            Assert.Equal(p2.Contains(other), s2.Contains(other, new Token(new TextSpan(0, other.Length), TokenKind.Word, 0)));
        }
    }

    [Theory]
    [InlineData("\u1C80ода", true)] // an old form of в: equal to "вода" ignoring case, outside the fold's alphabet
    [InlineData("ВОДА", true)]
    [InlineData("вата", false)]
    [InlineData("гора", false)]
    [InlineData("вод", false)]
    [InlineData("\u1C80", false)]
    public void Contains_WordsOfTheFoldsAlphabet_TokensOfAnyLetterAsThePlainSet(string text, bool expected)
    {
        // the set tells most tokens apart by length and first letter before looking them up
        var set = new WordSet(["вода", "дах", "water"]);
        var document = new Document(text, new DocumentMetadata());
        new TextStage().Process(document, CancellationToken.None);
        Assert.Equal(expected, string.Equals(text, "вода", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, set.Contains(text, document.Tokens[0]));
    }

    [Theory]
    [InlineData("Уламки впали на дах", 0, true)]
    [InlineData("Debris fell on a roof", 0, true)]
    [InlineData("Drones fell silent", 0, false)]
    public void Contains_FirstToken_IgnoresCase(string text, int token, bool expected)
    {
        var set = new WordSet(["debris", "уламки"]);
        var document = new Document(text, new DocumentMetadata());
        new TextStage().Process(document, CancellationToken.None);
        Assert.Equal(expected, set.Contains(text, document.Tokens[token]));
    }

    [Fact]
    public void WordTable_TokensOfRandomTexts_SameAsTheDictionary()
    {
        var random = new Random(20261128);
        for (var n = 0; n < 100; n++)
        {
            var entries = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var k = random.Next(1, 8); k > 0; k--)
            {
                entries[Vocabulary[random.Next(Vocabulary.Length)] + (random.Next(3) == 0 ? "y" + n : "")] = random.Next(1000);
            }

            var table = new WordTable<int>(entries);
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)] + (random.Next(6) == 0 ? "y" + random.Next(n + 1) : "")));
            var document = new Document(text, new DocumentMetadata());
            new TextStage().Process(document, CancellationToken.None);
            foreach (var token in document.Tokens)
            {
                var expected = entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token.Text(text), out var value);
                Assert.Equal(expected, table.TryGetValue(text, token, out var got));
                Assert.Equal(value, got);
            }
        }
    }

    [Fact]
    public void WordTable_OrdinalTable_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new WordTable<int>(new Dictionary<string, int>(StringComparer.Ordinal)));

    [Theory]
    [InlineData("Debris fell on a roof in Kharkiv", 0, 7, true)] // the whole sentence
    [InlineData("Debris fell on a roof in Kharkiv", 1, 7, false)] // the range starts after "Debris"
    [InlineData("A roof was hit by debris", 0, 5, false)] // the range ends before "debris"
    [InlineData("A roof was hit by debris", 5, 6, true)] // the last token alone
    [InlineData("Уламки впали на дах", 2, 2, false)] // an empty range
    public void AnyIn_TokenRange_OnlyTheTokensInside(string text, int from, int to, bool expected)
    {
        var set = new WordSet(["debris", "уламки"]);
        var document = new Document(text, new DocumentMetadata());
        new TextStage().Process(document, CancellationToken.None);

        Assert.Equal(expected, set.AnyIn(text, document.Tokens, from, to));
    }
}
