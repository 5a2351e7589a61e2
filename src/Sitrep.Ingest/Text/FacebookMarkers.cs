using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Text;

/// <summary>
/// A post copied from Facebook: its reaction bar ("Like", "Comment", "Share", "All reactions:") gives the medium away.
/// Those lines and the counters under a post ("1.2K", "245 comments") are chrome.
/// </summary>
internal static partial class FacebookMarkers
{
    private static readonly HashSet<string> Buttons = new(StringComparer.OrdinalIgnoreCase)
    {
        "like", "comment", "all reactions:", "most relevant", "write a comment…", "write a comment...", "see more", "see translation",
        "reply", "подобається", "коментувати", "усі реакції:", "всі реакції:", "нравится", "комментировать", "все реакции:",
    };

    [GeneratedRegex(@"^\d+(?:[.,]\d+)?\s*[KkMmКкТт]?(?:\s+(?:comments?|shares?|views?|коментар\w*|поширен\w*|комментари\w*|репост\w*|перегляд\w*|просмотр\w*))?$")]
    private static partial Regex Counter();

    public static bool IsChrome(string line)
    {
        var t = line.Trim();
        return Buttons.Contains(t) || (t.Length < 40 && Counter().IsMatch(t)) || (t.Length < 60 && t.EndsWith('·'));
    }

    /// <summary>Two or more reaction-bar lines, or "All reactions:", mark a Facebook copy.</summary>
    public static bool LooksLikeFacebook(IEnumerable<string> lines)
    {
        var hits = 0;
        foreach (var line in lines)
        {
            var t = line.Trim();
            if (t.StartsWith("All reactions", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Усі реакції", StringComparison.OrdinalIgnoreCase)
                || t.StartsWith("Все реакции", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (t is "Like" or "Comment" or "Подобається" or "Коментувати" or "Нравится" or "Комментировать")
            {
                hits++;
            }
        }

        return hits >= 2;
    }
}
