namespace Sitrep.Extraction.Places.Resolution;

/// <summary>Compass words of "north of X", "10 km east of X", in English.</summary>
internal static class Compass
{
    private static readonly string[] Points =
    [
        "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
        "northeast", "northwest", "southeast", "southwest",
    ];

    public static string? Of(ReadOnlySpan<char> word)
    {
        foreach (var p in Points)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return p.Length == 9 && !p.Contains('-', StringComparison.Ordinal) ? p.Insert(5, "-") : p;
            }
        }

        return null;
    }
}
