using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Claims.Languages;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Decides what a capture verb is about. Ground stays <see cref="ClaimKind.Capture"/>; people taken prisoner
/// ("killed or captured 34 Russian soldiers") are <see cref="ClaimKind.Casualties"/>; titles, equipment, attention,
/// an intention ("expected to take the city") and adjectival "occupied" are <see cref="ClaimKind.Other"/> (no claim).
/// </summary>
internal static class CaptureObject
{
    private const int ObjectReach = 4;

    /// <summary>Things taken as pictures or steps, not ground: a take verb right after them is their participle.</summary>
    private static readonly Matching.WordSet Pictures = new(
    [
        "images", "image", "photos", "photo", "photographs", "pictures", "footage", "video", "videos", "shots", "measures",
        "steps", "samples", "снимки", "снимков", "фото", "знімки", "знімків",
    ]);

    public static ClaimKind Classify(string text, ReadOnlySpan<Token> tokens, int first, int limit, int trigger, int triggerEnd)
    {
        if (trigger > first)
        {
            var before = tokens[trigger - 1];
            if (CaptureObjectWords.Intent.Contains(text, before))
            {
                return ClaimKind.Other;
            }

            if (CaptureObjectWords.OccupiedAdjectives.Contains(tokens[trigger].Text(text)) && CaptureObjectWords.BeforeAdjective.Contains(before.Text(text)))
            {
                return ClaimKind.Other;
            }
        }
        else if (CaptureObjectWords.OccupiedAdjectives.Contains(tokens[trigger].Text(text)))
        {
            return ClaimKind.Other; // "Occupied Melitopol ..." opening a sentence
        }

        if (trigger > first && CaptureObjectWords.Falls.Contains(text, tokens[trigger]) && CaptureObjectWords.Things.Contains(tokens[trigger - 1].Text(text)))
        {
            return ClaimKind.Other; // "a fire broke out after debris fell"
        }

        if (triggerEnd < limit && CaptureObjectWords.Falls.Contains(text, tokens[trigger]) && CaptureObjectWords.AfterFell.Contains(text, tokens[triggerEnd]))
        {
            return ClaimKind.Other; // "debris fell on a building", "prices fell by 5%"
        }

        if (trigger > first && CaptureObjectWords.Takes.Contains(text, tokens[trigger]) && Pictures.Contains(tokens[trigger - 1].Text(text)))
        {
            return ClaimKind.Other; // "Satellite images taken on Wednesday show ...", "знімки, зроблені", "measures taken": no ground taken
        }

        if (triggerEnd < limit && triggerEnd == trigger + 1 && CaptureObjectWords.Takes.Contains(text, tokens[trigger]) && CaptureObjectWords.Movement.Contains(text, tokens[triggerEnd]))
        {
            return ClaimKind.Other; // "eleven of the wounded were taken to hospital"
        }

        for (var i = triggerEnd; i < Math.Min(limit, triggerEnd + ObjectReach); i++)
        {
            var token = tokens[i];
            if (i + 1 < limit && CaptureObjectWords.Captivity.Contains(text, tokens[i + 1]) && token.Text(text) is "в" or "у")
            {
                return ClaimKind.Casualties; // "взяли в полон", "взяли в плен"
            }

            if (token.Kind == TokenKind.Punctuation || CaptureObjectWords.ObjectEnds.Contains(text, token))
            {
                break;
            }

            var word = token.Text(text);
            if (CaptureObjectWords.People.Contains(word))
            {
                return ClaimKind.Casualties;
            }

            if (CaptureObjectWords.Things.Contains(word))
            {
                return ClaimKind.Other;
            }
        }

        return ClaimKind.Capture;
    }
}
