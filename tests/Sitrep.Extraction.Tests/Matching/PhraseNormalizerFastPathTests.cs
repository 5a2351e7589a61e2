using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>The ASCII fast path of the phrase normaliser gives exactly what the general normalisation gives.</summary>
public sealed class PhraseNormalizerFastPathTests
{
    [Theory]
    [InlineData("Kyiv")]
    [InlineData("SHELLING")]
    [InlineData("Ukraine's")]
    [InlineData("U.S.-made")]
    [InlineData("24/7")]
    [InlineData("`quoted`")]
    [InlineData("Ukraine\u2019s")]
    [InlineData("Генштабу")]
    [InlineData("Сирського")]
    [InlineData("Ёлкино")]
    [InlineData("two  words")]
    [InlineData("tab\there")]
    [InlineData("Zaporizhzhia\u00A0region")]
    [InlineData("Bakhmut-Soledar")]
    [InlineData("")]
    public void NormalizeInto_Word_SameAsGeneralNormalisation(string word)
    {
        AssertSame(word, stem: true);
        AssertSame(word, stem: false);
    }

    [Fact]
    public void NormalizeInto_EveryCharacterAloneAndAfterALetter_SameAsGeneralNormalisation()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var one = ((char)c).ToString();
            AssertSame(one, stem: true);
            AssertSame("Ab" + one, stem: true);
            AssertSame("Аб" + one + "ом", stem: true);
        }
    }

    [Fact]
    public void NormalizeInto_RandomMixedText_SameAsGeneralNormalisation()
    {
        const string alphabet = "abcxyzABCXYZ019'`.,-_!~ \t\u00A0\u2019\u02BCабвгоімхёЁЇєАБВОМ\u00E9\u00C9";
        var random = new Random(20261126);
        var chars = new char[12];
        for (var run = 0; run < 20_000; run++)
        {
            var length = random.Next(1, chars.Length + 1);
            for (var i = 0; i < length; i++)
            {
                // mostly plain ASCII letters, as in English text, with the odd character that leaves the fast path
                chars[i] = random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)random.Next(0x21, 0x7F);
            }

            var text = new string(chars, 0, length);
            AssertSame(text, stem: run % 2 == 0);
        }
    }

    private static void AssertSame(string text, bool stem)
    {
        var fast = new char[text.Length + 1];
        var general = new char[text.Length + 1];
        var fastLength = PhraseNormalizer.NormalizeInto(text, fast, stem);
        var generalLength = PhraseNormalizer.NormalizeAny(text, general, stem);
        Assert.True(
            fast.AsSpan(0, fastLength).SequenceEqual(general.AsSpan(0, generalLength)),
            $"'{text}' (stem {stem}): '{new string(fast, 0, fastLength)}' against '{new string(general, 0, generalLength)}'");
    }
}
