using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// The sections of a front summary: "In the Huliaipole direction, the enemy attacked near Zatyshshia, Rivnopillia and
/// Uspenivka." Each name after a direction's name, up to the next direction or the end of the paragraph, lies in that
/// direction's sector, so the direction's town is its nearest context (the summary names the whole front, and a
/// village of the Huliaipole section is not its namesake by Pokrovsk two sections earlier).
/// </summary>
internal static class DirectionSections
{
    /// <summary>For each match, the indexes of the direction names whose section it is in, or null.</summary>
    public static int[]?[] Of(List<NameMatch> matches, List<Token> tokens, List<Sentence> sentences, MentionContext context)
    {
        var result = new int[matches.Count][];
        int[]? heads = null;
        var headSentence = -1;
        var paragraph = -1;
        for (var m = 0; m < matches.Count; m++)
        {
            var sentence = tokens[matches[m].FirstToken].SentenceIndex;
            if (sentences[sentence].Paragraph != paragraph)
            {
                heads = null;
                paragraph = sentences[sentence].Paragraph;
            }

            var s = sentences[sentence];
            if (context.NamesDirection(matches[m], s.FirstToken + s.TokenCount))
            {
                // "the Pokrovsk and Huliaipole directions": every direction of one sentence heads the section
                heads = heads is not null && headSentence == sentence ? [.. heads, m] : [m];
                headSentence = sentence;
                continue;
            }

            result[m] = heads!;
        }

        return result;
    }
}
