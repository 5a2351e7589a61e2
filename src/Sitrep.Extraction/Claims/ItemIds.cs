namespace Sitrep.Extraction.Claims;

/// <summary>The ids of claims ("c1", "c2", ...) and events ("e1", ...), made once for the numbers most documents reach.</summary>
internal static class ItemIds
{
    private const int Kept = 256;
    private static readonly string[] Claims = Make('c');
    private static readonly string[] Events = Make('e');

    /// <summary>"c" followed by <paramref name="n"/>.</summary>
    public static string Claim(int n) => n > 0 && n <= Kept ? Claims[n - 1] : "c" + n;

    /// <summary>"e" followed by <paramref name="n"/>.</summary>
    public static string Event(int n) => n > 0 && n <= Kept ? Events[n - 1] : "e" + n;

    private static string[] Make(char prefix)
    {
        var ids = new string[Kept];
        for (var i = 0; i < Kept; i++)
        {
            ids[i] = prefix + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }
}
