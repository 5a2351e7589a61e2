using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>Russian spellings of Ukrainian villages, found by consonant skeleton (see <see cref="CyrillicRomaniser"/>).</summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>
    /// A capitalised Cyrillic word that no name matches, looked up by the skeleton of its romanisation among the
    /// places of the war's regions on the document's date: the Russian Defence Ministry writes "Ровнополье",
    /// "Затишье" for villages the gazetteer knows only by their Ukrainian names (Rivnopillia, Zatyshshia). The
    /// spelling must be close, as for a Latin skeleton, and the checks of a single word apply (a common word needs a
    /// locative word; a word next to another capitalised word is a person's name), and never to the first word of a
    /// sentence. A word with a Ukrainian letter is not read so: Ukrainian text spells the villages as the gazetteer
    /// does, and a slip in it ("Маріуполль") is not corrected.
    /// </summary>
    private NameMatch? CyrillicSkeletonAt(
        string text, ReadOnlySpan<Token> tokens, TokenParts parts, int first, int sentenceStart, int sentenceEnd,
        Dictionary<int[], int[]> placeSets)
    {
        var head = tokens[first];
        var end = parts.NameEnd[first];
        // at the start of a sentence every word is capitalised ("Сегодня утром", "Сьогодні вдень"): only a word
        // inside one is a name by its capital
        if (first == sentenceStart || _theatre.Count == 0 || end - head.Start < MinSkeletonWord || !IsCapitalisedWord(text, head) || text[head.Start] is < '\u0400' or > '\u04FF')
        {
            return null;
        }

        if (CyrillicPairAt(text, tokens, parts, first, sentenceEnd) is { } pair)
        {
            return WithRegionWord(text, tokens, pair, sentenceEnd, placeSets);
        }

        var word = text.AsSpan(head.Start, end - head.Start);
        Span<char> latin = stackalloc char[NameKey.MaxPartLength];
        var n = CyrillicRomaniser.Write(word, latin);
        if (n <= 0 || SpanIs(tokens, first, new TextSpan(head.Start, end), lexicon.CommonWords) || word.IndexOfAny("іїєґІЇЄҐ") >= 0)
        {
            return null;
        }

        var acc = Skeleton.Seed;
        var length = 0;
        if (!AppendPieces(latin[..n], ref acc, ref length) || length < Skeleton.MinIndexed)
        {
            return null;
        }

        var hits = gazetteer.LookupSkeleton(acc);
        if (hits.IsEmpty)
        {
            return null;
        }

        var span = new TextSpan(head.Start, end);
        if (!PassesSingleWordChecks(text, tokens, parts, first, sentenceStart, span, hits) || NextToName(text, tokens, parts, first, first))
        {
            return null;
        }

        var written = SpellingForm.Of(latin[..n]);
        var names = gazetteer.LooseNames;
        List<int>? close = null, same = null;
        foreach (var h in hits)
        {
            // a short skeleton ("Затишье": z-t-sh) only for the same name
            if (Resolution.Theatre.Contains(_theatre, gazetteer[h])
                && (length >= Skeleton.MinLength ? SpellingDistance.Close(written, names.Of(h)) : SpellingDistance.Same(written, names.Of(h))))
            {
                (close ??= []).Add(h);
                if (SpellingDistance.Same(written, names.Of(h)))
                {
                    (same ??= []).Add(h);
                }
            }
        }

        if (close is null)
        {
            return null;
        }

        int[] candidates = same is not null ? [.. same] : [.. close];
        return WithRegionWord(text, tokens, new NameMatch(first, first, span, candidates), sentenceEnd, placeSets);
    }

    /// <summary>
    /// Two capitalised Russian words that no name matches, an adjective and its noun ("Казачья Лопань", "в районе
    /// Казачьей Лопани"), looked up like one word by the skeleton of their romanised stems among the places of the war's
    /// regions: the gazetteer knows Kozacha Lopan by its Ukrainian and Latin names only. Each word loses its case ending
    /// first (the stems are compared, "kazach lopan" with "kozach lopan"), so a name in any case is found; the spelling
    /// must be as close as for one word.
    /// </summary>
    private NameMatch? CyrillicPairAt(string text, ReadOnlySpan<Token> tokens, TokenParts parts, int first, int sentenceEnd)
    {
        var second = first + 1;
        if (second >= sentenceEnd || tokens[second].Kind != TokenKind.Word || !IsCapitalisedWord(text, tokens[second])
            || tokens[second].Start != tokens[first].End + 1 || parts.NameEnd[first] != tokens[first].End
            || text[tokens[second].Start] is < '\u0400' or > '\u04FF')
        {
            return null;
        }

        Span<char> written = stackalloc char[(2 * NameKey.MaxPartLength) + 1];
        var n = 0;
        var acc = Skeleton.Seed;
        var length = 0;
        Span<char> folded = stackalloc char[NameKey.MaxPartLength];
        foreach (var index in (ReadOnlySpan<int>)[first, second])
        {
            var word = text.AsSpan(tokens[index].Start, parts.NameEnd[index] - tokens[index].Start);
            if (word.IndexOfAny("іїєґІЇЄҐ") >= 0 || SpanIs(tokens, index, new TextSpan(tokens[index].Start, parts.NameEnd[index]), lexicon.CommonWords) || word.Length >= NameKey.MaxPartLength)
            {
                return null;
            }

            var f = 0;
            foreach (var c in word)
            {
                var l = NameFolding.Fold(c);
                if (l != '\0')
                {
                    folded[f++] = l;
                }
            }

            var stem = CyrillicStemmer.Stem(folded[..f]);
            if (n > 0)
            {
                written[n++] = ' ';
            }

            var w = CyrillicRomaniser.Write(folded[..stem], written[n..]);
            if (w <= 0 || !AppendPieces(written.Slice(n, w), ref acc, ref length))
            {
                return null;
            }

            n += w;
        }

        if (length < Skeleton.MinLength)
        {
            return null;
        }

        var hits = gazetteer.LookupSkeleton(acc);
        if (hits.IsEmpty)
        {
            return null;
        }

        var form = SpellingForm.Of(written[..n]);
        List<int>? close = null;
        foreach (var h in hits)
        {
            var p = gazetteer[h];
            if (Resolution.Theatre.Contains(_theatre, p) && p.Name.Contains(' ') && SpellingDistance.Close(form, SpellingForm.Of(WordStems(p.Name))))
            {
                (close ??= []).Add(h);
            }
        }

        return close is null ? null
            : new NameMatch(first, second, new TextSpan(tokens[first].Start, parts.NameEnd[second]), [.. close]);
    }

    /// <summary>A Latin name with each word's final vowels dropped ("Kozacha Lopan" → "Kozach Lopan"), as the
    /// stems of a Cyrillic name are romanised.</summary>
    private static string WordStems(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var end = word.Length;
            while (end > 3 && "aeiouy".Contains(char.ToLowerInvariant(word[end - 1])))
            {
                end--;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(word.AsSpan(0, end));
        }

        return sb.ToString();
    }

    /// <summary>
    /// A Russian word that names a town or a place abroad exactly may also be the Russian spelling of a village of
    /// the war's regions that the gazetteer holds under its Ukrainian and Latin names only: "Каменское" is the city of
    /// Kamianske on the Dnipro (whose Russian name it is) and the village Kamianske by Stepnohirsk. The villages of
    /// the theatre with the word's consonant skeleton and a close spelling join the candidates, and the disambiguator
    /// chooses by the document's other places. Not for a region, not for a word with a Ukrainian letter or an
    /// apostrophe, and not at the start of a sentence.
    /// </summary>
    private NameMatch WithRussianSpellings(string text, ReadOnlySpan<Token> tokens, TokenParts parts, NameMatch match, int sentenceStart)
    {
        var head = tokens[match.FirstToken];
        var end = parts.NameEnd[match.FirstToken];
        if (match.FirstToken != match.LastToken || match.FirstToken == sentenceStart || match.IsRegionPhrase || _theatre.Count == 0
            || end - head.Start < MinSkeletonWord || text[head.Start] is < '\u0400' or > '\u04FF')
        {
            return match;
        }

        var word = text.AsSpan(head.Start, end - head.Start);
        if (word.IndexOfAny("іїєґІЇЄҐ'\u2019\u02BC") >= 0)
        {
            return match;
        }

        foreach (var c in match.Candidates)
        {
            if (gazetteer[c].IsAdminArea)
            {
                return match; // a region ("Харьковской") is named so in Russian
            }
        }

        Span<char> latin = stackalloc char[NameKey.MaxPartLength];
        var n = CyrillicRomaniser.Write(word, latin);
        var acc = Skeleton.Seed;
        var length = 0;
        if (n <= 0 || !AppendPieces(latin[..n], ref acc, ref length) || length < Skeleton.MinLength)
        {
            return match;
        }

        var hits = gazetteer.LookupSkeleton(acc);
        if (hits.IsEmpty)
        {
            return match;
        }

        var written = SpellingForm.Of(latin[..n]);
        var names = gazetteer.LooseNames;
        List<int>? added = null;
        foreach (var h in hits)
        {
            var p = gazetteer[h];
            if (p.Population < RussianSpellingTownPopulation && Resolution.Theatre.Contains(_theatre, p)
                && Array.IndexOf(match.Candidates, h) < 0 && SpellingDistance.Close(written, names.Of(h)))
            {
                (added ??= []).Add(h);
            }
        }

        if (added is null)
        {
            return match;
        }

        added.AddRange(match.Candidates);
        added.Sort();
        return match with { Candidates = [.. added] };
    }

    /// <summary>Towns of this size are named in Russian by the sources; the villages below it may not be.</summary>
    private const int RussianSpellingTownPopulation = 10_000;
}
