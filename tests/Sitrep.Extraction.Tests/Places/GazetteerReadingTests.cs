using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// The compiled gazetteer read two ways: the embedded one where the assembly is mapped (its blocks never copied), and
/// one from a file or another stream into a buffer the table keeps. Both must answer every lookup alike, and a short
/// or damaged file must fail with a clear error, never an out-of-range read.
/// </summary>
public sealed class GazetteerReadingTests
{
    private static readonly Lazy<byte[]> Plain = new(() => GazetteerFormat.Write(Gazetteer.Embedded, compress: false));

    private static Gazetteer FromFile(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-gazetteer-" + Guid.NewGuid().ToString("n") + ".bin");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var stream = File.OpenRead(path);
            return Gazetteer.Load(stream);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Embedded_IsReadInPlace()
    {
        Assert.True(Gazetteer.Embedded.Table.InPlace, "the embedded gazetteer was copied out of the assembly");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromFile_AnswersLikeEmbedded_OverRandomKeysAndPlaces(bool compress)
    {
        var embedded = Gazetteer.Embedded;
        var fromFile = FromFile(GazetteerFormat.Write(embedded, compress));
        Assert.False(fromFile.Table.InPlace);
        Assert.Equal(embedded.Count, fromFile.Count);
        Assert.Equal(embedded.KeyCount, fromFile.KeyCount);
        Assert.Equal(embedded.MaxParts, fromFile.MaxParts);

        var random = new Random(20261127);
        var keys = embedded.Table.Keys;
        var asked = new ulong[40_000];
        for (var i = 0; i < asked.Length; i += 2)
        {
            // a key some name has, and a made-up one that (almost always) none has
            asked[i] = keys[random.Next(keys.Length)];
            asked[i + 1] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 33);
        }

        // each through the table of recent keys too (one gazetteer at a time: the table is kept per gazetteer)
        var expected = asked.Select(k => embedded.Lookup(k).ToArray()).ToList();
        for (var i = 0; i < asked.Length; i++)
        {
            Assert.Equal(expected[i], fromFile.Lookup(asked[i]).ToArray());
            Assert.True(embedded.LookupUncached(asked[i]).SequenceEqual(fromFile.LookupUncached(asked[i])));
            Assert.True(i % 2 == 1 || expected[i].Length > 0);
        }

        for (var i = 0; i < 5_000; i++)
        {
            var place = embedded.Places[random.Next(embedded.Count)];
            Assert.Equal(place, fromFile.ById(place.GeonameId));
            Assert.Equal(embedded.Find(place.Name).Select(p => p.GeonameId), fromFile.Find(place.Name).Select(p => p.GeonameId));
            Assert.Equal(embedded.CityOf(place.GeonameId)?.GeonameId, fromFile.CityOf(place.GeonameId)?.GeonameId);
        }
    }

    [Fact]
    public void FromFile_MatchesPlacesInTextLikeEmbedded()
    {
        const string text = "Russian forces struck Kharkiv and Zaporizhzhia overnight, the regional administration said; "
            + "shelling was also reported near Pokrovsk and Kupiansk. У Харкові та на Сумщині оголошено тривогу. "
            + "В Белгородской области сообщили о беспилотниках над Шебекино.";
        var fromFile = FromFile(Plain.Value);

        static string[] Places(Gazetteer g, string text)
        {
            var d = new Sitrep.Core.Documents.Document(text, new Sitrep.Core.Documents.DocumentMetadata());
            new Sitrep.Extraction.Text.TextStage().Process(d, CancellationToken.None);
            new PlacesStage(g).Process(d, CancellationToken.None);
            return [.. d.Places.Select(p => $"{p.Text} {p.GeonameId} {p.Role} {p.Detail}")];
        }

        var expected = Places(Gazetteer.Embedded, text);
        Assert.Contains(expected, p => p.StartsWith("Kharkiv ", StringComparison.Ordinal));
        Assert.Equal(expected, Places(fromFile, text));
    }

    [Fact]
    public void FromNonSeekableStream_ReadsTheSame()
    {
        using var stream = new OneWayStream(Plain.Value);
        var g = Gazetteer.Load(stream);
        Assert.Equal(Gazetteer.Embedded.Count, g.Count);
        Assert.Equal(Gazetteer.Embedded.Find("Покровськ").Select(p => p.GeonameId), g.Find("Покровськ").Select(p => p.GeonameId));
    }

    [Fact]
    public void Truncated_AnywhereFailsWithInvalidData()
    {
        var bytes = Plain.Value;
        var random = new Random(7);
        // the header, the string table, around each block's start, and random cuts
        var cuts = new List<int> { 0, 1, 3, 4, 7, 8, 11, 12, 15, 16, 17, 100, bytes.Length - 1, bytes.Length - 4 };
        for (var i = 0; i < 40; i++)
        {
            cuts.Add(random.Next(bytes.Length));
        }

        foreach (var cut in cuts)
        {
            var ex = Assert.Throws<InvalidDataException>(() => FromFile(bytes[..cut]));
            Assert.True(ex.Message.Contains("truncated", StringComparison.Ordinal) || ex.Message.Contains("Not a gazetteer", StringComparison.Ordinal), $"cut at {cut}: {ex.Message}");
        }
    }

    [Fact]
    public void Truncated_CompressedFailsWithInvalidData()
    {
        var packed = GazetteerFormat.Write(Gazetteer.Embedded, compress: true);
        Assert.ThrowsAny<InvalidDataException>(() => FromFile(packed[..(packed.Length / 2)]));
    }

    [Fact]
    public void BlockLongerThanTheFile_FailsWithInvalidData()
    {
        // the places' count (the first int after the string table) made larger than what follows can hold
        var bytes = (byte[])Plain.Value.Clone();
        var rowsCount = RowsCountOffset(bytes);
        Assert.Equal(Gazetteer.Embedded.Count, BitConverter.ToInt32(bytes, rowsCount));
        BitConverter.TryWriteBytes(bytes.AsSpan(rowsCount), 10_000_000);
        var ex = Assert.Throws<InvalidDataException>(() => FromFile(bytes));
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);

        BitConverter.TryWriteBytes(bytes.AsSpan(rowsCount), -1);
        ex = Assert.Throws<InvalidDataException>(() => FromFile(bytes));
        Assert.Contains("out of range", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedIndexes_FailOnLoadNotOnLookup()
    {
        var bytes = (byte[])Plain.Value.Clone();
        var rowsCount = RowsCountOffset(bytes);
        var places = BitConverter.ToInt32(bytes, rowsCount);
        // the first name offset (which must be 0) of the name-offsets block, right after the rows
        var nameStarts = rowsCount + 4 + (places * 24) + 4;
        BitConverter.TryWriteBytes(bytes.AsSpan(nameStarts), 5);
        Assert.Throws<InvalidDataException>(() => FromFile(bytes));
    }

    [Fact]
    public void LoadOverlay_TruncatedFile_ErrorNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-overlay-" + Guid.NewGuid().ToString("n") + ".bin");
        File.WriteAllBytes(path, Plain.Value[..1000]);
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(Gazetteer.Embedded, path));
            Assert.Contains(path, ex.Message);
            Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Where the places' count lies: after the magic, version, most parts and the string table.</summary>
    private static int RowsCountOffset(byte[] bytes)
    {
        var offset = 12;
        var strings = BitConverter.ToInt32(bytes, offset);
        offset += 4;
        for (var i = 0; i < strings; i++)
        {
            offset += 4 + BitConverter.ToInt32(bytes, offset);
        }

        return offset;
    }

    /// <summary>A stream that can only be read forward, as a pipe or a network stream.</summary>
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 4096));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
