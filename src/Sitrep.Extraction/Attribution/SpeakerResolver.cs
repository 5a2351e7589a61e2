using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Turns a speaker phrase into a <see cref="ResolvedSpeaker"/>: a registry actor when one is named; a back-reference
/// ("the corps", "he", a surname) resolved to an earlier speaker of the document; an anonymous source; or a name
/// whose type and side are inferred from its head noun and adjectives. Holds the document's speaker memory.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private const int PronounReach = 8;
    private const int MemoryReach = 40;
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly AttributionLexicon _lexicon;
    private readonly List<(ResolvedSpeaker Speaker, int Sentence)> _memory = [];

    private readonly IReadOnlyList<PlaceMention> _places;

    public SpeakerResolver(string text, Token[] tokens, AttributionLexicon lexicon, IReadOnlyList<PlaceMention>? places = null)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
        _places = places ?? [];
    }

    public void Remember(ResolvedSpeaker speaker, int sentence) => _memory.Add((speaker, sentence));

    /// <summary>
    /// Remembers the registry persons named in a sentence without a reporting cue ("Syrskyi visited the brigades"),
    /// so that a later "he said" or a bare surname can refer back to them.
    /// </summary>
    public void NoteMentions(int start, int end, int sentence)
    {
        foreach (var m in _lexicon.Registry.FindAll(_text, _tokens, start, end))
        {
            if (m.Value.Type == SpeakerType.Person)
            {
                Remember(new ResolvedSpeaker(m.Value.Name, m.Value.Type, _lexicon.Registry.SideOf(m.Value), m.Span, m.Value), sentence);
            }
        }
    }

    /// <summary>A registry actor named right at <paramref name="from"/> (after "в"/"у"): "як повідомили у 3-му армійському корпусі".</summary>
    public ResolvedSpeaker? RegistryAt(int from, int limit)
    {
        if (from < limit && _tokens[from].Text(_text) is "в" or "у" or "во" or "від" or "от")
        {
            from++;
        }

        PhraseMatch<Actor>? best = null;
        foreach (var m in _lexicon.Registry.FindAll(_text, _tokens, from, limit))
        {
            if (m.FirstToken == from && (best is null || m.TokenCount > best.Value.TokenCount))
            {
                best = m;
            }
        }

        return best is { } b ? new ResolvedSpeaker(b.Value.Name, b.Value.Type, _lexicon.Registry.SideOf(b.Value), b.Span, b.Value) : null;
    }

    /// <summary>The side of a registry actor or a side word in tokens [start, end): an appositive's unit or country.</summary>
    public string? SideOfRange(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        foreach (var m in _lexicon.Registry.FindAll(_text, _tokens, start, end))
        {
            if (!m.Value.IsOutlet && _lexicon.Registry.SideOf(m.Value) is { } side)
            {
                return side;
            }
        }

        return SideIn(start, end);
    }

    /// <summary>The first token of the longest registry name that ends at <paramref name="end"/>, not before <paramref name="floor"/>.</summary>
    public int? RegistryStart(int floor, int end)
    {
        int? start = null;
        foreach (var m in _lexicon.Registry.FindAll(_text, _tokens, floor, end))
        {
            if (m.EndToken == end && (start is null || m.FirstToken < start))
            {
                start = m.FirstToken;
            }
        }

        return start;
    }

    /// <summary>The speaker a pronoun at <paramref name="sentence"/> refers to, or null.</summary>
    public ResolvedSpeaker? ResolvePronoun(string pronoun, int sentence)
    {
        var person = SpeakerLexicon.PersonPronouns.Contains(pronoun);
        var thing = SpeakerLexicon.ThingPronouns.Contains(pronoun);
        for (var k = _memory.Count - 1; k >= 0; k--)
        {
            var (speaker, at) = _memory[k];
            if (sentence - at > PronounReach)
            {
                break;
            }

            // "he said" is one person, never "veterans and analysts" or "local officials" named in between
            if ((!person || (speaker.Type == SpeakerType.Person && !IsGenericPlural(speaker.Name)))
                && (!thing || speaker.Type != SpeakerType.Person))
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>An English plural of lower-case words ("analysts", "local officials"): a group, not one person.</summary>
    private static bool IsGenericPlural(string name)
    {
        var last = name.AsSpan().TrimEnd();
        var space = last.LastIndexOf(' ');
        var word = space < 0 ? last : last[(space + 1)..];
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !name.Any(char.IsUpper);
    }

    public ResolvedSpeaker? Resolve(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var tokens = _tokens.AsSpan();
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        var matches = _lexicon.Registry.FindAll(_text, tokens, start, end);
        if (matches.Count > 0)
        {
            var best = matches[0];
            foreach (var m in matches)
            {
                if (m.Value.Type == SpeakerType.Person || (best.Value.Type != SpeakerType.Person && m.TokenCount > best.TokenCount))
                {
                    best = m;
                }
            }

            var actor = best.Value;
            var side = _lexicon.Registry.SideOf(actor) ?? SideIn(start, end);
            if (actor.Type != SpeakerType.Person && UnitOf(start, best.FirstToken) is { } unit)
            {
                // "a spokesperson for the 2nd Corps of the National Guard": a numbered unit of the body, not the body
                var unitName = NameText(unit, best.EndToken);
                var spokesperson = TitleOf(start, unit) is not null;
                return new ResolvedSpeaker(unitName, spokesperson ? SpeakerType.Person : SpeakerType.MilitaryUnit, side, StripDeterminer(start, end), null);
            }

            if (actor.Type != SpeakerType.Person && TrailingName(best.EndToken, end) is { } name)
            {
                // "the spokesman of the 7th corps Pavlo Melnyk": the person speaks for the body
                return new ResolvedSpeaker(name.Slice(_text).ToString(), SpeakerType.Person, side, name, null);
            }

            if (actor.Type != SpeakerType.Person && TitleOf(start, best.FirstToken) is { } title)
            {
                // "the head of the Donetsk regional military administration", "a spokesperson for Ukraine's Eastern
                // group of forces": a person speaks for the body and is named by it; the span keeps the office, so
                // "the spokesperson said" and "he said" later refer back to them
                var words = StripDeterminer(title, end);
                return new ResolvedSpeaker(actor.Name, SpeakerType.Person, side, words, actor);
            }

            return new ResolvedSpeaker(actor.Name, actor.Type, side, best.Span, actor);
        }

        if (_lexicon.Anonymous.FindAll(_text, tokens, start, end).Count > 0)
        {
            return new ResolvedSpeaker(NameText(start, end), SpeakerType.Anonymous, SideIn(start, end), span, null);
        }

        var capitals = CountCapitalized(start, end);
        var headType = HeadType(start, end, out var head);
        // "one analyst", "an official": an indefinite phrase brings in someone new, not the analysts named before
        var indefinite = _tokens[start].Text(_text) is "a" or "an" or "one" or "another";
        var phraseWords = NameText(start, end);
        if ((capitals == 0 || LocalBodyLevel(phraseWords) != 0) && !indefinite && StoryBody(phraseWords, headType ?? SpeakerType.Person, StripDeterminer(start, end)) is { } local)
        {
            return local;
        }

        if (capitals == 0 && !indefinite && headType is not null and not SpeakerType.Person && BodyAfterTitle(start, end) is { } titled
            && StoryBody(NameText(titled, end), SpeakerType.Person, StripDeterminer(start, end)) is { } office)
        {
            // "the head of the regional military administration reported": the office of the story's region
            return office;
        }

        if (capitals == 0 && head is not null && !indefinite && !BarePlural(start, head)
            && (NamedJustBefore(head, start, StripDeterminer(start, end)) ?? BackReference(head, OwnedHead(start, end) ? null : headType)) is { } antecedent)
        {
            return antecedent;
        }

        if (capitals is 1 or 2 && headType is null && Surname(start, end) is { } named)
        {
            return named;
        }

        if (capitals > 0 && Earlier(NameText(start, end)) is { } earlier)
        {
            return earlier;
        }

        if (capitals > 0 && NamedElsewhere(NameText(start, end), StripDeterminer(start, end)) is { } elsewhere)
        {
            return elsewhere;
        }

        if (capitals == 0 && headType is null)
        {
            return null;
        }

        if (headType is not null && TrailingName(start, end) is { } person)
        {
            return new ResolvedSpeaker(person.Slice(_text).ToString(), SpeakerType.Person, SideIn(start, end), person, null);
        }

        if (headType is not null and not SpeakerType.Person && BodyAfterTitle(start, end) is { } body)
        {
            // "the head of the Kostiantynivka city military administration" (not in the registry): named by the body
            var words = NameText(body, end);
            var bodyHead = _tokens[end - 1].Text(_text).ToString().ToLowerInvariant();
            // "a spokesperson for the brigade": the brigade named before speaks through its spokesperson
            var spokenFor = CountCapitalized(body, end) == 0
                ? NamedJustBefore(bodyHead, start, StripDeterminer(start, end)) ?? BackReference(bodyHead, headType)
                : null;
            if (spokenFor is not null)
            {
                return spokenFor with { Type = SpeakerType.Person, Span = StripDeterminer(start, end) };
            }

            return StoryBody(words, SpeakerType.Person, StripDeterminer(start, end))
                ?? new ResolvedSpeaker(words, SpeakerType.Person, SideIn(start, end), StripDeterminer(start, end), null);
        }

        var type = headType ?? SpeakerType.Person;
        var phrase = NameText(start, end);
        return StoryBody(phrase, type, StripDeterminer(start, end))
            ?? new ResolvedSpeaker(phrase, type, SideIn(start, end), StripDeterminer(start, end), null);
    }

    /// <summary>
    /// The first token of a numbered unit standing before a registry body with "of the" ("2nd Corps of the | National
    /// Guard", "1st Brigade of the | Ukrainian Navy"), or null.
    /// </summary>
    private int? UnitOf(int start, int body)
    {
        var i = body - 1;
        if (i - 3 < start || _tokens[i].Text(_text) is not "the" || _tokens[i - 1].Text(_text) is not "of")
        {
            return null;
        }

        var noun = i - 2;
        if (!_lexicon.Nouns.TryMatch(_text, _tokens, noun, noun + 1, out _, out var type) || type != SpeakerType.MilitaryUnit)
        {
            return null;
        }

        var number = _tokens[noun - 1];
        return number.Kind == TokenKind.Number && char.IsAsciiLetter(_text[number.End - 1]) ? noun - 1 : null;
    }

    /// <summary>A person's title before "of"/"for" and a body's name ("head of", "spokesperson for"): the title's token.</summary>
    private int? TitleOf(int start, int body)
    {
        var link = body - 1;
        if (link > start && _tokens[link].Text(_text) is "the")
        {
            link--;
        }

        if (link <= start || _tokens[link].Text(_text) is not ("of" or "for"))
        {
            return null;
        }

        for (var i = link - 1; i >= start; i--)
        {
            if (_lexicon.Nouns.TryMatch(_text, _tokens, i, i + 1, out _, out var type) && type == SpeakerType.Person)
            {
                return i;
            }
        }

        return null;
    }

    private static readonly string[] Definites = ["the", "this", "that", "these", "those", "its", "their", "his", "her"];

    /// <summary>
    /// "local officials said", "officials have said", "local authorities say": an English plural without a determiner
    /// is a new, generic speaker, not the ministry or governor named before (Ukrainian and Russian have no articles).
    /// </summary>
    private bool BarePlural(int start, string head)
    {
        var first = _tokens[start].Text(_text);
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
    private int? BodyAfterTitle(int start, int end)
    {
        // the title opens the phrase: "Russia's chief of the General Staff" is a person of Russia, not the staff
        var opening = _tokens[start].Text(_text) is "the" or "The" or "a" or "A" or "an" or "An" ? start + 1 : start;
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
    private bool OwnedHead(int start, int end)
    {
        for (var i = start; i < end - 1; i++)
        {
            var word = _tokens[i].Chars(_text);
            if (word.Length > 3 && word[^1] == 's' && word[^2] is '\'' or '\u2019')
            {
                return true;
            }
        }

        return false;
    }

    private ResolvedSpeaker? BackReference(string head, SpeakerType? type)
    {
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            var speaker = _memory[k].Speaker;
            if (speaker.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                || (speaker.Span is { } words && words.Slice(_text).Contains(head, StringComparison.OrdinalIgnoreCase))
                || (type is not null && speaker.Type == type && type != SpeakerType.Person))
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>An earlier speaker whose full name (or the words naming it) contains this shorter name ("the General Staff", "у Генштабі").</summary>
    private ResolvedSpeaker? Earlier(string name)
    {
        var key = PhraseNormalizer.Normalize(name);
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            var speaker = _memory[k].Speaker;
            if (speaker.Name.Length > name.Length && speaker.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return speaker;
            }

            if (speaker.Span is { } span && span.Length > name.Length
                && PhraseNormalizer.Normalize(span.Slice(_text).ToString()).Contains(key, StringComparison.Ordinal))
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>Two or three capitalised words closing the phrase after a lower-case title: a person's name.</summary>
    private TextSpan? TrailingName(int from, int end)
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

        return new TextSpan(_tokens[start].Start, _tokens[end - 1].End);
    }

    private bool IsCapitalized(int i) =>
        _tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start])
        && !SpeakerLexicon.NotNames.Contains(_text, _tokens[i])
        && !_lexicon.Nouns.TryMatch(_text, _tokens, i, i + 1, out _, out _);

    private bool IsTitleWord(int i) => _lexicon.Nouns.TryMatch(_text, _tokens, i, i + 1, out _, out _);

    private ResolvedSpeaker? Surname(int start, int end)
    {
        var word = _text.AsSpan(_tokens[end - 1].Start, _tokens[end - 1].End - _tokens[end - 1].Start);
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            var speaker = _memory[k].Speaker;
            if (speaker.Type == SpeakerType.Person && speaker.Span is { } s && s.Slice(_text).Contains(word, StringComparison.OrdinalIgnoreCase) && s.Slice(_text).Length > word.Length)
            {
                return speaker;
            }
        }

        return null;
    }

    private SpeakerType? HeadType(int start, int end, out string? head)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (_lexicon.Nouns.TryMatch(_text, _tokens, i, i + 1, out _, out var type))
            {
                head = _text.Substring(_tokens[i].Start, _tokens[i].End - _tokens[i].Start).ToLowerInvariant();
                return type;
            }
        }

        head = null;
        return null;
    }

    private string? SideIn(int start, int end)
    {
        var found = _lexicon.Sides.FindAll(_text, _tokens, start, end);
        return found.Count > 0 ? found[0].Value : null;
    }

    private int CountCapitalized(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Word && char.IsUpper(_text[t.Start]) && !SpeakerLexicon.NotNames.Contains(_text, t))
            {
                count++;
            }
        }

        return count;
    }

    private TextSpan StripDeterminer(int start, int end)
    {
        var first = start;
        while (first < end - 1 && SpeakerLexicon.Determiners.Contains(_text, _tokens[first]))
        {
            first++;
        }

        return new TextSpan(_tokens[first].Start, _tokens[end - 1].End);
    }

    private string NameText(int start, int end) => StripDeterminer(start, end).Slice(_text).ToString();
}
