using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution;

using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Whose forces a claim is about: a side named before the trigger ("Russian forces captured"), after "control"
/// ("under Ukrainian control"), "our"/"we" (the claimant's side) or "the enemy" (the other side).
/// </summary>
internal static class ClaimSide
{
    private static readonly WordSet Own = new(
    [
        "our", "we", "us", "its", "наші", "наших", "нашими", "ми", "наш", "наша", "наши", "мы", "нашего",
    ]);

    private static readonly WordSet Enemy = new(
    [
        "enemy", "adversary", "ворог", "ворога", "противник", "противника", "супротивник",
    ]);

    /// <remarks>Words inside <paramref name="speaker"/> ("Украинские военные опровергли") name the claimant, not the forces.</remarks>
    public static string? Of(string text, ReadOnlySpan<Token> tokens, int first, int limit, int trigger, string? claimantSide, TextSpan? speaker = null, bool deniedCapture = false)
    {
        // nearest side word before the trigger, then after it
        for (var i = trigger - 1; i >= first; i--)
        {
            if (speaker is { } skip && skip.Overlaps(tokens[i].Span))
            {
                continue;
            }

            if (SideAt(text, tokens, i, limit, claimantSide) is { } side)
            {
                return side;
            }
        }

        for (var i = trigger + 1; i < limit; i++)
        {
            if (speaker is { } skip && skip.Overlaps(tokens[i].Span))
            {
                continue;
            }

            if (SideAt(text, tokens, i, limit, claimantSide) is { } side)
            {
                return side;
            }
        }

        // "Ukrainian military denied the capture of X": a capture someone denies is the other side's
        return deniedCapture ? Opposite(claimantSide) : claimantSide;
    }

    public static string? Opposite(string? side) => side switch
    {
        "UA" => "RU",
        "RU" => "UA",
        _ => null,
    };

    private static string? SideAt(string text, ReadOnlySpan<Token> tokens, int i, int limit, string? claimantSide)
    {
        var word = tokens[i].Chars(text);
        if (Own.Contains(word))
        {
            return claimantSide;
        }

        if (Enemy.Contains(word))
        {
            return Opposite(claimantSide);
        }

        if (AttributionLexicon.Default.Sides.TryMatch(text, tokens, i, limit, out var count, out var side))
        {
            // "in Ukraine's Kharkiv region" describes where a place is, not whose forces act
            var next = i + count;
            return next < limit && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Start]) ? null : side;
        }

        if (ActorRegistry.Default.FindAll(text, tokens, i, Math.Min(limit, i + 8)) is [{ FirstToken: var at, Value: { IsOutlet: false } actor }, ..] && at == i)
        {
            return ActorRegistry.Default.SideOf(actor);
        }

        return null;
    }
}
