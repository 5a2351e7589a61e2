using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Finds the token range of a speaker phrase next to a reporting cue: capitalised name words, ordinals, known
/// speaker nouns and adjectives, joined by "of"/"for"/"the" and by inner '.', '-' and apostrophes ("News.Az").
/// </summary>
internal readonly ref partial struct SpeakerPhrase
{
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly AttributionLexicon _lexicon;

    public SpeakerPhrase(string text, ReadOnlySpan<Token> tokens, AttributionLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
    }

    /// <summary>The phrase ending just before token <paramref name="cue"/>, not reaching before <paramref name="floor"/>.</summary>
    public (int Start, int End) Before(int floor, int cue)
    {
        var i = SkipGaps(floor, cue - 1);
        if (OneOfThem(floor, i))
        {
            return (i - 2, i + 1); // "One of them said", "Один из них добавил", "Одна з них розповіла"
        }

        var end = i + 1;
        var start = end;
        if (QuotedNameStart(floor, i) is { } quoted && quoted - 1 >= floor && IsNameToken(quoted - 1))
        {
            start = quoted; // the phrase ends with a quoted name: "канал «Рыбарь»"
            i = quoted - 1;
        }
        else if (i - 1 >= floor && AreaWords.Contains(_text, _tokens[i]) && (IsNameToken(i - 1) || _tokens[i - 1].Chars(_text) is "the"))
        {
            start = i--; // "the governor of the Samara region said", "the head of the region said"
        }

        while (i >= floor)
        {
            if (IsNameToken(i))
            {
                start = i--;
                continue;
            }

            if (IsInnerJoiner(i) && i - 1 >= floor && IsNameToken(i - 1))
            {
                i--;
                continue;
            }

            if (start < end && QuotedNameStart(floor, i) is { } opening)
            {
                i = opening - 1; // "Провоенный канал «Рыбарь» признал": the name inside the quotation marks
                continue;
            }

            var word = _tokens[i].Chars(_text);
            if (word is "both" or "the" && start < end && i - 2 >= floor && _tokens[i - 1].Chars(_text) is "from" && IsNameToken(i - 2))
            {
                i -= 2; // "officials from both delegations said"
                continue;
            }

            if (word is "the" && start < end && i - 2 >= floor && _tokens[i - 1].Chars(_text) is "of" or "for" && IsNameToken(i - 2))
            {
                i -= 2; // "Russia's chief of the General Staff", "the spokesperson for the Southern Defence Forces"
                continue;
            }

            if (SpeakerLexicon.Determiners.Contains(word) && start < end)
            {
                start = i;
                break;
            }

            if (start < end && start == i + 1 && ArticleBeforeModifiers(floor, i) is { } article)
            {
                start = article; // "A logistics officer said": lower-case words between the article and the title are part of it
                break;
            }

            if (SpeakerLexicon.Connectors.Contains(word) && start < end && i - 1 >= floor && IsNameToken(i - 1))
            {
                i--;
                continue;
            }

            break;
        }

        if (start < end && PlaceAfterHead(floor, start, end) is { } head)
        {
            return head;
        }

        if (start == end && PostModifiedHead(floor, cue) is { } modified)
        {
            return modified;
        }

        return Trim(start, end);
    }

    /// <summary>"one of them", "один из них", "одна з них" ending at <paramref name="last"/>.</summary>
    private bool OneOfThem(int floor, int last) =>
        last - 2 >= floor && IsOneOfThem(_text, _tokens, last - 2);

    /// <summary>Whether the three tokens from <paramref name="at"/> are "one of them" in one of the three languages.</summary>
    internal static bool IsOneOfThem(string text, ReadOnlySpan<Token> tokens, int at) =>
        at + 2 < tokens.Length
        && tokens[at].Chars(text) is "One" or "one" or "Один" or "один" or "Одна" or "одна"
        && tokens[at + 1].Chars(text) is "of" or "из" or "з" or "із"
        && tokens[at + 2].Chars(text) is "them" or "них";

    private static readonly WordSet TimeNouns = new(
    [
        "time", "moment", "night", "morning", "evening", "afternoon", "weekend", "week", "day", "year", "month", "hour",
        "час", "ранку", "вечора", "ночі", "время", "утра", "вечера", "ночи",
    ]);

    /// <summary>Words that open a modifier after a speaker noun: a preposition ("near", "at", "біля") or a participle in -ing.</summary>
    private static readonly WordSet PostModifiers = new(
    [
        "near", "at", "from", "in", "on", "with", "across", "along", "outside", "inside", "based",
        "біля", "поблизу", "з", "із", "зі", "возле", "около", "рядом", "из", "со",
    ]);

    /// <summary>
    /// "Residents living near the substation told us", "Analysts at a European think tank said", "Мешканці з сусідніх
    /// будинків розповіли": a speaker noun followed by a modifier of lower-case words (a preposition or a participle
    /// and what it governs, at most nine words, no punctuation) up to the cue; the whole phrase speaks. Null when no
    /// speaker noun opens such a modifier.
    /// </summary>
    private (int Start, int End)? PostModifiedHead(int floor, int cue)
    {
        if (cue - 1 >= floor && TimeNouns.Contains(_text, _tokens[cue - 1]))
        {
            return null; // "local officials at the time said": a time, no modifier of the speaker
        }

        var low = cue;
        while (low - 1 >= floor && cue - (low - 1) <= 10 && _tokens[low - 1].Kind is TokenKind.Word or TokenKind.Number)
        {
            low--;
        }

        for (var h = low; h + 1 < cue; h++)
        {
            var next = _tokens[h + 1].Chars(_text);
            if (!IsNoun(h) || !(PostModifiers.Contains(next) || (next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal))))
            {
                continue;
            }

            var start = h;
            while (start - 1 >= low && (IsNameToken(start - 1) || SpeakerLexicon.Determiners.Contains(_text, _tokens[start - 1])))
            {
                start--;
            }

            return Trim(start, cue);
        }

        return null;
    }

    /// <summary>Prepositions of place that join a speaker's head noun to where it sits: "officials in Enerhodar", "влада в Енергодарі".</summary>
    private static readonly WordSet PlacePrepositions = new(["in", "at", "в", "у", "во"]);

    /// <summary>
    /// "Russian-installed officials in Enerhodar said", "Окупаційна влада в Енергодарі заявила": capitalised words after a
    /// preposition of place and a speaker noun are where the speaker sits, not the speaker; the phrase ending with the
    /// noun speaks. Null when no speaker noun stands right before the preposition.
    /// </summary>
    private (int Start, int End)? PlaceAfterHead(int floor, int start, int end)
    {
        if (start - 2 < floor || !PlacePrepositions.Contains(_text, _tokens[start - 1]) || !IsNoun(start - 2)
            || char.IsUpper(_text[_tokens[start - 2].Start]))
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            if (!IsCapitalizedName(i))
            {
                return null;
            }
        }

        var (hs, he) = Before(floor, start - 1);
        return he > hs ? (hs, he) : null;
    }

    /// <summary>Area words that end a speaker's title ("the governor of the Samara region"), never a speaker alone.</summary>
    private static readonly WordSet AreaWords = new(
    [
        "region", "oblast", "province", "district", "community",
        // the area a body serves, in the genitive after its head: "Оперативный штаб региона уточнил", "Штаб області повідомив"
        "региона", "области", "района", "регіону", "області", "району", "громади",
    ]);

    /// <summary>
    /// An appositive before the cue: "Ivan Petrenko, a company commander, said" gives the name before the first comma,
    /// or the appositive itself when no name stands before it.
    /// </summary>
    public (int Start, int End) Appositive(int floor, int cue) => Appositive(floor, cue, out _);

    /// <summary>
    /// The appositive speaker before the cue, as <see cref="Appositive(int, int)"/>; when an office stands before the
    /// first comma and a person's name between the commas ("A spokesman for Ukraine's 3rd Army Corps, Lieutenant
    /// Colonel Ihor Tkachuk, told", "The town's mayor, Taras Holub, said"), the name speaks and
    /// <paramref name="office"/> is the office's range (its body gives the side); else an empty range.
    /// </summary>
    public (int Start, int End) Appositive(int floor, int cue, out (int Start, int End) office)
    {
        office = (cue, cue);
        var comma = cue - 1;
        if (comma < floor || _text[_tokens[comma].Start] != ',')
        {
            return (cue, cue);
        }

        for (var i = comma - 1; i > floor; i--)
        {
            if (_text[_tokens[i].Start] == ',' && _tokens[i].Kind == TokenKind.Punctuation)
            {
                var name = Before(floor, i);
                var inner = Before(i + 1, comma);
                if (name.End > name.Start && inner.End > inner.Start && IsOffice(name.Start, name.End) && IsPersonName(inner.Start, inner.End))
                {
                    office = name;
                    var first = inner.Start;
                    while (inner.End - first > 2 && Ranks.Contains(_text, _tokens[first]))
                    {
                        first++; // "Lieutenant Colonel Ihor Tkachuk": the rank is no part of the name
                    }

                    return (first, inner.End);
                }

                return name.End > name.Start ? name : inner;
            }
        }

        return (cue, cue);
    }

    /// <summary>Military ranks before a name: "Lieutenant Colonel Ihor Tkachuk", "Major Olena Kravets".</summary>
    internal static readonly WordSet Ranks = new(
    [
        "lieutenant", "colonel", "major", "captain", "general", "sergeant", "senior", "junior", "private", "admiral", "brigadier",
    ]);

    /// <summary>A title that names no person: a person noun in it ("spokesman", "mayor") and no name closing it.</summary>
    private bool IsOffice(int start, int end)
    {
        var title = false;
        for (var i = start; i < end; i++)
        {
            title |= _tokens[i].Kind == TokenKind.Word && _lexicon.Nouns.TryMatch(_text, _tokens, i, i + 1, out _, out var type) && type == Core.Model.SpeakerType.Person;
        }

        return title && !(end - start >= 2 && IsPlainName(end - 1) && IsPlainName(end - 2));
    }

    /// <summary>Capitalised words only, the last two no speaker nouns: "Taras Holub", "Lieutenant Colonel Ihor Tkachuk".</summary>
    private bool IsPersonName(int start, int end)
    {
        if (end - start < 2 || !IsPlainName(end - 1) || !IsPlainName(end - 2))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!IsCapitalizedName(i) || SpeakerLexicon.Determiners.Contains(_text, _tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPlainName(int i) => IsCapitalizedName(i) && !IsNoun(i) && !IsPossessiveWord(i);

    private bool IsPossessiveWord(int i)
    {
        var word = _tokens[i].Chars(_text);
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    public string Word(int i) => _text.Substring(_tokens[i].Start, _tokens[i].End - _tokens[i].Start).ToLowerInvariant();

    public bool IsPronoun(int i) => i >= 0 && i < _tokens.Length && SpeakerLexicon.Pronouns.Contains(_text, _tokens[i]);
}
