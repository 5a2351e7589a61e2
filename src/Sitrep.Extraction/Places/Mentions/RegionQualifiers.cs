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
        // the candidates before any qualification, kept once the first match is qualified
        int[][]? original = null;
        bool[]? qualified = null;
        for (var r = 1; r < matches.Count; r++)
        {
            if (!matches[r].IsRegionPhrase)
            {
                continue; // no region: RegionsOf would be empty
            }

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
                    var inRegion = InRegion(matches[p].Candidates, region);
                    if (inRegion.Length > 0 && inRegion.Length < matches[p].Candidates.Length)
                    {
                        original ??= CandidatesOf(matches);
                        qualified ??= new bool[matches.Count];
                        matches[p] = matches[p] with { Candidates = inRegion };
                        qualified[p] = true;
                    }
                }

                next = matches[p];
            }
        }

        if (original is not null && qualified is not null)
        {
            SameNameSameRegion(matches, original, qualified);
        }
    }

    private static int[][] CandidatesOf(List<NameMatch> matches)
    {
        var candidates = new int[matches.Count][];
        for (var i = 0; i < matches.Count; i++)
        {
            candidates[i] = matches[i].Candidates;
        }

        return candidates;
    }

    /// <summary>The candidates whose region is one of <paramref name="region"/>, in order.</summary>
    private int[] InRegion(int[] candidates, HashSet<int> region)
    {
        var count = 0;
        foreach (var c in candidates)
        {
            count += region.Contains(gazetteer.Admin1Of(gazetteer[c])) ? 1 : 0;
        }

        if (count == candidates.Length)
        {
            return candidates; // all of them: the caller keeps the match as it is
        }

        var kept = new int[count];
        var k = 0;
        foreach (var c in candidates)
        {
            if (region.Contains(gazetteer.Admin1Of(gazetteer[c])))
            {
                kept[k++] = c;
            }
        }

        return kept;
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

        var byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < matches.Count && byName.Count > 0; i++)
        {
            if (!qualified[i] && byNameSpan.TryGetValue(w.Text.AsSpan(matches[i].Span.Start, matches[i].Span.Length), out var q)
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
