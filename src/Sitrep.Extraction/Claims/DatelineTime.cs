using Sitrep.Core.Model;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// The date of a wire dateline ("KYIV, Dec 11 (Northline Wire) - ...", "KHARKIV, Ukraine, Dec 9 —") is when the story
/// was filed, not when what its first sentence tells happened: a time near the start of its line, after an upper-case
/// place name and a comma, with a dash after it before any full stop.
/// </summary>
internal static class DatelineTime
{
    /// <summary>How far into its line a dateline's date may start.</summary>
    private const int Reach = 60;

    public static bool Is(string text, TimeMention time)
    {
        var start = time.Span.Start;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start - lineStart > Reach || start <= lineStart)
        {
            return false;
        }

        var head = text.AsSpan(lineStart, start - lineStart).Trim();
        var cut = head.IndexOfAny(", ");
        var firstWord = cut > 0 ? head[..cut] : head;
        if (head.Length == 0 || head[^1] != ',' || firstWord.Length < 3
            || firstWord.ContainsAnyInRange('a', 'z') || firstWord.ContainsAnyInRange('а', 'я') || firstWord.ContainsAny("іїєґ"))
        {
            return false;
        }

        var after = text.AsSpan(time.Span.End, Math.Min(Reach, text.Length - time.Span.End));
        var dash = after.IndexOfAny("-\u2013\u2014");
        return dash >= 0 && after[..dash].IndexOfAny(".!?") < 0;
    }
}
