using System.Text.Json;
using Sitrep.Core.Contract;
using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Contract;

public sealed class ExtractOutputMapperTests
{
    private const string Text = "Russian troops attacked Pokrovsk on Wednesday, the corps said.";

    private static Document Analysed()
    {
        var doc = new Document(Text, new DocumentMetadata { Outlet = "Example Wire", Published = new DateOnly(2025, 12, 11), PublishedFrom = PublishedSource.Dateline });
        doc.Places.Add(new PlaceMention { Span = new TextSpan(24, 32), Text = "Pokrovsk", GeonameId = 708775, Name = "Pokrovsk", Country = "UA", Lat = 48.282, Lon = 37.1758 });
        doc.Times.Add(new TimeMention { Span = new TextSpan(33, 45), Text = "on Wednesday", From = new DateOnly(2025, 12, 10), To = new DateOnly(2025, 12, 10), Precision = TimePrecision.Day, Relative = true });
        doc.Attributions.Add(new Attribution { Span = new TextSpan(0, Text.Length), Speaker = "7th Rapid Response Corps", SpeakerType = SpeakerType.MilitaryUnit, Side = "UA", Verb = "said" });
        doc.Claims.Add(new Claim { Id = "c1", Claimant = "7th Rapid Response Corps", Kind = ClaimKind.Repelled, Stance = Stance.Asserts, Span = new TextSpan(0, 46) });
        return doc;
    }

    [Fact]
    public void Map_AnalysedDocument_UsesContractSpellings()
    {
        var output = ExtractOutputMapper.Map(Analysed());

        Assert.Equal("dateline", output.Document.PublishedFrom);
        Assert.Equal("2025-12-11", output.Document.Published);
        Assert.Equal("2025-12-10", output.Times[0].From);
        Assert.Equal("day", output.Times[0].Precision);
        Assert.Equal("military_unit", output.Attributions[0].SpeakerType);
        Assert.Equal("repelled", output.Claims[0].Kind);
        Assert.Equal("asserts", output.Claims[0].Stance);
        Assert.Equal("location", output.Places[0].Role);
    }

    [Fact]
    public void Map_SpanBearingItems_TextEqualsSlice()
    {
        var output = ExtractOutputMapper.Map(Analysed());

        Assert.Equal(Text[output.Attributions[0].Start..output.Attributions[0].End], output.Attributions[0].Text);
        Assert.Equal(Text[output.Claims[0].Start..output.Claims[0].End], output.Claims[0].Text);
    }

    [Fact]
    public void Serialize_UndatedDocument_KeepsPublishedFromAsNull()
    {
        var doc = new Document("Drones were shot down overnight.", new DocumentMetadata());

        var json = SitrepJson.Serialize(ExtractOutputMapper.Map(doc));

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, parsed.RootElement.GetProperty("document").GetProperty("publishedFrom").ValueKind);
        Assert.False(parsed.RootElement.GetProperty("document").TryGetProperty("published", out _));
    }

    [Fact]
    public void Serialize_CyrillicText_WrittenAsIs()
    {
        var doc = new Document("Удар по Харкову.", new DocumentMetadata());

        var json = SitrepJson.Serialize(ExtractOutputMapper.Map(doc));

        Assert.Contains("Удар по Харкову.", json);
    }

    [Fact]
    public void Serialize_RoundTrip_SameJson()
    {
        var json = SitrepJson.Serialize(ExtractOutputMapper.Map(Analysed()));

        var back = SitrepJson.Deserialize<ExtractOutput>(json)!;

        Assert.Equal(json, SitrepJson.Serialize(back));
    }
}

public sealed class SitrepJsonUtf8Tests
{
    [Fact]
    public void SerializeToUtf8Bytes_Document_SameBytesAsTheCompactOptions()
    {
        var doc = new Document("Окупанти обстріляли Херсон. \"Two\" were hurt\u2028overnight.", new DocumentMetadata { Outlet = "Суспільне", Published = new DateOnly(2025, 12, 11) });
        doc.Places.Add(new PlaceMention { Span = new TextSpan(20, 26), Text = "Херсон", GeonameId = 706448, Name = "Kherson", Country = "UA", Lat = 46.6354, Lon = 32.6169 });
        var output = ExtractOutputMapper.Map(doc);

        var first = SitrepJson.SerializeToUtf8Bytes(output);
        var again = SitrepJson.SerializeToUtf8Bytes(output);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(output, SitrepJson.Compact), first);
        Assert.Equal(first, again);
        Assert.Contains("Херсон", System.Text.Encoding.UTF8.GetString(first));
    }

    [Fact]
    public void SerializeToUtf8Bytes_OnSeveralThreads_EachGetsItsOwnBytes()
    {
        var outputs = Enumerable.Range(0, 64).Select(i => ExtractOutputMapper.Map(new Document($"Report {i}: shelling near Kupiansk.", new DocumentMetadata()))).ToList();

        var bytes = outputs.AsParallel().Select(o => SitrepJson.SerializeToUtf8Bytes(o)).ToList();

        Assert.Equal(outputs.Select(o => JsonSerializer.SerializeToUtf8Bytes(o, SitrepJson.Compact)), bytes);
    }
}
