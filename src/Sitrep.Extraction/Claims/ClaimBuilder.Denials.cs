using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>Whether a denial governs a claim, and which earlier claim a bare denial answers.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>
    /// Whether a denial word governs the trigger: one after it ("reports that X was captured are false"), or one
    /// before it with no reporting verb between ("denied that X was captured", but not "dismissed the claim and said
    /// its troops held").
    /// </summary>
    private bool DeniedAt(List<PhraseMatch<bool>> denials, int trigger)
    {
        foreach (var d in denials)
        {
            if (DeniedBy(d, trigger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the one denial <paramref name="d"/> governs the trigger (<see cref="DeniedAt"/>).</summary>
    private bool DeniedBy(PhraseMatch<bool> d, int trigger)
    {
        if (d.FirstToken > trigger)
        {
            // "Moscow said it had taken Uspenivka, which Ukrainian commanders denied": the relative clause is
            // someone else's denial, not the claimant's
            return !RelativeBetween(trigger, d.FirstToken) && !ContrastBetween(trigger, d.FirstToken);
        }

        var spoken = false;
        for (var i = d.EndToken; i < trigger && !spoken; i++)
        {
            spoken = ClaimLexicon.SaysAgain.Contains(_document.Text, _tokens[i]);
        }

        return !spoken;
    }

    /// <summary>
    /// "контролируют центр города, но говорить о полном освобождении пока рано": a clause after "but" denies its own
    /// proposition, not the one before it (unless that proposition comes after the trigger in the same clause).
    /// </summary>
    private bool ContrastBetween(int trigger, int later)
    {
        for (var i = trigger + 1; i < later; i++)
        {
            if (_tokens[i].Text(_document.Text) is "but" or "но" or "але" or "однако" or "проте" or "however")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a relative clause after a comma (", which ...", ", a claim which ...") stands between the trigger and a later word.</summary>
    private bool RelativeBetween(int trigger, int later)
    {
        var comma = false;
        for (var i = trigger + 1; i < later; i++)
        {
            var word = _tokens[i].Text(_document.Text);
            if (comma && word is "which")
            {
                return true;
            }

            comma |= word is ",";
        }

        return false;
    }

    /// <summary>
    /// "Ukraine's military denied the claim": a denial without a proposition of its own denies the latest claim by
    /// another claimant that names a place. It is dated by its own sentence's time, not the claim's: whether, not when
    /// ("В суботу МО заявило про захоплення селища. В угрупованні це спростували": no time).
    /// </summary>
    private Proposition? DenialOfEarlier(TextSpan span, Claimant claimant, List<Proposition> earlier, TimeMention? own)
    {
        var target = earlier.FindLast(p => p.Claim.Place is not null && p.Affirms
            && !string.Equals(p.Claim.Claimant, claimant.Name, StringComparison.OrdinalIgnoreCase)
            && (p.Claim.Side is null || claimant.Side is null || p.Claim.Side != claimant.Side));
        if (target is null)
        {
            return null;
        }

        target = GroundClaimOfParagraph(target, earlier) ?? target;
        var claim = target.Claim with
        {
            Id = ItemIds.Claim(++_next),
            Claimant = claimant.Name,
            Side = claimant.Side,
            Stance = Stance.Denies,
            Span = span,
            From = own?.From,
            To = own?.To,
            Hedge = claimant.Hedge,
            Confidence = claimant.Hedge is null ? 0.8 : 0.5,
            Contradicts = [],
        };
        return new Proposition(claim, target.Controller, false);
    }

    /// <summary>
    /// "Russia's Defence Ministry said its troops had taken full control of Siversk. It said Ukraine had lost 1,200
    /// servicemen in the town. Ukraine's 3rd Army Corps rejected the claim.": of one claimant's claims in one paragraph,
    /// the claim a bare denial answers is the one about the ground (a capture, control or an encirclement), the claim
    /// the sides dispute, not a figure told after it. Null when the paragraph of the latest claim holds none before it.
    /// </summary>
    private Proposition? GroundClaimOfParagraph(Proposition target, List<Proposition> earlier)
    {
        if (target.Claim.Kind is ClaimKind.Capture or ClaimKind.Control or ClaimKind.Encirclement)
        {
            return null;
        }

        var paragraph = ParagraphAt(target.Claim.Span.Start);
        foreach (var p in earlier)
        {
            if (p.Claim.Kind is ClaimKind.Capture or ClaimKind.Control or ClaimKind.Encirclement && p.Affirms && p.Claim.Place is not null
                && p.Claim.Span.Start < target.Claim.Span.Start && p.Claim.Claimant == target.Claim.Claimant
                && ParagraphAt(p.Claim.Span.Start) == paragraph)
            {
                return p;
            }
        }

        return null;
    }

    private int ParagraphAt(int offset)
    {
        var sentences = _document.Sentences;
        for (var k = 0; k < sentences.Count; k++)
        {
            if (sentences[k].Span.End > offset)
            {
                return sentences[k].Paragraph;
            }
        }

        return -1;
    }

    private bool Negated(int first, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(first, trigger - NegationReach); i--)
        {
            if (_lexicon.NegationWords.TryMatch(_document.Text, _tokens, i, i + 1, out _, out _))
            {
                return true;
            }
        }

        return false;
    }
}
