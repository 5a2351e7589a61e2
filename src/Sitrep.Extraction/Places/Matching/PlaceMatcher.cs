using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Places.Languages;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Finds place names in a document: at each capitalised word, looks up the hashed keys of the longest run of
/// words (up to the longest name in the gazetteer) and keeps the longest hit. No per-name patterns: one dictionary
/// lookup per word run.
/// </summary>
internal sealed partial class PlaceMatcher(Gazetteer gazetteer, PlaceLexicon lexicon)
{
    public List<NameMatch> Find(Document document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        _words = new PlaceWords(text, document.Tokens, lexicon);
        _loneWords = LoneWords(document);
        var parts = TokenParts.Reused(text, tokens, CollectionsMarshal.AsSpan(_loneWords));
        var matches = new List<NameMatch>();
        var caches = t_caches ??= new DocumentCaches();
        caches.Clear();
        var candidateSets = caches.CandidateSets;
        _townSets = caches.TownSets;
        _districtKeys = caches.DistrictKeys;
        _nonDistrictSets = caches.NonDistrictSets;
        var placeSets = caches.PlaceSets;
        _theatre = Resolution.Theatre.RegionsOn(document.Metadata.Published);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = sentence.FirstToken + sentence.TokenCount;
            var i = sentence.FirstToken;
            while (i < end)
            {
                var match = LongestAt(text, tokens, parts, i, sentence.FirstToken, end, candidateSets, placeSets);
                if (match is not null && match.LastToken == i && i + 1 < end && IsCapitalisedWord(text, tokens[i + 1]))
                {
                    // a longer name in another romanisation beats its first word: "Nizhnyaya Olkhovaya" is Nyzhnia
                    // Vilkhova, not a place called Nizhnyaya
                    var longer = SkeletonAt(text, tokens, parts, i, sentence.FirstToken, end, placeSets);
                    if (longer is not null && longer.LastToken > match.LastToken)
                    {
                        match = longer;
                    }
                }

                if (match is { IsTypo: false, IsMetonym: false })
                {
                    match = WithRussianSpellings(text, tokens, parts, match, sentence.FirstToken);
                }

                if (match is null && parts.Count(i) >= 1)
                {
                    match = SkeletonAt(text, tokens, parts, i, sentence.FirstToken, end, placeSets)
                        ?? TypoAt(text, tokens, parts, i, sentence.FirstToken, end, placeSets)
                        ?? CyrillicSkeletonAt(text, tokens, parts, i, sentence.FirstToken, end, placeSets);
                }

                match ??= RussianDistrictAt(text, tokens, i, end);
                match ??= LowerCaseCityAdjectiveAt(text, tokens, i, end);
                match = AlternatingAdjectiveAt(text, tokens, i, match);
                if (match is null)
                {
                    if (parts.Count(i) > 1)
                    {
                        AddHyphenPieces(text, tokens[i], i, matches);
                    }

                    i++;
                    continue;
                }

                matches.Add(match);
                i = match.LastToken + 1;
            }
        }

        return matches;
    }

    private NameMatch? LongestAt(
        string text, ReadOnlySpan<Token> tokens, TokenParts parts, int first, int sentenceStart, int sentenceEnd,
        Dictionary<ulong, (int[] All, int[]? Added)> candidateSets, Dictionary<int[], int[]> placeSets)
    {
        if (!StartsName(text, tokens[first], first) || parts.Count(first) == 0)
        {
            return null;
        }

        var acc = NameKey.Seed;
        var used = 0;
        int bestLast = -1;
        var bestKey = 0UL;
        var bestHits = ReadOnlySpan<int>.Empty;
        var bestIndex = -1;
        for (var j = first; j < sentenceEnd; j++)
        {
            var t = tokens[j];
            if (j > first && IsSpacedHyphen(text, tokens, j, sentenceEnd))
            {
                continue; // "Orlovo - Ivanivka" is Orlovo-Ivanivka; "Donetsk - Luhansk" stays two names (no key)
            }

            if (t.Kind != TokenKind.Word || parts.Count(j) == 0 || (j > first && !CanContinue(text, t)))
            {
                break;
            }

            used += parts.Count(j);
            if (used > gazetteer.MaxParts)
            {
                break;
            }

            acc = parts.Append(j, acc);
            var hits = gazetteer.Lookup(acc, out var keyIndex);
            if (!hits.IsEmpty && StartsName(text, t, j))
            {
                bestLast = j;
                bestKey = acc;
                bestHits = hits;
                bestIndex = keyIndex;
            }

            if (parts.NameEnd[j] != t.End)
            {
                break; // a possessive ends the name
            }
        }

        if (bestLast < 0)
        {
            return null;
        }

        if (bestLast + 1 < sentenceEnd && tokens[bestLast + 1].Kind == TokenKind.Word
            && UkrainianOrdinal(tokens[bestLast + 1].Text(text)) != tokens[bestLast + 1].Text(text))
        {
            return null; // "Novoselovka Pervaya": the numbered village, found with its ordinal by skeleton
        }

        var span = new TextSpan(tokens[first].Start, parts.NameEnd[bestLast]);
        var single = bestLast == first;
        // what the places of the key are is learnt once per key; a set filtered below is asked place by place
        var facts = gazetteer.FactsOf(bestIndex);
        if ((facts & NameFacts.Raion) != 0)
        {
            if (RaionAt(text, tokens, parts, first, bestLast, sentenceEnd, bestHits) is { } raion)
            {
                return raion;
            }

            if (!_townSets.TryGetValue(bestKey, out var towns))
            {
                towns = WithoutRaions(bestHits);
                _townSets.Add(bestKey, towns);
            }

            if (towns.Length == 0)
            {
                return null;
            }

            bestHits = towns;
            bestIndex = -1;
            facts = gazetteer.Facts(towns, sizes: false);
        }

        if (single && (facts & NameFacts.CityDistrict) != 0 && IsAdjectiveShaped(tokens[first].Text(text)))
        {
            if (CityDistrictAt(text, tokens, first, sentenceStart, sentenceEnd, bestKey, bestHits) is { } district)
            {
                return district;
            }

            if (!_nonDistrictSets.TryGetValue(bestKey, out var rest))
            {
                rest = CityDistricts(bestHits, districts: false);
                _nonDistrictSets.Add(bestKey, rest);
            }

            if (rest.Length == 0)
            {
                return null;
            }

            bestHits = rest;
            bestIndex = -1;
        }

        if (single && (IsCityDistrict(text, tokens, first, sentenceEnd) || IsCyrillicCityDistrict(text, tokens, first, sentenceEnd, bestHits)))
        {
            return null;
        }

        if (single ? !PassesSingleWordChecks(text, tokens, parts, first, sentenceStart, span, bestHits, bestIndex)
            : !PassesMultiWordAbroad(text, tokens, first, sentenceStart, bestHits))
        {
            return null;
        }

        // one candidate array per distinct name in a document: fewer allocations, and the disambiguator's cache hits
        if (!candidateSets.TryGetValue(bestKey, out var candidates))
        {
            candidates = CandidatesOf(bestKey, single, span.Slice(text), bestHits);
            candidateSets.Add(bestKey, candidates);
        }

        var match = new NameMatch(first, bestLast, span, candidates.All)
        {
            Possessive = parts.NameEnd[bestLast] != tokens[bestLast].End,
            OtherRomanisations = candidates.Added,
        };
        return WithRegionWord(text, tokens, match, sentenceEnd, placeSets);
    }

    /// <summary>
    /// A hyphenated word that is not itself a name may join two ("the Pokrovsk-Myrnohrad agglomeration") or tie a
    /// name to a suffix ("Kyiv-based"): each capitalised piece is looked up on its own.
    /// </summary>
    private void AddHyphenPieces(string text, Token token, int index, List<NameMatch> matches)
    {
        var first = text.AsSpan(token.Start, token.Span.Length);
        var firstDash = first.IndexOfAny('-', '\u2010', '\u2011');
        if (firstDash > 0 && IsCompassPrefix(first[..firstDash]))
        {
            return; // "the Yuzhno-Donetsk direction", "Південно-Донецький": a compass word makes a new name, not the city
        }

        var start = token.Start;
        while (start < token.End)
        {
            var dash = text.AsSpan(start, token.End - start).IndexOfAny('-', '\u2010', '\u2011');
            var end = dash < 0 ? token.End : start + dash;
            var piece = text.AsSpan(start, end - start);
            var acc = NameKey.Seed;
            if (piece.Length > 3 && char.IsUpper(piece[0]) && !lexicon.IsCommonWord(piece) && NameKey.AppendToken(piece, ref acc))
            {
                var hits = gazetteer.Lookup(acc);
                if (gazetteer.AnyRaion(hits))
                {
                    hits = WithoutRaions(hits);
                }

                if (!hits.IsEmpty && (AnyAtHome(hits) || AnyKnownAbroad(hits)))
                {
                    var places = hits.ToArray().Where(h => !gazetteer[h].IsAdmin1).ToArray();
                    matches.Add(new NameMatch(index, index, new TextSpan(start, end), places.Length > 0 ? places : hits.ToArray()));
                }
            }

            start = end + 1;
        }
    }

    /// <summary>Common words and very short names need a locative word before them; lone small places next to a capitalised word are names of people.</summary>
    /// <param name="keyIndex">The index of the name key whose places <paramref name="hits"/> are, all of them, or -1.</param>
    private bool PassesSingleWordChecks(string text, ReadOnlySpan<Token> tokens, TokenParts parts, int index, int sentenceStart, TextSpan span, ReadOnlySpan<int> hits, int keyIndex = -1)
    {
        var word = span.Slice(text);
        var previous = index > sentenceStart ? tokens[index - 1] : default;
        var hasLocative = index > sentenceStart && previous.Kind == TokenKind.Word && _words.Is(index - 1, lexicon.Locatives);
        if ((word.Length <= 3 || SpanIs(tokens, index, span, lexicon.CommonWords) || SpanIs(tokens, index, span, lexicon.GivenNames)) && !hasLocative)
        {
            return false; // "said Serhiy" is a man, "near Serhiyi" the village
        }

        if (hasLocative)
        {
            return PassesAbroadAfterLocative(word, previous.Text(text), hits);
        }

        // a given name and the word after it are a person ("Stanislav Bohuslavsky", "Heorhiy Khalikov"), wherever
        // they stand in the sentence
        var afterGivenName = index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].End == tokens[index].Start - 1
            && _words.Is(index - 1, lexicon.GivenNames);
        var givenNameBeforeName = SpanIs(tokens, index, span, lexicon.GivenNames) && index + 1 < tokens.Length
            && tokens[index + 1].Start == tokens[index].End + 1 && IsCapitalisedWord(text, tokens[index + 1]);
        if (afterGivenName || givenNameBeforeName || AfterInitial(text, tokens, index))
        {
            return false;
        }

        if (SurnameAfterName(text, tokens, index))
        {
            return false; // "Nadiya Kovalenko was boiling water": a surname, not the village Kovalenky
        }

        if (IsCompassComparative(word))
        {
            return false; // "Южнее Покровска", "Південніше Оріхова": a bearing, not the village Yuzhne or Pivdenne
        }

        if (index == sentenceStart && AdverbOfNeuterName(word, hits))
        {
            return false; // "Коротко про сьогоднішній день": an adverb, not the village Korotke
        }

        if (index == sentenceStart && OnlyVillagesFarFromTheWar(hits))
        {
            return false; // "Водій рейсового автобуса ...": a driver, not the hamlet Vidim in Irkutsk Oblast
        }

        // Far from the war (a city abroad), a lone word is taken only as a capital speaking for its government
        // ("Washington said") or as a city of a million people.
        // asked of the places once per key (Gazetteer.PersonNameRiskPopulation, the core countries): see NameFacts
        var facts = keyIndex >= 0 ? gazetteer.FactsOf(keyIndex, sizes: true) : gazetteer.Facts(hits, sizes: true);
        var core = (facts & NameFacts.Core) != 0;
        var capital = (facts & NameFacts.Capital) != 0;
        var big = (facts & NameFacts.Million) != 0;
        var small = (facts & NameFacts.AllSmall) != 0;

        if (!core && !(capital && FollowedByReportingVerb(text, tokens, index + 1)) && !big
            && !(WireDateline.Opens(text, tokens[index].Start, tokens[index].End) && AnyKnownAbroad(hits)))
        {
            return false;
        }

        if (!small)
        {
            return true;
        }

        var nextIsName = index + 1 < tokens.Length && tokens[index + 1].SentenceIndex == tokens[index].SentenceIndex
            && IsCapitalisedWord(text, tokens[index + 1]) && !RegionWords.IsRegionWord(tokens[index + 1].Text(text))
            && !IsPlaceWord(parts, index + 1);
        var previousIsName = index > sentenceStart && IsCapitalisedWord(text, previous) && index - 1 > sentenceStart
            && !IsPlaceWord(parts, index - 1) && !IsAcronym(previous.Text(text));
        var afterNickname = index - 2 > sentenceStart && previous.Kind == TokenKind.Punctuation && IsQuote(text[previous.Start])
            && IsCapitalisedWord(text, tokens[index - 2]); // Arseny 'Motorola' Pavlov
        return !nextIsName && !previousIsName && !afterNickname;
    }

    /// <summary>How far from the middle of the war a village of another country lies before a word at the start of a
    /// sentence, where its capital says nothing, is no longer read as it: Russia's border regions and Crimea lie within.</summary>
    private const double FarFromTheWarKm = 700;

    /// <summary>
    /// Whether every place a word names is a village (under 10,000 people) outside Ukraine and far from the war: at the
    /// start of a sentence such a match is an ordinary word that happens to share a hamlet's name or stem across
    /// Russia ("Водій", a driver, and Vidim of Irkutsk Oblast), not a place the reporting means; a town, a region or a
    /// village of the border regions stays.
    /// </summary>
    private bool OnlyVillagesFarFromTheWar(ReadOnlySpan<int> hits)
    {
        foreach (var h in hits)
        {
            var p = gazetteer[h];
            if (p.IsAdminArea || p.Population >= 10_000 || p.Country == "UA"
                || Resolution.Geo.DistanceKm(p.Lat, p.Lon, WarCentreLat, WarCentreLon) <= FarFromTheWarKm)
            {
                return false;
            }
        }

        return !hits.IsEmpty;
    }

    /// <summary>
    /// Whether a Cyrillic word in -о matches, through its stem, only names in -е: an adverb made from an adjective
    /// ("Коротко", "Тихо", "Спокійно") shares its stem with a village named by the neuter of that adjective (Korotke,
    /// Tykhe, Spokiine), but the neuter never takes -о in any case. A name in -ове, -еве, -ине (Шевченкове, whose
    /// Russian form is Шевченково) is not such an adjective, nor is any other name.
    /// </summary>
    private bool AdverbOfNeuterName(ReadOnlySpan<char> word, ReadOnlySpan<int> hits)
    {
        if (word.Length < 4 || word[0] is < '\u0400' or > '\u04FF' || Letters.Lower(word[^1]) != 'о')
        {
            return false;
        }

        foreach (var h in hits)
        {
            var name = gazetteer[h].Name;
            if (name.Contains(' ') || !name.EndsWith('e') || name.EndsWith("ove", StringComparison.Ordinal) || name.EndsWith("eve", StringComparison.Ordinal)
                || name.EndsWith("ine", StringComparison.Ordinal) || name.EndsWith("yne", StringComparison.Ordinal) || name.EndsWith("oye", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return !hits.IsEmpty;
    }

    /// <summary>The comparatives of the compass adjectives: "південніше Оріхова", "южнее Покровска" take the town after
    /// them; no case of a village named by the adjective (Південне, Южное, Західне) ends so.</summary>
    private static readonly string[] CompassComparatives =
    [
        "західніше", "східніше", "північніше", "південніше", "западнее", "восточнее", "севернее", "южнее",
    ];

    private static bool IsCompassComparative(ReadOnlySpan<char> word)
    {
        foreach (var c in CompassComparatives)
        {
            if (word.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A point in the middle of the war's theatre (between Dnipro and Donetsk).</summary>
    private const double WarCentreLat = 48.5;
    private const double WarCentreLon = 36.0;

    /// <summary>The Ukrainian surname ending -енко (Kovalenko, Коваленко, Ткаченко) right after a capitalised word (a given
    /// name, which may be a village's name or a common noun too: Nadiya, Надія, Надежда are "hope"), also at the start of a sentence ("Nadiya Kovalenko said", "Надія Коваленко"): a
    /// person; villages named after such a family end in -енки, -енкове ("у Коваленках" stays the village).</summary>
    private bool SurnameAfterName(string text, ReadOnlySpan<Token> tokens, int index)
    {
        var word = tokens[index].Text(text);
        if (!(word.EndsWith("enko", StringComparison.OrdinalIgnoreCase) || word.EndsWith("енко", StringComparison.OrdinalIgnoreCase)) || index == 0)
        {
            return false;
        }

        var previous = tokens[index - 1];
        return IsCapitalisedWord(text, previous) && previous.End == tokens[index].Start - 1 && previous.SentenceIndex == tokens[index].SentenceIndex
            && !RegionWords.IsRegionWord(previous.Text(text));
    }

    /// <summary>A name after an initial ("I. Vorontsova", "О. Ковальова") is a surname.</summary>
    private static bool AfterInitial(string text, ReadOnlySpan<Token> tokens, int index)
    {
        if (index < 2 || tokens[index - 1].Kind != TokenKind.Punctuation || text[tokens[index - 1].Start] != '.'
            || tokens[index - 1].End != tokens[index].Start - 1)
        {
            return false;
        }

        var initial = tokens[index - 2];
        return initial.Kind == TokenKind.Word && initial.Span.Length == 1 && initial.End == tokens[index - 1].Start
            && char.IsUpper(text[initial.Start]) && initial.SentenceIndex == tokens[index].SentenceIndex;
    }

    private NameMatch WithRegionWord(string text, ReadOnlySpan<Token> tokens, NameMatch match, int sentenceEnd, Dictionary<int[], int[]> placeSets)
    {
        var next = match.LastToken + 1;
        var isRegion = !match.Possessive && next < sentenceEnd && tokens[next].Kind == TokenKind.Word && RegionWords.IsRegionWord(tokens[next].Text(text));
        if (!isRegion)
        {
            // without a region word, a name that is both a town and a region is the town, unless it is the
            // region's own colloquial name ("на Харківщині" is Kharkiv Oblast, not the hamlet Kharkivshchyna)
            if (RegionWords.IsRegionNameForm(match.Span.Slice(text)) && CountAdmin1(match.Candidates, true) > 0)
            {
                return match with { Candidates = Admin1Only(match.Candidates, true), IsRegionPhrase = true };
            }

            if (!placeSets.TryGetValue(match.Candidates, out var places))
            {
                var count = CountAdmin1(match.Candidates, false);
                places = count > 0 && count < match.Candidates.Length ? Admin1Only(match.Candidates, false) : match.Candidates;
                placeSets.Add(match.Candidates, places);
            }

            return ReferenceEquals(places, match.Candidates) ? match : match with { Candidates = places };
        }

        var regions = Admin1Only(match.Candidates, true);
        if (regions.Length == 0)
        {
            regions = [.. NamesakeRegions.Of(gazetteer, match.Candidates)];
        }

        if (regions.Length == 0)
        {
            return match;
        }

        Array.Sort(regions); // a new array either way
        return match with
        {
            LastToken = next,
            Span = new TextSpan(match.Span.Start, tokens[next].End),
            Candidates = regions,
            IsRegionPhrase = true,
        };
    }

    /// <summary>A capitalised neighbour that is itself a place ("Новоселидовка Донецкой ...") does not make a person's name.</summary>
    private bool IsPlaceWord(TokenParts parts, int token) =>
        parts.Count(token) > 0 && !gazetteer.Lookup(parts.Append(token, NameKey.Seed)).IsEmpty;

    private static readonly string[] CompassPrefixes =
    [
        "yuzhno", "severo", "zapadno", "vostochno", "pivdenno", "pivnichno", "skhidno", "zakhidno",
        "южно", "северо", "западно", "восточно", "південно", "північно", "східно", "західно",
    ];

    private static bool IsCompassPrefix(ReadOnlySpan<char> piece)
    {
        foreach (var p in CompassPrefixes)
        {
            if (piece.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCoreCountry(string country) => country is "UA" or "RU" or "BY";

    private bool FollowedByReportingVerb(string text, ReadOnlySpan<Token> tokens, int next)
    {
        for (var j = next; j < tokens.Length && j < next + 3 && tokens[j].Kind == TokenKind.Word; j++)
        {
            if (_words.Is(j, lexicon.ReportingVerbs))
            {
                return true;
            }

            if (!_words.Is(j, lexicon.Auxiliaries))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The document's words read once into the cue lists they match (set by <see cref="Find"/>).</summary>
    private PlaceWords _words = null!;

    /// <summary>The words of the document <see cref="Find"/> read last: the mention rules after it ask the same table.</summary>
    public PlaceWords Words => _words;

    /// <summary>Whether the text of <paramref name="span"/> matches <paramref name="list"/>: from the word table when the span is
    /// the whole of token <paramref name="token"/>, else by reading the text.</summary>
    private bool SpanIs(ReadOnlySpan<Token> tokens, int token, TextSpan span, CueList list) =>
        tokens[token].Start == span.Start && tokens[token].End == span.End
            ? _words.Is(token, list)
            : list.Matches(_words.Text.AsSpan(span.Start, span.Length));

    private static bool IsCapitalisedWord(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);

    /// <summary>Inside a name, lower-case words may only be short links ("Rostov on Don", "Ростов на Дону").</summary>
    private static bool CanContinue(string text, Token t) => char.IsUpper(text[t.Start]) || t.Span.Length <= 3;
}
