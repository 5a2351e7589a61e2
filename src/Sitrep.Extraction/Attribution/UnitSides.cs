using System.Runtime.InteropServices;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// The side of a unit the story tied to a side before: "Ukraine's 93rd brigade held the line ... Petro Lysenko, a
/// spokesman for the brigade, said" is Ukraine's; "Бійці 47-ї бригади ЗСУ ... Речник бригади заявив" too. A unit
/// noun of the speaker's words is looked up in the text before them (the latest mention; the latest with the same
/// number when the speaker's words give one), and a side word in that mention's name gives the side; "its
/// spokesman" speaks for the unit named last.
/// </summary>
internal sealed class UnitSides
{
    private const int Reach = 400;
    private const int NameWords = 6;
    private static readonly WordSet Generic = new(
        ["military", "forces", "force", "troops", "group", "військові", "военные", "військових", "военных", "сили", "силы"]);

    private static readonly WordSet Possessives = new(["its", "його", "її", "его", "её"]);
    private readonly string _text;
    private readonly List<Token> _tokenList;
    private readonly AttributionLexicon _lexicon;

    public UnitSides(string text, List<Token> tokens, AttributionLexicon lexicon)
    {
        _text = text;
        _tokenList = tokens;
        _lexicon = lexicon;
    }

    private ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokenList);

    /// <summary>The side of the unit named in tokens [from, to), as the text before <paramref name="from"/> tied it, or null.</summary>
    public string? SideOf(int from, int to)
    {
        // "Its spokesman said", "Її речник заявив", "Её представитель Иван Петров заявил": the unit named last
        for (var k = from; k >= Math.Max(0, from - 2) && k < to && Tokens[k].Kind == TokenKind.Word; k--)
        {
            if (Possessives.Contains(_text, Tokens[k]))
            {
                return LatestUnitSide(k);
            }
        }

        for (var i = from; i < to; i++)
        {
            if (!IsUnit(i))
            {
                continue;
            }

            var number = i > from && Tokens[i - 1].Kind == TokenKind.Number ? Digits(i - 1) : default;
            for (var j = from - 1; j >= Math.Max(0, from - Reach); j--)
            {
                if (!IsUnit(j) || !SameWord(i, j))
                {
                    continue;
                }

                var at = NumberBefore(j, out var digits);
                if (!number.IsEmpty && (at < 0 || !digits.SequenceEqual(number)))
                {
                    continue;
                }

                if (SideNear(j) is { } side)
                {
                    return side;
                }

                if (number.IsEmpty)
                {
                    break; // "the brigade" is the brigade named last
                }
            }
        }

        return null;
    }

    private string? LatestUnitSide(int before)
    {
        for (var j = before - 1; j >= Math.Max(0, before - Reach); j--)
        {
            if (IsUnit(j))
            {
                return SideNear(j);
            }
        }

        return null;
    }

    private bool IsUnit(int i) =>
        Tokens[i].Kind == TokenKind.Word && !Generic.Contains(_text, Tokens[i])
        && _lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out var type) && type == SpeakerType.MilitaryUnit;

    /// <summary>The same noun in another form: "brigade"/"Brigade", "бригади"/"бригада" (their light stems are equal).</summary>
    private bool SameWord(int a, int b)
    {
        Span<char> x = stackalloc char[64];
        Span<char> y = stackalloc char[64];
        var wa = Tokens[a].Chars(_text);
        var wb = Tokens[b].Chars(_text);
        if (wa.Length > x.Length || wb.Length > y.Length)
        {
            return false;
        }

        var la = PhraseNormalizer.NormalizeInto(wa, x);
        var lb = PhraseNormalizer.NormalizeInto(wb, y);
        return x[..la].SequenceEqual(y[..lb]);
    }

    private ReadOnlySpan<char> Digits(int i)
    {
        var word = Tokens[i].Chars(_text);
        var n = 0;
        while (n < word.Length && char.IsAsciiDigit(word[n]))
        {
            n++;
        }

        return word[..n];
    }

    /// <summary>The number in the name words before a unit noun ("47th Mechanized | brigade"): its token, or -1.</summary>
    private int NumberBefore(int unit, out ReadOnlySpan<char> digits)
    {
        for (var k = unit - 1; k >= Math.Max(0, unit - NameWords); k--)
        {
            if (Tokens[k].Kind == TokenKind.Number)
            {
                digits = Digits(k);
                return k;
            }

            if (!InName(k))
            {
                break;
            }
        }

        digits = default;
        return -1;
    }

    /// <summary>A side word in the unit's own name: before it through name words ("Ukraine's 47th Mechanized"), or right after it ("бригади ЗСУ").</summary>
    private string? SideNear(int unit)
    {
        for (var k = unit - 1; k >= Math.Max(0, unit - NameWords); k--)
        {
            if (_lexicon.Sides.TryMatch(_text, Tokens, k, unit + 1, out _, out var side))
            {
                return side;
            }

            if (!InName(k))
            {
                break;
            }
        }

        return unit + 1 < Tokens.Length && _lexicon.Sides.TryMatch(_text, Tokens, unit + 1, Math.Min(Tokens.Length, unit + 3), out _, out var after)
            ? after
            : null;
    }

    /// <summary>A word that may stand inside a unit's name: a number and its ending, a capitalised word, a known adjective, a possessive ending.</summary>
    private bool InName(int k)
    {
        var token = Tokens[k];
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        var word = token.Chars(_text);
        if (word is "-" || (word.Length <= 2 && k > 0 && Tokens[k - 1].Chars(_text) is "-"))
        {
            return true; // the ending of an ordinal: "155-я", "47-ї"
        }

        return word is "'s" or "\u2019s" or "'" or "\u2019"
            || (token.Kind == TokenKind.Word && (char.IsUpper(word[0]) || _lexicon.Adjectives.Contains(word)));
    }
}
