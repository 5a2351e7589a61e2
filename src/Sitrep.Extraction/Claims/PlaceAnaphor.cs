using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Places a statement refers back to without naming them: "the region" (the region the story is in), "the two
/// cities" (the two settlements named just before), and the settlements a sentence names only as details of another
/// ("around Kostiantynivka, including near Pleshchiivka and Ivanopillia").
/// </summary>
internal static class PlaceAnaphor
{
    private static readonly WordSet RegionWords = new(
    [
        "region", "oblast", "області", "областю", "область", "регіоні", "регіону", "регіон", "области", "областью",
        "регионе", "региона", "регион",
    ]);

    /// <summary>Words before a region word that make it "the region" rather than the end of a region's name.</summary>
    private static readonly WordSet RegionDeterminers = new(
    [
        "the", "this", "над", "по", "в", "у", "на", "всій", "цій", "всей", "этой", "всю", "всієї", "всей",
        // the region's parts: "обстріляли прикордонні громади області", "населенные пункты области"
        "громади", "громад", "громадах", "села", "сіл", "селах", "пункти", "пунктів", "пунктах", "райони", "районів",
        "районах", "районы", "районов", "сёла", "сел", "селам", "пункты", "пунктов", "поселки", "поселков",
    ]);

    private static readonly WordSet PluralTownWords = new(["cities", "towns", "villages", "міста", "міст", "города", "городов"]);

    private static readonly WordSet PluralDeterminers = new(["two", "both", "обидва", "обидві", "двох", "оба", "обоих", "двух", "два"]);

    private static readonly WordSet IncludingWords = new(["including", "зокрема", "включаючи", "включая"]);

    /// <summary>
    /// "Russia has struck port infrastructure in the region", "збили над областю 14 безпілотників": the region named
    /// last before the statement (also inside a body's name, "the Odesa regional military administration"), else the
    /// region of the settlement the story has named most, when the text names that region anywhere or that settlement
    /// is the region's centre.
    /// </summary>
    public static PlaceRef? Region(Document document, ReadOnlySpan<Token> tokens, int first, int limit, int before, string claimant, TextSpan? speaker = null)
    {
        if (!SpeaksOfRegion(document.Text, tokens, first, limit))
        {
            return null;
        }

        var places = document.Places;
        var near = NearStart(document, tokens[first].Start);
        for (var i = places.Count - 1; i >= 0; i--)
        {
            var p = places[i];
            // a region of another country counts when its own sentence or the one before named it ("The governor of
            // the Bryansk region said drones had attacked a facility in the region"), not from further back
            var inSpeaker = speaker is { } sp && p.Span.Start >= sp.Start && p.Span.End <= sp.End; // "The governor of the Bryansk region said"
            if (p.FeatureCode == "ADM1" && ((p.Span.End <= before && (p.Country == "UA" || p.Span.Start >= near)) || inSpeaker))
            {
                return new PlaceRef(p.GeonameId, p.Name);
            }
        }

        if (StoryPlace.MostNamedBefore(document, before) is not { Admin1: { } admin1 } main)
        {
            return null;
        }

        if (main.FeatureCode == "PPLA")
        {
            return RegionOf(main.GeonameId); // "над областю" in a story of the regional centre: the centre's region
        }

        var named = places.Find(p => p.FeatureCode == "ADM1" && p.Name == admin1);
        if (named is not null)
        {
            return new PlaceRef(named.GeonameId, named.Name);
        }

        // a body of the region speaks of its own region ("Zaporizhzhia Regional Military Administration": "по 14
        // населених пунктах області"), though the text names the region only in the body's name
        return claimant.Length > 0 && (NamesIt(claimant, admin1) || NamesIt(claimant, main.Text)) ? RegionOf(main.GeonameId) : null;
    }

    /// <summary>The start of the sentence before the one holding <paramref name="offset"/> (its own start when it is the first).</summary>
    private static int NearStart(Document document, int offset)
    {
        var sentences = document.Sentences;
        for (var s = sentences.Count - 1; s >= 0; s--)
        {
            if (sentences[s].Start <= offset)
            {
                return sentences[Math.Max(0, s - 1)].Start;
            }
        }

        return 0;
    }

    /// <summary>Whether a body's name begins like the place's name ("Запорізька ОВА", "Запоріжжя"; "Zaporizhzhia Oblast").</summary>
    private static bool NamesIt(string claimant, string name) =>
        name.Length >= 5 && claimant.Contains(name[..5], StringComparison.OrdinalIgnoreCase);

    private static PlaceRef? RegionOf(long geonameId)
    {
        var gazetteer = Places.Gazetteer.Default;
        var index = gazetteer.ById(geonameId) is { } place ? gazetteer.Admin1Of(place) : -1;
        if (index < 0)
        {
            return null;
        }

        var region = gazetteer[index];
        return new PlaceRef(region.GeonameId, region.Name);
    }

    private static bool SpeaksOfRegion(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        for (var i = first + 1; i < limit; i++)
        {
            if (RegionWords.Contains(text, tokens[i]) && char.IsLower(text[tokens[i].Start]) && RegionDeterminers.Contains(text, tokens[i - 1])
                && !(i + 1 < limit && tokens[i + 1].Kind == TokenKind.Word && (char.IsUpper(text[tokens[i + 1].Start]) || tokens[i + 1].Text(text) is "of")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ukrainian commanders deny that the two cities are surrounded": the last two different settlements named
    /// before the statement, else null.
    /// </summary>
    public static List<PlaceRef>? Plural(Document document, ReadOnlySpan<Token> tokens, int first, int limit, int before)
    {
        var speaks = false;
        for (var i = first + 1; i < limit && !speaks; i++)
        {
            speaks = PluralTownWords.Contains(document.Text, tokens[i]) && PluralDeterminers.Contains(document.Text, tokens[i - 1]);
        }

        if (!speaks)
        {
            return null;
        }

        var found = new List<PlaceRef>(2);
        var places = document.Places;
        for (var i = places.Count - 1; i >= 0 && found.Count < 2; i--)
        {
            var p = places[i];
            if (p.Span.End <= before && p.Role == PlaceRole.Location && !p.IsAdminArea && !found.Exists(f => f.GeonameId == p.GeonameId))
            {
                found.Add(new PlaceRef(p.GeonameId, p.Name));
            }
        }

        found.Reverse();
        return found.Count == 2 ? found : null;
    }

    private static readonly string[] DestinationCues =
    [
        "taken to", "brought to", "evacuated to", "flown to", "transferred to", "доставлені до", "доставлено до", "доставили до",
        "доставлены в", "доставлено в", "доставили в", "госпитализированы в", "госпіталізовані до", "вывезены в", "евакуйовано до",
    ];

    /// <summary>A road named by where it leads ("the highway to Druzhkivka", "трасса на Славянск", "дорога до Покровська").</summary>
    private static readonly string[] RoadEndCues =
    [
        "road to", "roads to", "highway to", "route to", "road towards", "highway towards", "supply line to", "дорога на",
        "дороги на", "дорогу на", "трасса на", "трассы на", "трассу на", "траса на", "траси на", "трасу на", "шосе на", "шоссе на",
        "дорога до", "дороги до", "дорогу до", "траса до", "траси до", "трасу до", "шосе до",
    ];

    /// <summary>"the highway to Druzhkivka", "трасса на Славянск": the town a road leads to, which the story is not at.</summary>
    public static bool IsRoadEnd(string text, PlaceMention place)
    {
        var from = Math.Max(0, place.Span.Start - 24);
        var before = text.AsSpan(from, place.Span.Start - from).TrimEnd();
        foreach (var cue in RoadEndCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BirthCues = ["года рождения", "г. р.", "г.р.", "року народження", "р. н.", "р.н.", "рождения", "народження"];

    /// <summary>"тяжелораненые доставлены в Скадовск", "servicemen were flown to Moscow": where people were taken, not where it happened.</summary>
    public static bool IsDestination(string text, PlaceMention place)
    {
        var from = Math.Max(0, place.Span.Start - 24);
        var before = text.AsSpan(from, place.Span.Start - from).TrimEnd();
        // "... taken to the": the cue before a last " the" (no string built per cue)
        var beforeThe = before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? before[..^4] : [];
        foreach (var cue in DestinationCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) || (beforeThe.Length > 0 && beforeThe.EndsWith(cue, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return HospitalIn(text, place);
    }

    /// <summary>Where the wounded are treated, before the town it stands in: "доставили до лікарні в", "taken to a hospital in".</summary>
    private static readonly string[] Hospitals =
    [
        "hospital", "a hospital", "hospitals", "лікарні", "лікарню", "лікарень", "больницу", "больницы", "больницах", "госпиталь", "госпиталя", "шпиталю",
    ];

    /// <summary>
    /// "їх доставили до лікарні в Запоріжжі", "were taken to a hospital in Dnipro", "доставлены в больницу в Белгороде": the
    /// town of the hospital the wounded were taken to, after a destination cue and a hospital word, is no place of the story.
    /// </summary>
    private static bool HospitalIn(string text, PlaceMention place)
    {
        var from = Math.Max(0, place.Span.Start - 48);
        var before = text.AsSpan(from, place.Span.Start - from).TrimEnd();
        foreach (var preposition in (ReadOnlySpan<string>)[" в", " у", " in", " во"])
        {
            if (!before.EndsWith(preposition, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = before[..^preposition.Length].TrimEnd();
            foreach (var hospital in Hospitals)
            {
                if (!rest.EndsWith(hospital, StringComparison.OrdinalIgnoreCase) || (rest.Length > hospital.Length && char.IsLetter(rest[^(hospital.Length + 1)])))
                {
                    continue;
                }

                var head = rest[..^hospital.Length].TrimEnd();
                foreach (var cue in DestinationCues)
                {
                    var stem = cue.AsSpan(0, cue.LastIndexOf(' ')); // "доставили до" -> "доставили", "taken to" -> "taken"
                    if (head.EndsWith(cue, StringComparison.OrdinalIgnoreCase) || head.EndsWith(stem, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>"мужчина 1961 года рождения": a year of birth, not a time of the statement.</summary>
    public static bool IsBirthYear(string text, TextSpan time)
    {
        var after = text.AsSpan(time.End, Math.Min(20, text.Length - time.End)).TrimStart();
        foreach (var cue in BirthCues)
        {
            if (after.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var from = Math.Max(0, time.Start - 8);
        return text.AsSpan(from, time.Start - from).TrimEnd().EndsWith("born in", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] IncludingPhrases = [" including ", " зокрема ", " включаючи ", " включая ", " в том числе "];

    /// <summary>Where the details of a sentence begin ("..., including near ..."), or the end of the sentence.</summary>
    public static int DetailsFrom(string text, TextSpan sentence)
    {
        var slice = text.AsSpan(sentence.Start, sentence.Length);
        var at = int.MaxValue;
        foreach (var phrase in IncludingPhrases)
        {
            var i = IgnoreCase.IndexOf(slice, phrase);
            if (i >= 0)
            {
                at = Math.Min(at, sentence.Start + i);
            }
        }

        return at;
    }

    /// <summary>
    /// The settlements a sentence names after "including" when it named a settlement before it: details of that
    /// place ("repelled 16 assaults around Kostiantynivka, including near Pleshchiivka"), not places of their own.
    /// </summary>
    public static List<PlaceMention> WithoutDetails(List<PlaceMention> places, string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        var including = -1;
        for (var i = first; i < limit && including < 0; i++)
        {
            if (IncludingWords.Contains(text, tokens[i]))
            {
                including = tokens[i].Start;
            }
        }

        if (including < 0 || !places.Exists(including, static (p, including) => p.Span.End <= including && p.Role == PlaceRole.Location && !p.IsAdminArea))
        {
            return places;
        }

        var before = new List<PlaceMention>();
        foreach (var p in places)
        {
            if (p.Span.Start < including)
            {
                before.Add(p);
            }
        }

        return before;
    }
}
