using Sitrep.Extraction.Places.Languages;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>Roles read from more than the next word: bodies named after a region, lists before a direction word, origins given as "from the direction of" or "from ... near".</summary>
internal sealed partial class MentionContext
{
    /// <summary>Words between a name and its body's noun: "Luhansk operational-tactical group", "Kharkiv Regional Military Administration", "обласній військовій адміністрації".</summary>
    private static readonly CueList UnitModifiers = new([
        "operational-tactical", "operational-strategic", "operational", "tactical", "strategic", "military", "state",
        "civil", "city", "regional", "district", "військов*", "державн*", "обласн*", "міськ*", "районн*", "военн*",
        "государственн*", "областн*", "городск*", "оперативно-тактичн*", "оперативно-тактическ*"]);

    private static readonly CueList Governors = new(["governor", "governors", "губернатор*"]);

    /// <summary>Bodies, campaigns and land named after a region, not its capital: "the Luhansk operational-tactical
    /// group", "the Zaporizhzhia nuclear power plant" (at Enerhodar), "Запорізька АЕС", "the Kharkiv
    /// counteroffensive" (of September 2022, across the oblast), "the Zaporizhzhia steppe".</summary>
    private static readonly CueList RegionBodyWords = new([
        "operational-tactical", "operational-strategic", "nuclear", "NPP", "АЕС", "АЭС", "оперативно-тактичн*",
        "оперативно-тактическ*", "оперативно-стратегічн*", "оперативно-стратегическ*", "steppe", "steppes"]);

    /// <summary>Campaigns named after a region: the name is the campaign's, not a place of the report ("the Kharkiv
    /// counteroffensive" retook the oblast). Not "offensive": "the Kharkiv offensive" of 2022 was aimed at the city.</summary>
    private static readonly CueList CampaignWords = new(["counteroffensive", "counter-offensive"]);

    /// <summary>Whether the name is that of a campaign ("the Kharkiv counteroffensive").</summary>
    public bool NamesCampaign(NameMatch match, int sentenceEnd)
    {
        var next = match.LastToken + 1;
        return next < sentenceEnd && IsWord(next) && Is(next, CampaignWords);
    }

    /// <summary>Whether the name is that of a body named after a region ("Luhansk operational-tactical group").</summary>
    public bool NamesRegionBody(NameMatch match, int sentenceEnd)
    {
        var next = match.LastToken + 1;
        return next < sentenceEnd && IsWord(next) && (Is(next, RegionBodyWords) || Is(next, CampaignWords));
    }

    private static readonly CueList NearWords = new([
        "the", "left", "right", "bank", "banks", "near", "area", "areas", "of", "outskirts", "territory", "side", "around",
        "occupied", "Russian", "Russian-held", "Russian-occupied", "town", "village", "city", "region"]);

    /// <summary>
    /// A region's or town's body rather than the place: the regional military administration ("Дніпропетровської
    /// ОВА", "Kharkiv Regional Military Administration", "the Zaporizhzhia regional military administration",
    /// "Сумській обласній військовій адміністрації"), a unit ("Luhansk operational-tactical group"), a region's
    /// governor ("губернатор Белгородской области", "the governor of the Samara region").
    /// </summary>
    private bool IsBodyName(NameMatch match, int sentenceStart, int sentenceEnd)
    {
        if (match.IsRegionPhrase && (Word(match.LastToken).Equals("ОВА", StringComparison.Ordinal) || Word(match.LastToken).Equals("ОДА", StringComparison.Ordinal)))
        {
            return true;
        }

        var j = match.LastToken + 1;
        var skipped = 0;
        while (j < sentenceEnd && IsWord(j) && skipped < 3 && Is(j, UnitModifiers))
        {
            j++;
            skipped++;
        }

        // a city's council ("Donetsk City Council") reports on its own city: it stays the place, as the reports
        // that cite it are coded there
        if (skipped > 0 && j < sentenceEnd && IsWord(j) && Is(j, lexicon.UnitWords) && !Word(j).Equals("council", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!match.IsRegionPhrase)
        {
            return false;
        }

        var before = PreviousWord(match.FirstToken, sentenceStart, skipThe: true);
        if (before >= 0 && Word(before).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            before = PreviousWord(before, sentenceStart, skipThe: true);
        }

        return before >= 0 && Is(before, Governors);
    }

    /// <summary>Whether the name is a direction's: a direction word next ("the Huliaipole direction", "Покровському
    /// напрямку"), or after a list of names that ends in one.</summary>
    public bool NamesDirection(NameMatch match, int sentenceEnd)
    {
        var next = match.LastToken + 1;
        return match.Sector is not null || (next < sentenceEnd && IsWord(next) && Is(next, lexicon.Directions))
            || ListedBeforeDirectionWord(next, sentenceEnd);
    }

    /// <summary>"the Pokrovsk and Huliaipole directions", "на Волинському та Поліському напрямках": a list that ends in a direction word.</summary>
    private bool ListedBeforeDirectionWord(int next, int sentenceEnd)
    {
        var j = next;
        var joined = false;
        while (j + 1 < sentenceEnd && IsJoin(j) && IsWord(j + 1) && char.IsUpper(text[tokens[j + 1].Start]))
        {
            j += 2;
            joined = true;
        }

        return joined && j < sentenceEnd && IsWord(j) && Is(j, lexicon.Directions);
    }

    /// <summary>Whether only a list join (",", "and", "та") stands between two matches of one sentence.</summary>
    public bool ListJoined(NameMatch previous, NameMatch next) =>
        next.FirstToken - previous.LastToken == 2 && tokens[previous.LastToken].SentenceIndex == tokens[next.FirstToken].SentenceIndex
        && IsJoin(previous.LastToken + 1);

    private bool IsJoin(int i) =>
        tokens[i].Kind == Sitrep.Core.Text.TokenKind.Punctuation ? Word(i) is "," : IsWord(i) && Word(i) is "and" or "or" or "та" or "і" or "й" or "и";

    /// <summary>"from the direction(s) of", "з боку", "со стороны" right before the name.</summary>
    private bool FromTheDirectionOf(int before, int sentenceStart)
    {
        if (before < 0 || !Word(before).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var direction = PreviousWord(before, sentenceStart, skipThe: false);
        if (direction < 0 || !(Word(direction).Equals("direction", StringComparison.OrdinalIgnoreCase) || Word(direction).Equals("directions", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var from = PreviousWord(direction, sentenceStart, skipThe: true);
        return from >= 0 && Word(from).Equals("from", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "from near X": the English of "из-под X", where forces came from or were pushed out of, whatever the verb
    /// ("reserves moved from near Izium"). Not "from outside X" or "from around X", which as often tell where a reporter
    /// stands ("reporting from outside Kyiv"); "from the area of X" still needs a launch verb.
    /// </summary>
    private bool FromRightNear(int before, int sentenceStart) =>
        Word(before).Equals("near", StringComparison.OrdinalIgnoreCase) && before - 1 >= sentenceStart && IsWord(before - 1)
        && Word(before - 1).Equals("from", StringComparison.OrdinalIgnoreCase);

    /// <summary>"from the left bank near X", "from near X", "from the area of X": "from" a few words before, over place words only.</summary>
    private bool FromNear(int before, int sentenceStart)
    {
        for (var i = before; i >= sentenceStart && i > before - 6 && IsWord(i); i--)
        {
            var word = Word(i);
            if (word.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return i != before;
            }

            if (!Is(i, NearWords))
            {
                return false;
            }
        }

        return false;
    }
}
