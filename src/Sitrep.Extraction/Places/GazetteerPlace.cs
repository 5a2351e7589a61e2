namespace Sitrep.Extraction.Places;

/// <summary>One entry of the gazetteer: a populated place, an administrative region or a country.</summary>
public sealed record GazetteerPlace(
    long GeonameId,
    string Name,
    string Country,
    string? Admin1Code,
    string? Admin1,
    double Lat,
    double Lon,
    string FeatureCode,
    int Population)
{
    public bool IsCountry => FeatureCode.StartsWith("PCL", StringComparison.Ordinal);

    public bool IsAdmin1 => FeatureCode == "ADM1";

    public bool IsAdminArea => IsCountry || FeatureCode.StartsWith("ADM", StringComparison.Ordinal);

    public bool IsCapital => FeatureCode == "PPLC";
}
