using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Drones or missiles destroyed over a place ("над областю вночі знищено 9 ударних дронів", "над Брянской областью
/// уничтожены 15 беспилотников", "12 drones were destroyed over Odesa") were shot down: an interception, a claim of
/// kind other, not a strike.
/// </summary>
internal static class AirDefence
{
    private const int Reach = 4;

    private static readonly WordSet Over = new(["над", "over", "above"]);

    private static readonly string[] AirWeapons =
    [
        "drone", "uav", "missile", "rocket", "shahed", "дрон", "безпілотник", "бпла", "ракет", "шахед", "беспилотник",
        "бпла",
    ];

    /// <summary>Whether the destroy word at <paramref name="trigger"/> has an air weapon next to it and "over" in its clause.</summary>
    public static bool Downed(string text, ReadOnlySpan<Token> tokens, int first, int limit, int trigger)
    {
        var over = false;
        for (var i = first; i < limit && !over; i++)
        {
            over = Over.Contains(text, tokens[i]);
        }

        if (!over)
        {
            return false;
        }

        for (var i = Math.Max(first, trigger - Reach); i < Math.Min(limit, trigger + Reach + 1); i++)
        {
            if (i != trigger && tokens[i].Kind == TokenKind.Word && IsAirWeapon(tokens[i].Chars(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAirWeapon(ReadOnlySpan<char> word)
    {
        foreach (var w in AirWeapons)
        {
            if (word.StartsWith(w, StringComparison.OrdinalIgnoreCase) || word.Contains("-" + w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
