using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>
/// A phrase index looks a window of tokens up only when some key starting with its first word has the window's
/// length, and stops widening it past the longest such key. Its matches must be those of looking every window up.
/// </summary>
public sealed class PhraseIndexLengthTests
{
    private static readonly string[] Words =
    [
        "drone", "Drone", "strike", "strikes", "on", "the", "of", "Kharkiv", "region", "armed", "forces", "Ukraine's", "Ukraine\u2019s",
        "Генштаб", "Генштабу", "ЗСУ", "Сили", "оборони", "Силами", "п'ять", "п\u2019ять", "обстріл", "обстрілу", "-", ",", "up", "to", "12",
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FindAll_RandomPhrasesAndTexts_SameAsLookingEveryWindowUp(bool stem)
    {
        var random = new Random(stem ? 20261130 : 20261131);
        var matched = 0;
        for (var n = 0; n < 60; n++)
        {
            var index = new PhraseIndex<int>(stem);
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            var maxTokens = 1;
            for (var p = random.Next(1, 12); p > 0; p--)
            {
                var phrase = Sentence(random, random.Next(1, 5));
                index.Add(phrase, p);
                var tokens = new List<(TextSpan Span, TokenKind Kind)>();
                Tokenizer.Tokenize(phrase, 0, tokens);
                if (tokens.Count > 0)
                {
                    keys.TryAdd(Key(phrase, tokens.ConvertAll(t => t.Span), stem), p);
                    maxTokens = Math.Max(maxTokens, tokens.Count);
                }
            }

            for (var t = 0; t < 10; t++)
            {
                var text = Sentence(random, random.Next(1, 30));
                var document = new Document(text, new DocumentMetadata());
                new TextStage().Process(document, CancellationToken.None);
                var all = document.Tokens.ToArray();
                var expected = new List<PhraseMatch<int>>();
                for (var i = 0; i < all.Length; i++)
                {
                    if (all[i].Kind == TokenKind.Punctuation)
                    {
                        continue;
                    }

                    for (var count = Math.Min(Math.Min(maxTokens, 32), all.Length - i); count >= 1; count--)
                    {
                        if (keys.TryGetValue(Key(text, [.. all.Skip(i).Take(count).Select(x => x.Span)], stem), out var value))
                        {
                            expected.Add(new PhraseMatch<int>(i, count, new TextSpan(all[i].Start, all[i + count - 1].End), value));
                            i += count - 1;
                            break;
                        }
                    }
                }

                Assert.Equal(expected, index.FindAll(text, all, 0, all.Length));
                matched += expected.Count;
            }
        }

        Assert.True(matched > 300, $"only {matched} matches: the random texts test too little");
    }

    private static string Sentence(Random random, int words) =>
        string.Concat(Enumerable.Range(0, words).Select(k => (k == 0 ? "" : random.Next(5) == 0 ? "" : " ") + Words[random.Next(Words.Length)]));

    // the key of a window: each token normalised, one space where whitespace separates two tokens
    private static string Key(string text, List<TextSpan> spans, bool stem)
    {
        var key = new System.Text.StringBuilder();
        for (var k = 0; k < spans.Count; k++)
        {
            if (k > 0 && spans[k].Start > spans[k - 1].End)
            {
                key.Append(' ');
            }

            var into = new char[spans[k].Length * 2 + 8];
            key.Append(into, 0, PhraseNormalizer.NormalizeInto(text.AsSpan(spans[k].Start, spans[k].Length), into, stem));
        }

        return key.ToString();
    }
}
