using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// A summary across the front: paragraphs that each name a region of their own ("Kurylivka of Kharkiv region", then
/// "Torske of the Donetsk People's Republic", then "Antonivka of Kherson region") are read one by one, each name by
/// the regions and places of certain identity of its own paragraph.
/// </summary>
internal sealed partial class Disambiguator
{
    /// <summary>
    /// Whether two paragraphs name different regions, each one the other does not: then a region named in one
    /// paragraph says nothing of a village of another ("в районах Удачное и Новопавловка" in the paragraph after the
    /// Kharkiv Oblast one is the Novopavlivka by Udachne, not the one in Kharkiv Oblast). A story that names one
    /// region, or one region throughout and another beside it, is read as a whole. A direction named after a region
    /// ("the Volyn direction") names a sector of the front, not a region its paragraph tells of.
    /// </summary>
    private bool SpreadAcrossRegions(List<NameMatch> matches, int[] paragraphs, bool[]? directions)
    {
        // tables this thread reuses: a set per paragraph that names a region
        var byParagraph = t_byParagraph ??= [];
        var pool = t_regionSets ??= [];
        byParagraph.Clear();
        for (var m = 0; m < matches.Count; m++)
        {
            if (matches[m].ContextOnly || directions?[m] == true)
            {
                continue;
            }

            var c = matches[m].Candidates;
            foreach (var idx in c)
            {
                if (gazetteer[idx].IsAdmin1 && (c.Length == 1 || matches[m].IsRegionPhrase))
                {
                    if (!byParagraph.TryGetValue(paragraphs[m], out var regions))
                    {
                        if (byParagraph.Count == pool.Count)
                        {
                            pool.Add([]);
                        }

                        regions = pool[byParagraph.Count];
                        regions.Clear();
                        byParagraph[paragraphs[m]] = regions;
                    }

                    regions.Add(idx);
                }
            }
        }

        if (byParagraph.Count < 2)
        {
            return false;
        }

        // the sets in use are the first byParagraph.Count of the pool
        var sets = pool;
        var count = byParagraph.Count;
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                if (!sets[i].IsSubsetOf(sets[j]) && !sets[j].IsSubsetOf(sets[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [ThreadStatic]
    private static Dictionary<int, (HashSet<int> Named, HashSet<int> AnchorRegions, List<(double Lat, double Lon, int Place)> Anchors)>? t_paragraphEvidence;

    [ThreadStatic]
    private static Dictionary<int, HashSet<int>>? t_byParagraph;

    [ThreadStatic]
    private static List<HashSet<int>>? t_regionSets;

    /// <summary>Each name picked with its own paragraph's regions and places of certain identity as its context.</summary>
    private void ResolveParagraphs(List<NameMatch> matches, string text, int[] paragraphs, bool[]? listed, Resolved[] result, IReadOnlySet<string> theatre)
    {
        var evidence = t_paragraphEvidence ??= [];
        evidence.Clear();
        for (var m = 0; m < matches.Count; m++)
        {
            if (!evidence.TryGetValue(paragraphs[m], out var local))
            {
                evidence[paragraphs[m]] = local = Evidence(matches, paragraphs, paragraphs[m]);
            }

            var candidates = matches[m].Candidates;
            var mention = text.AsSpan(matches[m].Span.Start, matches[m].Span.Length);
            result[m] = Pick(candidates, local.Named, local.AnchorRegions, local.Anchors, TheatreOf(candidates, theatre, mention),
                PrimaryNamesOf(candidates, mention), matches[m].OtherRomanisations, null, NeighboursOf(matches, listed, m));
        }
    }
}
