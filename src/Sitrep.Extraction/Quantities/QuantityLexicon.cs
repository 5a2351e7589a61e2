using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Quantities;

[Flags]
internal enum WordRole
{
    None = 0,
    Noun = 1,
    Person = 2,
    Casualty = 4,
    Modifier = 8,
    Stop = 16,
    Auxiliary = 32,
    NotCounted = 64,
    Label = 128,
    ChangeVerb = 256,
    Side = 512,
    Complement = 1024,
    Singular = 2048,
    Eliminated = 4096,
    Loss = 8192,
    Repeat = 16384,
    AttackVerb = 32768,
    Population = 65536,
    Attempt = 131072,
}

/// <summary>Everything the lexicon knows about one word, merged over languages.</summary>
internal readonly record struct WordInfo(WordRole Roles, string? Unit, string? CasualtyUnit, string? ModifierFrom, string? ModifierTo, string? Side)
{
    public bool Has(WordRole role) => (Roles & role) != 0;
}

/// <summary>
/// The merged quantity vocabulary of all languages: exact words in a hash table, inflected Cyrillic stems as
/// prefixes (longest first). Lookups take the token text and do not allocate.
/// </summary>
internal sealed class QuantityLexicon
{
    private readonly Dictionary<string, WordInfo> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly List<(string Prefix, WordInfo Info)> _prefixes = [];
    private readonly Dictionary<string, int> _multiples = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _multiplesLookup;
    private readonly WordTable<WordInfo> _exactTable;
    private readonly WordTable<int> _multiplesTable;
    private readonly Dictionary<char, (string Prefix, WordInfo Info)[]> _prefixesByFirstLetter;

    public QuantityLexicon(IEnumerable<QuantityLanguage> languages)
    {
        var hedges = new List<(string[] Words, HedgeKind Kind)>();
        foreach (var l in languages)
        {
            foreach (var (words, unit) in l.Nouns)
            {
                AddAll(words, new WordInfo(WordRole.Noun, unit, null, null, null, null));
            }

            AddAll(l.People, new WordInfo(WordRole.Person, null, null, null, null, null));
            foreach (var (words, unit) in l.Casualties)
            {
                AddAll(words, new WordInfo(WordRole.Casualty, null, unit, null, null, null));
            }

            foreach (var (words, from, to) in l.Modifiers)
            {
                AddAll(words, new WordInfo(WordRole.Modifier, null, null, from, to, null));
            }

            foreach (var (words, side) in l.Sides)
            {
                AddAll(words, new WordInfo(WordRole.Side, null, null, null, null, side));
            }

            AddAll(l.Singulars, new WordInfo(WordRole.Singular, null, null, null, null, null));
            AddAll(l.Complements, new WordInfo(WordRole.Complement, null, null, null, null, null));
            AddAll(l.Stops, new WordInfo(WordRole.Stop, null, null, null, null, null));
            AddAll(l.Auxiliaries, new WordInfo(WordRole.Auxiliary, null, null, null, null, null));
            AddAll(l.NotCounted, new WordInfo(WordRole.NotCounted, null, null, null, null, null));
            AddAll(l.Labels, new WordInfo(WordRole.Label, null, null, null, null, null));
            AddAll(l.ChangeVerbs, new WordInfo(WordRole.ChangeVerb, null, null, null, null, null));
            AddAll(l.Eliminated, new WordInfo(WordRole.Eliminated, null, null, null, null, null));
            AddAll(l.Losses, new WordInfo(WordRole.Loss, null, null, null, null, null));
            AddAll(l.Repeats, new WordInfo(WordRole.Repeat | WordRole.NotCounted, null, null, null, null, null));
            AddAll(l.AttackVerbs, new WordInfo(WordRole.AttackVerb, null, null, null, null, null));
            AddAll(l.Populations, new WordInfo(WordRole.Population, null, null, null, null, null));
            AddAll(l.Attempts, new WordInfo(WordRole.Attempt, null, null, null, null, null));
            foreach (var (word, times) in l.Multiples)
            {
                _multiples[word] = times;
            }
            hedges.AddRange(l.Hedges.Select(h => (h.Phrase.Split(' '), h.Kind)));
            Comparisons.AddRange(l.Comparisons.Select(c => c.Split(' ')));
            Inclusions.AddRange(l.Inclusions.Select(c => c.Split(' ')));
        }

        // The military personnel nouns are people too: "three soldiers were killed".
        foreach (var key in _exact.Keys.ToList())
        {
            if (_exact[key].Unit == Core.Model.Units.Personnel)
            {
                _exact[key] = _exact[key] with { Roles = _exact[key].Roles | WordRole.Person };
            }
        }

        for (var i = 0; i < _prefixes.Count; i++)
        {
            if (_prefixes[i].Info.Unit == Core.Model.Units.Personnel)
            {
                _prefixes[i] = (_prefixes[i].Prefix, _prefixes[i].Info with { Roles = _prefixes[i].Info.Roles | WordRole.Person });
            }
        }

        _prefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        _prefixesByFirstLetter = _prefixes.GroupBy(p => Letters.Lower(p.Prefix[0])).ToDictionary(g => g.Key, g => g.ToArray());
        Hedges = [.. hedges.OrderByDescending(h => h.Words.Length)];
        _hedgesByLastWord = HedgeIndex(Hedges);
        _hedgesByLastWordLookup = _hedgesByLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _multiplesLookup = _multiples.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactTable = new WordTable<WordInfo>(_exact);
        _multiplesTable = new WordTable<int>(_multiples);
    }

    public static QuantityLexicon Default { get; } = new(QuantityLanguages.All);

    /// <summary>Hedge phrases, longest first.</summary>
    public IReadOnlyList<(string[] Words, HedgeKind Kind)> Hedges { get; }

    // the hedges by their last word (the word right before the number they hedge), folded as TimeMatcher.SameWord
    // compares: the numbers of the hedges in the order of Hedges
    private readonly Dictionary<string, int[]> _hedgesByLastWord;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _hedgesByLastWordLookup;

    /// <summary>
    /// The numbers (in <see cref="Hedges"/>, in its order) of the hedges whose last word is <paramref name="word"/> as
    /// <see cref="Time.TimeMatcher.SameWord"/> compares words: only those can end right before a number at that word.
    /// </summary>
    public ReadOnlySpan<int> HedgesEndingWith(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return AllHedges(word);
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            folded[k] = Time.TimeMatcher.Fold(word[k]);
        }

        return _hedgesByLastWordLookup.TryGetValue(folded, out var numbers) ? numbers : [];
    }

    /// <summary>The plain way, for a word too long to fold on the stack: every hedge whose last word is the same word.</summary>
    private int[] AllHedges(ReadOnlySpan<char> word)
    {
        var numbers = new List<int>();
        for (var h = 0; h < Hedges.Count; h++)
        {
            if (Hedges[h].Words.Length > 0 && Time.TimeMatcher.SameWord(word, Hedges[h].Words[^1]))
            {
                numbers.Add(h);
            }
        }

        return [.. numbers];
    }

    private static Dictionary<string, int[]> HedgeIndex(IReadOnlyList<(string[] Words, HedgeKind Kind)> hedges)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var h = 0; h < hedges.Count; h++)
        {
            if (hedges[h].Words.Length == 0)
            {
                continue;
            }

            var last = hedges[h].Words[^1];
            var key = string.Create(last.Length, last, static (into, word) =>
            {
                for (var k = 0; k < word.Length; k++)
                {
                    into[k] = Time.TimeMatcher.Fold(word[k]);
                }
            });
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            list.Add(h);
        }

        var index = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (key, list) in lists)
        {
            index[key] = [.. list];
        }

        return index;
    }

    public List<string[]> Comparisons { get; } = [];

    /// <summary>Phrases before a count of people that make it part of the count before it ("including", "серед них").</summary>
    public List<string[]> Inclusions { get; } = [];

    /// <summary>What the lexicon knows about a word: the exact entry if any, else the longest matching prefix.</summary>
    public WordInfo Lookup(ReadOnlySpan<char> word) => _exactLookup.TryGetValue(word, out var info) ? info : LookupPrefix(word);

    /// <summary><see cref="Lookup(ReadOnlySpan{char})"/> of a token of a text (the exact entry by its word number).</summary>
    public WordInfo Lookup(string text, Token token) =>
        _exactTable.TryGetValue(text, token, out var info) ? info : LookupPrefix(text.AsSpan(token.Start, token.End - token.Start));

    private WordInfo LookupPrefix(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !_prefixesByFirstLetter.TryGetValue(Letters.Lower(word[0]), out var candidates))
        {
            return default;
        }

        foreach (var (prefix, prefixInfo) in candidates)
        {
            if (word.Length >= prefix.Length && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefixInfo;
            }
        }

        return default;
    }

    /// <summary>The exact entry only (no stems): for checks run on every word.</summary>
    /// <summary>"двічі" (2), "трижды" (3), "twice" (2).</summary>
    public bool TryMultiple(ReadOnlySpan<char> word, out int times) => _multiplesLookup.TryGetValue(word, out times);

    public bool TryMultiple(string text, Token token, out int times) => _multiplesTable.TryGetValue(text, token, out times);

    public WordInfo LookupExact(ReadOnlySpan<char> word) => _exactLookup.TryGetValue(word, out var info) ? info : default;

    public WordInfo LookupExact(string text, Token token) => _exactTable.TryGetValue(text, token, out var info) ? info : default;

    private void AddAll(string words, WordInfo info)
    {
        foreach (var raw in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.EndsWith('*'))
            {
                var prefix = raw[..^1];
                var i = _prefixes.FindIndex(p => p.Prefix == prefix);
                if (i < 0)
                {
                    _prefixes.Add((prefix, info));
                }
                else
                {
                    _prefixes[i] = (prefix, Merge(_prefixes[i].Info, info));
                }
            }
            else
            {
                _exact[raw] = _exact.TryGetValue(raw, out var old) ? Merge(old, info) : info;
            }
        }
    }

    private static WordInfo Merge(WordInfo a, WordInfo b) => new(
        a.Roles | b.Roles, a.Unit ?? b.Unit, a.CasualtyUnit ?? b.CasualtyUnit, a.ModifierFrom ?? b.ModifierFrom, a.ModifierTo ?? b.ModifierTo, a.Side ?? b.Side);
}
