using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Tests.Sources;

public class InputExpanderTests
{
    [Fact]
    public void ExpandInputs_Folder_ListsFilesRecursivelyInStableOrderSkippingHidden()
    {
        using var temp = new TempFolder();
        temp.Write("b.txt", "b");
        temp.Write("a/z.html", "z");
        temp.Write("a/c.jsonl", "{}");
        temp.Write(".git/config", "x");
        temp.Write("a/.draft.txt", "x");
        temp.Write("a/photos/photo_1@11-12-2025.jpg", [0xFF, 0xD8, 0xFF]);
        temp.Write("a/video.mp4", [0x00]);

        var sources = DocumentReader.ExpandInputs([temp.Root]);

        var expected = new[] { "a/c.jsonl", "a/z.html", "b.txt" }.Select(p => Path.Combine(temp.Root, p));
        Assert.Equal(expected, sources.Select(s => s.Value));
    }

    [Fact]
    public void ExpandInputs_MixedInputs_KeepsOrderAndLocatesTheMissingOne()
    {
        using var temp = new TempFolder();
        var file = temp.Write("story.txt", "text");
        var missing = Path.Combine(temp.Root, "nope.txt");

        var sources = DocumentReader.ExpandInputs([file, "https://example.org/feed.xml", missing, "-"]);

        Assert.Equal(4, sources.Count);
        Assert.Equal(file, sources[0].Value);
        Assert.Equal("https://example.org/feed.xml", sources[1].Value);
        Assert.Equal(ErrorCodes.Unreadable, sources[2].Error!.Code);
        Assert.Equal(missing, sources[2].Error!.Location!.Source);
        Assert.Equal("-", sources[3].Value);
    }
}
