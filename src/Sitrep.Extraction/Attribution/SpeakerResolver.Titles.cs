using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Speakers named by a title: a former holder of an office ("колишній начальник ... Віктор Шевчук", "бывший офицер
/// Генштаба ВСУ Олег Дмитренко") speaks for himself; a Ukrainian or Russian title before a body in the genitive
/// ("начальник Запорізької районної військової адміністрації", "глава районной администрации") speaks for the body; an
/// outlet named after its noun ("the newspaper Kommersant") is the outlet.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>A phrase opened by "former", "колишній", "бывший" and closed by a person's name: that person, with no side of the office.</summary>
    private ResolvedSpeaker? FormerHolder(int start, int end, ReadOnlySpan<PhraseMatch<Actor>> matches)
    {
        var first = start;
        while (first < end && SpeakerLexicon.Determiners.Contains(_text, Tokens[first]))
        {
            first++;
        }

        if (first >= end - 2)
        {
            return null;
        }

        // the word may stand inside the phrase or just before it ("колишній офіцер Генштабу ..." reads from "Генштабу")
        if (!PhraseGaps.Former.Contains(_text, Tokens[first]))
        {
            var before = first - 1;
            while (before >= 0 && before >= first - 2 && !PhraseGaps.Former.Contains(_text, Tokens[before]))
            {
                before--;
            }

            if (before < 0 || before < first - 2 || Tokens[before].Kind != TokenKind.Word)
            {
                return null;
            }

            first = before;
        }

        var from = first + 1;
        foreach (var m in matches)
        {
            if (m.Value.Type != SpeakerType.Person)
            {
                from = Math.Max(from, m.EndToken);
            }
            else if (m.EndToken == end)
            {
                return new ResolvedSpeaker(m.Value.Name, SpeakerType.Person, null, m.Span, m.Value);
            }
        }

        var name = end;
        while (name > from && name > end - 3 && Tokens[name - 1].Kind == TokenKind.Word && char.IsUpper(_text[Tokens[name - 1].Start])
            && !_lexicon.Nouns.TryMatch(_text, Tokens, name - 1, name, out _, out _))
        {
            name--;
        }

        if (end - name < 2)
        {
            return null;
        }

        var words = new TextSpan(Tokens[name].Start, Tokens[end - 1].End);
        return new ResolvedSpeaker(words.Slice(_text).ToString(), SpeakerType.Person, null, words, null);
    }

    /// <summary>"the newspaper Kommersant", "агентство Интерфакс-Украина": a media noun followed by capitalised words is the outlet they name.</summary>
    private ResolvedSpeaker? OutletNamed(int start, int end)
    {
        var first = start;
        while (first < end && SpeakerLexicon.Determiners.Contains(_text, Tokens[first]))
        {
            first++;
        }

        if (first + 1 >= end || !_lexicon.Nouns.TryMatch(_text, Tokens, first, first + 1, out _, out var type)
            || type is not (SpeakerType.Media or SpeakerType.Agency))
        {
            return null;
        }

        for (var i = first + 1; i < end; i++)
        {
            var t = Tokens[i];
            if (t.Kind == TokenKind.Word ? !char.IsUpper(_text[t.Start]) : !(t.Kind == TokenKind.Punctuation && _text[t.Start] is '-' or '.'))
            {
                return null;
            }
        }

        var words = new TextSpan(Tokens[first + 1].Start, Tokens[end - 1].End);
        return new ResolvedSpeaker(words.Slice(_text).ToString(), type, null, words, null);
    }

    /// <summary>
    /// "The spokesman said", "The ministry added": an article that opens the sentence before a lower-case noun is
    /// capitalised for the sentence, not part of a name ("The Kyiv Independent" keeps its capitals after it).
    /// </summary>
    private bool OpeningArticle(int start, int end)
    {
        var tokens = Tokens;
        if (end - start < 2 || tokens[start].Text(_text) is not "The" || tokens[start + 1].Kind != TokenKind.Word
            || char.IsUpper(_text[tokens[start + 1].Start]))
        {
            return false;
        }

        var before = tokens[start].Start - 1;
        while (before >= 0 && char.IsWhiteSpace(_text[before]))
        {
            before--;
        }

        return before < 0 || _text[before] is '.' or '!' or '?' or '\n' or '"' or '”' or ':';
    }

    /// <summary>A capitalised speaker noun that opens its sentence ("Аналитики института отмечают"): capitalised for the sentence, not a name.</summary>
    private bool OpensSentence(int start)
    {
        var t = Tokens[start];
        if (t.Kind != TokenKind.Word || !char.IsUpper(_text[t.Start]) || !IsCyrillic(_text[t.Start])
            || !_lexicon.Nouns.TryMatch(_text, Tokens, start, start + 1, out _, out _))
        {
            return false;
        }

        var before = t.Start - 1;
        while (before >= 0 && char.IsWhiteSpace(_text[before]))
        {
            before--;
        }

        return before < 0 || _text[before] is '.' or '!' or '?' or '\n' or '»' or ':';
    }

    /// <summary>
    /// A Ukrainian or Russian head noun with words of its own ("местные власти", "оперативного штаба региона",
    /// "глава районной администрации"): a body of its own, which refers back only to a speaker named with that noun,
    /// not to any earlier body of its type (no articles tell "the" from "a" in these languages).
    /// </summary>
    private bool QualifiedHead(int start, int end)
    {
        if (end - start >= 3 && !IsCyrillic(_text[Tokens[start].Start]))
        {
            return EnglishQualified(start, end);
        }

        if (end - start < 2 || !IsCyrillic(_text[Tokens[start].Start]))
        {
            return false;
        }

        var words = 0;
        for (var i = start; i < end; i++)
        {
            if (Tokens[i].Kind == TokenKind.Word)
            {
                words++;
            }
        }

        return words >= 2;
    }

    /// <summary>
    /// "the regional emergency services" (named right after "the region's governor said"): an English head noun with two
    /// lower-case words of its own before it, after its article, is a body of its own too; it refers back only to a speaker
    /// named with that noun, not to the governor, a body of its type ("the regional military administration" still
    /// refers back to the Kharkiv Regional Military Administration, whose name holds "administration").
    /// </summary>
    private bool EnglishQualified(int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            var t = Tokens[i];
            if (t.Kind != TokenKind.Word || !char.IsLower(_text[t.Start]))
            {
                return false;
            }

            words += Languages.SpeakerLexicon.Determiners.Contains(_text, t) ? 0 : 1;
        }

        return words >= 3;
    }

    /// <summary>
    /// "начальник Запорізької районної військової адміністрації", "глава районной администрации": a Ukrainian or
    /// Russian title before a body in the genitive speaks for the body (named in the nominative later); a body named
    /// by its head noun alone ("речник угруповання") is the body named just before, when there is one.
    /// </summary>
    private ResolvedSpeaker? TitledBody(int start, int end, SpeakerType headType)
    {
        if (headType == SpeakerType.Person || end - start < 2 || !IsCyrillic(_text[Tokens[start].Start]) || _words.TrailingName(start, end) is not null
            || !_lexicon.Nouns.TryMatch(_text, Tokens, start, start + 1, out _, out var titleType) || titleType != SpeakerType.Person)
        {
            return null;
        }

        return SpeakerOfTitledBody(start, end, start + 1, headType, inflected: true);
    }

    /// <summary>
    /// A title in tokens [<paramref name="start"/>, <paramref name="body"/>) before a body up to <paramref name="end"/>
    /// speaks for the body: the body named just before or remembered when the phrase names it by its head noun alone,
    /// else the body of the story's place, else the body's own words. <paramref name="inflected"/> is for Ukrainian and
    /// Russian, where the body stands in the genitive ("начальник Запорізької районної військової адміністрації") and a
    /// local office gives the side; English bodies ("the head of the Kostiantynivka city military administration") are
    /// spoken for by an earlier body only when no capitalised word names them.
    /// </summary>
    private ResolvedSpeaker? SpeakerOfTitledBody(int start, int end, int body, SpeakerType headType, bool inflected)
    {
        var phrase = _words.StripDeterminer(start, end);
        var words = _words.NameText(body, end);
        var name = inflected ? NominativeName.Of(words, _language) : words;
        var bodyHead = Tokens[end - 1].Text(_text).ToString().ToLowerInvariant();
        var spokenFor = inflected
            // "Голова ОВА": the story's body of that level; "речник угруповання": the body named just before
            ? end - start == 2
                ? StoryBody(name, SpeakerType.Person, phrase) ?? NamedJustBefore(bodyHead, start, phrase, headType)
                    ?? (bodyHead.Length >= 4 ? _memory.BackReference(bodyHead, null) : null)
                    // "представитель ведомства", "речник відомства": a body word in another case refers back to the
                    // body of its kind that spoke last
                    ?? (_lexicon.Nouns.TryMatch(_text, Tokens, end - 1, end, out _, out var bodyType) && bodyType == SpeakerType.Government
                        ? _memory.BackReference(bodyHead, bodyType) : null)
                : null
            // "a spokesperson for the brigade": the brigade named before speaks through its spokesperson
            : _words.CountCapitalized(body, end) == 0
                ? NamedJustBefore(bodyHead, start, phrase) ?? _memory.BackReference(bodyHead, headType)
                : null;
        if (spokenFor is not null)
        {
            return spokenFor with { Type = SpeakerType.Person, Span = phrase };
        }

        // "голова обласної військової адміністрації" with no region named: the body of the story's region
        return StoryBody(name, SpeakerType.Person, phrase)
            ?? new ResolvedSpeaker(words, SpeakerType.Person, _words.SideIn(start, end) ?? (inflected ? LocalOfficeSide(start, end) : null), phrase, null);
    }

    /// <summary>
    /// "міський голова Андрій Литвиненко", "мэр города Сергей Карпенко", "глава районной администрации": a local office
    /// speaks for the authority of the story's place, Ukrainian or Russian (its first settlement in either country);
    /// null when the words name no local office or the story has no such place.
    /// </summary>
    private string? LocalOfficeSide(int start, int end)
    {
        var local = false;
        for (var i = start; i < end && !local; i++)
        {
            var word = Tokens[i].Chars(_text);
            if (CivilianWords.Contains(_text, Tokens[i]))
            {
                return null; // "a nurse at the city hospital", "медсестра міської лікарні": a civilian, whatever the town runs
            }

            local = PhraseGaps.Mayors.Contains(word);
            foreach (var prefix in PhraseGaps.LocalOffices)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    local = true;
                    break;
                }
            }
        }

        if (!local)
        {
            return null;
        }

        foreach (var p in _places)
        {
            if (p.Role == PlaceRole.Location && !p.IsAdminArea && p.Country is "UA" or "RU")
            {
                return p.Country;
            }
        }

        return null;
    }

    /// <summary>
    /// Civilian occupations and the civilian institutions a town runs: a person described by them ("Olena Hrytsai, a nurse
    /// at the city hospital", "вчителька міської школи") is a witness and speaks for no authority.
    /// </summary>
    private static readonly WordSet CivilianWords = new(
    [
        "nurse", "doctor", "teacher", "pensioner", "resident", "driver", "shopkeeper", "miner", "engineer", "student",
        "worker", "hospital", "school", "library", "market", "clinic",
        "медсестра", "медсестри", "лікар", "лікарка", "вчитель", "вчителька", "мешканка", "мешканець", "пенсіонерка",
        "пенсіонер", "водій", "лікарні", "лікарня", "школи", "школа", "ринку",
        "врач", "учитель", "учительница", "жительница", "житель", "пенсионерка", "пенсионер", "водитель", "больницы",
        "больница", "школы", "рынка",
    ]);

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>A head noun without its case ending, for finding it in the inflected words of a name ("угрупованні" in "угруповання").</summary>
    private static string HeadStem(string head)
    {
        var end = head.Length;
        while (end > head.Length - 2 && end > 4 && "аеєиіїоуюяьй".Contains(head[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return head[..end];
    }

    /// <summary>Whether token <paramref name="i"/> is a Ukrainian or Russian person's title ("речник", "спикер").</summary>
    public bool IsSlavicTitle(int i) => i >= 0 && i < Tokens.Length && _words.IsSlavicTitle(i);

    /// <summary>
    /// A body in the locative opening a sentence with no speaker after its verb: "В Угрупованні об'єднаних сил цю
    /// інформацію спростували" (a registry body), "У міській раді заявили" (a speaker noun); a place alone ("У
    /// Харкові заявили") is not one.
    /// </summary>
    public ResolvedSpeaker? LocativeOpening(int first, int cue)
    {
        if (Tokens[first].Text(_text) is not ("В" or "У" or "Во" or "в" or "у" or "во"))
        {
            return null;
        }

        if (RegistryAt(first, cue) is { } body)
        {
            return body;
        }

        var end = first + 1;
        while (end < cue && Tokens[end].Kind == TokenKind.Word && (char.IsUpper(_text[Tokens[end].Start])
            || _lexicon.Adjectives.Contains(_text, Tokens[end]) || _lexicon.Nouns.TryMatch(_text, Tokens, end, end + 1, out _, out _)))
        {
            end++;
        }

        return end > first + 1 && _words.HeadType(first + 1, end, out _) is not null ? Resolve(first + 1, end) : null;
    }

    /// <summary>
    /// "A Russian military blogger": an indefinite phrase whose registry body is only a modifier of a person noun after
    /// it is that person, not the body.
    /// </summary>
    private ResolvedSpeaker? PersonModifiedByBody(int start, int end, PhraseMatch<Actor> best)
    {
        if (Tokens[start].Text(_text) is not ("a" or "A" or "an" or "An" or "one" or "One") || best.EndToken >= end
            || best.Value.Type == SpeakerType.Person
            || !PhraseGaps.Commentators.Contains(_text, Tokens[end - 1]))
        {
            return null; // "a Kremlin spokesman" speaks for the Kremlin
        }

        var words = _words.StripDeterminer(start, end);
        return new ResolvedSpeaker(words.Slice(_text).ToString(), SpeakerType.Person, _lexicon.Registry.SideOf(best.Value) ?? _words.SideIn(start, end), words, null);
    }
}
