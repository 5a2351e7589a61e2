using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

public sealed class EventsStageTests
{
    private static readonly DateOnly Published = new(2025, 11, 20);

    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage(), new EventsStage());

    private static Document WithPlace(string text, string word, string country = "UA", string? outlet = null)
    {
        var doc = Docs.Text(text, outlet, Published);
        var at = doc.Text.IndexOf(word, StringComparison.Ordinal);
        for (var k = 0; at >= 0; k++)
        {
            var after = at + word.Length;
            if (after >= doc.Text.Length || !char.IsLetter(doc.Text[after]) && doc.Text[after] != '-')
            {
                Docs.Place(doc, word, 1000, word, country, occurrence: k);
            }

            at = doc.Text.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        return doc;
    }

    [Theory]
    [InlineData("Russian forces attacked Ukrainian positions near Pokrovsk.", "Pokrovsk", "battles", "armed_clash")]
    [InlineData("Russian artillery shelled Kherson, wounding two residents.", "Kherson", "explosions_remote_violence", "shelling_artillery_missile_attack")]
    [InlineData("A Russian missile strike hit an industrial site in Dnipro.", "Dnipro", "explosions_remote_violence", "shelling_artillery_missile_attack")]
    [InlineData("Russian troops dropped glide bombs on Kostiantynivka.", "Kostiantynivka", "explosions_remote_violence", "air_drone_strike")]
    [InlineData("A Shahed drone hit a residential building in Odesa overnight.", "Odesa", "explosions_remote_violence", "air_drone_strike")]
    [InlineData("A tractor driver was injured when his vehicle hit an anti-tank mine near Izium.", "Izium", "explosions_remote_violence", "remote_explosive_landmine_ied")]
    [InlineData("Russian forces captured the village of Novoselivka, the Defence Ministry in Moscow said.", "Novoselivka", "battles", "non_state_actor_overtakes_territory")]
    [InlineData("Ukrainian troops liberated the village of Stepove, the 47th Mechanized Brigade said.", "Stepove", "battles", "government_regains_territory")]
    [InlineData("The SBU detained a resident of Kharkiv suspected of passing coordinates to Russian forces.", "Kharkiv", "strategic_developments", "arrests")]
    [InlineData("Ukrainian units withdrew from Velyka Novosilka to avoid encirclement.", "Velyka Novosilka", "strategic_developments", "non_violent_transfer_of_territory")]
    [InlineData("Russian forces struck an energy facility in Zaporizhzhia overnight.", "Zaporizhzhia", "explosions_remote_violence", "shelling_artillery_missile_attack")]
    [InlineData("AFU destroyed 37 Russians near Kherson.", "Kherson", "battles", "armed_clash")]
    [InlineData("Окупанти обстріляли Нікополь з артилерії.", "Нікополь", "explosions_remote_violence", "shelling_artillery_missile_attack")]
    [InlineData("Российские войска нанесли авиаудар по Сумам.", "Сумам", "explosions_remote_violence", "air_drone_strike")]
    public void Process_Trigger_TypesEventByAcledSubtype(string text, string place, string type, string subtype)
    {
        var doc = Run(WithPlace(text, place));

        var e = Assert.Single(doc.Events);
        Assert.Equal("e1", e.Id);
        Assert.Equal(type, e.Type);
        Assert.Equal(subtype, e.Subtype);
        Assert.Equal(place, e.Location?.Name);
    }

    [Theory]
    [InlineData("RU", "RU", "government_regains_territory")]
    [InlineData("UA", "RU", "non_state_actor_overtakes_territory")]
    [InlineData("RU", "UA", "non_state_actor_overtakes_territory")]
    [InlineData(null, "UA", "non_state_actor_overtakes_territory")]
    public void CaptureSubtype_BySideAndCountry_FollowsAcled(string? capturer, string country, string expected)
    {
        Assert.Equal(expected, EventAssembler.CaptureSubtype(capturer, country));
    }

    [Fact]
    public void Process_MultiEventDocument_OneEventPerHappening()
    {
        var text =
            "KYIV, Nov 20 - Russian forces attacked Ukrainian positions near Pokrovsk on Wednesday, the 7th Rapid Response Corps said on Telegram. " +
            "The assault was repelled, and 14 Russian soldiers were killed, the corps added.\n\n" +
            "Overnight, Russia launched 45 drones at Kharkiv, regional governor Oleh Syniehubov said. Two people were wounded.\n\n" +
            "In Kherson, Russian artillery shelling damaged a school, the regional military administration said.";
        var doc = Docs.Text(text, outlet: "Wire Service", published: Published);
        Docs.Place(doc, "Pokrovsk", 708552, "Pokrovsk");
        Docs.Place(doc, "Kharkiv", 706483, "Kharkiv");
        Docs.Place(doc, "Kherson", 706448, "Kherson");
        Docs.Time(doc, "on Wednesday", new DateOnly(2025, 11, 19), new DateOnly(2025, 11, 19));
        Docs.Time(doc, "Overnight", new DateOnly(2025, 11, 19), new DateOnly(2025, 11, 20), TimePrecision.Days);
        Docs.Quantity(doc, "14 Russian soldiers", 14, Units.Killed, "RU");
        Docs.Quantity(doc, "45 drones", 45, Units.Drones, "RU");

        var events = Run(doc).Events;

        Assert.Equal(["e1", "e2", "e3"], events.Select(e => e.Id));
        Assert.Equal(["armed_clash", "air_drone_strike", "shelling_artillery_missile_attack"], events.Select(e => e.Subtype));

        var clash = events[0];
        Assert.Equal("Pokrovsk", clash.Location!.Name);
        Assert.Equal(2, clash.Location.Precision);
        Assert.Equal(new DateOnly(2025, 11, 19), clash.From);
        Assert.Equal("repelled", clash.Outcome);
        Assert.Equal(2, clash.Evidence.Count);
        Assert.Contains(clash.Quantities, q => q.Value == 14 && q.Unit == Units.Killed);
        Assert.Contains(clash.Actors, a => a.Side == "RU" && a.Role == ActorRole.Initiator);
        Assert.Contains(clash.Sources, s => s.Name == "7th Rapid Response Corps" && s.Medium == "telegram" && s.Via.SequenceEqual(["Wire Service"]));
        Assert.Contains(clash.Sources, s => s.Name == "Wire Service");

        var drones = events[1];
        Assert.Equal("Kharkiv", drones.Location!.Name);
        Assert.Contains(drones.Quantities, q => q.Value == 45);
        Assert.Contains(drones.Sources, s => s.Name == "Oleh Syniehubov");

        Assert.Equal("Kherson", events[2].Location!.Name);
        Assert.Equal("publication date", events[2].DateNote);
        Assert.True(events[2].Confidence < clash.Confidence);
    }

    [Theory]
    [InlineData("Shakhtar Donetsk captured the league title after a late attack in Kharkiv, the coach said.", "Kharkiv")]
    [InlineData("Dynamo's striker shelled the Shakhtar defence all evening, but the match in Lviv ended goalless.", "Lviv")]
    [InlineData("The singer's new album was a hit with fans at a concert in Kharkiv.", "Kharkiv")]
    [InlineData("Dock workers in Odesa went on a general strike over pay.", "Odesa")]
    [InlineData("Shares of the Kyiv-based company came under attack from investors after a weak quarter in Kyiv.", "Kyiv")]
    public void Process_SportsOrBusinessStory_NoEvents(string text, string place)
    {
        Assert.Empty(Run(WithPlace(text, place)).Events);
    }

    [Fact]
    public void Process_BackgroundWithOldDate_NoNewEvent()
    {
        var doc = Docs.Text("Russia took Avdiivka in February after months of fighting.", published: Published);
        Docs.Place(doc, "Avdiivka", 713174, "Avdiivka");
        Docs.Time(doc, "in February", new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28), TimePrecision.Month);

        Assert.Empty(Run(doc).Events);
    }

    [Fact]
    public void Process_BackgroundCueWithoutDate_LowConfidence()
    {
        var doc = Docs.Text("Russian forces had captured Avdiivka after months of fighting.", published: Published);
        Docs.Place(doc, "Avdiivka", 713174, "Avdiivka");

        var events = Run(doc).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Confidence < 0.4, $"confidence {e.Confidence}"));
    }

    [Theory]
    [InlineData("Russian forces did not capture Kupiansk, the corps said.")]
    [InlineData("Ukraine's General Staff denied that Russian troops had captured Kupiansk.")]
    [InlineData("No shelling of Kupiansk was reported by Ukrainian forces overnight.")]
    public void Process_NegatedOrDenied_NoEvent(string text)
    {
        Assert.Empty(Run(WithPlace(text, "Kupiansk")).Events);
    }

    [Fact]
    public void Process_NoTimeMention_DatesByPublicationWithNote()
    {
        var e = Assert.Single(Run(WithPlace("Russian drones struck Sumy, the regional administration said.", "Sumy")).Events);

        Assert.Equal(Published, e.From);
        Assert.Equal("publication date", e.DateNote);
    }

    [Theory]
    [InlineData("Russian forces shelled Huliaipole.", "PPL", null, 1)]
    [InlineData("Russian forces shelled villages near Huliaipole.", "PPL", null, 2)]
    [InlineData("Russian forces shelled the outskirts of Huliaipole.", "PPL", "outskirts", 2)]
    [InlineData("Russian forces shelled Huliaipole.", "ADM1", null, 3)]
    public void Process_Location_HasAcledPrecision(string text, string featureCode, string? detail, int precision)
    {
        var doc = Docs.Text(text, published: Published);
        Docs.Place(doc, "Huliaipole", 707000, "Huliaipole", featureCode: featureCode, detail: detail);

        var e = Assert.Single(Run(doc).Events);
        Assert.Equal(precision, e.Location!.Precision);
    }

    [Fact]
    public void Process_RepelledActiveVoice_AttackerIsInitiator()
    {
        var e = Assert.Single(Run(WithPlace("The 93rd Mechanized Brigade repelled a Russian assault on Kupiansk.", "Kupiansk")).Events);

        Assert.Equal("repelled", e.Outcome);
        Assert.Contains(e.Actors, a => a.Side == "UA" && a.Role == ActorRole.Target);
    }

    [Fact]
    public void Process_EnemyInUnitPost_ResolvesToOtherSide()
    {
        var doc = Docs.Text("The enemy attacked our positions near Kupiansk three times, the 3rd Assault Brigade said.", published: Published);
        Docs.Place(doc, "Kupiansk", 704508, "Kupiansk");

        var e = Assert.Single(Run(doc).Events);
        Assert.Contains(e.Actors, a => a.Side == "RU" && a.Role == ActorRole.Initiator);
    }

    [Fact]
    public void Process_NoPlacesTimesOrQuantities_StillWorks()
    {
        var doc = Run(Docs.Text("Fighting continued along the front line, Ukrainian officials said."));

        var e = Assert.Single(doc.Events);
        Assert.Null(e.Location);
        Assert.Null(e.From);
        Assert.Equal("ongoing", e.Outcome);
    }

    [Fact]
    public void Process_EveryEvidenceSpan_IsASentenceOfTheDocument()
    {
        var doc = Run(WithPlace("Russian forces attacked Vovchansk. The attack was repelled. Heavy rain fell in the afternoon.", "Vovchansk"));

        var e = Assert.Single(doc.Events);
        Assert.Equal([doc.Sentences[0].Span, doc.Sentences[1].Span], e.Evidence);
    }

    [Fact]
    public void Process_AttackWithDrones_OneStrikeNotAlsoAClash()
    {
        var e = Assert.Single(Run(WithPlace("Вночі росіяни атакували Харків ударними дронами, повідомив Олег Синєгубов.", "Харків")).Events);

        Assert.Equal("air_drone_strike", e.Subtype);
        Assert.Contains(e.Actors, a => a.Side == "RU" && a.Role == ActorRole.Initiator);
        Assert.Contains(e.Sources, s => s.Name == "Oleh Syniehubov");
    }

    [Fact]
    public void Process_WarReportWithSportsParagraph_KeepsWarEventsOnly()
    {
        var doc = WithPlace(
            "Беспилотник ВСУ атаковал Белгород, ранены двое мирных жителей, повреждены дома.\n\nФутбольный клуб «Шахтер» разгромил соперника в матче чемпионата, забив три гола после атаки.",
            "Белгород", "RU");

        var e = Assert.Single(Run(doc).Events);
        Assert.Equal("air_drone_strike", e.Subtype);
    }

    [Fact]
    public void Process_UnitOwnChannelPost_EnemyIsTheOtherSideAndUnitIsSource()
    {
        var doc = Docs.Text("Сьогодні ворог тричі штурмував наші позиції біля Покровська. Усі атаки відбито.", outlet: "3rd Assault Brigade", published: Published, medium: "telegram");
        Docs.Place(doc, "Покровська", 708552, "Pokrovsk");

        var e = Assert.Single(Run(doc).Events);
        Assert.Equal("armed_clash", e.Subtype);
        Assert.Equal("repelled", e.Outcome);
        Assert.Contains(e.Actors, a => a.Side == "RU" && a.Role == ActorRole.Initiator);
        var source = Assert.Single(e.Sources);
        Assert.Equal(("3rd Separate Assault Brigade", "telegram"), (source.Name, source.Medium));
    }

    [Fact]
    public void Process_EmptyOrOddInput_NoThrow()
    {
        var empty = Run(Docs.Text(""));
        Assert.Empty(empty.Events);

        var doc = Docs.Text("Russian forces attacked the town.", published: Published);
        doc.Places.Add(new PlaceMention { Span = new(500, 510), Text = "nowhere", GeonameId = 1, Name = "Nowhere", Country = "UA", Lat = 0, Lon = 0 });
        doc.Times.Add(new TimeMention { Span = new(0, 7), Text = "Russian", Precision = TimePrecision.Day });
        var e = Assert.Single(Run(doc).Events);
        Assert.Null(e.Location);
        Assert.Equal(Published, e.From);
    }
}
