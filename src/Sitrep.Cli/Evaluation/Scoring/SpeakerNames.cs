using System.Text;
using Sitrep.Cli.Evaluation.Gold;
using Sitrep.Extraction.Actors;

namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>
/// Whether two speaker (or outlet) names are the same: equal after folding case, apostrophes, dashes, spaces and
/// a leading "the", or names of the same actor in the actor registry.
/// </summary>
public static class SpeakerNames
{
    private const string Anonymous = "anonymous";

    public static bool Same(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        if (Fold(gold) == Fold(predicted))
        {
            return true;
        }

        var a = ActorRegistry.Default.FindByName(gold);
        return a is not null && ActorRegistry.Default.FindByName(predicted)?.Id == a.Id;
    }

    /// <summary>The same speaker; a gold speaker of type "anonymous" is matched by any anonymous predicted speaker.</summary>
    public static bool SameSpeaker(AttributionItem gold, AttributionItem predicted) =>
        (string.Equals(gold.SpeakerType, Anonymous, StringComparison.OrdinalIgnoreCase)
         && string.Equals(predicted.SpeakerType, Anonymous, StringComparison.OrdinalIgnoreCase))
        || Same(gold.Speaker, predicted.Speaker);

    /// <summary>Speaker (as <see cref="SameSpeaker"/>) and every outlet of the chain, nearest first.</summary>
    public static bool SameChain(AttributionItem gold, AttributionItem predicted) =>
        SameSpeaker(gold, predicted) && SameVia(gold.Via, predicted.Via);

    /// <summary>Speaker and every outlet of the chain, nearest first.</summary>
    public static bool SameChain(string? goldSpeaker, IReadOnlyList<string> goldVia, string? speaker, IReadOnlyList<string> via) =>
        Same(goldSpeaker, speaker) && SameVia(goldVia, via);

    private static bool SameVia(IReadOnlyList<string> goldVia, IReadOnlyList<string> via)
    {
        if (goldVia.Count != via.Count)
        {
            return false;
        }

        for (var i = 0; i < via.Count; i++)
        {
            if (!Same(goldVia[i], via[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static string Fold(string name)
    {
        var s = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            switch (c)
            {
                case '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '"' or '\u201C' or '\u201D' or '«' or '»':
                    break;
                case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                    s.Append(' ');
                    break;
                default:
                    s.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
                    break;
            }
        }

        var folded = string.Join(' ', s.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }
}
