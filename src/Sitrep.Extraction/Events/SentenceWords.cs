using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>The classes of words the events rules ask about a sentence's tokens (one bit each).</summary>
[Flags]
internal enum EventWord : ulong
{
    None = 0,

    // habits, rises and counted settlements (NonEventMentions)
    Habit = 1UL << 0,
    Rise = 1UL << 1,
    SettlementNoun = 1UL << 2,
    CountWord = 1UL << 3,
    Every = 1UL << 4,
    Stretch = 1UL << 5,
    DativeStretch = 1UL << 6,
    Po = 1UL << 7,
    Appeal = 1UL << 8,
    Majority = 1UL << 9,
    CasualtyNoun = 1UL << 10,
    The = 1UL << 11,
    Across = 1UL << 12,
    Along = 1UL << 13,
    Front = 1UL << 14,
    EntireOrWhole = 1UL << 15,
    Crew = 1UL << 16,
    UnitNoun = 1UL << 17,
    After = 1UL << 18,
    Before = 1UL << 19,
    Shell = 1UL << 20,
    Of = 1UL << 21,

    // habits told with a copula or a present passive, and postponements (HabitAndPostponement)
    Become = 1UL << 22,
    HabitState = 1UL << 23,
    PresentBe = 1UL << 24,
    StrikeParticiple = 1UL << 25,
    ReflexivePresent = 1UL << 26,
    PutOff = 1UL << 27,

    // the assembler's own questions: the long war of a place, interceptions, outcomes
    LongPeriod = 1UL << 28,
    LongCue = 1UL << 29,
    Ago = 1UL << 30,
    Debris = 1UL << 31,
    AirDefence = 1UL << 32,
    Destroyed = 1UL << 33,
    Ongoing = 1UL << 34,

    // the sides a sentence names by "the enemy" and "our" (EventActors)
    Enemy = 1UL << 35,
    Own = 1UL << 36,
}

/// <summary>
/// The classes of each token of one sentence (<see cref="EventWord"/>), read once per sentence with triggers: every
/// rule of the stage that asked its word sets about the same tokens (habits, rises, counted settlements, "every
/// night", appeals, the whole front, copulas of becoming, present passives, postponements, long periods,
/// interceptions, outcomes, "the enemy") reads the bits instead. A token's classes come from its
/// <see cref="LexiconWords"/> number, the number the word sets compare, so a bit says exactly what the set's
/// <c>Contains</c> says. One instance per document (its buffer reused for each sentence).
/// </summary>
internal sealed class SentenceWords
{
    private ulong[] _classes = new ulong[64];
    private int[] _ids = new int[64];
    private int _first;
    private int _limit;
    private ulong _all;

    /// <summary>The token range read last.</summary>
    public int First => _first;

    public int Limit => _limit;

    /// <summary>Reads the classes of the tokens [<paramref name="first"/>, <paramref name="limit"/>) of <paramref name="text"/>.</summary>
    public void Read(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        var count = Math.Max(0, limit - first);
        if (_classes.Length < count)
        {
            _classes = new ulong[Math.Max(count, _classes.Length * 2)];
            _ids = new int[_classes.Length];
        }

        (_first, _limit) = (first, limit);
        // the table first: building it adds its words to the lexicon, and numbers read before that would miss them
        // (the first sentence read in a process lost "the enemy")
        var byId = Table.ById;
        var ids = _ids.AsSpan(0, count);
        TokenWords.IdsOf(text, tokens.Slice(first, count), ids);
        var all = 0UL;
        for (var i = 0; i < count; i++)
        {
            var id = ids[i];
            var classes = (uint)id < (uint)byId.Length ? byId[id] : 0UL;
            _classes[i] = classes;
            all |= classes;
        }

        _all = all;
    }

    /// <summary>Whether token <paramref name="token"/> (of the range read) is a word of any of the classes <paramref name="word"/>.</summary>
    public bool Is(int token, EventWord word) => (_classes[token - _first] & (ulong)word) != 0;

    /// <summary>Whether any token from <paramref name="from"/> up to (not including) <paramref name="to"/>, inside the range read, is a word of <paramref name="word"/>.</summary>
    public bool Any(int from, int to, EventWord word)
    {
        if (from <= _first && to >= _limit)
        {
            return (_all & (ulong)word) != 0;
        }

        var classes = _classes;
        for (var i = Math.Max(from, _first); i < Math.Min(to, _limit); i++)
        {
            if ((classes[i - _first] & (ulong)word) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any token of the whole range read is a word of <paramref name="word"/>.</summary>
    public bool Any(EventWord word) => (_all & (ulong)word) != 0;

    /// <summary>Each class's words, as the rules wrote them (the word sets they asked before).</summary>
    internal static IReadOnlyList<(string[] Words, EventWord Class)> Lists { get; } =
    [
        (NonEventMentions.HabitWords, EventWord.Habit),
        (NonEventMentions.RiseWords, EventWord.Rise),
        (NonEventMentions.SettlementNouns, EventWord.SettlementNoun),
        (NonEventMentions.CountWordList, EventWord.CountWord),
        (NonEventMentions.EveryWords, EventWord.Every),
        (NonEventMentions.StretchWords, EventWord.Stretch),
        (NonEventMentions.DativePluralStretchWords, EventWord.DativeStretch),
        (["по"], EventWord.Po),
        (NonEventMentions.AppealWords, EventWord.Appeal),
        (NonEventMentions.MajorityWords, EventWord.Majority),
        (NonEventMentions.CasualtyNounWords, EventWord.CasualtyNoun),
        (["the"], EventWord.The),
        (["across"], EventWord.Across),
        (["along"], EventWord.Along),
        (["front"], EventWord.Front),
        (["entire", "whole"], EventWord.EntireOrWhole),
        (NonEventMentions.CrewWords, EventWord.Crew),
        (NonEventMentions.UnitNounWords, EventWord.UnitNoun),
        (NonEventMentions.AfterWords, EventWord.After),
        (NonEventMentions.BeforeWords, EventWord.Before),
        (["shell"], EventWord.Shell),
        (["of"], EventWord.Of),
        (HabitAndPostponement.BecomeWords, EventWord.Become),
        (HabitAndPostponement.HabitStateWords, EventWord.HabitState),
        (HabitAndPostponement.PresentBeWords, EventWord.PresentBe),
        (HabitAndPostponement.StrikeParticipleWords, EventWord.StrikeParticiple),
        (HabitAndPostponement.ReflexivePresentWords, EventWord.ReflexivePresent),
        (HabitAndPostponement.PutOffWords, EventWord.PutOff),
        (EventAssembler.LongPeriodWords, EventWord.LongPeriod),
        (EventAssembler.LongCueWords, EventWord.LongCue),
        (EventAssembler.AgoWordList, EventWord.Ago),
        (EventAssembler.DebrisWords, EventWord.Debris),
        (EventAssembler.AirDefenceWords, EventWord.AirDefence),
        (EventAssembler.DestroyedWords, EventWord.Destroyed),
        (EventAssembler.OngoingWords, EventWord.Ongoing),
        (EventActors.EnemyWords, EventWord.Enemy),
        (EventActors.OwnWords, EventWord.Own),
    ];

    /// <summary>The classes of every word of <see cref="Lists"/>, by lexicon number.</summary>
    private static class Table
    {
        public static readonly ulong[] ById = Build();

        private static ulong[] Build()
        {
            var entries = new List<(int Id, ulong Class)>();
            foreach (var (words, cls) in Lists)
            {
                foreach (var word in words)
                {
                    entries.Add((LexiconWords.Add(word), (ulong)cls));
                }
            }

            var byId = new ulong[entries.Count == 0 ? 0 : entries.Max(e => e.Id) + 1];
            foreach (var (id, cls) in entries)
            {
                byId[id] |= cls;
            }

            return byId;
        }
    }
}
