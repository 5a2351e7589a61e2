using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>A summary's list closed by a heading ("and towards Kurylivka") has a fight at that settlement too.</summary>
public sealed class ListTailTests
{
    [Theory]
    [InlineData("Overnight, Ukrainian defenders repelled six attacks near Kupiansk, Petropavlivka and towards Kurylivka.", "Kupiansk", "Petropavlivka", "Kurylivka", 3)]
    [InlineData("In the Lyman direction, the occupiers attacked nine times near Kolodiazi, Yampil and in the direction of Siversk.", "Kolodiazi", "Yampil", "Siversk", 3)]
    // a direction of the front after the list is no place of the fighting
    [InlineData("The enemy attacked four times near Kupiansk, Petropavlivka and in the Kurylivka direction.", "Kupiansk", "Petropavlivka", "Kurylivka", 2)]
    public void Process_ListClosedByHeading_FightAtEachPlace(string text, string first, string second, string heading, int expected)
    {
        var doc = Docs.Text(text, outlet: "General Staff of the Armed Forces of Ukraine", published: new DateOnly(2025, 12, 3));
        Docs.Place(doc, first, 1, first);
        Docs.Place(doc, second, 2, second);
        Docs.Place(doc, heading, 3, heading, role: PlaceRole.Direction);

        var events = Docs.EventsOf(doc);

        Assert.Equal(expected, events.Count(e => e.Subtype == "armed_clash"));
    }
}

/// <summary>A fight whose sentence names only a front direction or a heading is near that town.</summary>
public sealed class HeadingTownTests
{
    [Theory]
    [InlineData("Ukraine's General Staff reported 19 Russian attacks in the Huliaipole direction on Tuesday.", "Huliaipole")]
    [InlineData("In the Prydniprovske direction, the enemy twice tried to advance towards the bridge.", "Prydniprovske")]
    public void Process_OnlyADirection_FightNearItsTown(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Test Wire", published: new DateOnly(2025, 12, 3));
        Docs.Place(doc, town, 7, town, role: PlaceRole.Direction);

        var e = Assert.Single(Docs.EventsOf(doc));

        Assert.Equal((town, 2), (e.Location?.Name, e.Location?.Precision));
    }

    [Fact]
    public void Process_TwoDirections_NoPlace()
    {
        var doc = Docs.Text("The enemy attacked 40 times in the Pokrovsk and Huliaipole directions on Tuesday.", outlet: "Test Wire", published: new DateOnly(2025, 12, 3));
        Docs.Place(doc, "Pokrovsk", 7, "Pokrovsk", role: PlaceRole.Direction);
        Docs.Place(doc, "Huliaipole", 8, "Huliaipole", role: PlaceRole.Direction);

        var events = Docs.EventsOf(doc);

        Assert.All(events, e => Assert.Null(e.Location));
    }
}

/// <summary>A name the gazetteer does not know inside a summary's list does not end the list.</summary>
public sealed class ListGapTests
{
    [Theory]
    [InlineData("На Костянтинівському напрямку ворог 11 разів атакував поблизу Плещіївки, Іванопілля, Русиного Яру та Степанівки.", "Плещіївки", "Іванопілля", "Степанівки", 3)]
    [InlineData("The enemy attacked eight times near Pleshchiivka, Ivanopillia, Rusyn Yar and Stepanivka.", "Pleshchiivka", "Ivanopillia", "Stepanivka", 3)]
    // a lower-case word in between is a clause, not an unknown village
    [InlineData("The enemy attacked near Pleshchiivka and Ivanopillia, General Staff officers said, and Stepanivka stayed quiet.", "Pleshchiivka", "Ivanopillia", "Stepanivka", 2)]
    public void Process_UnknownNameInList_ListGoesOn(string text, string a, string b, string c, int clashes)
    {
        var doc = Docs.Text(text, outlet: "General Staff of the Armed Forces of Ukraine", published: new DateOnly(2025, 12, 12));
        Docs.Place(doc, a, 1, a);
        Docs.Place(doc, b, 2, b);
        Docs.Place(doc, c, 3, c);

        var events = Docs.EventsOf(doc);

        Assert.Equal(clashes, events.Count(e => e.Subtype == "armed_clash"));
    }
}
