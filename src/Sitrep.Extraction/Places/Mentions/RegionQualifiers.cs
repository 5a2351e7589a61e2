using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// A region named right after a place, or after a list of places, says where they are: "Dobropillia in
/// Zaporizhzhia region", "Hryshyne in the Donetsk People's Republic", "Huliaipole, Zaliznychne and Dobropillia in
/// Zaporizhzhia region", "Новоселівка, Рай-Олександрівка Донецької області". Such places keep only their namesakes
/// in that region, when they have one there.
/// </summary>
internal sealed class RegionQualifiers(MentionWords w, Gazetteer gazetteer, RegionPhrases regions)
{
    private static readonly string[] Links = ["in", "of", "the", "у", "в", "во", "на"];

    public void Apply(List<NameMatch> matches)
    {
        var original = matches.Select(m => m.Candidates).ToArray();
        var qualified = new bool[matches.Count];
        for (var r = 1; r < matches.Count; r++)
        {
            var region = regions.RegionsOf(matches[r]);
            if (region.Count == 0)
            {
                continue;
            }

            var next = matches[r];
            for (var p = r - 1; p >= 0 && Qualifies(matches[p], next, first: next == matches[r]); p--)
            {
                if (!matches[p].IsRegionPhrase && !matches[p].IsMetonym)
                {
                    var inRegion = matches[p].Candidates.Where(c => region.Contains(gazetteer.Admin1Of(gazetteer[c]))).ToArray();
                    if (inRegion.Length > 0 && inRegion.Length < matches[p].Candidates.Length)
                    {
                        matches[p] = matches[p] with { Candidates = inRegion };
                        qualified[p] = true;
                    }
                }

                next = matches[p];
            }
        }

        SameNameSameRegion(matches, original, qualified);
    }

    /// <summary>
    /// A name qualified once keeps that region in its other, unqualified mentions of the document: the same words
    /// with the same candidates ("Покровськ" and "Покровське" share a key, not a name).
    /// </summary>
    private void SameNameSameRegion(List<NameMatch> matches, int[][] original, bool[] qualified)
    {
        var byName = new Dictionary<string, (int[] Original, int[] Candidates)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < matches.Count; i++)
        {
            if (qualified[i])
            {
                byName.TryAdd(w.Text.Substring(matches[i].Span.Start, matches[i].Span.Length), (original[i], matches[i].Candidates));
            }
        }

        for (var i = 0; i < matches.Count && byName.Count > 0; i++)
        {
            if (!qualified[i] && byName.TryGetValue(w.Text.Substring(matches[i].Span.Start, matches[i].Span.Length), out var q)
                && original[i].AsSpan().SequenceEqual(q.Original))
            {
                matches[i] = matches[i] with { Candidates = q.Candidates };
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="place"/> is tied to the match after it: directly or by "in (the)" before the region,
    /// by a list join (",", "and", "та") between places, in one sentence.
    /// </summary>
    private bool Qualifies(NameMatch place, NameMatch next, bool first)
    {
        if (!w.SameSentence(place.LastToken, next.FirstToken) || place.IsRegionPhrase)
        {
            return false;
        }

        var gap = next.FirstToken - place.LastToken - 1;
        if (gap == 0)
        {
            return true; // "Новоселівка Донецької області", or a hyphenated pair
        }

        if (!first)
        {
            return gap == 1 && w.IsListJoin(place.LastToken + 1);
        }

        for (var t = place.LastToken + 1; t < next.FirstToken; t++)
        {
            if (!w.WordIs(t, t, Links) && !(gap == 1 && w.PunctIs(t, ",")))
            {
                return false;
            }
        }

        return true;
    }
}
