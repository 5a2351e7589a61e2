using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// A body whose name both armies use, named without its country ("the Eastern Group of Forces": Ukraine's, and
/// Russia's "Vostok" group), is the side whose losses its statement does not count: a side tells its enemy's losses
/// ("the Russians had lost 46 soldiers", "знищили 20 російських військових"), not its own, and the attacks its enemy
/// tried ("Russian infantry had tried to break through", "repelled a Russian assault", "російські штурмовики намагалися").
/// The registry body of the other side is the one its name with that country before it names ("Ukraine's Eastern Group
/// of Forces").
/// </summary>
internal static class TwinBody
{
    /// <summary>How many words may stand between a loss word and the nationality it counts.</summary>
    private const int Reach = 4;

    private static readonly WordSet Russian = new(
    [
        "russians", "russian", "росіяни", "росіян", "російських", "російські", "русские", "российские", "российских",
    ]);

    private static readonly WordSet Ukrainian = new(
    [
        "ukrainians", "ukrainian", "українці", "українців", "українських", "українські", "украинцы", "украинские",
        "украинских",
    ]);

    /// <summary>Words saying the one named before them lost people or arms ("the Russians had lost").</summary>
    private static readonly WordSet LostWords = new(["lost", "втратили", "втратив", "втратила", "потеряли", "потерял", "потеряла"]);

    /// <summary>Words counting the losses of the ones named after them ("killed 40 Russian soldiers"), or beating back
    /// their attack ("repelled a Russian assault").</summary>
    private static readonly WordSet KilledWords = new(
    [
        "killed", "destroyed", "eliminated", "wounded", "знищили", "знищено", "ліквідували", "ліквідовано",
        "уничтожили", "уничтожено", "ликвидировали", "ликвидировано", "repelled", "repulsed", "відбили", "відбито",
        "отразили", "отбили", "отражена", "отражены",
    ]);

    /// <summary>Words of an attack the one named before them tried ("Russian infantry had tried to break through").</summary>
    private static readonly WordSet TriedWords = new(
    [
        "tried", "attempted", "намагалися", "намагався", "намагались", "пробували", "пытались", "пытался", "попытались",
        "попытался",
    ]);

    /// <summary>
    /// The speaker, or the twin body of the other side its statement shows it to be; <paramref name="chosen"/> keeps the
    /// document's choices, so "the Eastern Group of Forces rejected the claim" later is the body chosen before.
    /// </summary>
    public static ResolvedSpeaker Choose(ResolvedSpeaker who, string text, ReadOnlySpan<Token> tokens, int first, int limit, Dictionary<string, Actor> chosen)
    {
        if (who.Actor is not { IsOutlet: false } actor || actor.Type == SpeakerType.Person || actor.Side is not ("UA" or "RU") || who.Span is not { } words)
        {
            return who;
        }

        if (chosen.TryGetValue(actor.Id, out var before))
        {
            return who with { Name = who.Name == actor.Name ? before.Name : who.Name, Side = before.Side, Actor = before };
        }

        if (LoserSide(text, tokens, first, limit) != actor.Side)
        {
            return who;
        }

        var name = Matched(text, tokens, words, actor);
        if (name is null || name.Contains("Ukrain", StringComparison.OrdinalIgnoreCase) || name.Contains("Russia", StringComparison.OrdinalIgnoreCase))
        {
            return who; // "Ukraine's Eastern Group of Forces" says whose it is
        }

        var twin = ActorRegistry.Default.FindByName((actor.Side == "RU" ? "Ukraine's " : "Russia's ") + name);
        if (twin is null || twin.Side == actor.Side || twin.Type == SpeakerType.Person)
        {
            return who;
        }

        chosen[actor.Id] = twin;
        return who with { Name = who.Name == actor.Name ? twin.Name : who.Name, Side = twin.Side, Actor = twin };
    }

    /// <summary>The words of the registry name of <paramref name="actor"/> inside the speaker's words, or null.</summary>
    private static string? Matched(string text, ReadOnlySpan<Token> tokens, TextSpan words, Actor actor)
    {
        var from = -1;
        var to = -1;
        for (var i = 0; i < tokens.Length && tokens[i].Start < words.End; i++)
        {
            if (tokens[i].Start >= words.Start)
            {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }

        if (from < 0)
        {
            return null;
        }

        foreach (var m in ActorRegistry.Default.FindAll(text, tokens, from, to))
        {
            if (m.Value.Id == actor.Id)
            {
                return text[m.Span.Start..m.Span.End];
            }
        }

        return null;
    }

    /// <summary>The side whose losses the statement counts, or null.</summary>
    private static string? LoserSide(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            var side = tokens[i].Kind != TokenKind.Word ? null : Russian.Contains(text, tokens[i]) ? "RU" : Ukrainian.Contains(text, tokens[i]) ? "UA" : null;
            if (side is null)
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(limit, i + 1 + Reach); j++)
            {
                if (LostWords.Contains(text, tokens[j]) || TriedWords.Contains(text, tokens[j]))
                {
                    return side; // "the Russians had lost 46 soldiers", "Russian infantry had tried to break through"
                }
            }

            if (KilledWords.AnyIn(text, tokens, Math.Max(first, i - Reach), i))
            {
                return side; // "killed 40 Russian soldiers"
            }
        }

        return null;
    }
}
