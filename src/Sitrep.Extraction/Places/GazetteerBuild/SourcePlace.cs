namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>A place while the compiler merges the sources: mutable, with every name it is known by.</summary>
internal sealed class SourcePlace(long id, string name, string country, string feature)
{
    public long Id { get; } = id;

    public string Name { get; set; } = name;

    public string Country { get; set; } = country;

    public string Feature { get; set; } = feature;

    public string? Admin1Code { get; set; }

    public double Lat { get; set; } = double.NaN;

    public double Lon { get; set; } = double.NaN;

    public int Population { get; set; }

    public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

    public bool HasPosition => !double.IsNaN(Lat) && !double.IsNaN(Lon);
}
