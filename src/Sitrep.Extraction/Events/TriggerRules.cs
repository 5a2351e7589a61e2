using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Decides between the triggers of one sentence before they become events: which word names the happening when
/// several do ("a drone dropped a grenade" is a drone strike, "sappers defused a mine" is no explosion), when a
/// capture word takes people rather than ground, and that a combined missile-and-drone strike is one event.
/// </summary>
internal static class TriggerRules
{
    /// <summary>Words after "captured" that make it a taking of prisoners, not of territory.</summary>
    private static readonly WordSet People = new(
    [
        "soldiers", "servicemen", "troops", "infantrymen", "fighters", "prisoners", "prisoner", "men", "soldier",
        "serviceman", "occupiers", "russians", "ukrainians", "marines", "paratroopers", "personnel", "crew", "crews",
        "civilians", "people", "мобілізованих", "військовослужбовців", "окупантів", "бійців", "полонених",
        "военнослужащих", "бойцов", "пленных", "солдат",
    ]);

    /// <summary>Words after "captured" that make it a gain inside a fight, not the taking of a settlement.</summary>
    private static readonly WordSet Ground = new(
    [
        "streets", "street", "positions", "position", "trench", "trenches", "houses", "buildings", "blocks", "treeline",
        "вулиць", "вулиці", "позиції", "позицій", "улиц", "улицы", "позиции", "позиций",
    ]);

    private static readonly WordSet InterventionWords = new(
    [
        "dispersed", "detained", "arrested", "tear", "batons", "розігнали", "затримали", "разогнали", "задержали",
    ]);

    private const int PeopleReach = 5;

    /// <summary>Words before "occupied" that make it an adjective ("in occupied Kakhovka"), not a capture.</summary>
    private static readonly WordSet AdjectiveBefore = new(
    [
        "in", "the", "of", "from", "an", "a", "temporarily", "newly", "russian-occupied", "and", "to", "into", "across",
    ]);

    public static void Apply(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<TriggerClass>> triggers, int first, int limit)
    {
        triggers.RemoveAll(new SentenceView(text, tokens, first, limit), static (t, c) => t.Value == TriggerClass.Capture && t.FirstToken > c.First
            && c.Text.AsSpan(t.Span.Start, t.Span.End - t.Span.Start).Equals("occupied", StringComparison.OrdinalIgnoreCase)
            && AdjectiveBefore.Contains(c.Text, c.Tokens[t.FirstToken - 1]));
        if (Has(triggers, TriggerClass.Clash) || Has(triggers, TriggerClass.Repelled))
        {
            // "the fighting lasted hours before the attackers pulled back": the end of the fight, not a handover
            triggers.RemoveAll(t => t.Value == TriggerClass.Withdrawal);
        }

        for (var i = 0; i < triggers.Count; i++)
        {
            // "ще двоє відійшли поранені", "two more pulled back wounded": men carried off the field, not ground given up
            if (triggers[i].Value == TriggerClass.Withdrawal && WoundedAfter(text, tokens, triggers[i].FirstToken + triggers[i].TokenCount, limit))
            {
                triggers[i] = triggers[i] with { Value = TriggerClass.Casualties };
            }
        }

        for (var i = 0; i < triggers.Count; i++)
        {
            var t = triggers[i];
            if (t.Value == TriggerClass.Capture && (TakesPeople(text, tokens, t.FirstToken + t.TokenCount, Math.Min(limit, t.FirstToken + t.TokenCount + PeopleReach))
                || (t.FirstToken > 0 && text.AsSpan(tokens[t.FirstToken - 1].Start, tokens[t.FirstToken - 1].End - tokens[t.FirstToken - 1].Start) is "were" or "was" or "been"
                    && TakesPeople(text, tokens, Math.Max(0, t.FirstToken - PeopleReach), t.FirstToken))))
            {
                // "killed or captured 34 Russian soldiers": prisoners, a casualty figure of the fighting nearby
                triggers[i] = t with { Value = TriggerClass.Casualties };
            }
            else if (t.Value == TriggerClass.Capture && TakesGround(text, tokens, t.FirstToken + t.TokenCount, Math.Min(limit, t.FirstToken + t.TokenCount + PeopleReach)))
            {
                // "recaptured two streets near the hospital": street fighting, the settlement still contested
                triggers[i] = t with { Value = TriggerClass.Clash };
            }
        }

        // "groups ... were destroyed with grenades and artillery": the weapons of the fight, not strikes of their own
        for (var i = 0; i < triggers.Count; i++)
        {
            if (triggers[i].Value is TriggerClass.Grenade or TriggerClass.Shelling && WeaponOfFight(text, tokens, triggers[i].FirstToken, first))
            {
                triggers[i] = triggers[i] with { Value = TriggerClass.Clash };
            }
        }

        // "advanced with three tanks ..., losing two of them to mines and drones": what the assault lost its armour to
        if (Has(triggers, TriggerClass.Clash) || Has(triggers, TriggerClass.Repelled))
        {
            for (var i = 0; i < triggers.Count; i++)
            {
                if (triggers[i].Value is TriggerClass.AirDrone or TriggerClass.Mine or TriggerClass.Shelling or TriggerClass.Grenade
                    && LostTo(text, tokens, triggers[i].FirstToken, first))
                {
                    triggers[i] = triggers[i] with { Value = TriggerClass.Clash };
                }
            }
        }

        // "crossed the ravines under the cover of artillery", "під прикриттям артилерії", "под прикрытием артиллерии": the
        // weapon that covers a move of troops is part of the fight, no strike of its own
        for (var i = 0; i < triggers.Count; i++)
        {
            if (triggers[i].Value is TriggerClass.AirDrone or TriggerClass.Shelling && UnderCover(text, tokens, triggers[i].FirstToken, first))
            {
                triggers[i] = triggers[i] with { Value = TriggerClass.Clash };
            }
        }

        if (Has(triggers, TriggerClass.Protest))
        {
            // police detaining protesters is the intervention of the protest, not a separate arrest event
            triggers.RemoveAll(t => t.Value is TriggerClass.Arrest or TriggerClass.Intervention or TriggerClass.Clash);
        }

        triggers.RemoveAll(t => t.Value == TriggerClass.Intervention);
        if (Has(triggers, TriggerClass.Disrupted))
        {
            // the device was defused or found: nothing exploded
            triggers.RemoveAll(t => t.Value is TriggerClass.Mine or TriggerClass.Shelling or TriggerClass.AirDrone or TriggerClass.Strike
                or TriggerClass.Grenade or TriggerClass.Casualties);
        }

        if (Has(triggers, TriggerClass.Chemical))
        {
            triggers.RemoveAll(t => t.Value is TriggerClass.AirDrone or TriggerClass.Grenade or TriggerClass.Strike or TriggerClass.Shelling);
        }

        if (Has(triggers, TriggerClass.Suicide))
        {
            triggers.RemoveAll(t => t.Value is TriggerClass.Strike or TriggerClass.Mine or TriggerClass.CivilianAttack);
        }

        if (triggers.Exists(t => t.Value is TriggerClass.Shelling or TriggerClass.AirDrone or TriggerClass.Strike or TriggerClass.Mine))
        {
            // "debris from a downed missile set fire to a block": the strike's damage, not arson
            triggers.RemoveAll(t => t.Value == TriggerClass.Looting);
        }

        if (Has(triggers, TriggerClass.AirDrone))
        {
            // a drone-dropped grenade is a drone strike
            triggers.RemoveAll(t => t.Value == TriggerClass.Grenade);
            if (DropWords.AnyIn(text, tokens, first, limit))
            {
                // "от детонации сброшенного с беспилотника взрывного устройства", "a drone dropped an explosive device":
                // what the drone dropped is the drone strike, no mine or IED of its own
                triggers.RemoveAll(t => t.Value == TriggerClass.Mine);
            }
        }

        if (triggers.Exists(text, static (t, text) => t.Value == TriggerClass.Shelling && IsMissile(text, t.Span)) && Has(triggers, TriggerClass.AirDrone))
        {
            // a combined missile-and-drone strike is one event, filed under its heavier weapon
            triggers.RemoveAll(t => t.Value == TriggerClass.AirDrone);
        }

        if (Has(triggers, TriggerClass.Shelling) && Has(triggers, TriggerClass.AirDrone) && CoordinatedMeans(text, tokens, triggers))
        {
            // "авиацией, ударными беспилотниками и артиллерией нанесено поражение ...", "struck the positions with drones
            // and artillery": weapons listed as the means of one strike are one event, filed under the heavier weapon
            triggers.RemoveAll(t => t.Value == TriggerClass.AirDrone);
        }

        if (triggers.Exists(t => t.Value is TriggerClass.SexualViolence or TriggerClass.CivilianAttack or TriggerClass.Abduction or TriggerClass.Looting))
        {
            // "soldiers executed / abducted / looted": the violence against civilians, not a clash or a bare death count
            triggers.RemoveAll(t => t.Value is TriggerClass.Clash or TriggerClass.Casualties or TriggerClass.Arrest);
        }
    }

    private static readonly WordSet SwapVerbs = new(
    [
        "exchanged", "swapped", "exchange", "swap", "обміняли", "обмінялися", "обмінялись", "обміняються", "обменяли",
        "обменялись", "обменялся", "обменивались",
    ]);

    private static readonly WordSet Captives = new(["prisoners", "pows", "captives", "полоненими", "полонених", "пленными", "пленных", "военнопленными"]);

    private const int SwapReach = 4;

    /// <summary>
    /// "Ukraine and Russia exchanged 84 prisoners of war each", "сторони обміняли по 150 полонених": a prisoner exchange
    /// told by its verb, with a figure between it and the captives, which no fixed phrase of the lexicon covers.
    /// </summary>
    public static void AddSwaps(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<TriggerClass>> triggers, int first, int limit)
    {
        if (triggers.Exists(t => t.Value == TriggerClass.Other))
        {
            return;
        }

        for (var i = first; i < limit; i++)
        {
            if (!SwapVerbs.Contains(text, tokens[i]))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(limit, i + 1 + SwapReach); j++)
            {
                if (Captives.Contains(text, tokens[j]))
                {
                    triggers.Add(new PhraseMatch<TriggerClass>(i, 1, new TextSpan(tokens[i].Start, tokens[i].End), TriggerClass.Other));
                    return;
                }
            }
        }
    }

    /// <summary>Whether the sentence says the authorities broke up the protest.</summary>
    public static bool Intervened(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        return InterventionWords.AnyIn(text, tokens, first, limit);
    }

    /// <summary>A missile word (not artillery or mortars, which a sentence often names beside an unrelated drone strike).</summary>
    private static bool IsMissile(string text, TextSpan span) => IsMissile(text.AsSpan(span.Start, span.End - span.Start));

    public static bool IsMissile(ReadOnlySpan<char> word)
    {
        return word.Contains("missile", StringComparison.OrdinalIgnoreCase) || word.Contains("ракет", StringComparison.OrdinalIgnoreCase)
            || word.Contains("iskander", StringComparison.OrdinalIgnoreCase) || word.Contains("kinzhal", StringComparison.OrdinalIgnoreCase)
            || word.Contains("rocket", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Verbs and participles of dropping from the air.</summary>
    private static readonly WordSet DropWords = new(
    [
        "dropped", "drops", "drop", "dropping", "скинув", "скинули", "скинула", "скинутого", "скинутий", "скинутої", "скинутим",
        "скидання", "скинуто", "сбросил", "сбросили", "сбросила", "сброшенного", "сброшенный", "сброшенной", "сброшенным",
        "сброс", "сброшено",
    ]);

    /// <summary>Words that join the members of a list of weapons.</summary>
    private static readonly WordSet ListJoiners = new([",", "and", "or", "і", "й", "та", "и", "или", "або"]);

    /// <summary>Words before an English list of weapons that make it the means of a strike.</summary>
    private static readonly WordSet MeansWords = new(["with", "using", "by"]);

    /// <summary>Endings of the Ukrainian and Russian instrumental case ("артилерією", "дронами", "артиллерией", "беспилотниками").</summary>
    private static readonly string[] Instrumental = ["ами", "ями", "ою", "ею", "єю", "ой", "ей", "ом", "ем"];

    private const int ListGap = 3;

    /// <summary>
    /// Whether a drone word and a shelling word of the sentence stand in one list as the means of one strike: only list
    /// words and at most two other words (adjectives: "ударными") between them, and the list marked as instruments (a
    /// "with"/"using"/"by" shortly before it in English; both words in the instrumental case in Ukrainian and Russian).
    /// "Artillery and drones hit the town" and "drones hit Sumy while artillery shelled Nikopol" are not such a list.
    /// </summary>
    private static bool CoordinatedMeans(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<TriggerClass>> triggers)
    {
        foreach (var a in triggers)
        {
            if (a.Value != TriggerClass.AirDrone)
            {
                continue;
            }

            foreach (var b in triggers)
            {
                if (b.Value != TriggerClass.Shelling)
                {
                    continue;
                }

                var (x, y) = a.FirstToken < b.FirstToken ? (a, b) : (b, a);
                var from = x.FirstToken + x.TokenCount;
                if (y.FirstToken < from || y.FirstToken - from > ListGap + 1)
                {
                    continue;
                }

                var joined = false;
                var others = 0;
                for (var i = from; i < y.FirstToken; i++)
                {
                    if (ListJoiners.Contains(text, tokens[i]))
                    {
                        joined = true;
                    }
                    else if (char.IsLower(text[tokens[i].Start]))
                    {
                        others++;
                    }
                    else
                    {
                        others = int.MaxValue / 2;
                    }
                }

                if (joined && others <= 2 && (InstrumentCase(text, tokens, x) && InstrumentCase(text, tokens, y) || MeansBefore(text, tokens, x.FirstToken)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool InstrumentCase(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> t)
    {
        var last = tokens[t.FirstToken + t.TokenCount - 1];
        var word = text.AsSpan(last.Start, last.End - last.Start);
        if (word.Length < 4 || !(word[^1] >= '\u0400' && word[^1] <= '\u04FF'))
        {
            return false;
        }

        foreach (var ending in Instrumental)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"with", "using" or "by" within the three words before the list ("with attack drones and artillery").</summary>
    private static bool MeansBefore(string text, ReadOnlySpan<Token> tokens, int list)
    {
        return MeansWords.AnyIn(text, tokens, Math.Max(0, list - 3), list);
    }

    private static bool Has(List<PhraseMatch<TriggerClass>> triggers, TriggerClass cls) => triggers.Exists(cls, static (t, cls) => t.Value == cls);

    private static readonly WordSet FightVerbs = new(["destroyed", "eliminated", "repelled", "stopped", "beaten", "wiped", "repulsed", "знищили", "знищено", "уничтожены", "уничтожили"]);

    private static readonly WordSet Instrument = new(["with", "by", "using", "and", "heavy", "small", "hand", "their", "our"]);

    /// <summary>A weapon word after "destroyed with" (allowing "grenades and artillery", "with heavy artillery").</summary>
    private static bool WeaponOfFight(string text, ReadOnlySpan<Token> tokens, int trigger, int first)
    {
        var i = trigger - 1;
        var sawWith = false;
        while (i >= first && trigger - i <= 4)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            if (FightVerbs.Contains(word))
            {
                return sawWith;
            }

            if (word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("using", StringComparison.OrdinalIgnoreCase))
            {
                sawWith = true;
            }
            else if (!Instrument.Contains(word) && !sawWith)
            {
                // "grenades and artillery": walk back over the first weapon of a pair
                if (!word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.Equals("artillery", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
            else if (!Instrument.Contains(word))
            {
                return false;
            }

            i--;
        }

        return false;
    }

    private static readonly WordSet Wounded = new(["wounded", "injured", "поранені", "пораненими", "поранений", "поранена", "раненые", "ранеными", "раненый"]);

    private static bool WoundedAfter(string text, ReadOnlySpan<Token> tokens, int from, int limit)
    {
        return Wounded.AnyIn(text, tokens, from, Math.Min(limit, from + 2));
    }

    private static readonly WordSet LossVerbs = new(["losing", "lost", "loses", "lose"]);

    private const int LossReach = 10;

    /// <summary>"losing two tanks and four armoured vehicles to mines and drones": the weapon after "to" that a loss goes to.</summary>
    private static bool LostTo(string text, ReadOnlySpan<Token> tokens, int trigger, int first)
    {
        var to = trigger - 1;
        while (to > first && !Is(text, tokens[to], "to") && trigger - to <= 3)
        {
            to--; // "to mines and drones": walk back over the first weapon of a pair
        }

        if (to < first || !Is(text, tokens[to], "to"))
        {
            return false;
        }

        return LossVerbs.AnyIn(text, tokens, Math.Max(first, to - LossReach), to);
    }

    private static readonly WordSet CoverWords = new(["cover", "прикриттям", "прикриття", "прикритті", "прикрытием", "прикрытия", "прикрытии"]);

    private static readonly WordSet ProtectionFrom = new(["from", "від", "от"]);

    /// <summary>
    /// "under the cover of artillery", "під прикриттям дронів", "под прикрытием артиллерии": a cover word at most three words
    /// before the weapon, with no "from" between ("не хватает прикрытия от дронов" is what troops lack against drones).
    /// </summary>
    private static bool UnderCover(string text, ReadOnlySpan<Token> tokens, int trigger, int first)
    {
        for (var k = trigger - 1; k >= Math.Max(first, trigger - 3); k--)
        {
            if (ProtectionFrom.Contains(text, tokens[k]))
            {
                return false;
            }

            if (CoverWords.Contains(text, tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string text, Token token, string word) =>
        text.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool TakesGround(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        return Ground.AnyIn(text, tokens, from, to);
    }

    private static bool TakesPeople(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        return People.AnyIn(text, tokens, from, to);
    }
}
