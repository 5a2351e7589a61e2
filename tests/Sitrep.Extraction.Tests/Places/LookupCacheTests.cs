using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>The table of recently looked-up keys gives the same places as the index itself.</summary>
public sealed class LookupCacheTests
{
    [Fact]
    public void Lookup_EveryKeyShuffledWithRepeatsAndUnknownKeys_SameAsTheIndex()
    {
        var gazetteer = Gazetteer.Default;
        var keys = gazetteer.Postings().Select(p => p.Key).Distinct().ToList();
        var random = new Random(20261126);
        var sequence = new List<ulong>(keys.Count * 2);
        sequence.AddRange(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            // a key again soon after (a cache hit), a key from anywhere (a slot taken by another), a key of no name
            sequence.Add(random.Next(3) switch
            {
                0 => keys[random.Next(keys.Count)],
                1 => sequence[Math.Max(0, sequence.Count - 1 - random.Next(50))],
                _ => (ulong)random.NextInt64() << 1 | (uint)random.Next(2),
            });
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sequence));
        foreach (var key in sequence)
        {
            Assert.True(gazetteer.LookupUncached(key).SequenceEqual(gazetteer.Lookup(key)), $"key {key:x16}");
        }
    }

    [Theory]
    [InlineData("Kharkiv")]
    [InlineData("Покровськ")]
    [InlineData("Novoselivka")]
    public void Lookup_NameThenAnotherGazetteer_EachGivesItsOwnPlaces(string name)
    {
        var key = NameKeys.KeyOf(name)!.Value;
        var places = Gazetteer.Default.Lookup(key).ToArray();
        Assert.NotEmpty(places);
        var one = Gazetteer.Default[places[0]];
        var small = new Gazetteer([one], [key], [0], 1);
        Assert.Equal([0], small.Lookup(key).ToArray());
        Assert.Equal(places, Gazetteer.Default.Lookup(key).ToArray());
    }
}
