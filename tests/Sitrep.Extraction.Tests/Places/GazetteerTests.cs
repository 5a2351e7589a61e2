using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.GazetteerBuild;

namespace Sitrep.Extraction.Tests.Places;

public sealed class GazetteerTests
{
    private static string DataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return Path.Combine(dir.FullName, "data", "gazetteer");
            }
        }

        throw new DirectoryNotFoundException("repository root not found");
    }

    [Fact]
    public void Compile_CommittedSources_IsByteIdenticalToCommittedArtefact()
    {
        var data = DataDirectory();
        var rebuilt = GazetteerCompiler.Compile(data).Bytes;
        var committed = File.ReadAllBytes(Path.Combine(data, GazetteerCompiler.ArtefactFileName));
        Assert.True(committed.AsSpan().SequenceEqual(rebuilt), "gazetteer.bin is stale: run `dotnet run --project tools/Sitrep.Tools -- gazetteer build`");
        Assert.Equal(File.ReadAllText(Path.Combine(data, GazetteerCompiler.AliasesFileName)), GazetteerCompiler.Compile(data).Aliases);
    }

    [Theory]
    [InlineData(2_000_133_214L, 709244L)] // Fastiv Raion: the made-up id of earlier versions, and GeoNames'
    [InlineData(2_000_086_502L, 712259L)] // Beryslav Raion
    [InlineData(2_000_133_202L, 712541L)] // Bila Tserkva Raion: GeoNames' feature of that name, not the city council's
    [InlineData(9_644_965L, 712541L)] // the city council's feature, which earlier versions gave the raion
    public void ById_FormerRaionId_IsTheRaionUnderItsGeoNamesId(long former, long current)
    {
        var raion = Gazetteer.Default.ById(former);
        Assert.NotNull(raion);
        Assert.Equal(current, raion.GeonameId);
        Assert.Equal("ADM2", raion.FeatureCode);
        Assert.Equal(current, Gazetteer.Default.CanonicalId(former));
        Assert.Equal(704508L, Gazetteer.Default.CanonicalId(704508L)); // an id that is its place's own stays
    }

    [Fact]
    public void Load_CommittedArtefact_IsComplete()
    {
        // how long loading takes is measured in bench/ (cold start), not asserted here
        var path = Path.Combine(DataDirectory(), GazetteerCompiler.ArtefactFileName);
        using var stream = File.OpenRead(path);
        var g = Gazetteer.Load(stream);
        Assert.True(g.Count > 200_000);
        Assert.True(new FileInfo(path).Length < 24_000_000);
    }

    [Fact]
    public void Write_LoadedGazetteer_RoundTripsPlainAndCompressed()
    {
        var g = Gazetteer.Embedded;
        foreach (var compress in new[] { false, true })
        {
            var bytes = GazetteerFormat.Write(g, compress);
            using var stream = new MemoryStream(bytes);
            var back = Gazetteer.Load(stream);
            Assert.Equal(g.Count, back.Count);
            Assert.Equal(g.KeyCount, back.KeyCount);
            Assert.Equal(g.Find("Покровськ").Select(p => p.GeonameId), back.Find("Покровськ").Select(p => p.GeonameId));
            Assert.Equal(g.ById(704422), back.ById(704422));
        }
    }

    [Fact]
    public void Load_DamagedArtefact_FailsWithInvalidData()
    {
        var bytes = GazetteerFormat.Write(Gazetteer.Embedded, compress: false);
        var badCount = (byte[])bytes.Clone();
        badCount[15] = 0x7F; // the string count (after magic, version, most parts) becomes huge
        var badPosting = (byte[])bytes.Clone();
        badPosting[^1] = 0x7F; // the last place index points past the places
        foreach (var damaged in new[] { badCount, badPosting })
        {
            using var stream = new MemoryStream(damaged);
            Assert.Throws<InvalidDataException>(() => Gazetteer.Load(stream));
        }

        using var truncated = new MemoryStream(bytes[..(bytes.Length / 2)]);
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(truncated));
    }

    [Fact]
    public void Default_FromManyThreads_IsOneInstance()
    {
        var seen = new Gazetteer[8];
        Parallel.For(0, seen.Length, i => seen[i] = Gazetteer.Default);
        Assert.All(seen, g => Assert.Same(seen[0], g));
    }

    [Theory]
    [InlineData("Kyiv", 703448L)]
    [InlineData("KIEV", 703448L)]
    [InlineData("Київ", 703448L)]
    [InlineData("Kup'yans'k", 703656L)]
    [InlineData("Kupiansk", 703656L)]
    [InlineData("Rostov on Don", 501175L)]
    [InlineData("Rostov-on-Don", 501175L)]
    [InlineData("Sievierodonetsk", 691999L)]
    [InlineData("Северодонецк", 691999L)]
    public void Find_NameVariant_IncludesPlace(string name, long geonameId)
    {
        Assert.Contains(Gazetteer.Default.Find(name), p => p.GeonameId == geonameId);
    }
}
