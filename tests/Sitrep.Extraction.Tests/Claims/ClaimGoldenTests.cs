using Sitrep.Testing;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;


using Sitrep.Core.Contract;
using Sitrep.Core.Documents;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Attribution and claim constructions, each in an article of its own under tests/Specs/claims/, run through the
/// full pipeline and compared with the attributions and claims in the matching *.expected.json. An article may open
/// with metadata lines (<c>published: 2025-11-03</c>, <c>outlet: Kyiv Independent</c>, <c>medium: telegram</c>)
/// and a blank line. To accept new output after reviewing it:
/// SITREP_UPDATE_GOLDEN=1 dotnet test --project tests/Sitrep.Extraction.Tests
/// </summary>
public sealed class ClaimGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static TheoryData<string> Articles() =>
        [.. Directory.EnumerateFiles(SpecsFolder(), "*.txt").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Specs_CoverEveryConstruction_WithAtLeastTwentyArticles()
    {
        Assert.True(Articles().Count >= 20, $"{Articles().Count} articles");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Extract_Article_MatchesExpectedAttributionsAndClaims(string name)
    {
        var document = Read(Path.Combine(SpecsFolder(), name + ".txt"));
        var output = ExtractOutputMapper.Map(SitrepPipeline.Default.Process(document));
        var actual = JsonSerializer.Serialize(new Expected(output.Attributions, output.Claims), Json).ReplaceLineEndings("\n") + "\n";

        GoldenFile.AssertMatches(Path.Combine(SpecsFolder(), name + ".expected.json"), actual, name);
    }

    private sealed record Expected(List<AttributionDto> Attributions, List<ClaimDto> Claims);

    /// <summary>The article text after its metadata lines; a blank line after them is dropped too.</summary>
    internal static Document Read(string path)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n').ToList();
        DateOnly? published = null;
        string? outlet = null;
        string? medium = null;
        while (lines.Count > 0)
        {
            var line = lines[0];
            if (line.StartsWith("published:", StringComparison.Ordinal))
            {
                published = DateOnly.ParseExact(line["published:".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("outlet:", StringComparison.Ordinal))
            {
                outlet = line["outlet:".Length..].Trim();
            }
            else if (line.StartsWith("medium:", StringComparison.Ordinal))
            {
                medium = line["medium:".Length..].Trim();
            }
            else
            {
                break;
            }

            lines.RemoveAt(0);
        }

        if (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        var text = string.Join('\n', lines).TrimEnd() + "\n";
        return new Document(text, new DocumentMetadata { Published = published, Outlet = outlet, Medium = medium });
    }

    private static string SpecsFolder() => GoldenFile.Specs("claims");
}
