using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The belligerents of an event, from its sentence: registry actors (units, bodies, "Russian forces", "occupiers"),
/// "the enemy"/"our forces" resolved against the speaker's side, and a bare side adjective before the trigger
/// ("a Russian missile strike"). Before the trigger is the initiator, after it the target; for "repelled" the
/// active subject is the defender, so the roles swap unless the verb is passive.
/// </summary>
internal static class EventActors
{
    internal static readonly string[] EnemyWords =
    [
        "enemy", "adversary", "ворог", "ворога", "противник", "противника", "супротивник", "супротивника",
    ];

    internal static readonly string[] OwnWords =
    [
        "our", "we", "наші", "ми", "наши", "мы",
    ];

    /// <summary>Characters between a country's name and the attack word for the country to be its subject.</summary>
    private const int CountryReach = 12;

    public static List<EventActor> Find(Document document, SentenceMentions mentions, SentenceActors named, ReadOnlySpan<Token> tokens, SentenceWords words, int sentence, int trigger, TriggerClass cls, string? speakerSide, TextSpan? speakerSpan)
    {
        var text = document.Text;
        var s = document.Sentences[sentence];
        var first = s.FirstToken;
        var limit = first + s.TokenCount;
        var registry = ActorRegistry.Default;
        var passive = trigger > first && text.AsSpan(tokens[trigger - 1].Start, tokens[trigger - 1].End - tokens[trigger - 1].Start) is "was" or "were" or "been" or "being";
        var swap = cls == TriggerClass.Repelled && !passive;
        // "detained a man suspected of spotting for Russian forces": who he worked for is not the target of the arrest
        var targets = cls != TriggerClass.Arrest;
        var actors = new List<EventActor>();
        foreach (var m in named.Of(sentence))
        {
            // a bare "Kyiv"/"Moscow"/"Russia" names a government or a place, rarely who fought: kept only for agreements
            var government = m.Value.Id is "ua-gov" or "ru-gov";
            if (m.Value.IsOutlet || m.Value.Type is SpeakerType.Person || (m.Value.Type == SpeakerType.Government && !government && cls != TriggerClass.Arrest) || mentions.IsPlace(m.Span)
                || (government && cls != TriggerClass.Agreement && m.FirstToken >= trigger)
                || (speakerSpan is { } said && said.Overlaps(m.Span)))
            {
                continue;
            }

            if (government && cls != TriggerClass.Agreement)
            {
                // "Russia struck Kyiv": the state named as the attacker stands for its forces
                if (registry.SideOf(m.Value) is { } state)
                {
                    Add(actors, ForcesOf(state), state, true, swap, targets);
                }

                continue;
            }

            Add(actors, m.Value.Name, registry.SideOf(m.Value), m.FirstToken < trigger, swap, targets);
        }

        if (!actors.Exists(a => a.Role == ActorRole.Initiator) && cls is not (TriggerClass.Agreement or TriggerClass.Arrest or TriggerClass.Protest or TriggerClass.Other))
        {
            // "Russia struck Kyiv": a country opening the sentence or just before the attack word is its forces (metonymy)
            var country = AttackingCountry(mentions.Places(sentence), tokens[trigger].Start, tokens[first].Start);
            if (country is not null)
            {
                Add(actors, ForcesOf(country.Country), country.Country, true, swap, targets);
            }
        }

        var sides = words.Any(EventWord.Enemy | EventWord.Own) ? limit : first; // "the enemy", "our forces": read only in a sentence that has one
        for (var i = first; i < sides; i++)
        {
            if (words.Is(i, EventWord.Enemy) && ClaimSide.Opposite(speakerSide) is { } other)
            {
                Add(actors, ForcesOf(other), other, i < trigger, swap, targets);
            }
            else if (words.Is(i, EventWord.Own) && speakerSide is not null && i + 1 < limit && IsForcesWord(text, tokens[i + 1]))
            {
                Add(actors, ForcesOf(speakerSide), speakerSide, i < trigger, swap, targets);
            }
        }

        if (trigger > first && AttributionLexicon.Default.Sides.TryMatch(text, tokens, trigger - 1, trigger, out _, out var side)
            && !actors.Exists(side, static (a, side) => a.Side == side))
        {
            // "Russian assault groups pushed in ... Ukrainian forces hold": the side word before the trigger is its initiator
            Add(actors, ForcesOf(side), side, true, false, targets);
        }

        return actors;
    }

    /// <summary>The first country (Russia or Ukraine) that ends before the attack word, close to it or opening the sentence.</summary>
    private static PlaceMention? AttackingCountry(List<PlaceMention> places, int triggerStart, int sentenceStart)
    {
        foreach (var p in places)
        {
            if (p.FeatureCode is { } code && code.StartsWith("PCL", StringComparison.Ordinal)
                && p.Span.End <= triggerStart && (triggerStart - p.Span.End <= CountryReach || p.Span.Start == sentenceStart)
                && p.Country is "RU" or "UA")
            {
                return p;
            }
        }

        return null;
    }

    private static string ForcesOf(string side) => side switch
    {
        "RU" => ActorRegistry.Default["ru-afrf"]!.Name,
        "UA" => ActorRegistry.Default["ua-afu"]!.Name,
        _ => side,
    };

    private static bool IsForcesWord(string text, Token token) =>
        text.AsSpan(token.Start, token.End - token.Start) is "forces" or "troops" or "fighters" or "defenders" or "soldiers" or "units"
            or "воїни" or "захисники" or "бійці" or "війська" or "бойцы" or "войска" or "подразделения" or "підрозділи";

    private static void Add(List<EventActor> actors, string name, string? side, bool beforeTrigger, bool swap, bool targets)
    {
        if (actors.Exists(name, static (a, name) => a.Name == name) || (!beforeTrigger && !targets))
        {
            return;
        }

        var role = beforeTrigger != swap ? ActorRole.Initiator : ActorRole.Target;
        actors.Add(new EventActor(name, side, role));
    }
}
