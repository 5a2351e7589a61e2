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

        var word = text.AsSpan(head.Start, end - head.Start);
        Span<char> latin = stackalloc char[NameKey.MaxPartLength];
        var n = CyrillicRomaniser.Write(word, latin);
        if (n <= 0 || lexicon.IsCommonWord(word) || word.IndexOfAny("іїєґІЇЄҐ") >= 0)
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
}
