namespace Sitrep.Extraction.Places;

/// <summary>
/// Merges two gazetteers by GeoNames id: every place of both, every name key of both. Where both have a place,
/// the primary's record (name, position, region) is kept and the secondary only adds the names it is found by.
/// Nothing is removed.
/// </summary>
internal static class GazetteerMerge
{
    public static Gazetteer Merge(Gazetteer primary, Gazetteer secondary)
    {
        var byId = new Dictionary<long, GazetteerPlace>(primary.Places.Count + secondary.Places.Count);
        foreach (var p in secondary.Places)
        {
            byId[p.GeonameId] = p;
        }

        foreach (var p in primary.Places)
        {
            byId[p.GeonameId] = p;
        }

        var places = byId.Values.ToArray();
        Array.Sort(places, (a, b) => a.GeonameId.CompareTo(b.GeonameId));
        var index = new Dictionary<long, int>(places.Length);
        for (var i = 0; i < places.Length; i++)
        {
            index[places[i].GeonameId] = i;
        }

        var pairs = new List<(ulong Key, int Place)>(primary.PostingCount + secondary.PostingCount);
        foreach (var g in new[] { primary, secondary })
        {
            foreach (var (key, place) in g.Postings())
            {
                pairs.Add((key, index[g[place].GeonameId]));
            }
        }

        pairs.Sort();
        var keys = new List<ulong>(pairs.Count);
        var postings = new List<int>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0 && pairs[i] == pairs[i - 1])
            {
                continue;
            }

            keys.Add(pairs[i].Key);
            postings.Add(pairs[i].Place);
        }

        return new Gazetteer(places, [.. keys], [.. postings], Math.Max(primary.MaxParts, secondary.MaxParts));
    }
}
