using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// A second clause of one sentence that reports on another settlement: "liberated the settlement of Hryshyne and
/// continued clearing Myrnohrad", "звільнили Гришине, а в районі Родинського ворог атакував", "освободили Затишье и
/// продолжили зачистку Красноармейска". The stronger claim of the first clause (a capture, a strike) does not swallow
/// the report of the second: it is a claim of kind other at its own settlement.
/// </summary>
internal static class SecondClause
{
    /// <summary>Words that join two clauses of one sentence.</summary>
    private static readonly WordSet Joiners = new(["and", "while", "whereas", "і", "й", "та", "а", "также", "також", "и"]);

    /// <summary>
    /// Whether the report stands in a clause after every stronger trigger, joined to it by a conjunction or a
    /// semicolon, and both clauses name a settlement of their own.
    /// </summary>
    public static bool Stands(string text, ReadOnlySpan<Token> tokens, int limit, List<(ClaimKind Kind, int Token, TextSpan Span)> stronger,
        PhraseMatch<bool> report, List<PlaceMention> places)
    {
        if (stronger.Count == 0 || stronger.Exists(t => t.Token >= report.FirstToken))
        {
            return false;
        }

        var last = stronger.Max(t => t.Token);
        var joiner = -1;
        for (var i = last + 1; i < report.FirstToken && joiner < 0; i++)
        {
            if (Joiners.Contains(text, tokens[i]) || (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == ';'))
            {
                joiner = i;
            }
        }

        if (joiner < 0)
        {
            return false;
        }

        var boundary = tokens[joiner].Start;

        var firstClause = stronger.Min(t => t.Span.Start);
        var end = limit > 0 ? tokens[limit - 1].End : report.Span.End;
        PlaceMention? before = null;
        PlaceMention? after = null;
        foreach (var p in places)
        {
            if (p.Role != PlaceRole.Location || p.IsAdminArea)
            {
                continue;
            }

            if (p.Span.Start >= firstClause && p.Span.End <= boundary)
            {
                before ??= p;
            }
            else if (p.Span.Start >= boundary && p.Span.End <= end)
            {
                after ??= p;
            }
        }

        return before is not null && after is not null && before.GeonameId != after.GeonameId;
    }
}
