using Sitrep.Core.Contract;
using Sitrep.Export;

namespace Sitrep.Cli.Tests.Export;

public sealed class AcledCsvWriterTests
{
    private static Dictionary<string, string> Row(params ActorDto[] actors)
    {
        var e = new EventDto
        {
            Id = "evt-1", Type = "explosions_remote_violence", Subtype = "air_drone_strike", From = "2025-12-10", To = "2025-12-10",
            TimePrecision = "day",
            Location = new LocationDto { Name = "Kharkiv", GeonameId = 706483, Lat = 49.98, Lon = 36.25, Country = "UA", Precision = 1 },
            Actors = [.. actors], Quantities = [], Sources = [new SourceDto { Name = "Example Wire", Via = [] }], Evidence = [], Confidence = 0.9,
        };
        using var writer = new StringWriter();
        AcledCsvWriter.Write(writer, [e], DateTimeOffset.UnixEpoch);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return lines[0].Split(',').Zip(lines[1].Split(',')).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void Write_RussianForcesStrikeCiviliansInUkraine_ExternalForcesAgainstCivilians()
    {
        var row = Row(new ActorDto { Name = "Russian forces", Side = "RU", Role = "initiator" }, new ActorDto { Name = "Civilians (Ukraine)", Role = "target" });

        Assert.Equal("Military Forces of Russia (2000-)", row["actor1"]);
        Assert.Equal("8", row["inter1"]);
        Assert.Equal("7", row["inter2"]);
        Assert.Equal("78", row["interaction"]);
        Assert.Equal("Civilian targeting", row["civilian_targeting"]);
        Assert.Equal("Air/drone strike", row["sub_event_type"]);
        Assert.Equal("1", row["time_precision"]);
    }

    [Fact]
    public void Write_UkrainianForcesInUkraine_StateForces()
    {
        var row = Row(new ActorDto { Name = "Ukrainian army", Side = "UA", Role = "initiator" });

        Assert.Equal("Military Forces of Ukraine (2019-)", row["actor1"]);
        Assert.Equal("1", row["inter1"]);
        Assert.Equal("10", row["interaction"]);
    }
}
