using System.Text;
using Sitrep.Core.Errors;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Tests.Sources;

public class InputLoaderTests
{
    [Fact]
    public async Task ReadOne_FileOverMaxBytes_IsTooLargeNamingTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.Write("long.txt", new string('a', 5000));

        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions { MaxBytes = 4096 }, TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.TooLarge, result.Error!.Code);
        Assert.Equal(path, result.Error.Location!.Source);
    }

    [Fact]
    public async Task ReadOne_MissingFile_IsUnreadableNamingThePath()
    {
        var result = await DocumentReader.ReadOneAsync("/no/such/dir/story.txt", new ReaderOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Unreadable, result.Error!.Code);
        Assert.Equal("/no/such/dir/story.txt", result.Error.Location!.Source);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x00, 0x43 })]
    public async Task ReadOne_BinaryFile_IsUnknownFormat(byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.Write("blob.txt", bytes);

        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.UnknownFormat, result.Error!.Code);
        Assert.Equal(path, result.Error.Location!.Source);
    }

    [Fact]
    public void Decode_Windows1252_ReadsCurlyQuotesAndDashes()
    {
        var bytes = new byte[] { 0x93, (byte)'Q', (byte)'u', (byte)'i', (byte)'e', (byte)'t', 0x94, (byte)' ', 0x96, (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9 };

        Assert.Equal("\u201CQuiet\u201D \u2013 café", TextDecoding.Decode(bytes));
    }

    [Fact]
    public void Decode_Windows1251_ReadsCyrillic()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("Обстріл Харкова: поранено трьох людей");

        Assert.Equal("Обстріл Харкова: поранено трьох людей", TextDecoding.Decode(bytes));
    }

    [Fact]
    public void Decode_Utf8WithOneBadByte_KeepsTheRestWithAReplacement()
    {
        var bytes = Encoding.UTF8.GetBytes("Київ — ");
        bytes = [.. bytes, 0xFF, .. Encoding.UTF8.GetBytes("вибухи")];

        Assert.Equal("Київ — \uFFFDвибухи", TextDecoding.Decode(bytes));
    }

    [Fact]
    public void Decode_Utf8Bom_IsDropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Херсон")];

        Assert.Equal("Херсон", TextDecoding.Decode(bytes));
    }

    [Fact]
    public async Task ReadOne_Dash_ReadsStandardInput()
    {
        var previous = InputLoader.StandardInput;
        InputLoader.StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("Kupiansk under fire\nShelling damaged a school in Kupiansk, officials said."));
        try
        {
            var result = await DocumentReader.ReadOneAsync("-", new ReaderOptions(), TestContext.Current.CancellationToken);

            Assert.True(result.IsSuccess, result.Error?.ToString());
            Assert.Equal("Kupiansk under fire", result.Value!.Metadata.Title);
            Assert.Equal("-", result.Value.Metadata.Origin);
        }
        finally
        {
            InputLoader.StandardInput = previous;
        }
    }

    [Fact]
    public async Task ReadOne_Windows1251PageWithDeclaredCharset_ReadsCyrillic()
    {
        using var temp = new TempFolder();
        var html = "<html lang=\"ru\"><head><meta charset=\"windows-1251\"><title>Обстрел Донецка</title></head>"
            + "<body><p>Вечером в понедельник снаряд попал в жилой дом в Киевском районе Донецка.</p></body></html>";
        var path = temp.Write("page.html", Encoding.GetEncoding(1251).GetBytes(html));

        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal("Обстрел Донецка", result.Value!.Metadata.Title);
        Assert.Contains("снаряд попал в жилой дом", result.Value.Text);
    }
}
