using Sitrep.Core.Text;

namespace Sitrep.Extraction.Text;

/// <summary>
/// Splits text into tokens by scanning characters once: words (letters, with inner apostrophes and hyphens),
/// numbers (with inner thousands separators and decimals), and single punctuation or symbol characters.
/// Works the same for Latin and Cyrillic script.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<(TextSpan Span, TokenKind Kind)> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || d == '\u0301')
                    {
                        i++;
                    }
                    else if (IsInnerJoiner(d) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsDigit(d))
                    {
                        i++;
                    }
                    else if ((d == ',' || d == '.' || d == '\u00A0' || d == '\u202F') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else if (char.IsLetter(d))
                    {
                        // ordinals and codes: 7th, 3rd, 155mm, H-20 handled as word+number
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Number;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            into.Add((new TextSpan(offset + start, offset + i), kind));
        }
    }

    private static bool IsInnerJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u02BC';
}
