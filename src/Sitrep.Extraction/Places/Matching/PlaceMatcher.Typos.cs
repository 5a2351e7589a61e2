using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// A long capitalised word that no name or skeleton matches may be a typo of a town: one letter dropped, added,
/// changed, or two neighbours swapped ("Ilvoaisk" for Ilovaisk, "Luhanks" for Luhansk, "Lutuyne" for Lutuhyne).
/// Only towns of note in Ukraine, Russia and Belarus are taken so, and the confidence is lowered.
/// </summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>Shorter words are too close to too many names to be corrected.</summary>
    private const int MinTypoWord = 7;

    private const int MaxTypoWord = 24;

    private NameMatch? TypoAt(
        string text, ReadOnlySpan<Token> tokens, TokenParts parts, int first, int sentenceStart, int sentenceEnd,
        Dictionary<int[], int[]> placeSets)
    {
        var head = tokens[first];
        var span = new TextSpan(head.Start, parts.NameEnd[first]);
        var word = span.Slice(text);
        if (!IsCapitalisedWord(text, head) || parts.Count(first) != 1 || word.Length is < MinTypoWord or > MaxTypoWord
            || SpanIs(tokens, first, span, lexicon.CommonWords) || SpanIs(tokens, first, span, lexicon.GivenNames) || lexicon.MetonymOf(word) is not null
            || EndsAsSkyAdjective(word))
        {
            return null; // an adjective ("Prymorskyi districts") is not a misspelt town
        }

        Span<char> folded = stackalloc char[MaxTypoWord];
        for (var i = 0; i < word.Length; i++)
        {
            var c = NameFolding.Fold(word[i]);
            if (c is < 'a' or > 'z')
            {
                return null; // Latin letters only
            }

            folded[i] = c;
        }

        // the towns a word is one edit from depend on the word and the gazetteer only: kept per gazetteer, as the
        // same unmatched names (people, units, outlets) come back in document after document
        var targets = gazetteer.TypoTargets;
        var found = targets.Corrections(folded[..word.Length], this);
        if (found.Length == 0 || NextToName(text, tokens, parts, first, first) || AfterArticle(text, tokens, first, sentenceStart))
        {
            return null; // "across the Dnieper" is a river, not a typo of a town
        }

        int[] candidates = [.. found];
        if (!PassesSingleWordChecks(text, tokens, parts, first, sentenceStart, span, candidates))
        {
            return null;
        }

        var match = new NameMatch(first, first, span, candidates) { Possessive = parts.NameEnd[first] != head.End, IsTypo = true };
        return WithRegionWord(text, tokens, match, sentenceEnd, placeSets);
    }

    /// <summary>The towns of note one edit away from <paramref name="folded"/> (Latin letters a-z), in gazetteer order.</summary>
    internal int[] SearchTypos(ReadOnlySpan<char> folded)
    {
        // every spelling one edit away is hashed from the prefix it shares with the word and looked up only if some
        // town of note has its key
        var targets = gazetteer.TypoTargets;
        var n = folded.Length;
        Span<ulong> prefix = stackalloc ulong[MaxTypoWord + 1];
        TypoTargets.PrefixHashes(folded, prefix);
        var found = new SortedSet<int>();
        Span<char> variant = stackalloc char[MaxTypoWord + 1];
        for (var i = 0; i < n; i++)
        {
            // two neighbours swapped
            if (i + 1 < n && folded[i] != folded[i + 1])
            {
                folded.CopyTo(variant);
                (variant[i], variant[i + 1]) = (variant[i + 1], variant[i]);
                AddTowns(variant[..n], i, prefix, targets, found);
                AddTownsBySkeleton(variant[..n], found); // "Ilvoaisk": Ilovaisk, which the sources spell Ilovays'k
            }

            // one letter dropped from the text's word, or one changed
            folded[..i].CopyTo(variant);
            folded[(i + 1)..n].CopyTo(variant[i..]);
            AddTowns(variant[..(n - 1)], i, prefix, targets, found);
            folded.CopyTo(variant);
            for (var c = 'a'; c <= 'z'; c++)
            {
                if (c != folded[i])
                {
                    variant[i] = c;
                    AddTowns(variant[..n], i, prefix, targets, found);
                }
            }
        }

        for (var i = 0; i <= n; i++)
        {
            // one letter missing from the text's word
            folded[..i].CopyTo(variant);
            folded[i..n].CopyTo(variant[(i + 1)..]);
            for (var c = 'a'; c <= 'z'; c++)
            {
                variant[i] = c;
                AddTowns(variant[..(n + 1)], i, prefix, targets, found);
            }
        }

        return found.Count == 0 ? [] : [.. found];
    }

    /// <summary>Adds the towns of note spelt <paramref name="name"/>, which shares its first <paramref name="same"/>
    /// letters with the written word.</summary>
    private void AddTowns(ReadOnlySpan<char> name, int same, ReadOnlySpan<ulong> prefix, TypoTargets targets, SortedSet<int> into)
    {
        if (targets.MayBe(TypoTargets.KeyOf(name, same, prefix)))
        {
            AddTowns(name, into);
        }
    }

    private void AddTowns(ReadOnlySpan<char> name, SortedSet<int> into)
    {
        var acc = NameKey.Seed;
        if (!NameKey.AppendToken(name, ref acc))
        {
            return;
        }

        foreach (var h in gazetteer.Lookup(acc))
        {
            var p = gazetteer[h];
            if (IsCoreCountry(p.Country) && !p.IsAdminArea && p.Population >= TypoTargets.MinPopulation)
            {
                into.Add(h);
            }
        }
    }

    private void AddTownsBySkeleton(ReadOnlySpan<char> name, SortedSet<int> into)
    {
        var acc = Skeleton.Seed;
        var length = 0;
        if (!Skeleton.Append(name, ref acc, ref length) || length < Skeleton.MinLength)
        {
            return;
        }

        SpellingForm? written = null;
        foreach (var h in gazetteer.LookupSkeleton(acc))
        {
            var p = gazetteer[h];
            if (IsCoreCountry(p.Country) && !p.IsAdminArea && p.Population >= TypoTargets.MinPopulation
                && SpellingDistance.Same(written ??= SpellingForm.Of(name), gazetteer.LooseNames.Of(h)))
            {
                into.Add(h);
            }
        }
    }

    /// <summary>Whether "the" stands right before the word: rivers and regions take it, towns do not.</summary>
    private static bool AfterArticle(string text, ReadOnlySpan<Token> tokens, int index, int sentenceStart) =>
        index > sentenceStart && tokens[index - 1].Kind == TokenKind.Word
        && tokens[index - 1].Text(text).Equals("the", StringComparison.OrdinalIgnoreCase);
}
