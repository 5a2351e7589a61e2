using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>Romanisations the sources do not spell out, found by consonant skeleton (see <see cref="Skeleton"/>).</summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>The regions of the war on the document's date (see <see cref="Resolution.Theatre"/>).</summary>
    private IReadOnlySet<string> _theatre = new HashSet<string>();

    /// <summary>Shorter words are not looked up by skeleton.</summary>
    private const int MinSkeletonWord = 6;

    /// <summary>
    /// A romanisation no source spells out ("Lutugyne", "Tsvetnye Peski"), found by its consonant skeleton among
    /// the places of Ukraine; the same checks as for an exact name apply.
    /// </summary>
    private NameMatch? SkeletonAt(
        string text, ReadOnlySpan<Token> tokens, TokenParts parts, int first, int sentenceStart, int sentenceEnd,
        Dictionary<int[], int[]> placeSets)
    {
        var head = tokens[first];
        var shortHead = parts.NameEnd[first] - head.Start < MinSkeletonWord; // "Hola Pristan": only with the next word
        if (!StartsName(text, head, first) || (shortHead && parts.NameEnd[first] != head.End) || _words.Is(first, lexicon.CommonWords)
            || lexicon.MetonymOf(text.AsSpan(head.Start, parts.NameEnd[first] - head.Start)) is not null)
        {
            return null;
        }

        var acc = Skeleton.Seed;
        var length = 0;
        var bestLast = -1;
        var bestLength = 0;
        var bestHits = ReadOnlySpan<int>.Empty;
        for (var j = first; j < sentenceEnd && j < first + 3; j++)
        {
            var t = tokens[j];
            if (!StartsName(text, t, j) || parts.Count(j) == 0
                || !AppendPieces(text.AsSpan(t.Start, parts.NameEnd[j] - t.Start), ref acc, ref length))
            {
                break;
            }

            var hits = length >= Skeleton.MinIndexed && !(shortHead && j == first) ? gazetteer.LookupSkeleton(acc) : [];
            if (!hits.IsEmpty)
            {
                bestLast = j;
                bestLength = length;
                bestHits = hits;
            }

            if (parts.NameEnd[j] != t.End)
            {
                break;
            }
        }

        if (bestLast < 0)
        {
            return null;
        }

        var span = new TextSpan(head.Start, parts.NameEnd[bestLast]);
        if (bestLast == first && !PassesSingleWordChecks(text, tokens, parts, first, sentenceStart, span, bestHits))
        {
            return null;
        }

        if (NextToName(text, tokens, parts, first, bestLast))
        {
            return null; // "Denys Herman": a skeleton is weak evidence next to a first name or surname
        }

        if (bestLast + 1 < sentenceEnd && tokens[bestLast + 1].Kind == TokenKind.Word && IsQuarterWord(tokens[bestLast + 1].Text(text)))
        {
            return null; // "the Shakhtarskyi neighbourhood", "Prymorskyi district": a part of a city
        }

        var written = SpellingForm.Of(span.Slice(text));
        var names = gazetteer.LooseNames;
        var close = new List<int>();
        foreach (var h in bestHits)
        {
            // a short skeleton ("Dyakovo": d-k-v) matches by chance ("Serhiy" and the village Serhiyi): only the same
            // name, and only where the war was on the document's date
            if (bestLength >= Skeleton.MinLength ? SpellingDistance.Close(written, names.Of(h))
                : SpellingDistance.Same(written, names.Of(h)) && Resolution.Theatre.Contains(_theatre, gazetteer[h]))
            {
                close.Add(h);
            }
        }

        // the same name in the other romanisation beats a name one edit away ("Provalie" is Provallia, not Pryvillia)
        var same = new List<int>();
        foreach (var h in close)
        {
            if (SpellingDistance.Same(written, names.Of(h)))
            {
                same.Add(h);
            }
        }

        int[] candidates = same.Count > 0 ? [.. same] : [.. close];
        var neuter = false;
        if (candidates.Length == 0 && bestLast == first)
        {
            // a neuter written for a settlement whose name is masculine ("Myronivske", "Gostre" for Myronivskyi,
            // Hostryi), only where the war was on the document's date and less surely
            foreach (var h in bestHits)
            {
                if (SpellingDistance.SameButNeuter(written, names.Of(h)) && Resolution.Theatre.Contains(_theatre, gazetteer[h]))
                {
                    same.Add(h);
                }
            }

            candidates = [.. same];
            neuter = true;
        }

        if (candidates.Length == 0)
        {
            return null;
        }

        var match = new NameMatch(first, bestLast, span, candidates) { Possessive = parts.NameEnd[bestLast] != tokens[bestLast].End, IsTypo = neuter };
        return WithRegionWord(text, tokens, match, sentenceEnd, placeSets);
    }

    /// <summary>
    /// The places a single word names, plus the places of Ukraine whose own name is the same word in another
    /// romanisation (the same letters after unifying e/i/o/y, g/h): "Peski" is also Pisky by Donetsk airport,
    /// which the sources spell only the Ukrainian way.
    /// </summary>
    private (int[] All, int[]? Added) WithOtherRomanisations(ReadOnlySpan<char> word, ReadOnlySpan<int> hits)
    {
        Span<char> latin = stackalloc char[NameKey.MaxPartLength];
        var cyrillic = word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';

        // a Russian spelling ("Успеновка") also names the village the gazetteer knows only in Ukrainian (Uspenivka);
        // a word with a Ukrainian letter is the Ukrainian spelling already
        var n = cyrillic && word.IndexOfAny("іїєґІЇЄҐ") < 0 ? CyrillicRomaniser.Write(word, latin) : -1;
        if (cyrillic && n <= 0)
        {
            return (hits.ToArray(), null);
        }

        ReadOnlySpan<char> form = cyrillic ? latin[..n] : word;
        List<int>? added = null;
        AddOtherRomanisations(form, hits, ref added);
        if (cyrillic)
        {
            // a Russian case form ("освобождении Песчаного", "у Успеновки") is compared in the nominative it may stand
            // for, as the gazetteer writes names: Peschanoye, Uspenivka
            Span<char> nominative = stackalloc char[NameKey.MaxPartLength + 2];
            foreach (var (ending, replacement) in RussianCaseEndings)
            {
                // "-ском" is the instrumental of the towns in -ск as often ("под Покровском"): not read as an adjective
                if (form.Length > ending.Length + 3 && form.EndsWith(ending, StringComparison.Ordinal)
                    && !(ending == "om" && form.EndsWith("skom", StringComparison.Ordinal)))
                {
                    var stem = form[..^ending.Length];
                    stem.CopyTo(nominative);
                    replacement.AsSpan().CopyTo(nominative[stem.Length..]);
                    AddOtherRomanisations(nominative[..(stem.Length + replacement.Length)], hits, ref added);
                }
            }
        }

        if (added is null)
        {
            return (hits.ToArray(), null);
        }

        added.Sort();
        int[] all = [.. added, .. hits];
        Array.Sort(all);
        return (all, [.. added]);
    }

    /// <summary>
    /// Russian case endings of the neuter adjective names (-ое: Песчаного, Песчаному, Песчаным, Песчаном; not -ском, the
    /// instrumental of a town in -ск) and of the
    /// names in -ка (Успеновки, Успеновке, Успеновку, Успеновкой), romanised, with the nominative ending they stand for.
    /// </summary>
    private static readonly (string Ending, string Nominative)[] RussianCaseEndings =
    [
        ("ogo", "oe"), ("omu", "oe"), ("ym", "oe"), ("om", "oe"),
        ("ki", "ka"), ("ke", "ka"), ("ku", "ka"), ("koy", "ka"), ("koi", "ka"),
    ];

    /// <summary>Adds the places of Ukraine whose own name is <paramref name="form"/> in the other romanisation and which
    /// are not among <paramref name="hits"/> already.</summary>
    private void AddOtherRomanisations(ReadOnlySpan<char> form, ReadOnlySpan<int> hits, ref List<int>? added)
    {
        var acc = Skeleton.Seed;
        var length = 0;
        if (!Skeleton.Append(form, ref acc, ref length) || length < Skeleton.MinIndexed)
        {
            return;
        }

        SpellingForm? written = null;
        foreach (var h in gazetteer.LookupSkeleton(acc))
        {
            if (!hits.Contains(h) && (added is null || !added.Contains(h)) && SpellingDistance.Same(written ??= SpellingForm.Of(form), gazetteer.LooseNames.Of(h)))
            {
                (added ??= []).Add(h);
            }
        }
    }

    /// <summary>Whether a capitalised word that is not a place stands right before or after the words, even at the
    /// start of a sentence.</summary>
    private bool NextToName(string text, ReadOnlySpan<Token> tokens, TokenParts parts, int first, int last)
    {
        var before = first - 1;
        if (before >= 0 && IsCapitalisedWord(text, tokens[before]) && tokens[before].End == tokens[first].Start - 1
            && !IsPlaceWord(parts, before) && !RegionWords.IsRegionWord(tokens[before].Text(text)))
        {
            return true;
        }

        var after = last + 1;
        return after < tokens.Length && IsCapitalisedWord(text, tokens[after]) && tokens[after].Start == tokens[last].End + 1
            && !IsPlaceWord(parts, after) && !RegionWords.IsRegionWord(tokens[after].Text(text));
    }

    /// <summary>Appends a word's skeleton, each piece of a hyphenated word on its own ("Orlovo-Ivanovka").</summary>
    private static bool AppendPieces(ReadOnlySpan<char> word, ref ulong acc, ref int length)
    {
        while (true)
        {
            var dash = word.IndexOfAny('-', '\u2010', '\u2011');
            var piece = dash < 0 ? word : word[..dash];
            piece = UkrainianOrdinal(piece);
            if (!piece.IsEmpty && !Skeleton.Append(piece, ref acc, ref length))
            {
                return false;
            }

            if (dash < 0)
            {
                return true;
            }

            word = word[(dash + 1)..];
        }
    }

    /// <summary>The Russian ordinals that number villages of one name, as Ukrainian names write them: "Novoselovka
    /// Pervaya" is Novoselivka Persha, "Vtoraya" Druha, "Tretya" Tretia.</summary>
    private static ReadOnlySpan<char> UkrainianOrdinal(ReadOnlySpan<char> piece) =>
        piece.Equals("Pervaya", StringComparison.OrdinalIgnoreCase) || piece.Equals("Pervoye", StringComparison.OrdinalIgnoreCase) ? "Persha"
        : piece.Equals("Vtoraya", StringComparison.OrdinalIgnoreCase) || piece.Equals("Vtoroye", StringComparison.OrdinalIgnoreCase) ? "Druha"
        : piece.Equals("Tretya", StringComparison.OrdinalIgnoreCase) || piece.Equals("Tretye", StringComparison.OrdinalIgnoreCase) ? "Tretia"
        : piece;

    /// <summary>
    /// An adjective in -sky (-skyi, -skiy) before a quarter word is a part of a city, not a village of that name:
    /// "the Kievsky district of Donetsk", "Leninsky neighbourhood". Raions were looked up before this.
    /// </summary>
    private static bool IsCityDistrict(string text, ReadOnlySpan<Token> tokens, int index, int sentenceEnd)
    {
        if (index + 1 >= sentenceEnd || tokens[index + 1].Kind != TokenKind.Word || !IsQuarterWord(tokens[index + 1].Text(text)))
        {
            return false;
        }

        return EndsAsSkyAdjective(tokens[index].Text(text));
    }

    /// <summary>Largest village a Ukrainian or Russian adjective before a district word may name instead of a city's district.</summary>
    private const int DistrictNamesakePopulation = 10_000;

    /// <summary>
    /// A Cyrillic adjective before "район" that names no raion, only villages, is a district of a city: "у
    /// Шевченківському районі" (of Zaporizhzhia or Kharkiv, not the village Shevchenkivske), "в Заводском районе".
    /// A raion was looked up before this; a town of its name (a former raion's centre) stays.
    /// </summary>
    private bool IsCyrillicCityDistrict(string text, ReadOnlySpan<Token> tokens, int index, int sentenceEnd, ReadOnlySpan<int> hits)
    {
        if (index + 1 >= sentenceEnd || tokens[index + 1].Kind != TokenKind.Word || !IsCyrillicQuarterWord(tokens[index + 1].Text(text)))
        {
            return false;
        }

        var word = tokens[index].Text(text);
        var adjective = false;
        foreach (var ending in (ReadOnlySpan<string>)["ському", "ський", "ського", "ськім", "ском", "ский", "ского", "цькому", "цький", "цкий", "цком"])
        {
            adjective |= word.EndsWith(ending, StringComparison.OrdinalIgnoreCase);
        }

        if (!adjective)
        {
            return false;
        }

        foreach (var h in hits)
        {
            if (gazetteer[h].IsAdminArea || gazetteer[h].Population >= DistrictNamesakePopulation)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCyrillicQuarterWord(ReadOnlySpan<char> word) =>
        word.StartsWith("район", StringComparison.OrdinalIgnoreCase) || word.StartsWith("мікрорайон", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("микрорайон", StringComparison.OrdinalIgnoreCase);

    private static bool EndsAsSkyAdjective(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["sky", "skyi", "skiy", "skyy", "skij", "skii"])
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuarterWord(ReadOnlySpan<char> word) =>
        word.StartsWith("district", StringComparison.OrdinalIgnoreCase) || word.StartsWith("neighbo", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("microdistrict", StringComparison.OrdinalIgnoreCase) || word.StartsWith("raion", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("rayon", StringComparison.OrdinalIgnoreCase) || word.StartsWith("quarter", StringComparison.OrdinalIgnoreCase)
        || word.Equals("street", StringComparison.OrdinalIgnoreCase) || word.Equals("avenue", StringComparison.OrdinalIgnoreCase);
}
