using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Languages;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>A long word one slip away from a town's name (a letter dropped, added, changed or swapped) is that town, less surely.</summary>
public sealed class TypoTests
{
    private static Document Run(string text)
    {
        var d = new Document(text, new DocumentMetadata { Published = new DateOnly(2014, 8, 28) });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return d;
    }

    [Theory]
    [InlineData("Volunteer battalions were encircled near Ilvoaisk, commanders said.", "Ilvoaisk", 707679L)] // swapped: Ilovaisk
    [InlineData("Shelling was reported in Luhanks overnight.", "Luhanks", 702658L)] // swapped: Luhansk
    [InlineData("Fighters regrouped near Lutuyne on Friday.", "Lutuyne", 702563L)] // dropped: Lutuhyne
    [InlineData("Residents of Melitopolt queued for water.", "Melitopolt", 701404L)] // a letter added: Melitopol
    [InlineData("Trains to Slovianks were cancelled.", "Slovianks", 693468L)] // swapped at the end: Sloviansk
    [InlineData("The column moved towards Kostiantynivla.", "Kostiantynivla", 705104L)] // a letter changed: Kostiantynivka
    [InlineData("Траса на Маріуполль перекрита.", null, null)] // Cyrillic words are not corrected
    public void Process_OneSlipFromATown_IsTheTownWithLowerConfidence(string text, string? surface, long? geonameId)
    {
        var d = Run(text);
        if (surface is null)
        {
            Assert.DoesNotContain(d.Places, p => p.Text == "Маріуполль" && p.Confidence >= 0.7);
            return;
        }

        var place = d.Mention(surface);
        Assert.Equal(geonameId, place.GeonameId);
        Assert.True(place.Confidence <= 0.6, $"confidence {place.Confidence}");
    }

    [Theory]
    [InlineData("A pontoon bridge across the Dnieper was hit.")] // a river takes "the"
    [InlineData("Oleksandr Kovalenkov, a spokesman, declined to comment.")] // a surname next to a given name
    [InlineData("Battalion commanders met on Tuesday.")]
    [InlineData("Ukrainian and Russian units traded fire; Belarusian border guards watched.")] // nationality adjectives
    [InlineData("Romanian and Moldovan officials met their European counterparts.")]
    public void Process_WordNotATypoOfATown_IsNoPlace(string text)
    {
        Assert.Empty(Run(text).Places);
    }

    [Fact]
    public void Process_CorrectlySpelledTown_KeepsFullConfidence()
    {
        Assert.True(Run("Shelling was reported in Luhansk overnight.").Mention("Luhansk").Confidence > 0.9);
    }

    [Theory]
    [InlineData("kramatorssk")]
    [InlineData("bakhmutt")]
    [InlineData("krasnyyi")]
    [InlineData("myronivskyi")]
    [InlineData("abcdeyij")]
    public void TypoKey_EveryOneEditSpelling_IsTheKeyTheGazetteerIsIndexedBy(string word)
    {
        // the typo check hashes each spelling from the prefix it shares with the word: it must give the very key a
        // whole-word lookup gives, or a misspelt town is missed
        Span<ulong> prefix = stackalloc ulong[word.Length + 1];
        TypoTargets.PrefixHashes(word, prefix);
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var spelling in new[] { word.Remove(Math.Min(i, word.Length - 1), 1), word.Insert(i, "y"), i < word.Length ? word.Remove(i, 1).Insert(i, "i") : word })
            {
                var expected = NameKey.Seed;
                Assert.True(NameKey.AppendToken(spelling, ref expected));
                var same = Math.Min(Math.Min(i, word.Length - 1), spelling.Length);
                Assert.Equal(expected, TypoTargets.KeyOf(spelling, same, prefix));
            }
        }
    }

    [Fact]
    public void Process_SameSlipInLaterDocuments_SameAnswerInEachContext()
    {
        // what a word corrects to is remembered across documents; whether it is taken still depends on its sentence
        Assert.Equal(707679L, Run("Volunteer battalions were encircled near Ilvoaisk, commanders said.").Mention("Ilvoaisk").GeonameId);
        Assert.DoesNotContain(Run("Reporters crossed the Ilvoaisk checkpoint.").Places, p => p.Text == "Ilvoaisk");
        Assert.Equal(707679L, Run("Evacuation buses left Ilvoaisk at dawn.").Mention("Ilvoaisk").GeonameId);
    }

    [Theory]
    [InlineData("ilvoaisk")]
    [InlineData("luhanks")]
    [InlineData("kostiantynivla")]
    [InlineData("kovalenkov")]
    public void Corrections_RememberedWord_SameAsAFreshSearch(string folded)
    {
        var gazetteer = Gazetteer.Default;
        var matcher = new PlaceMatcher(gazetteer, PlaceLexicon.Default);
        var fresh = matcher.SearchTypos(folded);
        Assert.Equal(fresh, gazetteer.TypoTargets.Corrections(folded, matcher));
        Assert.Equal(fresh, gazetteer.TypoTargets.Corrections(folded, matcher));
    }
}
