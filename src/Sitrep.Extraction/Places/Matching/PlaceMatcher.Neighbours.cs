using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>Tokens around a name that change how it is read: quotes, spaced hyphens, abbreviations.</summary>
internal sealed partial class PlaceMatcher
{
    private static bool IsQuote(char c) => c is '\'' or '"' or '\u2019' or '\u201D' or '\u00BB';

    /// <summary>A hyphen with a space on each side between two capitalised words, as in a careless "Orlovo - Ivanivka".</summary>
    private static bool IsSpacedHyphen(string text, ReadOnlySpan<Token> tokens, int j, int sentenceEnd)
    {
        var t = tokens[j];
        return t.Kind == TokenKind.Punctuation && t.Span.Length == 1 && text[t.Start] == '-' && j + 1 < sentenceEnd
            && t.Start > 0 && text[t.Start - 1] == ' ' && t.End < text.Length && text[t.End] == ' '
            && IsCapitalisedWord(text, tokens[j - 1]) && IsCapitalisedWord(text, tokens[j + 1]);
    }

    /// <summary>An all-capital abbreviation ("MLRS", "HIMARS", "AFU") names a thing or a body, never a person: the
    /// place after it is not a surname ("fired from the MLRS Orekhov").</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
