using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>A capture another party announced, retold inside a statement, is no capture the speaker claims.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>How many words may stand between the announcing verb and the capture word ("announced the full capture of").</summary>
    private const int AnnouncedReach = 3;

    private static readonly WordSet AnnounceWords = new(
    [
        "announced", "claimed", "declared", "оголошувала", "оголошував", "оголошували", "оголосила", "оголосив", "оголосили",
        "заявляла", "заявляв", "заявляли", "объявляла", "объявлял", "объявляли", "объявила", "объявил", "объявили",
        "заявлял", "заявляли",
    ]);

    /// <summary>
    /// "«Москва вже тричі оголошувала про взяття селища, а бої там досі тривають», – сказав він", "Moscow has announced
    /// the capture of the town three times, the analyst said": the capture word is the object of another's announcing
    /// verb (not the speaker's own cue), so the statement retells a claim: kind other.
    /// </summary>
    private bool AnnouncedByAnother(int first, int trigger, string? cue)
    {
        for (var i = trigger - 1; i >= Math.Max(first, trigger - AnnouncedReach); i--)
        {
            var word = _tokens[i].Chars(_document.Text);
            if (AnnounceWords.Contains(word))
            {
                return cue is null || !word.Equals(cue, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>Words limiting what is held to a few ("only", "лише", "кілька").</summary>
    private static readonly WordSet FewWords = new(["only", "few", "лише", "тільки", "кілька", "декілька", "лишь", "только", "несколько"]);

    private static readonly WordSet PositionWords = new(["positions", "позиції", "позицій", "позиции", "позиций"]);

    /// <summary>How many words after the control word its limited object may stand ("hold only a few positions").</summary>
    private const int PositionsReach = 4;

    /// <summary>
    /// "російські підрозділи утримують лише кілька позицій у лісосмузі", "hold only a few positions south of the
    /// village": a few positions held near a place is no control of it (kind other).
    /// </summary>
    private bool HoldsOnlyPositions(int trigger, int limit)
    {
        var few = false;
        for (var i = trigger + 1; i < Math.Min(limit, trigger + 1 + PositionsReach); i++)
        {
            var word = _tokens[i].Chars(_document.Text);
            few |= FewWords.Contains(word);
            if (PositionWords.Contains(word))
            {
                return few;
            }
        }

        return false;
    }
}
