using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Weapons named in a sentence that tells no happening of its own: shelling that "has become routine" (a habit told
/// with a copula of becoming), drones that "are launched" from a place (a present simple passive, the habit of the
/// place), and shelling given as the reason something was "postponed because of shelling" (the postponement is the
/// news; the shelling is the cause, with no time or place of its own).
/// </summary>
internal static class HabitAndPostponement
{
    /// <summary>Copulas of becoming: "has become", "стали", "стало".</summary>
    internal static readonly string[] BecomeWords =
    [
        "become", "becomes", "became", "став", "стала", "стало", "стали", "стал", "стають", "становится", "становятся", "стає",
    ];

    /// <summary>What a habit becomes: "routine", "a daily occurrence", "буденністю", "обыденностью".</summary>
    internal static readonly string[] HabitStateWords =
    [
        "routine", "commonplace", "everyday", "daily", "constant", "regular", "normal", "habitual", "familiar",
        "буденністю", "буденними", "щоденними", "щоденною", "звичними", "звичною", "звичайними", "звичайною", "постійними",
        "повсякденністю", "обыденностью", "обыденными", "повседневностью", "ежедневными", "ежедневной", "привычными",
        "привычной", "обычными", "обычной", "обычным", "постоянными", "нормою", "нормой",
    ];

    /// <summary>Present passive auxiliaries ("are launched"); "are being launched" is one happening in progress.</summary>
    internal static readonly string[] PresentBeWords = ["is", "are"];

    /// <summary>Participles of launching or striking whose present simple passive tells a habit.</summary>
    internal static readonly string[] StrikeParticipleWords =
    [
        "launched", "fired", "dropped", "flown", "sent", "shelled", "struck", "hit", "targeted", "attacked", "bombed",
    ];

    /// <summary>Present reflexive passives of launching or striking ("дрони запускаються", "город обстреливается").</summary>
    internal static readonly string[] ReflexivePresentWords =
    [
        "запускаються", "запускається", "обстрілюються", "обстрілюється", "атакуються", "атакується", "скидаються",
        "запускаются", "запускается", "обстреливаются", "обстреливается", "атакуются", "атакуется", "сбрасываются",
        "сбрасывается",
    ];

    /// <summary>Verbs of putting off or calling off: the thing postponed is the news.</summary>
    internal static readonly string[] PutOffWords =
    [
        "postponed", "postpone", "postpones", "cancelled", "canceled", "delayed", "suspended", "rescheduled", "deferred",
        "відклали", "відкладено", "відкладений", "відкладена", "перенесли", "перенесено", "перенесений", "перенесена",
        "скасували", "скасовано", "скасований", "скасована", "отложили", "отложен", "отложена", "отложено",
        "перенесен", "перенесён", "отменили", "отменён", "отменен", "отменена", "отменено",
    ];

    /// <summary>Cause markers before a weapon ("because of shelling", "через обстріли", "из-за обстрелов").</summary>
    private static readonly string[] CauseMarkers = ["because of ", "due to ", "owing to ", "через ", "из-за ", "из‑за "];

    private const int CauseReach = 24;

    /// <summary>Removes the triggers of a sentence that tells a habit, and the causes of a postponement;
    /// <paramref name="words"/> holds the classes of the sentence's tokens [<paramref name="first"/>, <paramref name="limit"/>).</summary>
    public static void Remove(string text, ReadOnlySpan<Token> tokens, SentenceWords words, List<PhraseMatch<TriggerClass>> triggers, int first, int limit)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        if (BecomesHabit(words, first, limit) || PresentPassive(words, first, limit))
        {
            triggers.RemoveAll(static t => t.Value is TriggerClass.AirDrone or TriggerClass.Shelling or TriggerClass.Strike or TriggerClass.Clash);
            return;
        }

        if (words.Any(EventWord.PutOff))
        {
            var start = tokens[first].Start;
            triggers.RemoveAll((Text: text, Start: start), static (t, c) => IsCause(c.Text, c.Start, t.Span.Start));
        }
    }

    /// <summary>"Shelling has become routine", "Обстріли стали буденністю", "Обстрелы стали привычными": a copula of
    /// becoming with a state of habit at most three words after it.</summary>
    private static bool BecomesHabit(SentenceWords words, int first, int limit)
    {
        if (!words.Any(EventWord.Become) || !words.Any(EventWord.HabitState))
        {
            return false;
        }

        for (var i = first; i < limit; i++)
        {
            if (!words.Is(i, EventWord.Become))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(limit, i + 4); j++)
            {
                if (words.Is(j, EventWord.HabitState))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"drones aimed at Ochakiv are launched", "the town is shelled almost nightly", "дрони запускаються",
    /// "город обстреливается": a present simple passive of launching or striking ("are being launched" is not).</summary>
    private static bool PresentPassive(SentenceWords words, int first, int limit)
    {
        if (words.Any(EventWord.ReflexivePresent))
        {
            return true;
        }

        if (!words.Any(EventWord.PresentBe) || !words.Any(EventWord.StrikeParticiple))
        {
            return false;
        }

        for (var i = first; i + 1 < limit; i++)
        {
            if (words.Is(i, EventWord.PresentBe) && words.Is(i + 1, EventWord.StrikeParticiple))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cause marker ("because of", "через", "из-за") stands at most a few words before the trigger.</summary>
    private static bool IsCause(string text, int sentenceStart, int triggerStart)
    {
        var from = Math.Max(sentenceStart, triggerStart - CauseReach);
        var before = text.AsSpan(from, triggerStart - from);
        foreach (var marker in CauseMarkers)
        {
            var at = before.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])))
            {
                // at most one word (an adjective: "because of heavy shelling") between the marker and the trigger
                var gap = before[(at + marker.Length)..].Trim();
                if (gap.Length == 0 || gap.IndexOf(' ') < 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
