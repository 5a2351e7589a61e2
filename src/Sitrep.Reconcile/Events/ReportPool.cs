using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// Equal strings and places shared among the reports a store keeps for matching
/// (<see cref="MatchableReport.ForMatching(ReportPool?)"/>): each report read back from the store has its own copy
/// of its type, dates, place and document id, though tens of thousands of them name a few hundred of each. The
/// pool starts again when it holds <c>capacity</c> entries, so it stays small however long the stream.
/// </summary>
public sealed class ReportPool(int capacity = 20_000)
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<PlaceKey, LocationDto> places = [];

    /// <summary>The pool's string equal to <paramref name="text"/> (which joins the pool if it has none).</summary>
    public string? Text(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (texts.Count >= capacity)
        {
            texts.Clear();
        }

        texts[text] = text;
        return text;
    }

    /// <summary>The pool's place equal in every field to <paramref name="location"/>.</summary>
    public LocationDto? Place(LocationDto? location)
    {
        if (location is null)
        {
            return null;
        }

        var key = new PlaceKey(location.Name, location.GeonameId, location.Lat, location.Lon, location.Country, location.Admin1, location.Precision, location.Detail);
        if (places.TryGetValue(key, out var shared))
        {
            return shared;
        }

        if (places.Count >= capacity)
        {
            places.Clear();
        }

        shared = new LocationDto
        {
            Name = Text(location.Name)!, GeonameId = location.GeonameId, Lat = location.Lat, Lon = location.Lon, Country = Text(location.Country)!,
            Admin1 = Text(location.Admin1), Precision = location.Precision, Detail = Text(location.Detail),
        };
        places[key] = shared;
        return shared;
    }

    private readonly record struct PlaceKey(string Name, long GeonameId, double Lat, double Lon, string Country, string? Admin1, int Precision, string? Detail);
}
