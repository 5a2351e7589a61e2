using System.Runtime.InteropServices;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Reads the words of a speaker phrase in tokens [start, end): its head noun and the type it implies, a title
/// before "of"/"for" and the body it speaks for, a numbered unit, a person's name closing the phrase, its side,
/// its capitalised words, and its name text without the leading determiners.
/// </summary>
internal sealed class SpeakerWords
{
    private static readonly string[] Definites = ["the", "this", "that", "these", "those", "its", "their", "his", "her"];
    private readonly string _text;
    private readonly List<Token> _tokenList;
    private readonly AttributionLexicon _lexicon;

    public SpeakerWords(string text, List<Token> tokens, AttributionLexicon lexicon)
    {
        _text = text;
        _tokenList = tokens;
        _lexicon = lexicon;
    }

    private ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokenList);

    /// <summary>
    /// The first token of a numbered unit standing before a registry body with "of the" ("2nd Corps of the | National
    /// Guard", "1st Brigade of the | Ukrainian Navy"), or null.
    /// </summary>
    public int? UnitOf(int start, int body)
    {
        var i = body - 1;
        if (i - 3 < start || Tokens[i].Text(_text) is not "the" || Tokens[i - 1].Text(_text) is not "of")
        {
            return null;
        }

        var noun = i - 2;
        if (!_lexicon.Nouns.TryMatch(_text, Tokens, noun, noun + 1, out _, out var type) || type != SpeakerType.MilitaryUnit)
        {
            return null;
        }

        var number = Tokens[noun - 1];
        return number.Kind == TokenKind.Number && char.IsAsciiLetter(_text[number.End - 1]) ? noun - 1 : null;
    }

    /// <summary>A person's title before "of"/"for" and a body's name ("head of", "spokesperson for"): the title's token.</summary>
    public int? TitleOf(int start, int body)
    {
        var link = body - 1;
        if (link > start && Tokens[link].Text(_text) is "the")
        {
            link--;
        }

        if (link == body - 1 && link >= start && IsSlavicTitle(link))
        {
            return link; // "речник Повітряних сил", "спикер Сил обороны юга": the genitive needs no "of"
        }

        if (link <= start || Tokens[link].Text(_text) is not ("of" or "for"))
        {
            return null;
        }

        for (var i = link - 1; i >= start; i--)
        {
            if (_lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out var type) && type == SpeakerType.Person)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A Ukrainian or Russian person's title ("речник", "начальник", "спикер").</summary>
    public bool IsSlavicTitle(int i) =>
        Tokens[i].Kind == TokenKind.Word && _text[Tokens[i].Start] is >= '\u0400' and <= '\u04FF'
        && _lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out var type) && type == SpeakerType.Person;

    /// <summary>
    /// "local officials said", "officials have said", "local authorities say": an English plural without a determiner
    /// is a new, generic speaker, not the ministry or governor named before (Ukrainian and Russian have no articles).
    /// </summary>
    public bool BarePlural(int start, string head)
    {
        var first = Tokens[start].Text(_text);
        if (head.Length < 3 || head[^1] != 's' || !head.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        foreach (var d in Definites)
        {
            if (first.Equals(d, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the body a title speaks for ("head of the | Kostiantynivka city administration"), or null.</summary>
    public int? BodyAfterTitle(int start, int end)
    {
        // the title opens the phrase: "Russia's chief of the General Staff" is a person of Russia, not the staff
        var opening = Tokens[start].Text(_text) is "the" or "The" or "a" or "A" or "an" or "An" ? start + 1 : start;
        for (var body = start + 2; body < end; body++)
        {
            if (TitleOf(start, body) is { } title)
            {
                return title == opening ? body : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "the regional prosecutor's office": a head noun owned by another noun names its own body, so it refers back
    /// only to a speaker whose name has the words, not to any earlier body of its type ("the office" alone does).
    /// </summary>
    public bool OwnedHead(int start, int end)
    {
        for (var i = start; i < end - 1; i++)
        {
            var word = Tokens[i].Chars(_text);
            if (word.Length > 3 && word[^1] == 's' && word[^2] is '\'' or '\u2019')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two or three capitalised words closing the phrase after a lower-case title: a person's name.</summary>
    public TextSpan? TrailingName(int from, int end)
    {
        var start = end;
        while (start > from && start > end - 3 && IsCapitalized(start - 1))
        {
            start--;
        }

        if (end - start < 2 || start == from && from > 0 && !IsTitleWord(from - 1))
        {
            return null;
        }

        while (end - start > 2 && SpeakerPhrase.Ranks.Contains(_text, Tokens[start]))
        {
            start++; // "spokesperson Major Andrii Kovtun said": the rank is no part of the name
        }

        if (end - start == 3 && _text[Tokens[start].Start] >= '\u0400' && !IsPatronymic(start + 1) && !IsPatronymic(start + 2))
        {
            start++; // "Міський голова Марганця Геннадій Бойко", "мэр Рыльска Иван Петров": the town's genitive closes the title
        }

        return new TextSpan(Tokens[start].Start, Tokens[end - 1].End);
    }

    private static readonly string[] PatronymicEndings = ["ович", "евич", "йович", "івна", "ївна", "овна", "евна", "ьевич", "ична", "ічна"];

    /// <summary>A patronymic ("Вікторович", "Ивановна"): the middle or last word of a three-word Ukrainian or Russian name.</summary>
    private bool IsPatronymic(int i)
    {
        var word = Tokens[i].Chars(_text);
        foreach (var ending in PatronymicEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCapitalized(int i) =>
        Tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[Tokens[i].Start])
        && !IsAbbreviation(Tokens[i].Text(_text)) // "ТрО", "ЗСУ": an abbreviation is no word of a person's name
        && !SpeakerLexicon.NotNames.Contains(_text, Tokens[i])
        // the country that closes a body's name before the person ("Речник Сил оборони півдня України Роман Ткаченко",
        // "Представитель ... юга Украины Роман Ткаченко") is a side word, no word of the name
        && SideIn(i, i + 1) is null
        && !_lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out _);

    /// <summary>A short word with a capital inside it ("ТрО", "ЗСУ", "SBU"); "McCarthy" is a name.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length > 4)
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTitleWord(int i) => _lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out _);

    /// <summary>The type the last speaker noun of the phrase implies, and that noun in lower case.</summary>
    public SpeakerType? HeadType(int start, int end, out string? head)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (_lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out var type))
            {
                head = _text.Substring(Tokens[i].Start, Tokens[i].End - Tokens[i].Start).ToLowerInvariant();
                return type;
            }
        }

        head = null;
        return null;
    }

    /// <summary>The first side word in the tokens ("Ukrainian", "Russia's"), or null.</summary>
    public string? SideIn(int start, int end)
    {
        return _lexicon.Sides.TryFirst(_text, Tokens, start, end, out var found) ? found.Value : null;
    }

    public int CountCapitalized(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var t = Tokens[i];
            if (t.Kind == TokenKind.Word && char.IsUpper(_text[t.Start]) && !SpeakerLexicon.NotNames.Contains(_text, t))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The phrase's span without its leading determiners ("the", "a", "its").</summary>
    public TextSpan StripDeterminer(int start, int end)
    {
        var first = start;
        while (first < end - 1 && SpeakerLexicon.Determiners.Contains(_text, Tokens[first]))
        {
            first++;
        }

        return new TextSpan(Tokens[first].Start, Tokens[end - 1].End);
    }

    public string NameText(int start, int end) => StripDeterminer(start, end).Slice(_text).ToString();
}
