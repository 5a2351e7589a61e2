using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>
/// The thread's vocabulary of token forms answers what normalising, hashing and looking the word up directly gives,
/// in both stemming modes and in any order, also after it has filled up and started again.
/// </summary>
public sealed class TokenVocabularyTests
{
    private static readonly string[] Words =
    [
        "Shelling", "shelling", "SHELLING", "Kramatorsk", "Kramatorsk's", "U.S.", "said", "Said", "", "'",
        "Генштабу", "генштаб", "Сирського", "обстріляли", "ВСУ", "ёлки", "Ёлки", "Ukraine\u2019s", "`quoted`",
        "Прокудін", "заявив", "заяв", "Херсон", "Херсоні", "drone", "drones", "Нью-Йорк", "25", "км²",
        "abcа", "Kyivа", "a\u00A0b", "\u2014", "№", new string('x', TokenVocabulary.MaxLength),
    ];

    [Fact]
    public void Form_BothModesAnyOrder_SameAsNormalisingAlone()
    {
        var vocabulary = TokenVocabulary.Current;
        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < Words.Length; i++)
            {
                var stemFirst = pass == 0 || (pass == 2 && i % 2 == 0);
                foreach (var stem in stemFirst ? new[] { true, false } : [false, true])
                {
                    AssertForm(vocabulary, Words[i], stem);
                }

                Assert.Equal(LexiconWords.Find(Words[i]), vocabulary.LexiconId(Words[i]));
            }
        }
    }

    [Fact]
    public void Form_MoreWordsThanItKeeps_StillTheSameAnswers()
    {
        var vocabulary = TokenVocabulary.Current;
        for (var n = 0; n < TokenVocabulary.Capacity + 100; n++)
        {
            var word = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"слово{n}");
            vocabulary.Form(word, n % 2 == 0, out _, out _);
            Assert.InRange(vocabulary.Count, 1, TokenVocabulary.Capacity);
        }

        foreach (var word in Words)
        {
            AssertForm(vocabulary, word, stem: true);
            AssertForm(vocabulary, word, stem: false);
            Assert.Equal(LexiconWords.Find(word), vocabulary.LexiconId(word));
        }
    }

    [Fact]
    public void LexiconIdOf_LongerTokenThanItKeeps_LooksTheWordUpDirectly()
    {
        var word = new string('y', TokenVocabulary.MaxLength + 5);
        Assert.Equal(LexiconWords.Find(word), TokenVocabulary.LexiconIdOf(word));
        Assert.Equal(LexiconWords.Find("Said"), TokenVocabulary.LexiconIdOf("Said"));
    }

    private static void AssertForm(TokenVocabulary vocabulary, string word, bool stem)
    {
        var form = vocabulary.Form(word, stem, out var hash, out var firstOf).ToString();
        var alone = new char[word.Length + 1];
        var length = PhraseNormalizer.NormalizeInto(word, alone, stem);
        Assert.Equal(new string(alone, 0, length), form);
        Assert.Equal(SpanTable.Hash(alone.AsSpan(0, length)), hash);
        Assert.Equal(FirstWords.MaskOf(alone.AsSpan(0, length)), firstOf);
    }
}
