using Sitrep.Core.Documents;

namespace Sitrep.Core.Tests.Documents;

public sealed class DocumentIdTests
{
    [Fact]
    public void Compute_SameTextDifferentLineEndings_SameId()
    {
        Assert.Equal(DocumentId.Compute("a\nb \n", null), DocumentId.Compute("a\r\nb\r\n", null));
    }

    [Fact]
    public void Compute_SameTextDifferentUrl_DifferentId()
    {
        Assert.NotEqual(DocumentId.Compute("text", "https://a.example/1"), DocumentId.Compute("text", "https://b.example/1"));
    }

    [Fact]
    public void Compute_DifferentText_DifferentId()
    {
        Assert.NotEqual(DocumentId.Compute("Russia attacked Pokrovsk.", null), DocumentId.Compute("Russia attacked Kupiansk.", null));
    }
}

public sealed class DocumentIdNormalisationTests
{
    public static TheoryData<string, string?> Texts => new()
    {
        { "", null },
        { "   \n\t\n", null },
        { "Удар по Харкову.\r\n\r\nПострадавших нет.  \r\n\r\n\r\n", "  https://news.example.org/1 " },
        { "\n\nleading blank lines\rold Mac break\u0085next line\u2028line separator\u2029paragraph\fform feed", null },
        { "trailing tabs\t\t\nand no-break spaces\u00a0\u00a0\n  indented stays  ", "https://a.example/x" },
        { "one line", "" },
        { "a\r\n\r\nb\n\r\nc\r\r", null },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Compute_AnyText_SameIdAsThePlainDefinition(string text, string? url)
    {
        Assert.Equal(Plain(text, url), DocumentId.Compute(text, url));
    }

    [Fact]
    public void Compute_SameStoryReflowed_SameIdAsBefore()
    {
        var unix = "Russian forces shelled Kherson overnight.\nTwo people were wounded.\n";
        var windows = "Russian forces shelled Kherson overnight.   \r\nTwo people were wounded.\r\n\r\n";

        Assert.Equal(DocumentId.Compute(unix, "https://news.example.org/k"), DocumentId.Compute(windows, " https://news.example.org/k"));
    }

    /// <summary>The definition written out step by step: every line break read as a line feed, trailing white space cut
    /// from each line, trailing line feeds dropped, the trimmed URL and a line feed in front, SHA-256, first 8 bytes.</summary>
    private static string Plain(string text, string? url)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        var normalized = string.Join('\n', lines).TrimEnd('\n');
        var payload = url is null ? normalized : url.Trim() + "\n" + normalized;
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(payload));
        return "doc-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
