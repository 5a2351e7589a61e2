using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// The local evidence of a front summary and of lists: the direction a name is listed under (see
/// <see cref="DirectionSections"/>) and the names listed right beside it.
/// </summary>
internal sealed partial class Disambiguator
{
    /// <summary>Closeness to the direction whose section of a front summary a name is in: full over a sector's
    /// width (a village 30 km from the direction's town is as much in the sector as one 5 km from it), then falling
    /// to 1/e over another 40 km.</summary>
    private const double SectionWeight = 3.0;
    private const double SectionWidthKm = 35.0;
    private const double SectionScaleKm = 30.0;

    /// <summary>Names listed together ("near Hryshyne, Novopavlivka, Dachne and Udachne") are mostly neighbours: a
    /// candidate a few kilometres from a candidate of the name listed before or after it is likely the one meant
    /// ("Novopavlivka and Dachne" are the two villages 3 km apart, not namesakes 50 km from each other).</summary>
    private const double ListWeight = 2.0;
    private const double ListScaleKm = 10.0;
    private const double NearLatitude = 0.5;

    private static readonly HashSet<int> NoPlaces = [];
    private static readonly List<(double Lat, double Lon, int Place)> NoAnchors = [];

    /// <summary>
    /// Re-picks the names of a front summary's sections with the section as their context. The directions come first,
    /// an ambiguous one next to the directions before and after it (a summary goes along the front: the Oleksandrivka
    /// direction between Pokrovsk and Huliaipole), then the names of each section with the direction's town nearby.
    /// The document's regions and anchors do not count here: a summary names every region of the front in its
    /// first lines ("Kostiantynivka and Druzhkivka in Donetsk region"), and that says nothing of a section's village.
    /// </summary>
    private void ResolveSections(List<NameMatch> matches, string text, int[]?[] sections, bool[]? listed, Resolved[] result, IReadOnlySet<string> theatre)
    {
        var local = new List<(double Lat, double Lon)>(2);
        var directions = DirectionHeads(sections);
        for (var i = 0; i < directions.Count; i++)
        {
            var h = directions[i];
            if (matches[h].Candidates.Length < 2)
            {
                continue;
            }

            local.Clear();
            foreach (var n in (ReadOnlySpan<int>)[i - 1, i + 1])
            {
                if (n >= 0 && n < directions.Count && gazetteer[result[directions[n]].Place] is { IsAdminArea: false } neighbour)
                {
                    local.Add((neighbour.Lat, neighbour.Lon));
                }
            }

            if (local.Count > 0)
            {
                result[h] = PickInSection(matches, text, h, local, listed, theatre);
            }
        }

        for (var m = 0; m < matches.Count; m++)
        {
            if (sections[m] is not { } heads || matches[m].Candidates.Length < 2)
            {
                continue;
            }

            local.Clear();
            foreach (var h in heads)
            {
                var head = gazetteer[result[h].Place];
                if (!head.IsAdminArea)
                {
                    local.Add((head.Lat, head.Lon));
                }
            }

            if (local.Count > 0)
            {
                result[m] = PickInSection(matches, text, m, local, listed, theatre);
            }
        }
    }

    private Resolved PickInSection(List<NameMatch> matches, string text, int m, List<(double Lat, double Lon)> local, bool[]? listed, IReadOnlySet<string> theatre)
    {
        var candidates = matches[m].Candidates;
        var mention = text.AsSpan(matches[m].Span.Start, matches[m].Span.Length);
        return Pick(candidates, NoPlaces, NoPlaces, NoAnchors, TheatreOf(candidates, theatre, mention),
            PrimaryNamesOf(candidates, mention), matches[m].OtherRomanisations, local, NeighboursOf(matches, listed, m));
    }

    private static double SectionCloseness(double km) => SectionWeight * Math.Exp(-Math.Max(0, km - SectionWidthKm) / SectionScaleKm);

    /// <summary>The direction names that head sections, in text order.</summary>
    private static List<int> DirectionHeads(int[]?[] sections)
    {
        var seen = new SortedSet<int>();
        foreach (var heads in sections)
        {
            if (heads is not null)
            {
                seen.UnionWith(heads);
            }
        }

        return [.. seen];
    }

    /// <summary>The candidates of the names listed right before and after match <paramref name="m"/>.</summary>
    private static ListNeighbours NeighboursOf(List<NameMatch> matches, bool[]? listed, int m) =>
        listed is null ? default : new ListNeighbours(
            listed[m] ? matches[m - 1].Candidates : null,
            m + 1 < matches.Count && listed[m + 1] ? matches[m + 1].Candidates : null);

    /// <summary>For each listed neighbour, closeness to its nearest candidate other than this place.</summary>
    private double ListCloseness(int c, GazetteerPlace p, ListNeighbours list)
    {
        if (p.IsAdminArea)
        {
            return 0; // a region or country is not a neighbour of a village
        }

        return ListCloseness(c, p, list.Before) + ListCloseness(c, p, list.After);
    }

    private double ListCloseness(int c, GazetteerPlace p, int[]? neighbour)
    {
        if (neighbour is null)
        {
            return 0;
        }

        var nearest = double.MaxValue;
        foreach (var n in neighbour)
        {
            var q = gazetteer[n];

            // half a degree of latitude is 55 km, where the closeness is below 1%: no distance worth computing
            if (n != c && !q.IsAdminArea && Math.Abs(q.Lat - p.Lat) < NearLatitude && Geo.AtLeastKm(p.Lat, q.Lat) < nearest)
            {
                nearest = Math.Min(nearest, Geo.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon));
            }
        }

        if (nearest > ListFarKm && p.Population is >= ListedCityPopulation and < BigCityPopulation && OnlyVillages(neighbour))
        {
            // a city listed among villages far from it ("Каменское, Приморское и Новоандреевка" by Stepnohirsk is the
            // front's village, not the city of Kamianske 110 km away): the list's own geography outweighs the city's size
            return -ListWeight;
        }

        return nearest == double.MaxValue ? 0 : ListWeight * Math.Exp(-nearest / ListScaleKm);
    }

    /// <summary>Farther than this from every place a listed neighbour may be, a city does not belong to the list.</summary>
    private const double ListFarKm = 60;

    /// <summary>Cities from this size stand out in a list of villages; from <see cref="BigCityPopulation"/> the news
    /// names them anywhere, and the list does not move them.</summary>
    private const int ListedCityPopulation = 100_000;
    private const int BigCityPopulation = 500_000;

    /// <summary>Whether a neighbour's candidates are all villages and towns under <see cref="ListedCityPopulation"/>.</summary>
    private bool OnlyVillages(int[] neighbour)
    {
        foreach (var n in neighbour)
        {
            var q = gazetteer[n];
            if (q.IsAdminArea || q.Population >= ListedCityPopulation)
            {
                return false;
            }
        }

        return neighbour.Length > 0;
    }
}

/// <summary>The candidates of the names listed right before and after a name, where it stands in a list.</summary>
internal readonly record struct ListNeighbours(int[]? Before, int[]? After)
{
    public bool IsEmpty => Before is null && After is null;
}

/// <summary>List picks compared by the candidate sets of the name and its two neighbours.</summary>
internal sealed class ListKeyComparer : IEqualityComparer<(int[] Name, int[]? Before, int[]? After)>
{
    public static ListKeyComparer Instance { get; } = new();

    public bool Equals((int[] Name, int[]? Before, int[]? After) x, (int[] Name, int[]? Before, int[]? After) y) =>
        x.Name.AsSpan().SequenceEqual(y.Name) && Same(x.Before, y.Before) && Same(x.After, y.After);

    public int GetHashCode((int[] Name, int[]? Before, int[]? After) obj) =>
        HashCode.Combine(Hash(obj.Name), Hash(obj.Before), Hash(obj.After));

    private static bool Same(int[]? a, int[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    private static int Hash(int[]? a) => a is null ? 0 : CandidateSetComparer.Instance.GetHashCode(a);
}
