using System.Buffers;
using System.Globalization;
using System.Text;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Core.Tests.Contract;

/// <summary>The contract's spellings of dates and names are written without the general formatting (made once for
/// each value, or digit by digit): what the extract JSON and the store hold must stay what that formatting gave.</summary>
public sealed class ContractNamesTests
{
    [Fact]
    public void Iso_EveryDayOfFourCenturiesAndTheEnds_SameAsInvariantFormatting()
    {
        var days = Enumerable.Range(new DateOnly(1800, 1, 1).DayNumber, new DateOnly(2200, 1, 1).DayNumber - new DateOnly(1800, 1, 1).DayNumber)
            .Concat([DateOnly.MinValue.DayNumber, new DateOnly(9, 9, 9).DayNumber, new DateOnly(999, 12, 31).DayNumber, DateOnly.MaxValue.DayNumber]);
        foreach (var day in days)
        {
            var date = DateOnly.FromDayNumber(day);
            Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ContractNames.Iso(date));
        }

        Assert.Null(ContractNames.Iso(null));
    }

    [Fact]
    public void Of_EveryKindStanceAndRole_LowerCaseName()
    {
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            Assert.Equal(kind.ToString().ToLowerInvariant(), ContractNames.Of(kind));
        }

        foreach (var stance in Enum.GetValues<Stance>())
        {
            Assert.Equal(stance.ToString().ToLowerInvariant(), ContractNames.Of(stance));
        }

        foreach (var role in Enum.GetValues<ActorRole>())
        {
            Assert.Equal(role.ToString().ToLowerInvariant(), ContractNames.Of(role));
        }

        foreach (var role in Enum.GetValues<PlaceRole>())
        {
            Assert.Equal(role.ToString().ToLowerInvariant(), ContractNames.Of(role));
        }

        Assert.Equal("repelled", ContractNames.Of(ClaimKind.Repelled));
        Assert.Equal("denies", ContractNames.Of(Stance.Denies));
    }

    [Fact]
    public void WriteUtf8_ExtractOutput_SameBytesAsSerializeToUtf8Bytes()
    {
        var output = new ExtractOutput
        {
            Document = new DocumentDto { Id = "doc-1", Language = "uk", Title = "Обстріл Харкова", Outlet = "Suspilne Kharkiv", Text = "Уночі дрони атакували Харків, повідомила ОВА \"тривога\"." },
            Places = [new PlaceDto { Text = "Харків", Start = 22, End = 28, GeonameId = 706483, Name = "Kharkiv", Country = "UA", Lat = 49.98081, Lon = 36.25272, Role = "location", Confidence = 0.9 }],
            Times = [],
            Quantities = [],
            Attributions = [],
            Claims = [],
            Events = [],
        };
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("prefix:"u8);

        SitrepJson.WriteUtf8(output, buffer);
        SitrepJson.WriteUtf8(output, buffer); // the writer kept per thread is reused

        var expected = SitrepJson.SerializeToUtf8Bytes(output);
        Assert.Equal([.. "prefix:"u8, .. expected, .. expected], buffer.WrittenSpan.ToArray());
        Assert.Contains("Обстріл Харкова", Encoding.UTF8.GetString(expected), StringComparison.Ordinal);
    }
}
