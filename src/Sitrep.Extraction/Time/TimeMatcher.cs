using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Quantities;

namespace Sitrep.Extraction.Time;

/// <summary>A pattern matched at a token position: tokens [First, End) with the span starting at SpanFirst.</summary>
internal readonly record struct TimeCandidate(int First, int SpanFirst, int End, TimeValue Value, bool PartOfDay = false, TimeAnaphora Anaphora = TimeAnaphora.None);

/// <summary>Expressions that take their day from the previous dated expression of the document.</summary>
internal enum TimeAnaphora
{
    None,

    /// <summary>"the same day": that day.</summary>
    SameDay,

    /// <summary>"during the night": the night into that day (the night before publication without one).</summary>
    TheNight,

    /// <summary>"the following night", "наступної ночі", "следующей ночью": the night after that day (none without one).</summary>
    NextNight,

    /// <summary>"two days later", "через два дні", "спустя два дня": that many days after that day (none without one).</summary>
    DaysLater,

    /// <summary>"during the reporting period": the first stretch of days the document names (none without one).</summary>
    ReportingPeriod,
}

/// <summary>
/// Runs every language's time patterns over a sentence's tokens. Patterns are indexed by their possible first
/// words so that a token is only tried against the patterns that can start with it.
/// </summary>
internal sealed partial class TimeMatcher
{
    private readonly Dictionary<string, List<TimePattern>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TimePattern> _numberFirst = [];
    private readonly List<TimePattern> _wordFirst = [];

    // the patterns of _numberFirst and _wordFirst whose Lead shares a bit with a token's lead, per lead (made when
    // first asked for): a number or a word runs through the patterns that can start at it only, in the same order
    private readonly TimePattern[]?[] _numberFirstByLead = new TimePattern[(int)TimeLead.All + 1][];
    private readonly TimePattern[]?[] _wordFirstByLead = new TimePattern[(int)TimeLead.All + 1][];
    // every key of the first-word, month, weekday and number-word tables (a word not among them is in none of
    // them, so most words cost one lookup instead of four) and the future markers and carriers: one lookup a token,
    // which also tells which of the month, weekday, cardinal and year-word tables have the word and the patterns
    // it is the first word of
    private readonly WordTable<WordInfo> _wordKinds;

    [Flags]
    internal enum WordKinds : byte
    {
        None = 0,
        Key = 1,
        FutureMarker = 2,
        FutureCarrier = 4,
        Month = 8,
        Weekday = 16,
        Cardinal = 32,
        YearWord = 64,
    }

    private readonly record struct WordInfo(WordKinds Kinds, List<TimePattern>? FirstOf);

    // the elements of the patterns, numbered by slot and literals (TimeElement.Id, TimePattern.FirstElement)
    private readonly Dictionary<string, int> _elements = new(StringComparer.Ordinal);

    public TimeMatcher(IEnumerable<TimeLanguage> languages)
    {
        var future = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var carriers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<TimePattern>();
        foreach (var language in languages)
        {
            future.UnionWith(language.FutureMarkers);
            carriers.UnionWith(language.FutureCarriers);
            foreach (var (source, rule) in language.Patterns)
            {
                var pattern = TimePattern.Parse(source, rule);
                Index(pattern);
                patterns.Add(pattern);
            }
        }

        IndexLiterals(patterns);

        var kinds = new Dictionary<string, WordKinds>(StringComparer.OrdinalIgnoreCase);
        void Mark(IEnumerable<string> words, WordKinds kind)
        {
            foreach (var word in words)
            {
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
            }
        }

        Mark(_byFirstWord.Keys, WordKinds.Key);
        Mark(TimeLexicon.Months.Dictionary.Keys, WordKinds.Key);
        Mark(TimeLexicon.Weekdays.Dictionary.Keys, WordKinds.Key);
        Mark(NumberWords.Lookup.Dictionary.Keys, WordKinds.Key);
        Mark(future, WordKinds.FutureMarker);
        Mark(carriers, WordKinds.FutureCarrier);
        Mark(TimeLexicon.Months.Dictionary.Keys, WordKinds.Month);
        Mark(TimeLexicon.Weekdays.Dictionary.Keys, WordKinds.Weekday);
        Mark(NumberWords.Lookup.Dictionary.Where(w => w.Value.Kind == NumberWordKind.Cardinal).Select(w => w.Key), WordKinds.Cardinal);
        Mark(YearWordList(), WordKinds.YearWord);
        var infos = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, kind) in kinds)
        {
            infos[word] = new WordInfo(kind, _byFirstWord.GetValueOrDefault(word));
        }

        _wordKinds = new WordTable<WordInfo>(infos);
    }

    public static TimeMatcher Default { get; } = new(TimeLanguages.All);

    private void Index(TimePattern pattern)
    {
        foreach (var element in pattern.Elements)
        {
            var signature = $"{(int)element.Slot}\0{string.Join('\0', element.Literals)}";
            if (!_elements.TryGetValue(signature, out var number))
            {
                _elements[signature] = number = _elements.Count;
            }

            element.Id = number;
        }

        var head = pattern.Elements[0];
        if (!head.Optional)
        {
            pattern.FirstElement = head.Id;
        }

        foreach (var element in pattern.Elements)
        {
            pattern.Lead |= element.Lead;
            if (!element.Optional)
            {
                break;
            }
        }

        foreach (var element in pattern.Elements)
        {
            if (element.Slot != TimeSlot.None)
            {
                // a slot can start with a number token, a word token (month, weekday, number word) or both
                if (element.Slot is not (TimeSlot.Month or TimeSlot.Month2 or TimeSlot.MidMonth or TimeSlot.Weekday) && !_numberFirst.Contains(pattern))
                {
                    _numberFirst.Add(pattern);
                }

                if (element.Slot is TimeSlot.Month or TimeSlot.MidMonth or TimeSlot.Weekday or TimeSlot.Count or TimeSlot.Year or TimeSlot.GuardedYear
                    && !_wordFirst.Contains(pattern))
                {
                    _wordFirst.Add(pattern);
                }
            }
            else
            {
                foreach (var literal in element.Literals)
                {
                    if (!_byFirstWord.TryGetValue(literal, out var list))
                    {
                        _byFirstWord[literal] = list = [];
                    }

                    if (!list.Contains(pattern))
                    {
                        list.Add(pattern);
                    }
                }
            }

            if (!element.Optional)
            {
                break;
            }
        }
    }

    /// <summary>The candidates of the sentence being matched, and those taken: lists this thread reuses from sentence to sentence.</summary>
    [ThreadStatic]
    private static List<TimeCandidate>? t_found;

    [ThreadStatic]
    private static List<TimeCandidate>? t_taken;

    /// <summary>Finds the non-overlapping time expressions of one sentence, longest first, and adds them in text order.</summary>
    /// <param name="remember">False tries every element at every token (what a test compares the remembered failures with).</param>
    public void FindAll(Document document, Sentence sentence, DateOnly? published, List<TimeCandidate> into, bool remember = true)
    {
        var tokens = document.TokensOf(sentence);
        var text = document.Text;
        Span<WordKinds> kinds = tokens.Length <= 256 ? stackalloc WordKinds[tokens.Length] : new WordKinds[tokens.Length];
        Span<int> ids = tokens.Length <= 256 ? stackalloc int[tokens.Length] : new int[tokens.Length];
        TokenWords.IdsOf(text, tokens, ids);
        for (var i = 0; i < tokens.Length; i++)
        {
            kinds[i] = _wordKinds.TryGetValue(ids[i], out var info) ? info.Kinds : WordKinds.None;
        }

        var futureClauses = FutureClauses(text, tokens, kinds);
        var found = t_found ??= [];
        found.Clear();

        // per element, the token (plus one) where it last failed: the patterns sharing it fail there without trying it
        Span<int> failedAt = _elements.Count <= 512 ? stackalloc int[_elements.Count] : new int[_elements.Count];
        // per literal element, the token (plus one) where it was last tried, negative when it did not match there
        Span<int> literalAt = !remember ? default : _elements.Count <= 512 ? stackalloc int[_elements.Count] : new int[_elements.Count];
        // per literal element, one more than the last token it matches (patterns needing it are not tried after that)
        Span<int> literalLast = !remember ? default : _elements.Count <= 512 ? stackalloc int[_elements.Count] : new int[_elements.Count];
        if (remember)
        {
            NoteLiterals(text, tokens, ids, literalLast);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Text(text);
            var anchor = new TimeAnchor(published, futureClauses is not null && futureClauses[i]);
            var known = (kinds[i] & WordKinds.Key) != 0;
            if (known && _wordKinds.TryGetValue(ids[i], out var info) && info.FirstOf is { } list && !InsideName(text, tokens, i))
            {
                TryAll(CollectionsMarshal.AsSpan(list), text, tokens, i, anchor, document.Language, found, failedAt, literalAt, literalLast, remember, TimeLead.All);
            }

            if (tokens[i].Kind == TokenKind.Number)
            {
                var lead = NumberLead(word, known);
                var patterns = remember ? ByLead(_numberFirstByLead, _numberFirst, lead) : CollectionsMarshal.AsSpan(_numberFirst);
                TryAll(patterns, text, tokens, i, anchor, document.Language, found, failedAt, literalAt, literalLast, remember, lead);
            }
            else if (tokens[i].Kind == TokenKind.Word && MayStartSlot(word, kinds[i]))
            {
                var lead = WordLead(word, kinds[i]);
                var patterns = remember ? ByLead(_wordFirstByLead, _wordFirst, lead) : CollectionsMarshal.AsSpan(_wordFirst);
                TryAll(patterns, text, tokens, i, anchor, document.Language, found, failedAt, literalAt, literalLast, remember, lead);
            }
        }

        // longest span first (context words do not count), then the earliest
        found.Sort((a, b) => (b.End - b.SpanFirst).CompareTo(a.End - a.SpanFirst) is var byLength and not 0 ? byLength : a.First.CompareTo(b.First));
        var taken = t_taken ??= [];
        taken.Clear();
        var overlapping = found.Count > 1;
        Span<bool> used = !overlapping ? default : tokens.Length <= 256 ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
        foreach (var candidate in found)
        {
            if (overlapping)
            {
                if (used.Slice(candidate.First, candidate.End - candidate.First).Contains(true))
                {
                    continue;
                }

                used.Slice(candidate.First, candidate.End - candidate.First).Fill(true);
            }

            taken.Add(candidate);
        }

        taken.Sort((a, b) => a.First.CompareTo(b.First));
        for (var k = 0; k < taken.Count; k++)
        {
            // a bare part of the day next to another expression (a preposition between) only qualifies it ("у середу вранці", "утром в четверг")
            if (!taken[k].PartOfDay || !(k > 0 && taken[k].First - taken[k - 1].End <= 1) && !(k + 1 < taken.Count && taken[k + 1].First - taken[k].End <= 1))
            {
                into.Add(taken[k]);
            }
        }
    }

    /// <summary>The patterns of <paramref name="all"/> a token of <paramref name="lead"/> can start, in their order.</summary>
    private static ReadOnlySpan<TimePattern> ByLead(TimePattern[]?[] byLead, List<TimePattern> all, TimeLead lead)
    {
        // (two threads may both make one: the same array)
        return byLead[(int)lead & (int)TimeLead.All] ??= Filter(all, lead);
    }

    private static TimePattern[] Filter(List<TimePattern> all, TimeLead lead)
    {
        var kept = new List<TimePattern>();
        foreach (var pattern in all)
        {
            if ((pattern.Lead & lead) != 0)
            {
                kept.Add(pattern);
            }
        }

        return [.. kept];
    }

    private static void TryAll(
        ReadOnlySpan<TimePattern> patterns, string text, ReadOnlySpan<Token> tokens, int start, TimeAnchor anchor, string language,
        List<TimeCandidate> found, Span<int> failedAt, Span<int> literalAt, ReadOnlySpan<int> literalLast, bool remember, TimeLead lead)
    {
        foreach (var pattern in patterns)
        {
            if (!remember)
            {
                failedAt.Clear();
            }
            else if ((pattern.Lead & lead) == 0)
            {
                continue; // none of the elements it can start with can match this token
            }
            else if (!RequiredLiteralsAfter(pattern, literalLast, start))
            {
                continue; // a word it needs is not in the rest of the sentence
            }

            var head = pattern.FirstElement;
            if (head >= 0 && failedAt[head] == start + 1)
            {
                continue; // its first element failed here for another pattern: it fails the same way
            }

            if (pattern.IsDaytimeOpening && start != 0)
            {
                continue; // "днём", "вдень" inside a sentence: a noun or a habit ("с каждым днём", "вдень і вночі")
            }

            if (TryMatch(pattern, text, tokens, start, language, failedAt, literalAt, out var spanFirst, out var end, out var captures)
                && end > spanFirst
                && !(pattern.IsDaytimeOpening && end < tokens.Length && IsDayCount(tokens[end].Text(text).ToString()))
                && pattern.Rule(captures, anchor) is { } value)
            {
                found.Add(new TimeCandidate(start, spanFirst, end, value, pattern.IsPartOfDay, pattern.Anaphora));
            }
        }
    }

    /// <summary>"Днём ранее", "днём позже", "днем раньше": a day's difference, not the daytime.</summary>
    private static bool IsDayCount(string next) =>
        next.Equals("ранее", StringComparison.OrdinalIgnoreCase) || next.Equals("позже", StringComparison.OrdinalIgnoreCase)
        || next.Equals("раньше", StringComparison.OrdinalIgnoreCase) || next.Equals("спустя", StringComparison.OrdinalIgnoreCase)
        || next.Equals("пізніше", StringComparison.OrdinalIgnoreCase) || next.Equals("раніше", StringComparison.OrdinalIgnoreCase);

    private static bool TryMatch(TimePattern pattern, string text, ReadOnlySpan<Token> tokens, int start, string language,
        Span<int> failedAt, Span<int> literalAt, out int spanFirst, out int end, out TimeCaptures captures)
    {
        captures = default;
        spanFirst = start;
        var j = start;
        foreach (var element in pattern.Elements)
        {
            // a required element that failed here for another pattern fails again (an optional one is tried: a
            // failed try may leave a capture set)
            var consumed = j >= tokens.Length || (!element.Optional && failedAt[element.Id] == j + 1) ? 0
                : element.Slot == TimeSlot.None && !literalAt.IsEmpty ? MatchLiteral(element, text, tokens, j, literalAt)
                : MatchElement(element, text, tokens, j, language, ref captures);
            if (consumed == 0 && !element.Optional)
            {
                failedAt[element.Id] = j + 1;
                end = j;
                return false;
            }

            j += consumed;
            if (element.Context)
            {
                spanFirst = j;
            }
        }

        end = j;
        return true;
    }

    /// <summary>
    /// A literal element at token <paramref name="j"/>, remembered in <paramref name="literalAt"/>: whether a literal
    /// matches depends on the token only (it sets no capture), so the patterns sharing it read the answer.
    /// </summary>
    private static int MatchLiteral(TimeElement element, string text, ReadOnlySpan<Token> tokens, int j, Span<int> literalAt)
    {
        ref var at = ref literalAt[element.Id];
        if (at == j + 1)
        {
            return 1;
        }

        if (at == -(j + 1))
        {
            return 0;
        }

        var matched = element.MatchesLiteral(tokens[j].Text(text));
        at = matched ? j + 1 : -(j + 1);
        return matched ? 1 : 0;
    }

    private static readonly HashSet<string> NameWords = new(StringComparer.Ordinal) { "Today", "Tonight", "Tomorrow", "Yesterday" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameWordLookup = NameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Europe Today", "Kyiv Tonight": a capitalised day word right after a capitalised word inside a sentence is the
    /// end of a name (an outlet, a programme), not a date. At the start of a sentence it is a date ("Today the city...").
    /// </summary>
    private static bool InsideName(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || !NameWordLookup.Contains(tokens[i].Text(text)))
        {
            return false;
        }

        var before = tokens[i - 1];
        var word = before.Text(text);
        return before.Kind == TokenKind.Word && char.IsUpper(word[0]);
    }

    /// <summary>
    /// Whether a word can start a slot: a month or weekday name, "mid-...", a number word, "a"/"an";
    /// <paramref name="kinds"/>: the tables that have the word.
    /// </summary>
    internal static bool MayStartSlot(ReadOnlySpan<char> word, WordKinds kinds)
    {
        if ((kinds & (WordKinds.Month | WordKinds.Cardinal)) != 0)
        {
            return true;
        }

        var weekday = (kinds & WordKinds.Weekday) != 0;
        if (word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            word = word[..^2];
            weekday = TimeLexicon.Weekdays.ContainsKey(word); // the word without "'s" is another word
        }

        return weekday || word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)
            || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Per token: whether a future marker ("will", "буде", "будет") comes before it in its clause (clauses end at
    /// commas, semicolons, colons and dashes). "Officials said on Tuesday that talks will resume on Friday" reads
    /// Tuesday as past and Friday as future. Null when the sentence has no marker.
    /// </summary>
    private static bool[]? FutureClauses(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<WordKinds> kinds)
    {
        bool[]? future = null;
        var inFuture = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var carried = token.Text(text) is [','] && i + 1 < tokens.Length && (kinds[i + 1] & WordKinds.FutureCarrier) != 0;
            if (token.Kind == TokenKind.Punctuation && token.Text(text) is [',' or ';' or ':' or '\u2014' or '\u2013'] && !carried)
            {
                inFuture = false;
            }
            else if (token.Kind == TokenKind.Word && (kinds[i] & WordKinds.FutureMarker) != 0)
            {
                inFuture = true;
            }
            else if (inFuture)
            {
                future ??= new bool[tokens.Length];
                future[i] = true;
            }
        }

        return future;
    }
}
