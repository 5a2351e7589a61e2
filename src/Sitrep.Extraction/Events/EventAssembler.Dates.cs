using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution;

namespace Sitrep.Extraction.Events;

/// <summary>The date of an event draft and how sure the draft is.</summary>
internal sealed partial class EventAssembler
{
    private TimeMention? NearestTime(int s, TextSpan trigger)
    {
        TimeMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in _mentions.Times(s))
        {
            if (t.From is null || IsDateline(t) || DatesTheStatement(t))
            {
                continue;
            }

            var distance = Math.Abs(t.Span.Start - trigger.Start);
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>A date from the sentence before, in the same paragraph ("On Tuesday, ... . The assault ...").</summary>
    private TimeMention? ContextTime(int s)
    {
        if (s == 0 || _document.Sentences[s - 1].Paragraph != _document.Sentences[s].Paragraph)
        {
            return null;
        }

        return _mentions.Times(s - 1).FindLast(t => t.From is not null && !IsDateline(t));
    }

    /// <summary>
    /// "..., the service said on Thursday.": a time right after a reporting verb that closes the sentence dates the
    /// statement, not what it reported before.
    /// </summary>
    private bool DatesTheStatement(TimeMention t)
    {
        var at = Claims.TokenSearch.FirstAtOrAfter(_tokens, 0, t.Span.Start);
        var after = Claims.TokenSearch.FirstAtOrAfter(_tokens, 0, t.Span.End);
        if (at <= 0 || (after >= 0 && _tokens[after].Text(_document.Text) is not ("." or "!")))
        {
            return false; // "said on Tuesday that its troops had taken ...": the saying may be all the date there is
        }

        var end = at;
        if (end > 1 && _tokens[end - 1].Text(_document.Text) is "on" or "у" or "в" or "во")
        {
            end--;
        }

        if (_tokens[end - 1].Text(_document.Text) is "reporters" or "journalists" or "журналістам" or "журналистам")
        {
            end--;
        }

        foreach (var cue in AttributionLexicon.Default.Cues.FindAll(_document.Text, _tokens, Math.Max(0, end - 3), end))
        {
            if (cue.FirstToken + cue.TokenCount == end && cue.Value.Kind == CueKind.Speech)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date of a wire dateline ("KYIV, Nov 18 (Agency) - ...", "KHARKIV, Ukraine, Dec 9 —") is when the story was
    /// filed, not when its events happened: it opens a line after an upper-case place name and is followed by a dash.
    /// </summary>
    private bool IsDateline(TimeMention t)
    {
        var text = _document.Text;
        if (t.Span.Start > 60)
        {
            return false;
        }

        var before = text.AsSpan(0, t.Span.Start);
        var lineStart = before.LastIndexOf('\n') + 1;
        var head = before[lineStart..].Trim();
        var firstWord = head.IndexOfAny(", ") is var cut and > 0 ? head[..cut] : head;
        if (head.Length == 0 || head[^1] != ',' || firstWord.Length < 3 || firstWord.ContainsAnyInRange('a', 'z') || firstWord.ContainsAnyInRange('а', 'я'))
        {
            return false;
        }

        var after = text.AsSpan(t.Span.End, Math.Min(60, text.Length - t.Span.End));
        var dash = after.IndexOfAny("-\u2013\u2014");
        return dash >= 0 && after[..dash].IndexOfAny(".!?") < 0;
    }

    /// <summary>
    /// Background: a date well before publication, or a tally over a long stretch ("since the beginning of
    /// November", "since March 2022"), which sums many happenings rather than reporting one.
    /// </summary>
    private bool IsBackground(TimeMention? time) =>
        (time?.To is { } to && _document.Metadata.Published is { } published && to < published.AddDays(-BackgroundDays))
        || (time?.From is { } from && time.To is { } until && until.DayNumber - from.DayNumber > AggregateDays);

    private static readonly string[] TallyCues =
    [
        "counted", "in total", "a total of", " alone", "recorded a total", "загалом", "усього", "всього", "всего", "в общей сложности",
    ];

    /// <summary>
    /// A count over several days ("In the past week alone, the administration counted 1,860 shells and drones") sums
    /// many happenings; it is not one event.
    /// </summary>
    private bool IsTally(int s, TimeMention? time)
    {
        if (time?.From is not { } from || time.To is not { } to || to.DayNumber - from.DayNumber < 2)
        {
            return false;
        }

        var sentence = _document.Slice(_document.Sentences[s].Span);
        return Array.Exists(TallyCues, cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase));
    }

    private void Date(EventDraft draft, TimeMention? time, TextSpan sentence)
    {
        if (time is not null)
        {
            (draft.From, draft.To, draft.Precision) = (time.From, time.To, time.Precision);
            if (!sentence.Contains(time.Span))
            {
                draft.DateNote = "date from the previous sentence";
            }

            return;
        }

        if (_document.Metadata.Published is { } published)
        {
            (draft.From, draft.To, draft.Precision, draft.DateNote) = (published, published, TimePrecision.Day, ConflictEvent.PublicationDateNote);
        }
    }

    private static double Confidence(EventDraft draft, Core.Model.Attribution? attribution, bool background)
    {
        var c = 0.55;
        c += draft.PlaceInSentence ? 0.15 : draft.Place is not null ? 0.05 : -0.15;
        c += draft.DateNote is null && draft.From is not null ? 0.1 : -0.1;
        if (attribution is not null)
        {
            c += attribution.SpeakerType == SpeakerType.Anonymous ? -0.05 : 0.05;
            if (attribution.Hedge is not null)
            {
                c -= 0.2;
            }
        }

        if (draft.Actors.Count > 0)
        {
            c += 0.05;
        }

        if (background)
        {
            c *= 0.4;
        }

        return c;
    }
}
