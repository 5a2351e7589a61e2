using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// A line that is a single lower-case word ("stepanovka" as a headline, a tag, a caption) is read as a name, as if
/// capitalised: nothing else on the line could be its subject. Inside a sentence a lower-case word never starts a name.
/// </summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>Lone words shorter than this are not read as names.</summary>
    private const int MinLoneWord = 5;

    private List<int> _loneWords = [];

    /// <summary>The indexes of the lower-case words that are alone in their paragraph, in order.</summary>
    private static List<int> LoneWords(Document document)
    {
        var found = new List<int>();
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if ((s > 0 && sentences[s - 1].Paragraph == sentence.Paragraph)
                || (s + 1 < sentences.Count && sentences[s + 1].Paragraph == sentence.Paragraph))
            {
                continue; // one sentence of several
            }

            var word = -1;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var kind = document.Tokens[i].Kind;
                if (kind == TokenKind.Punctuation)
                {
                    continue;
                }

                if (kind != TokenKind.Word || word >= 0)
                {
                    word = -1;
                    break;
                }

                word = i;
            }

            if (word >= 0 && IsLowerCaseName(document.Tokens[word].Text(document.Text)))
            {
                found.Add(word);
            }
        }

        return found;
    }

    private static bool IsLowerCaseName(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLoneWord || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '\u2019')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word, or a lone lower-case word.</summary>
    private bool StartsName(string text, Token t, int index) =>
        IsCapitalisedWord(text, t) || (_loneWords.Count > 0 && _loneWords.BinarySearch(index) >= 0);
}
