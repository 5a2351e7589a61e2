using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Tests.Places;

public sealed class GazetteerOverlayTests
{
    /// <summary>Invented hamlets in the GeoNames layout, plus a known id (Kharkiv) with a new variant name.</summary>
    internal const string Dump =
        "99000001\tKrutoberizka\tKrutoberizka\tКрутоберізка,Krutoberezka\t48.51234\t37.81234\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t180\tEurope/Kyiv\t2024-03-01\n"
        + "99000002\tSosnopilka\tSosnopilka\tСоснопілка\t49.90321\t37.11234\tP\tPPL\tUA\t\t07\t\t\t\t34\t\t150\tEurope/Kyiv\t2024-03-01\n"
        + "99000003\tVerbolozivka Druha\tVerbolozivka Druha\tВерболозівка Друга\t47.61234\t35.91234\tP\tPPL\tUA\t\t26\t\t\t\t12\t\t90\tEurope/Kyiv\t2024-03-01\n"
        + "99000004\tKrutoberizka Lake\tKrutoberizka Lake\t\t48.51\t37.82\tH\tLK\tUA\t\t05\t\t\t\t0\t\t170\tEurope/Kyiv\t2024-03-01\n"
        + "706483\tKharkiv\tKharkiv\tKharkivograd\t49.98081\t36.25272\tP\tPPLA\tUA\t\t07\t\t\t\t1430885\t\t152\tEurope/Kyiv\t2024-03-01\n";

    private static GazetteerOverlay.ImportResult Import(string dump, Gazetteer? existing = null)
    {
        var result = GazetteerOverlay.Import(new StringReader(dump), "UA.txt", existing, Gazetteer.Embedded, null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }

    private static Gazetteer WithOverlay(byte[] overlay)
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-overlay-" + Guid.NewGuid().ToString("n") + ".bin");
        File.WriteAllBytes(path, overlay);
        try
        {
            return Gazetteer.Load(Gazetteer.Embedded, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Sitrep.Core.Documents.Document Run(Gazetteer gazetteer, string text)
    {
        var d = new Sitrep.Core.Documents.Document(text, new Sitrep.Core.Documents.DocumentMetadata());
        new Sitrep.Extraction.Text.TextStage().Process(d, CancellationToken.None);
        new PlacesStage(gazetteer).Process(d, CancellationToken.None);
        return d;
    }

    [Theory]
    [InlineData("Shelling was reported overnight in Krutoberizka, the regional administration said.", "Krutoberizka", 99000001L, 48.51234, 37.81234)]
    [InlineData("Окупанти обстріляли Крутоберізку з артилерії.", "Крутоберізку", 99000001L, 48.51234, 37.81234)]
    [InlineData("A drone hit a barn on the edge of Sosnopilka on Tuesday.", "Sosnopilka", 99000002L, 49.90321, 37.11234)]
    [InlineData("Residents of Verbolozivka Druha were told to leave.", "Verbolozivka Druha", 99000003L, 47.61234, 35.91234)]
    public void PlacesStage_HamletOnlyInOverlay_FoundAfterImportOnly(string text, string surface, long id, double lat, double lon)
    {
        Assert.DoesNotContain(Run(Gazetteer.Embedded, text).Places, p => p.Text == surface);

        var merged = WithOverlay(Import(Dump).Bytes);
        var mention = Run(merged, text).Mention(surface);

        Assert.Equal(id, mention.GeonameId);
        Assert.Equal(lat, mention.Lat, 4);
        Assert.Equal(lon, mention.Lon, 4);
        Assert.Equal("UA", mention.Country);
    }

    [Fact]
    public void Import_KnownId_AddsNameKeepsEmbeddedRecordAndRemovesNothing()
    {
        var merged = WithOverlay(Import(Dump).Bytes);

        var kharkiv = Assert.Single(merged.Find("Kharkivograd"));
        Assert.Equal(706483L, kharkiv.GeonameId);
        Assert.Equal(Gazetteer.Embedded.ById(706483), kharkiv);
        Assert.Equal(Gazetteer.Embedded.Places.Count + 3, merged.Places.Count);
        Assert.Contains(merged.Find("Pokrovsk"), p => p.GeonameId == Gazetteer.Embedded.Find("Pokrovsk")[0].GeonameId);
    }

    [Fact]
    public void Import_RegionName_FromEmbeddedGazetteer()
    {
        var merged = WithOverlay(Import(Dump).Bytes);

        Assert.Equal(Gazetteer.Embedded.Find("Donetsk Oblast")[0].Name, merged.ById(99000001)!.Admin1);
        Assert.Null(merged.ById(99000004)); // a lake is not a place the stage reports
    }

    [Fact]
    public void Import_Twice_KeepsEarlierPlaces()
    {
        var first = Import(Dump);
        using var stream = new MemoryStream(first.Bytes);
        var earlier = Gazetteer.Load(stream);
        var second = Import("99000005\tTykhovody\tTykhovody\t\t48.1\t38.1\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t100\tEurope/Kyiv\t2024-03-01\n", earlier);

        var merged = WithOverlay(second.Bytes);

        Assert.NotNull(merged.ById(99000001));
        Assert.NotNull(merged.ById(99000005));
        Assert.Equal(1, second.Imported);
    }

    [Theory]
    [InlineData("99000001\tKrutoberizka\t48.5\t37.8\n", 1)]
    [InlineData("99000001\tKrutoberizka\tKrutoberizka\t\t48.5\t37.8\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t180\tEurope/Kyiv\t2024-03-01\nabc\tX\tX\t\t48.5\t37.8\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t180\tEurope/Kyiv\t2024-03-01\n", 2)]
    [InlineData("\n99000001\tKrutoberizka\tKrutoberizka\t\t148.5\t37.8\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t180\tEurope/Kyiv\t2024-03-01\n", 2)]
    public void Import_MalformedLine_LocatedError(string dump, int line)
    {
        var result = GazetteerOverlay.Import(new StringReader(dump), "UA.txt", null, Gazetteer.Embedded, null, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal("UA.txt", result.Error!.Location!.Source);
        Assert.Equal(line, result.Error.Location.Line);
    }

    [Fact]
    public void Load_CorruptOverlay_ErrorNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-overlay-" + Guid.NewGuid().ToString("n") + ".bin");
        File.WriteAllText(path, "not a gazetteer");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(Gazetteer.Embedded, path));
            Assert.Contains(path, ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
