using Sitrep.Core.Documents;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>The per-text token cache gives each stemming mode its own form, whichever mode read a token first.</summary>
public sealed class NormalizedTokensTests
{
    [Theory]
    [InlineData("Shelling hit Kramatorsk; Генштабу повідомили, що Сирського обстріляли. Ukraine\u2019s army said: ВСУ отошли.")]
    [InlineData("Окупанти обстріляли Херсон вночі, the regional administration said, citing Прокудін.")]
    [InlineData("abcа Kyivа U.S.-made `quoted` ёлки")]
    public void Get_BothModesInAnyOrder_EachModeAsNormalisedAlone(string text)
    {
        var document = new Document(text, new DocumentMetadata());
        new TextStage().Process(document, CancellationToken.None);
        var tokens = document.Tokens;
        for (var order = 0; order < 3; order++)
        {
            var copy = new string(text.AsSpan()); // a new text instance: fresh caches
            for (var i = 0; i < tokens.Count; i++)
            {
                // order 0: stemmed first; 1: unstemmed first; 2: alternating from token to token
                var stemFirst = order == 0 || (order == 2 && i % 2 == 0);
                foreach (var stem in stemFirst ? new[] { true, false } : [false, true])
                {
                    var form = NormalizedTokens.For(copy, stem).Get(tokens[i].Span, out var hash, out var firstOf);
                    var alone = new char[tokens[i].Span.Length + 1];
                    var length = PhraseNormalizer.NormalizeInto(copy.AsSpan(tokens[i].Start, tokens[i].Span.Length), alone, stem);
                    Assert.Equal(new string(alone, 0, length), form.ToString());
                    Assert.Equal(SpanTable.Hash(alone.AsSpan(0, length)), hash);
                    Assert.Equal(FirstWords.MaskOf(alone.AsSpan(0, length)), firstOf);
                }
            }
        }
    }
}
