using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Languages;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// The places rules read each word once into the mask of the cue lists it matches: every answer of the table must be
/// the one the list gives word by word, in every spelling a list accepts, or a place's role, its detail or whether
/// it is a place at all would change.
/// </summary>
public sealed class PlaceWordsTests
{
    private static readonly CueTable Table = PlaceLexicon.Default.Words;

    /// <summary>The spellings of an entry a report may hold: as listed, lower, upper and title case, the stem inflected
    /// or cut short, a letter more.</summary>
    private static IEnumerable<string> Spellings(string entry)
    {
        var word = entry.TrimEnd('*');
        if (word.Length == 0)
        {
            yield break;
        }

        yield return word;
        yield return word.ToLowerInvariant();
        yield return word.ToUpperInvariant();
        yield return char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
        yield return word + "s";
        yield return word + "ами";
        yield return word + "ої";
        yield return word + "'s";
        yield return word[..^1];
        if (word.Length > 1)
        {
            yield return word[1..];
        }
    }

    [Fact]
    public void MaskOf_EveryEntryOfEveryList_SameAsEachListAlone()
    {
        var words = Table.Lists.SelectMany(l => l.ExactEntries.Concat(l.StemEntries.Select(s => s + "*"))).SelectMany(Spellings)
            .Concat(["", "a", "Kharkiv", "Харків", "ОВА", "north-east", "у", "з-під", "from", "near", "Ёлки", "ґанок", "Ї", new string('ж', 80)])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 1000, $"only {words.Count} spellings");
        var checkedBits = 0;
        foreach (var word in words)
        {
            var mask = Table.MaskOf(word);
            foreach (var list in Table.Lists)
            {
                var matches = list.Matches(word);
                Assert.True(matches == ((mask & list.Bit) != 0), $"'{word}': the table says {!matches}, the list {matches}");
                checkedBits += matches ? 1 : 0;
            }
        }

        Assert.True(checkedBits > 1000, $"only {checkedBits} matches seen");
    }

    [Fact]
    public void Lists_AllOfThePlacesRules_OneBitEach()
    {
        var lexicon = PlaceLexicon.Default;
        CueList[] lexiconLists =
        [
            lexicon.Locatives, lexicon.Directions, lexicon.UnitWords, lexicon.ReportingVerbs, lexicon.GovernmentNouns, lexicon.Auxiliaries,
            lexicon.OriginPrepositions, lexicon.LaunchVerbs, lexicon.FromNearPrepositions, lexicon.Linkers, lexicon.CommonWords, lexicon.GivenNames,
        ];
        foreach (var list in lexiconLists)
        {
            Assert.Contains(list, Table.Lists);
        }

        Assert.Equal(Table.Lists.Count, Table.Lists.Select(l => l.Bit).Distinct().Count());
        Assert.All(Table.Lists, l => Assert.Equal(1, System.Numerics.BitOperations.PopCount(l.Bit)));
    }

    [Fact]
    public void Is_TokensOfASentence_SameAsTheListsAndDetails()
    {
        const string text = "Russian forces shelled the northern outskirts of Huliaipole, said Oleksandr Prokudin; "
            + "обстріляли околиці Нікополя з-під Кам'янки, заявив губернатор.";
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '-');
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Word, 0));
                start = -1;
            }
        }

        var lexicon = PlaceLexicon.Default;
        // asked twice in a row: the second answer comes from the table the first one filled
        for (var round = 0; round < 2; round++)
        {
            var words = new PlaceWords(text, tokens, lexicon);
            for (var pass = 0; pass < 2; pass++)
            {
                for (var t = 0; t < tokens.Count; t++)
                {
                    var word = tokens[t].Span.Slice(text);
                    foreach (var list in Table.Lists)
                    {
                        Assert.Equal(list.Matches(word), words.Is(t, list));
                    }

                    Assert.Equal(lexicon.DetailOf(word), words.DetailOf(t));
                }
            }
        }

        var table = new PlaceWords(text, tokens, lexicon);
        var outskirts = tokens.FindIndex(t => t.Span.Slice(text).SequenceEqual("outskirts"));
        Assert.Equal("outskirts", table.DetailOf(outskirts));
        var said = tokens.FindIndex(t => t.Span.Slice(text).SequenceEqual("said"));
        Assert.True(table.Is(said, lexicon.ReportingVerbs));
        Assert.False(table.Is(said, lexicon.Locatives));
    }
}
