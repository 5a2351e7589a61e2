using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Triggers that point back at a happening already told, and triggers that only claim ground. "The drone hit the
/// locomotive", "the attack lasted from 18:00 until 08:00", "Атака тривала до ранку": the strike just told, not a
/// new one. "The ministry said its forces had advanced in the area" or a contested "liberated": a side's claim,
/// which is evidence of the fighting told at that place, not a fight of its own date.
/// </summary>
internal static class Anaphora
{
    /// <summary>Determiners that make the next noun a thing already named.</summary>
    private static readonly WordSet Determiners = new(
    [
        "the", "this", "that", "these", "those", "цей", "ця", "це", "ці", "цього", "цієї", "цю", "той", "этот", "эта",
        "это", "эти", "этого", "этой", "эту", "тот",
    ]);

    /// <summary>Nouns of a strike's consequences, before the strike's noun in the genitive.</summary>
    private static readonly WordSet AftermathNouns = new(
    [
        "наслідки", "наслідків", "наслідками", "последствия", "последствий", "последствиями",
    ]);

    /// <summary>Clash words that, pointing back, name a strike as readily as a fight.</summary>
    private static readonly WordSet AttackNouns = new(["attack", "attacks", "атака", "атаки", "атаку", "атакою", "атакой"]);

    /// <summary>Words of a claim of ground: an advance, a capture.</summary>
    private static readonly WordSet GroundWords = new(
    [
        "advanced", "advance", "advancing", "просунулися", "просунулись", "продвинулись", "продвинулись вперед", "продвинулись вперёд",
    ]);

    /// <summary>
    /// Whether the trigger is a weapon or an attack named as known: after "the", "this", "цей", "этот", or opening the
    /// sentence in a language without articles ("Атака тривала ...").
    /// </summary>
    public static bool PointsBack(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first)
    {
        var word = text.AsSpan(trigger.Span.Start, trigger.Span.End - trigger.Span.Start);
        var kind = trigger.Value is TriggerClass.AirDrone or TriggerClass.Shelling or TriggerClass.Strike
            || (trigger.Value == TriggerClass.Clash && AttackNouns.Contains(word));
        if (!kind)
        {
            return false;
        }

        if (trigger.FirstToken > first)
        {
            // "Поліцейські задокументували наслідки обстрілу", "зафиксировали последствия обстрела": the aftermath of a
            // strike already told, in the genitive after the noun of consequences (English has its article: "the
            // aftermath of the shelling")
            return Determiners.Contains(text, tokens[trigger.FirstToken - 1]) || AftermathNouns.Contains(text, tokens[trigger.FirstToken - 1]);
        }

        return trigger.FirstToken == first && word.Length > 0 && IsCyrillic(word[0]);
    }

    /// <summary>Whether the trigger claims ground: an advance word, or a capture read as a fight because it is contested.</summary>
    public static bool ClaimsGround(string text, PhraseMatch<TriggerClass> trigger) =>
        trigger.Value == TriggerClass.Capture || GroundWords.Contains(text.AsSpan(trigger.Span.Start, trigger.Span.End - trigger.Span.Start));

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
