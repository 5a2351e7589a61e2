using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Picks one gazetteer entry per name. Evidence, strongest first: the region the document names ("in the Donetsk
/// region"), the regions of places that are not ambiguous, closeness to the other places of the document, then size
/// (population and administrative rank). The confidence falls with the margin between the best two.
/// </summary>
internal sealed class Disambiguator(Gazetteer gazetteer)
{
    private const double NamedRegionWeight = 3.0;
    private const double AnchorRegionWeight = 1.0;
    private const double ClusterWeight = 2.0;
    private const double ClusterScaleKm = 60.0;

    public Resolved[] Resolve(IReadOnlyList<NameMatch> matches)
    {
        var namedRegions = new HashSet<int>();
        var anchorRegions = new HashSet<int>();
        var anchorPlaces = new HashSet<int>();
        for (var m = 0; m < matches.Count; m++)
        {
            var c = matches[m].Candidates;
            foreach (var idx in c)
            {
                if (gazetteer[idx].IsAdmin1 && (c.Length == 1 || matches[m].IsRegionPhrase))
                {
                    namedRegions.Add(idx);
                }
            }

            if (c.Length == 1 && !gazetteer[c[0]].IsAdminArea && anchorPlaces.Add(c[0]))
            {
                var region = gazetteer.Admin1Of(gazetteer[c[0]]);
                if (region >= 0)
                {
                    anchorRegions.Add(region);
                }
            }
        }

        var anchors = anchorPlaces.Order().Select(a => (gazetteer[a].Lat, gazetteer[a].Lon, a)).ToList();
        var result = new Resolved[matches.Count];
        var cache = new Dictionary<int[], Resolved>(CandidateSetComparer.Instance);
        for (var m = 0; m < matches.Count; m++)
        {
            var candidates = matches[m].Candidates;
            if (!cache.TryGetValue(candidates, out var resolved))
            {
                resolved = Pick(candidates, namedRegions, anchorRegions, anchors);
                cache.Add(candidates, resolved);
            }

            result[m] = resolved;
        }

        return result;
    }

    private Resolved Pick(int[] candidates, HashSet<int> namedRegions, HashSet<int> anchorRegions, List<(double Lat, double Lon, int Place)> anchors)
    {
        if (candidates.Length == 1)
        {
            return new Resolved(candidates[0], 1.0);
        }

        double best = double.MinValue, second = double.MinValue;
        var bestIndex = candidates[0];
        foreach (var c in candidates)
        {
            var p = gazetteer[c];
            var score = Prior(p);
            var region = gazetteer.Admin1Of(p);
            if (region >= 0 && namedRegions.Contains(region))
            {
                score += NamedRegionWeight;
            }
            else if (region >= 0 && anchorRegions.Contains(region))
            {
                score += AnchorRegionWeight;
            }

            var nearest = double.MaxValue;
            foreach (var (lat, lon, place) in anchors)
            {
                if (place != c)
                {
                    nearest = Math.Min(nearest, Geo.DistanceKm(p.Lat, p.Lon, lat, lon));
                }
            }

            if (nearest < double.MaxValue)
            {
                score += ClusterWeight * Math.Exp(-nearest / ClusterScaleKm);
            }

            if (score > best)
            {
                second = best;
                best = score;
                bestIndex = c;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        var margin = best - second;
        return new Resolved(bestIndex, Math.Round(0.5 + (0.45 * Math.Tanh(margin)), 2));
    }

    /// <summary>What is known before context: size and rank, and the countries this tool reports on.</summary>
    private static double Prior(GazetteerPlace p)
    {
        var score = 0.15 * Math.Log10(p.Population + 1.0);
        score += p.Population switch
        {
            >= 500_000 => 5.0, // the news names big cities without context: a region named or a
            >= 100_000 => 3.5, // village nearby must not pull "Zaporizhzhia" away from the city
            >= 50_000 => 1.5,
            _ => 0.0,
        };
        score += p.FeatureCode switch
        {
            "PCLI" => 3.0,
            "ADM1" => 1.0,
            "PPLC" => 0.6,
            "PPLA" => 0.4,
            "PPLA2" => 0.2,
            _ => 0.0,
        };
        return score + p.Country switch
        {
            "UA" => 0.3,
            "RU" => 0.1,
            _ => 0.0,
        };
    }
}

/// <summary>Candidate sets compared by content: the same name resolves the same way throughout a document.</summary>
internal sealed class CandidateSetComparer : IEqualityComparer<int[]>
{
    public static CandidateSetComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var h = new HashCode();
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return h.ToHashCode();
    }
}

/// <summary>The entry chosen for a name and how sure the choice is.</summary>
internal readonly record struct Resolved(int Place, double Confidence);
