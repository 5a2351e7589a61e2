namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>A place while the compiler merges the sources: mutable, with every name it is known by.</summary>
internal sealed class SourcePlace(long id, string name, string country, string feature)
{
    public long Id { get; } = id;

    public string Name { get; set; } = name;

    public string Country { get; set; } = country;

    public string Feature { get; set; } = feature;

    public string? Admin1Code { get; set; }

    /// <summary>GeoNames second-level code (Ukraine: the raion of the 2020 reform), or null.</summary>
    public string? Admin2Code { get; set; }

    public double Lat { get; set; } = double.NaN;

    public double Lon { get; set; } = double.NaN;

    public int Population { get; set; }

    public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids the place had in earlier gazetteers (a raion's made-up id before it took GeoNames', or the
    /// feature GeoNames gave its code before the raion's own feature was found).</summary>
    public List<long> FormerIds { get; } = [];

    /// <summary>A raion's: the names of the town it is named after, which also find it before a raion word.</summary>
    public SortedSet<string> CentreNames { get; } = new(StringComparer.Ordinal);

    public bool HasPosition => !double.IsNaN(Lat) && !double.IsNaN(Lon);
}
