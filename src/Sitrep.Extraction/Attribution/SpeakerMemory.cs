using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// The speakers a document has named so far, latest last, and the back-references that reach them: a pronoun
/// ("he said", "it said"), a head noun ("the corps"), a shorter name ("the General Staff") or a surname.
/// </summary>
internal sealed class SpeakerMemory
{
    private const int PronounReach = 8;
    private const int MemoryReach = 40;
    private const int Buffer = 256;
    private readonly string _text;
    private readonly List<(ResolvedSpeaker Speaker, int Sentence)> _memory = [];

    public SpeakerMemory(string text) => _text = text;

    public void Remember(ResolvedSpeaker speaker, int sentence) => _memory.Add((speaker, sentence));

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
            if ((!person || (speaker.Type == SpeakerType.Person && !IsGenericPlural(speaker.Name)) || HeldByOne(speaker))
                && (!thing || speaker.Type != SpeakerType.Person))
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// A body named by the office one person holds ("Governor of Belgorod region", "губернатор Белгородской области",
    /// "the mayor of Brovary"): "он", "he" refer back to it as to a person.
    /// </summary>
    private bool HeldByOne(ResolvedSpeaker speaker)
    {
        if (speaker.Type != SpeakerType.Government)
        {
            return false;
        }

        var words = speaker.Span is { } span ? span.Slice(_text) : default;
        foreach (var office in OneHolderOffices)
        {
            if (speaker.Name.StartsWith(office, StringComparison.OrdinalIgnoreCase) || words.StartsWith(office, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OneHolderOffices = ["governor", "mayor", "губернатор", "мэр", "мер "];

    /// <summary>An English plural of lower-case words ("analysts", "local officials"): a group, not one person.</summary>
    private static bool IsGenericPlural(string name)
    {
        var last = name.AsSpan().TrimEnd();
        var space = last.LastIndexOf(' ');
        var word = space < 0 ? last : last[(space + 1)..];
        if (word.Length > 3 && word[^1] is 'ы' && space < 0)
        {
            return true; // "Укроресурсы", "Военкоры": a Russian plural named as one word is a group, not "он"
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !name.Any(char.IsUpper);
    }

    /// <summary>The latest speaker whose name or words have the head noun, or, for a body's type, the latest body of that type.</summary>
    public ResolvedSpeaker? BackReference(string head, SpeakerType? type)
    {
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            var speaker = _memory[k].Speaker;
            if (speaker.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                || (speaker.Span is { } words && words.Slice(_text).Contains(head, StringComparison.OrdinalIgnoreCase))
                || (type == SpeakerType.Person && speaker.Type == SpeakerType.Person && speaker.Span is { } name && TitleBefore(name).Contains(head, StringComparison.OrdinalIgnoreCase))
                || (type is not null && speaker.Type == type && type != SpeakerType.Person))
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// The title right before a person's name, with no punctuation between: "Речник Угруповання об'єднаних сил" before
    /// "Олег Гуменюк", "Joint Forces Grouping spokesman" before "Oleh Humeniuk", so that a later bare "Речник додав" or
    /// "The spokesman added" is that person. Empty when punctuation or a line break comes first.
    /// </summary>
    private ReadOnlySpan<char> TitleBefore(TextSpan name)
    {
        var from = name.Start;
        var floor = Math.Max(0, name.Start - TitleReach);
        while (from > floor && _text[from - 1] is not ('.' or '!' or '?' or ',' or ';' or ':' or '\n' or '«' or '»' or '"' or '—' or '–' or '(' or ')'))
        {
            from--;
        }

        return _text.AsSpan(from, name.Start - from);
    }

    private const int TitleReach = 90;

    /// <summary>The title right before a person's name (<see cref="TitleBefore(TextSpan)"/>), empty for a speaker named otherwise.</summary>
    public ReadOnlySpan<char> TitleOf(ResolvedSpeaker speaker) =>
        speaker.Type == SpeakerType.Person && speaker.Span is { } name ? TitleBefore(name) : default;

    /// <summary>
    /// The latest person introduced by a title holding every one of <paramref name="stems"/> ("Голова Запорізької ОВА Іван
    /// Дорошенко" for "голов", "ОВА"; "Речник Сил оборони півдня України Андрій Ковальчук" for "речник"), or null.
    /// </summary>
    public ResolvedSpeaker? TitledPerson(ReadOnlySpan<string> stems)
    {
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            var title = TitleOf(_memory[k].Speaker);
            if (title.IsEmpty)
            {
                continue;
            }

            var all = true;
            foreach (var stem in stems)
            {
                all &= title.Contains(stem, StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return _memory[k].Speaker;
            }
        }

        return null;
    }

    /// <summary>The latest speaker (within the memory's reach) that <paramref name="match"/> accepts.</summary>
    public ResolvedSpeaker? Latest(Func<ResolvedSpeaker, bool> match)
    {
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            if (match(_memory[k].Speaker))
            {
                return _memory[k].Speaker;
            }
        }

        return null;
    }

    /// <summary>An earlier speaker whose full name (or the words naming it) contains this shorter name ("the General Staff", "у Генштабі").</summary>
    public ResolvedSpeaker? Earlier(string name)
    {
        // normalised on the stack; a name or words longer than the buffer as a string
        Span<char> keyBuffer = stackalloc char[Buffer];
        Span<char> words = stackalloc char[Buffer];
        ReadOnlySpan<char> key = name.Length <= Buffer
            ? keyBuffer[..PhraseNormalizer.NormalizeInto(name.AsSpan().Trim(), keyBuffer)]
            : PhraseNormalizer.Normalize(name);
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            var speaker = _memory[k].Speaker;
            if (speaker.Name.Length > name.Length && speaker.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return speaker;
            }

            if (speaker.Span is { } span && span.Length > name.Length)
            {
                var source = span.Slice(_text).Trim();
                var found = source.Length <= Buffer
                    ? words[..PhraseNormalizer.NormalizeInto(source, words)].Contains(key, StringComparison.Ordinal)
                    : PhraseNormalizer.Normalize(source.ToString()).AsSpan().Contains(key, StringComparison.Ordinal);
                if (found || Contraction(name.AsSpan().Trim(), source))
                {
                    return speaker;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether one word is the contraction of the first two words of a name, as Ukrainian and Russian shorten bodies:
    /// the first three letters of the first word and the second word's start ("Генштаба" for "Генеральный штаб ВСУ",
    /// "Міноборони" for "Міністерство оборони", "Генпрокуратура" for "Генеральна прокуратура").
    /// </summary>
    internal static bool Contraction(ReadOnlySpan<char> word, ReadOnlySpan<char> name)
    {
        if (word.Length < 6 || word.IndexOf(' ') >= 0)
        {
            return false;
        }

        var space = name.IndexOf(' ');
        if (space < 4)
        {
            return false;
        }

        var second = name[(space + 1)..];
        var end = second.IndexOf(' ');
        second = end < 0 ? second : second[..end];
        var stem = second[..Math.Min(4, second.Length)];
        return second.Length >= 4 && word.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)
            && word[3..].StartsWith(stem, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The latest person whose name's words contain <paramref name="word"/> and more: "Syrskyi" after "Oleksandr Syrskyi".</summary>
    public ResolvedSpeaker? Surname(ReadOnlySpan<char> word)
    {
        for (var k = _memory.Count - 1; k >= Math.Max(0, _memory.Count - MemoryReach); k--)
        {
            var speaker = _memory[k].Speaker;
            if (speaker.Type == SpeakerType.Person && speaker.Span is { } s && s.Slice(_text).Length > word.Length
                && (s.Slice(_text).Contains(word, StringComparison.OrdinalIgnoreCase) || LastWordForm(s.Slice(_text), word)))
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a case form of the last word of a person's name ("За словами Коваленка" after
    /// "Віталій Коваленко", "с Ивановым" after "Петр Иванов").
    /// </summary>
    private static bool LastWordForm(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && SurnameForms.Same(name[(space + 1)..], word);
    }
}
