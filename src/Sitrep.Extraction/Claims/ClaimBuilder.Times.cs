using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Claims;

/// <summary>Which of a statement's times dates the claim its trigger makes.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>
    /// A time dates the clause it stands in: "Russian groups pushed into the south on Monday, but Ukrainian forces still
    /// hold the north, the corps said on Tuesday" dates the hold by Tuesday, the day it was said, not by Monday, which
    /// "but" keeps in the clause before. With one time, or none outside a contrast, the first time of the statement.
    /// </summary>
    private TimeMention? ClauseTime(List<TimeMention> times, TimeMention? first, TextSpan span, int trigger, int firstToken, int limit)
    {
        if (times.Count < 2 || first is null || !span.Contains(first.Span))
        {
            return first;
        }

        foreach (var t in times)
        {
            if (!span.Contains(t.Span))
            {
                continue;
            }

            var at = TokenSearch.FirstAtOrAfter(_tokens, firstToken, limit - firstToken, t.Span.Start);
            if (at < 0)
            {
                continue;
            }

            if (!ContrastOrStopBetween(Math.Min(at, trigger), Math.Max(at, trigger)))
            {
                return t;
            }
        }

        return first;
    }

    private bool ContrastOrStopBetween(int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (_tokens[i].Text(_document.Text) is "but" or "но" or "але" or "однако" or "проте" or "however" or "while" or "whereas" or ";")
            {
                return true;
            }
        }

        return false;
    }
}
