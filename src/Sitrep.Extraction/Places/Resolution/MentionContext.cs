using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Languages;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Reads the words around a place name: its role (direction, origin, unit name, metonymy) and the sub-place detail
/// ("the northern part of", "outskirts", "city centre", "10 km east of").
/// </summary>
internal sealed partial class MentionContext(string text, List<Token> tokens, PlaceLexicon lexicon, PlaceWords words)
{
    private const int MaxLookBack = 4;

    public PlaceRole RoleOf(NameMatch match, GazetteerPlace place, bool isMetonym, int sentenceStart, int sentenceEnd)
    {
        if (isMetonym)
        {
            return PlaceRole.Metonymy;
        }

        if (IsBodyName(match, sentenceStart, sentenceEnd) || NamesCampaign(match, sentenceEnd))
        {
            return PlaceRole.Name;
        }

        if ((place.IsCountry || place.IsCapital) && StateRole(match, place, sentenceStart, sentenceEnd) is { } state)
        {
            return state;
        }

        var next = match.LastToken + 1;
        if (next < sentenceEnd && IsWord(next))
        {
            if (Is(next, lexicon.Directions))
            {
                return PlaceRole.Direction;
            }

            if (Is(next, lexicon.UnitWords))
            {
                return PlaceRole.Name;
            }

            if (place.IsCapital && !match.Possessive && FollowedByReportingVerb(next, sentenceEnd))
            {
                return PlaceRole.Metonymy;
            }

            if (place.IsCapital && Is(next, lexicon.GovernmentNouns))
            {
                return PlaceRole.Metonymy; // "Kiev forces", "Kyiv's military": the government, not the city
            }
        }

        if (ListedBeforeDirectionWord(next, sentenceEnd))
        {
            return PlaceRole.Direction; // "the Pokrovsk and Huliaipole directions"
        }

        var before = PreviousWord(match.FirstToken, sentenceStart, skipThe: true);
        if (FromTheDirectionOf(before, sentenceStart))
        {
            return PlaceRole.Origin; // "from the direction of Oleshky", "from the directions of Kursk"
        }

        if (before >= 0 && (Word(before).Equals("towards", StringComparison.OrdinalIgnoreCase) || Word(before).Equals("toward", StringComparison.OrdinalIgnoreCase)))
        {
            return PlaceRole.Direction;
        }

        if (before >= 0 && Word(before).Equals("of", StringComparison.OrdinalIgnoreCase)
            && before - 1 >= sentenceStart && IsWord(before - 1) && Is(before - 1, lexicon.Directions))
        {
            return PlaceRole.Direction;
        }

        if (before >= 0 && (Is(before, lexicon.FromNearPrepositions) || FromRightNear(before, sentenceStart)))
        {
            return PlaceRole.Origin; // "перебрасывают резервы из-под Изюма", "moved reserves from near Izium": where they came from
        }

        if (before >= 0 && (Is(before, lexicon.OriginPrepositions) || FromNear(before, sentenceStart)) && HasLaunchVerb(sentenceStart, sentenceEnd))
        {
            return PlaceRole.Origin; // "launched from Kursk", "launched from the left bank near Korsunka"
        }

        return PlaceRole.Location;
    }

    public string? DetailOf(NameMatch match, int sentenceStart, int sentenceEnd)
    {
        var i = match.FirstToken - 1;
        var steps = 0;
        while (i >= sentenceStart && steps < MaxLookBack && IsWord(i))
        {
            if (words.DetailOf(i) is { } detail)
            {
                return detail;
            }

            if (Compass.Of(Word(i)) is { } direction && i + 1 < tokens.Count && Word(i + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return Offset(i, sentenceStart) is { } offset ? $"{offset} {direction} of" : $"{direction} of";
            }

            if (!Is(i, lexicon.Linkers))
            {
                break;
            }

            i--;
            steps++;
        }

        for (var j = match.LastToken + 1; j < sentenceEnd && j <= match.LastToken + 3 && IsWord(j); j++)
        {
            if (words.DetailOf(j) is { } detail && (match.Possessive || detail == "city centre"))
            {
                return j + 1 < sentenceEnd && IsWord(j + 1) && words.DetailOf(j + 1) is { } more && more is "outskirts" or "city centre" ? more : detail;
            }

            if (!Is(j, lexicon.Linkers))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>"10 km" or "15 kilometres" right before a compass word.</summary>
    private string? Offset(int compassToken, int sentenceStart)
    {
        var unit = compassToken - 1;
        var number = compassToken - 2;
        if (number < sentenceStart || tokens[number].Kind != TokenKind.Number || !IsWord(unit))
        {
            return null;
        }

        var u = Word(unit);
        var km = u.Equals("km", StringComparison.OrdinalIgnoreCase) || u.StartsWith("kilomet", StringComparison.OrdinalIgnoreCase) || u.StartsWith("км", StringComparison.OrdinalIgnoreCase);
        var miles = u.StartsWith("mile", StringComparison.OrdinalIgnoreCase);
        if (!km && !miles)
        {
            return null;
        }

        return $"{tokens[number].Span.Slice(text)} {(km ? "km" : "miles")}";
    }

    private bool FollowedByReportingVerb(int next, int sentenceEnd)
    {
        for (var j = next; j < sentenceEnd && j < next + 3 && IsWord(j); j++)
        {
            if (Is(j, lexicon.ReportingVerbs))
            {
                return true;
            }

            if (!Is(j, lexicon.Auxiliaries))
            {
                return false;
            }
        }

        return false;
    }

    private bool HasLaunchVerb(int sentenceStart, int sentenceEnd)
    {
        for (var j = sentenceStart; j < sentenceEnd; j++)
        {
            if (IsWord(j) && Is(j, lexicon.LaunchVerbs))
            {
                return true;
            }
        }

        return false;
    }

    private int PreviousWord(int index, int sentenceStart, bool skipThe)
    {
        var i = index - 1;
        while (i >= sentenceStart && IsWord(i))
        {
            var w = Word(i);
            if (skipThe && (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("occupied", StringComparison.OrdinalIgnoreCase)
                || w.Equals("Russian", StringComparison.Ordinal) || w.Equals("Russia's", StringComparison.Ordinal)))
            {
                i--;
                continue;
            }

            return i;
        }

        return -1;
    }

    private bool IsWord(int i) => tokens[i].Kind == TokenKind.Word;

    /// <summary>Whether the word at <paramref name="i"/> is one of <paramref name="list"/>: read once per token (<see cref="PlaceWords"/>).</summary>
    private bool Is(int i, CueList list) => words.Is(i, list);

    private ReadOnlySpan<char> Word(int i) => tokens[i].Span.Slice(text);
}
