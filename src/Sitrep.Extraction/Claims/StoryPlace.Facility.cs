using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

internal static partial class StoryPlace
{
    /// <summary>
    /// Facilities a statement names again after a strike on them: "the substation", "підстанції", "подстанции". Cyrillic
    /// words are compared by their first letters (the stem before the case ending).
    /// </summary>
    private static readonly string[] Facilities =
    [
        "substation", "depot", "refinery", "warehouse", "plant", "factory", "terminal", "oil depot", "fuel depot", "power plant",
        "підстанц", "нафтобаз", "нафтопереробн", "завод", "депо",
        "подстанц", "нефтебаз", "нефтеперерабатывающ", "завод", "депо",
    ];

    /// <summary>
    /// The settlement of the facility a statement names again: "Ukrainian drones hit an electrical substation near the
    /// town of Shebekino ... Interfax, citing the regional emergency services, said a transformer at the substation had
    /// burned out" is at Shebekino. In English the facility is named with "the"; the sentence that named it before (up to
    /// eight sentences back) must name one settlement (no region). Null when the sentence names no such facility.
    /// </summary>
    private static PlaceRef? FacilityToldBefore(Document document, SentenceMentions mentions, Claim claim, int s)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        string? facility = null;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount && facility is null; i++)
        {
            if (!claim.Span.Contains(tokens[i].Span) || FacilityOf(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)) is not { } word)
            {
                continue;
            }

            var cyrillic = word[0] is >= '\u0400' and <= '\u04FF';
            if (cyrillic || (i > sentence.FirstToken && tokens[i - 1].Text(text) is "the" or "The"))
            {
                facility = word;
            }
        }

        if (facility is null)
        {
            return null;
        }

        for (var k = s - 1; k >= 0 && s - k <= 8; k--)
        {
            var before = document.Sentences[k];
            var named = false;
            for (var i = before.FirstToken; i < before.FirstToken + before.TokenCount && !named; i++)
            {
                named = FacilityOf(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)) == facility;
            }

            if (!named)
            {
                continue;
            }

            PlaceRef? found = null;
            foreach (var place in mentions.Places(k))
            {
                if (place.IsAdminArea || place.Role != PlaceRole.Location)
                {
                    continue;
                }

                if (found is not null && found.GeonameId != place.GeonameId)
                {
                    return null; // two settlements: which one is the facility's is not told
                }

                found = new PlaceRef(place.GeonameId, place.Name);
            }

            return found;
        }

        return null;
    }

    /// <summary>The facility word a token is (its entry in <see cref="Facilities"/>), or null.</summary>
    private static string? FacilityOf(ReadOnlySpan<char> word)
    {
        foreach (var f in Facilities)
        {
            var cyrillic = f[0] is >= '\u0400' and <= '\u04FF';
            if (cyrillic ? word.StartsWith(f, StringComparison.OrdinalIgnoreCase) && word.Length <= f.Length + 4
                         : word.Equals(f, StringComparison.OrdinalIgnoreCase) || (word.Length == f.Length + 1 && word.StartsWith(f, StringComparison.OrdinalIgnoreCase) && word[^1] == 's'))
            {
                return f;
            }
        }

        return null;
    }
}
