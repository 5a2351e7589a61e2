using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>The date of an event draft and how sure the draft is.</summary>
internal sealed partial class EventAssembler
{
    /// <param name="strike">The trigger is a weapon or a strike: a time in a relative clause about what it hit may describe the target.</param>
    private TimeMention? NearestTime(int s, TextSpan trigger, bool strike = false)
    {
        TimeMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in _mentions.Times(s))
        {
            if (t.From is null || IsDateline(t) || DatesTheStatement(t) || (strike && DescribesTheObject(trigger, t)))
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

    /// <summary>Words that open a relative clause about a noun ("a school that had stood empty since 2022", "по школі, яка
    /// стояла порожньою з 2022 року", "по зданию, которое пустовало с 2022 года").</summary>
    private static readonly WordSet RelativeWords = new(
    [
        "that", "which", "who", "where", "whose", "який", "яка", "яке", "які", "якого", "якої", "котрий", "котра", "де",
        "который", "которая", "которое", "которые", "которого", "которой", "где",
    ]);

    /// <summary>
    /// A time after the trigger in a relative clause about what was hit, reaching back beyond the news ("a glide bomb
    /// levelled a school in Orikhiv that had stood empty since 2022"): it dates the thing, not the strike. A recent day
    /// there ("the strike, which came on Tuesday") still dates the happening.
    /// </summary>
    private bool DescribesTheObject(TextSpan trigger, TimeMention t)
    {
        if (t.Span.Start < trigger.End || !IsBackground(t))
        {
            return false;
        }

        var from = Claims.TokenSearch.FirstAtOrAfter(_tokens, 0, trigger.End);
        for (var i = from; i >= 0 && i < _tokens.Length && _tokens[i].Start < t.Span.Start; i++)
        {
            if (RelativeWords.Contains(_document.Text, _tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Openings that put a sentence on the day after the one told before ("The next morning, a glide bomb ...").</summary>
    private static readonly string[] NextDayOpenings =
    [
        "the next morning", "the next day", "the following morning", "the following day", "next morning", "a day later",
        "наступного дня", "наступного ранку", "наступного ранку", "через день", "на следующий день", "на следующее утро",
        "следующим утром", "на другой день",
    ];

    /// <summary>
    /// "On Tuesday, ... . The next morning, a glide bomb levelled a school": the day after the single day the sentence
    /// before names, when the sentence has no time of its own.
    /// </summary>
    private TimeMention? NextDay(int first, int limit, TimeMention? context)
    {
        if (context?.From is not { } day || context.To != day || limit <= first)
        {
            return null;
        }

        var opening = _document.Text.AsSpan(_tokens[first].Start, Math.Min(40, _tokens[limit - 1].End - _tokens[first].Start));
        foreach (var cue in NextDayOpenings)
        {
            if (opening.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return context with { From = day.AddDays(1), To = day.AddDays(1) };
            }
        }

        return null;
    }

    /// <summary>Nouns of a stretch of weeks, months or years.</summary>
    internal static readonly string[] LongPeriodWords =
    [
        "weeks", "months", "years", "тижнів", "тижні", "місяців", "місяці", "місяць", "років", "роки", "рік",
        "недель", "недели", "месяцев", "месяца", "месяц", "лет", "года", "годы",
        // one week counted in its order ("уже третій тиждень", "уже третью неделю", "for a third week")
        "тиждень", "неделю", "week",
    ];

    /// <summary>Words shortly before such a noun that make it how long something has gone on ("for months", "уже
    /// четвёртый месяц", "вже кілька місяців", "in recent weeks", "последние недели").</summary>
    internal static readonly string[] LongCueWords =
    [
        "for", "recent", "already", "уже", "вже", "останні", "последние", "протягом", "течение",
        // "the counter-offensive is now in its second week", "контрнаступ триває другий тиждень", "идёт вторую неделю"
        "its", "триває", "тривають", "идёт", "идет", "идут",
    ];

    /// <summary>Words after the noun that make it a distance back in time ("a few weeks ago"), no duration.</summary>
    internal static readonly string[] AgoWordList = ["ago", "тому", "назад"];

    /// <summary>
    /// Whether the sentence tells how long something has gone on, weeks, months or years ("Fighting for Pokrovsk has
    /// gone on for months", "Бои за город идут уже четвёртый месяц", "в последние недели"): the long war of a place.
    /// </summary>
    private bool LongRunning(int first, int limit)
    {
        var words = _words;
        if (!words.Any(EventWord.LongPeriod) || !words.Any(EventWord.LongCue))
        {
            return false;
        }

        for (var i = first; i < limit; i++)
        {
            if (!words.Is(i, EventWord.LongPeriod) || (i + 1 < limit && words.Is(i + 1, EventWord.Ago)))
            {
                continue;
            }

            if (words.Any(Math.Max(first, i - 3), i, EventWord.LongCue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence ends with a full stop, "!" or "?" (a headline does not).</summary>
    private bool EndsAsASentence(int s)
    {
        var text = _document.Text.AsSpan(_document.Sentences[s].Span.Start, _document.Sentences[s].Span.Length).TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?';
    }

    /// <summary>A date from the sentence before, in the same paragraph ("On Tuesday, ... . The assault ...").</summary>
    private TimeMention? ContextTime(int s)
    {
        if (s == 0)
        {
            return null;
        }

        if (_document.Sentences[s - 1].Paragraph != _document.Sentences[s].Paragraph)
        {
            return PostLineTime(s);
        }

        return _mentions.Times(s - 1).FindLast(t => t.From is not null && !IsDateline(t));
    }

    /// <summary>
    /// A post of one-sentence paragraphs ("Вчера на Покровском направлении ... бои у Родинского." and the line "Южнее Покровска
    /// подразделения отразили атаку у Удачного."): a line with no time of its own goes on with the day of the line
    /// before, when that line is a sentence of its own and names one or two days. A longer stretch ("С начала года") or
    /// a paragraph of several sentences leaves the publication date, and so does a line that does not end as a sentence
    /// does (a headline: its day has its own rule).
    /// </summary>
    private TimeMention? PostLineTime(int s)
    {
        var sentences = _document.Sentences;
        var paragraph = sentences[s].Paragraph;
        if ((s + 1 < sentences.Count && sentences[s + 1].Paragraph == paragraph)
            || (s >= 2 && sentences[s - 2].Paragraph == sentences[s - 1].Paragraph)
            || sentences[s - 1].Paragraph != paragraph - 1
            || !EndsAsASentence(s - 1))
        {
            return null;
        }

        var t = _mentions.Times(s - 1).FindLast(t => t.From is not null && !IsDateline(t));
        return t is { From: { } from, To: { } to } && to.DayNumber - from.DayNumber <= 1 ? t : null;
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

    /// <summary>"214 times", "дев'ять разів", "40 раз": how often something happened.</summary>
    private static readonly WordSet Times = new(["times", "разів", "рази", "раза", "раз"]);

    /// <summary>Counting words before "times" / "разів" that are no digits ("nine times", "кілька разів", "девять раз").</summary>
    private static readonly string[] NumeralStems =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "dozen",
        "dozens", "multiple", "many", "дв", "три", "чотир", "п'ят", "п’ят", "пят", "шіст", "шест", "сім", "сем", "вісім",
        "восем", "дев", "десят", "одинадцят", "одиннадцат", "дванадцят", "двенадцат", "кільк", "декільк", "нескольк", "багат",
        "много", "десятк",
    ];

    /// <summary>
    /// A count over several days sums many happenings; it is not one event: "In the past week alone, the
    /// administration counted 1,860 shells and drones", and a count of times ("Over the past week, Russian forces
    /// struck Stepnohirsk 214 times", "За минулий тиждень окупанти дев'ять разів атакували Суми", "had come under
    /// drone attack more than 30 times in the past week").
    /// </summary>
    private bool IsTally(int s, TimeMention? time)
    {
        var span = _document.Sentences[s].Span;
        var sentence = _document.Text.AsSpan(span.Start, span.Length);
        if ((time is null || !span.Contains(time.Span) || (time.From is { } f && time.To is { } t && t.DayNumber - f.DayNumber >= 2)) && OpensWithPeriod(sentence))
        {
            return true; // "Over the past month, the ministry claimed the capture of four villages": the period is the sentence's time
        }

        if (time?.From is not { } from || time.To is not { } to || to.DayNumber - from.DayNumber < 2)
        {
            return false;
        }

        foreach (var cue in TallyCues)
        {
            if (sentence.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return CountsTimes(s);
    }

    /// <summary>How far into its sentence a tally period still opens it ("Over the past week, ...", "In the past
    /// month ...", "За минулий тиждень ...").</summary>
    private const int PeriodOpening = 12;

    /// <summary>Whether a tally period opens the sentence: the whole sentence counts that period. A period further on
    /// ("a drone hit a bus in Kherson, the third attack in the past week") leaves the happening told first.</summary>
    private static bool OpensWithPeriod(ReadOnlySpan<char> sentence)
    {
        foreach (var cue in TallyPeriods)
        {
            // only a cue starting within the opening counts, so only the opening is searched
            var at = IgnoreCase.IndexOf(sentence[..Math.Min(sentence.Length, PeriodOpening + cue.Length)], cue);
            if (at >= 0 && at <= PeriodOpening && EndsThePeriod(sentence[(at + cue.Length)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after a period that make it a distance in time to something else ("За неделю до выборов", "за
    /// тиждень перед штурмом", "a week before the vote"): a date before that thing, no stretch summed.</summary>
    private static readonly WordSet RelativeAfterPeriod = new(["до", "перед", "before", "prior", "ahead", "after", "після", "после"]);

    /// <summary>Whether the period phrase ends where the cue ends: a whole word ("за месяц", not "за месяца ...") not
    /// followed by a word of <see cref="RelativeAfterPeriod"/>.</summary>
    private static bool EndsThePeriod(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 0 && char.IsLetter(rest[0]))
        {
            return false;
        }

        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return end == 0 || !RelativeAfterPeriod.Contains(rest[..end]);
    }

    /// <summary>
    /// Periods that sum a week's or a month's happenings ("over the past week", "за минулий тиждень", "за минувшую
    /// неделю", "с начала месяца"). "This week" and "last week" are left out: they often date one happening.
    /// </summary>
    private static readonly string[] TallyPeriods =
    [
        "past week", "past month", "past seven days", "past 7 days", "past 30 days", "since the start of the month",
        "since the beginning of the month",
        "за тиждень", "за минулий тиждень", "за останній тиждень", "за місяць", "за минулий місяць", "за останній місяць",
        "з початку місяця", "за сім днів",
        "за неделю", "за минувшую неделю", "за прошедшую неделю", "за последнюю неделю", "за прошлую неделю", "за месяц",
        "за минувший месяц", "за прошедший месяц", "за последний месяц", "с начала месяца", "за семь дней",
    ];

    /// <summary>Whether the sentence says how many times something happened: a number or a counting word before "times".</summary>
    private bool CountsTimes(int s)
    {
        var sentence = _document.Sentences[s];
        for (var i = sentence.FirstToken + 1; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            if (!Times.Contains(_document.Text, _tokens[i]))
            {
                continue;
            }

            var before = _tokens[i - 1];
            if (before.Kind == TokenKind.Number)
            {
                return true;
            }

            var word = _document.Text.AsSpan(before.Start, before.End - before.Start);
            foreach (var stem in NumeralStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
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
