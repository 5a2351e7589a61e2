using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Quantities;

/// <summary>A number read from one or more tokens: a value, or a vague range ("dozens").</summary>
internal readonly record struct NumberRead(double Value, int End, bool IsWord, bool IsYear, string? SuffixUnit, double VagueLow = 0, double VagueHigh = 0, bool Dozen = false, double Scale = 1)
{
    public bool IsVague => VagueHigh > 0;
}

/// <summary>
/// Reads numbers: digits with thousands separators ("1,500", "1 500", "1.500.000"), decimals ("1.5", "1,5"),
/// scale words ("156 thousand", "1.2 million", "1,5 тис."), number words ("four", "чотири", "twenty-five"),
/// "a dozen", and vague amounts ("dozens", "hundreds", "десятки"). Ordinals and codes ("7th", "155mm") are not numbers.
/// </summary>
internal static class NumberReader
{
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, out NumberRead read)
    {
        read = default;
        var token = tokens[i];
        var word = token.Text(text);
        if (token.Kind == TokenKind.Number)
        {
            return TryReadDigits(text, tokens, i, word, out read);
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (NumberWords.TryGet(text, token, out var w))
        {
            switch (w.Kind)
            {
                case NumberWordKind.Cardinal:
                    var dozen = word.Equals("dozen", StringComparison.OrdinalIgnoreCase);
                    if (dozen && (i == 0 || !tokens[i - 1].Text(text).Equals("a", StringComparison.OrdinalIgnoreCase)))
                    {
                        return false;
                    }

                    read = ApplyScale(text, tokens, i + 1, new NumberRead(w.Value, i + 1, true, false, null, Dozen: dozen));
                    return true;
                case NumberWordKind.Vague:
                    read = new NumberRead(0, i + 1, true, false, null, w.Value, w.High);
                    return true;
                case NumberWordKind.Scale when w.High > 0:
                    read = new NumberRead(0, i + 1, true, false, null, 2 * w.Value, w.High);
                    return true;
                default:
                    return false;
            }
        }

        // "twenty-five"
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && NumberWords.TryCardinal(word[..hyphen], out var tens) && tens >= 20
            && NumberWords.TryCardinal(word[(hyphen + 1)..], out var ones) && ones < 10)
        {
            read = ApplyScale(text, tokens, i + 1, new NumberRead(tens + ones, i + 1, true, false, null));
            return true;
        }

        return false;
    }

    private static bool TryReadDigits(string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> word, out NumberRead read)
    {
        read = default;
        var letters = 0;
        while (letters < word.Length && !char.IsLetter(word[letters]))
        {
            letters++;
        }

        var digits = word[..letters];
        var suffix = word[letters..];
        string? unit = null;
        double multiplier = 1;
        if (!suffix.IsEmpty)
        {
            if (suffix.Equals("km", StringComparison.OrdinalIgnoreCase) || suffix.Equals("км", StringComparison.OrdinalIgnoreCase))
            {
                unit = Units.DistanceKm;
            }
            else if (suffix.Equals("km2", StringComparison.OrdinalIgnoreCase))
            {
                unit = Units.AreaKm2;
            }
            else if (suffix.Equals("k", StringComparison.OrdinalIgnoreCase))
            {
                multiplier = 1000;
            }
            else
            {
                return false; // 7th, 3rd, 155mm, 1990s
            }
        }

        if (!TryParseDigits(digits, out var value, out var plain))
        {
            return false;
        }

        var end = i + 1;
        // "1 500", "11 345": groups of three digits after a single space.
        if (plain && digits.Length <= 3 && suffix.IsEmpty)
        {
            while (end < tokens.Length && tokens[end].Kind == TokenKind.Number && tokens[end].Start == tokens[end - 1].End + 1
                && tokens[end].Span.Length == 3 && IsDigits(tokens[end].Text(text)) && IsSpace(text[tokens[end - 1].End]))
            {
                value = (value * 1000) + double.Parse(tokens[end].Text(text), CultureInfo.InvariantCulture);
                end++;
            }
        }

        var isYear = plain && end == i + 1 && digits.Length == 4 && value is >= 1900 and <= 2100;
        read = ApplyScale(text, tokens, end, new NumberRead(value * multiplier, end, false, isYear, unit));
        return true;
    }

    private static NumberRead ApplyScale(string text, ReadOnlySpan<Token> tokens, int j, NumberRead read)
    {
        if (j >= tokens.Length || !NumberWords.TryGet(text, tokens[j], out var w) || w.Kind != NumberWordKind.Scale)
        {
            return read;
        }

        var end = j + 1;
        // "тис.", "млн." - the abbreviation's dot, unless it ends the sentence
        if (end + 1 < tokens.Length && tokens[end].Start == tokens[j].End && text[tokens[end].Start] == '.')
        {
            end++;
        }

        return read with { Value = read.Value * w.Value, End = end, IsYear = false, Scale = w.Value };
    }

    /// <summary>Parses "1,500", "1.5", "1,5", "1.500.000", "1 500" (no-break space) and plain digits.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> s, out double value, out bool plain)
    {
        value = 0;
        plain = IsDigits(s);
        if (plain)
        {
            return double.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        Span<char> buffer = stackalloc char[s.Length];
        var commas = s.Count(',');
        var dots = s.Count('.');
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        char? decimalMark = null;
        if (commas > 0 && dots > 0)
        {
            decimalMark = lastComma > lastDot ? ',' : '.';
        }
        else if (commas == 1 && !GroupsOfThree(s, ','))
        {
            decimalMark = ',';
        }
        else if (dots == 1)
        {
            decimalMark = '.';
        }
        else if (dots > 1 && !GroupsOfThree(s, '.'))
        {
            return false; // 11.12.2025 is a date
        }
        else if (commas > 1 && !GroupsOfThree(s, ','))
        {
            return false;
        }

        var n = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
            }
            else if (c == decimalMark)
            {
                buffer[n++] = '.';
            }
        }

        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool GroupsOfThree(ReadOnlySpan<char> s, char separator)
    {
        var groupLength = 0;
        var first = true;
        foreach (var c in s)
        {
            if (c == separator)
            {
                if ((first && groupLength is < 1 or > 3) || (!first && groupLength != 3))
                {
                    return false;
                }

                first = false;
                groupLength = 0;
            }
            else
            {
                groupLength++;
            }
        }

        return !first && groupLength == 3;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';
}
