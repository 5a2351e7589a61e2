using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>What one sentence tells of places: a place of its own, a front-line direction, "the city", the whole front.</summary>
internal static partial class StoryPlace
{
    /// <summary>
    /// Whether the sentence names any place of its own (a region or a launch site too), or a front-line direction ("На
    /// Придніпровському напрямку ...", "In the Orikhiv direction ..."), a summary's section of its own: then it keeps
    /// its own reading.
    /// </summary>
    private static bool NamesAPlace(Document document, SentenceMentions mentions, int s) =>
        mentions.Places(s).Exists(p => p.Role is PlaceRole.Location) || NamesDirection(document, s);

    /// <summary>
    /// <see cref="NamesAPlace"/> for a claim's own sentence, leaving out a place inside a speaker's name: "Як повідомила
    /// Шосткинська міська рада, це вже четверта атака на громаду" names no place of the claim (docs/claims.md, place).
    /// </summary>
    private static bool NamesAPlaceBesidesSpeaker(Document document, SentenceMentions mentions, int s) =>
        mentions.Places(s).Exists(document.Attributions, static (p, attributions) => p.Role is PlaceRole.Location
            && !attributions.Exists(p.Span, static (a, span) => a.SpeakerSpan is { } speaker && speaker.Overlaps(span)))
        || NamesDirection(document, s);

    private static readonly string[] FrontWide =
    [
        "along the front", "across the front", "along the entire front", "along the whole front", "on the whole front",
        "вздовж лінії фронту", "на всій лінії фронту", "по всій лінії фронту", "уздовж фронту", "вдоль линии фронта",
        "по всей линии фронта", "на всей линии фронта",
        // the day's count of a summary: "Від початку доби на фронті відбулося 140 боєзіткнень"
        "на фронті відбулося", "на фронті відбулось", "на фронті зафіксовано", "на фронте произошло", "на фронте зафиксировано",
        "combat engagements on the front", "clashes on the front",
    ];

    private static readonly string[] ForcesGroups =
    [
        "group of forces", "groups of forces", "группировки войск", "группировка войск", "угруповання військ", "угрупування військ",
        // a group's zone named as such: "за сутки противник потерял в зоне ответственности группировки до 210 военнослужащих"
        "area of responsibility", "zone of responsibility", "зоне ответственности", "зоні відповідальності", "смузі відповідальності", "полосе ответственности",
    ];

    /// <summary>A word every phrase of <see cref="FrontWide"/> holds: a sentence without one holds none of them.</summary>
    internal static readonly string[] FrontWideAnchors = ["front", "фронт"];

    /// <summary>A word every phrase of <see cref="ForcesGroups"/> holds.</summary>
    internal static readonly string[] ForcesGroupAnchors = ["forces", "войск", "військ", "responsibility", "ответственности", "відповідальності"];

    internal static IReadOnlyList<string> FrontWidePhrases => FrontWide;

    internal static IReadOnlyList<string> ForcesGroupPhrases => ForcesGroups;

    /// <summary>
    /// A statement about the whole front ("Russia drops hundreds of guided bombs every week along the front"), or the
    /// losses of a briefing's paragraph on one group of forces ("Units of the East group of forces liberated ...
    /// Enemy losses amounted to up to 250 servicemen": the group's whole zone), is at no one settlement.
    /// </summary>
    private static bool SectorWide(Document document, Claim claim, int s)
    {
        if (SentenceFacts.Get(document, s, SentenceFacts.FrontWide, static (d, k) => Contains(d, d.Sentences[k].Span, FrontWide, FrontWideAnchors)))
        {
            return true;
        }

        if (TotalOrCounted(document, s))
        {
            return true;
        }

        if (claim.Kind != ClaimKind.Casualties)
        {
            return false;
        }

        if (DaysLosses(document, s))
        {
            return true; // "Втрати ворога за добу становлять 860 осіб": the day's losses along the whole front
        }

        var first = s;
        while (first > 0 && document.Sentences[first - 1].Paragraph == document.Sentences[s].Paragraph)
        {
            first--;
        }

        return SentenceFacts.Get(document, first, SentenceFacts.ForcesGroup, static (d, k) => Contains(d, d.Sentences[k].Span, ForcesGroups, ForcesGroupAnchors));
    }

    /// <summary>Words for an army's losses ("втрати ворога", "потери противника", "enemy losses").</summary>
    private static readonly WordSet LossWords = new(
    [
        "втрати", "втрат", "потери", "потерь", "losses",
        // the army told losing over the day ("ВСУ за сутки потеряли до 80 человек", "ворог за добу втратив 90 осіб")
        "потеряли", "потерял", "втратили", "втратив", "lost",
    ]);

    /// <summary>Words pointing back to a place: "there", "там", "тут".</summary>
    private static readonly WordSet ThereWords = new(["there", "here", "там", "тут"]);

    /// <summary>The day a summary counts its losses over: "за добу", "за минулу добу", "за сутки", "over the past day".</summary>
    private static readonly WordSet DayWords = new(["добу", "сутки", "day", "24"]);

    /// <summary>
    /// A sentence counting an army's losses over the day ("Втрати ворога за добу становлять 860 осіб", "Потери противника
    /// за сутки составили до 300 военнослужащих", "Enemy losses over the past day were 900"): a figure for the whole
    /// front, at no one settlement of the paragraph before. A loss word and, after "за"/"over"/"past", a word for the day.
    /// </summary>
    private static bool DaysLosses(Document document, int s)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var end = sentence.FirstToken + sentence.TokenCount;
        bool loss = false, day = false;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (ThereWords.Contains(document.Text, tokens[i]))
            {
                return false; // "The enemy lost up to 40 soldiers there over the past day": the place told before
            }

            loss |= LossWords.Contains(document.Text, tokens[i]);
            if (i > sentence.FirstToken && DayWords.Contains(document.Text, tokens[i])
                && tokens[i - 1].Text(document.Text) is "за" or "past" or "минулу" or "минувшие" or "прошедшие" or "the")
            {
                day = true;
            }
        }

        return loss && day;
    }

    /// <summary>Single words that open a summary's total ("Загалом минулої доби втрати противника становили ...", "Overall, ...").</summary>
    private static readonly WordSet TotalOpenings = new(["загалом", "усього", "всього", "всего", "overall", "altogether"]);

    /// <summary>Two-word openings of a total ("In total, ...", "В целом ...").</summary>
    private static readonly (string First, string Second)[] TotalPairs = [("in", "total"), ("в", "целом")];

    /// <summary>The beginnings of the words for areas counted with a figure ("в 141 районе", "in 152 areas", "по 12 населених пунктах").</summary>
    private static readonly string[] CountedAreas = ["район", "area", "district", "населен", "населён", "settlement"];

    /// <summary>
    /// A summary's total (a sentence opening with "Загалом", "Всего", "In total") or a count of areas not named ("поражены
    /// объекты ... в 141 районе"): a figure for the whole front, at no one settlement of the paragraph before. Read on the
    /// sentence's tokens: its first word (or two), and a number followed by one space and an area word.
    /// </summary>
    private static bool TotalOrCounted(Document document, int s)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        if (first < end && tokens[first].Kind == TokenKind.Word)
        {
            if (TotalOpenings.Contains(text, tokens[first]))
            {
                return true;
            }

            if (first + 1 < end && tokens[first + 1].Kind == TokenKind.Word)
            {
                var one = tokens[first].Chars(text);
                var two = tokens[first + 1].Chars(text);
                foreach (var (a, b) in TotalPairs)
                {
                    if (one.Equals(a, StringComparison.OrdinalIgnoreCase) && two.Equals(b, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        for (var i = first; i + 1 < end; i++)
        {
            // a figure, one space, an area word: "в 141 районе", "in 152 areas"
            var number = tokens[i];
            var next = tokens[i + 1];
            if (number.Kind != TokenKind.Number || next.Kind != TokenKind.Word || next.Start != number.End + 1 || text[number.End] != ' ')
            {
                continue;
            }

            var word = next.Chars(text);
            foreach (var area in CountedAreas)
            {
                if (word.StartsWith(area, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the span holds one of <paramref name="phrases"/> (ignoring case); the phrases are looked for only when
    /// it holds one of <paramref name="anchors"/>, a word each phrase holds (most sentences hold none, and one search
    /// per anchor is cheaper than one per phrase).
    /// </summary>
    internal static bool Contains(Document document, Core.Text.TextSpan span, string[] phrases, string[] anchors)
    {
        var text = document.Text.AsSpan(span.Start, span.Length);
        var anchored = false;
        foreach (var anchor in anchors)
        {
            if (IgnoreCase.Contains(text, anchor))
            {
                anchored = true;
                break;
            }
        }

        if (!anchored)
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (IgnoreCase.Contains(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DirectionWords = ["direction", "напрямку", "напрямі", "направлении", "направлений"];

    /// <summary>Whether the sentence speaks of a front-line direction (worked out once per sentence).</summary>
    internal static bool NamesDirection(Document document, int s) =>
        SentenceFacts.Get(document, s, SentenceFacts.Direction, static (d, k) => NamesDirectionOnce(d, k));

    private static bool NamesDirectionOnce(Document document, int s)
    {
        var text = document.Text.AsSpan(document.Sentences[s].Span.Start, document.Sentences[s].Span.Length);
        foreach (var word in DirectionWords)
        {
            for (var at = IgnoreCase.IndexOf(text, word); at >= 0;)
            {
                if (!Heading(text, at, word.Length))
                {
                    return true;
                }

                var next = IgnoreCase.IndexOf(text[(at + word.Length)..], word);
                at = next < 0 ? -1 : at + word.Length + next;
            }
        }

        return false;
    }

    /// <summary>
    /// "from the direction of Vasylivka", "in the direction of Siversk", "з напрямку Брянська": where an attack came
    /// from or went, not a front-line direction the sentence is about.
    /// </summary>
    private static bool Heading(ReadOnlySpan<char> text, int at, int length)
    {
        var after = text[(at + length)..];
        var before = text[..at].TrimEnd();
        return after.StartsWith(" of ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" з", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" із", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" зі", StringComparison.OrdinalIgnoreCase);
    }
    /// <summary>
    /// The place a sentence is at: the one place its claims were read with ("killed 34 soldiers in the city ... on the
    /// approaches from Zvirove" is at the city, not at the village the attackers came from), else its one settlement.
    /// </summary>
    private static PlaceRef? Settlement(Document document, SentenceMentions mentions, Dictionary<int, PlaceRef> claimed, int s, out bool named)
    {
        if (claimed.TryGetValue(s, out var place))
        {
            named = true;
            return place;
        }

        if (FirstSettlement(document, mentions, s, out named) is { } only)
        {
            return new PlaceRef(only.GeonameId, only.Name);
        }

        // "The bombs fell in the south-east of the city": a sentence speaking of "the city" is at the town the story names most
        if (!named && SpeaksOfTheCity(document, s) && MostNamedBefore(document, document.Sentences[s].Span.Start) is { } city)
        {
            named = true;
            return new PlaceRef(city.GeonameId, city.Name);
        }

        return null;
    }

    /// <summary>"the city military administration", "the city council": the city word names a body, not a place.</summary>
    private static readonly WordSet OfficeWords = new(
    [
        "military", "administration", "council", "authorities", "officials", "police", "mayor", "hall", "government", "head",
        "department", "transport", "services", "utilities", "prosecutor", "court", "hospital", "військова", "військової", "рада",
        "ради", "раді", "адміністрація", "адміністрації", "администрация", "администрации", "совет", "совета",
    ]);

    /// <summary>"the city", "this town", or a Ukrainian or Russian town word not followed by a name ("частина міста").</summary>
    private static bool SpeaksOfTheCity(Document document, int s)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (!ClaimLexicon.CityWords.Contains(document.Text, tokens[i]))
            {
                continue;
            }

            var word = tokens[i].Chars(document.Text);
            var cyrillic = word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';
            var named = i + 1 < end && tokens[i + 1].Kind == TokenKind.Word
                && (char.IsUpper(document.Text[tokens[i + 1].Start]) || OfficeWords.Contains(document.Text, tokens[i + 1]));
            if (cyrillic ? !named : i > sentence.FirstToken && ClaimLexicon.TownDeterminers.Contains(document.Text, tokens[i - 1]) && !named)
            {
                return true;
            }
        }

        return false;
    }
    /// <summary>
    /// A place after a speaker's name and outside what the speaker said: the speaker's description ("— считает Ирина
    /// Воронцова, научный сотрудник ... в Лондоне", "said Serhiy Marchenko, a retired miner from Kramatorsk"), no place the
    /// story is at.
    /// </summary>
    private static bool DescribesSpeaker(Document document, PlaceMention place)
    {
        foreach (var a in document.Attributions)
        {
            if (a.SpeakerSpan is { } speaker && speaker.End <= place.Span.Start && !a.Span.Overlaps(place.Span)
                && place.Span.Start - speaker.End < 200 && !document.Text.AsSpan(speaker.End, place.Span.Start - speaker.End).ContainsAny(".!?\n"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A place read in the words naming a speaker ("За словами Коваленка", a surname the gazetteer also knows as a village;
    /// "начальник Пологівської районної військової адміністрації"): the speaker's name, not where the sentence is.
    /// </summary>
    private static bool InsideSpeaker(Document document, PlaceMention place)
    {
        foreach (var a in document.Attributions)
        {
            if (a.SpeakerSpan is { } speaker && speaker.Contains(place.Span) && speaker.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one settlement a sentence is at, or null; a sentence naming several ("liberated Hryshyne and continued
    /// clearing Myrnohrad") leaves the next sentence's place open, and it stops the search.
    /// </summary>
    private static PlaceMention? FirstSettlement(Document document, SentenceMentions mentions, int s, out bool named)
    {
        PlaceMention? only = null;
        named = false;
        var details = PlaceAnaphor.DetailsFrom(document.Text, document.Sentences[s].Span);
        foreach (var p in mentions.Places(s))
        {
            if (p.Role != PlaceRole.Location || (only is not null && p.Span.Start > details) || PlaceAnaphor.IsDestination(document.Text, p)
                || DescribesSpeaker(document, p) || InsideSpeaker(document, p))
            {
                continue; // "around Kostiantynivka, including near Pleshchiivka": the details of the town before them
            }

            named = true; // a region named ("освободили Ровнополье Запорожской области") ends the search too
            if (p.IsAdminArea)
            {
                continue;
            }

            if (only is not null && only.GeonameId != p.GeonameId)
            {
                return null;
            }

            only = p;
        }

        return only;
    }
}
