using Sitrep.Testing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;


using Sitrep.Core.Contract;
using Sitrep.Core.Documents;
using Sitrep.Extraction;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Short articles in tests/Specs/events/ (one per ACLED sub-type that occurs in this war, and documents reporting
/// several events) run through the whole pipeline; the events array must equal the reviewed *.expected.json.
/// The first lines "published: YYYY-MM-DD" and "outlet: NAME" are the document's metadata. To accept new output
/// after reviewing it: SITREP_UPDATE_GOLDEN=1 dotnet test --project tests/Sitrep.Extraction.Tests
/// </summary>
public sealed class EventGoldenTests
{
    public static TheoryData<string> Specs() =>
        [.. Directory.EnumerateFiles(SpecDir(), "*.txt").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Process_EventSpec_MatchesGolden(string name)
    {
        var actual = Events(Path.Combine(SpecDir(), name + ".txt"));
        GoldenFile.AssertMatches(Path.Combine(SpecDir(), name + ".expected.json"), actual, name);
    }

    [Fact]
    public void Specs_CoverEverySubtypeThatOccursInThisWar()
    {
        string[] expected =
        [
            "armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory", "chemical_weapon", "air_drone_strike",
            "suicide_bomb", "shelling_artillery_missile_attack", "remote_explosive_landmine_ied", "grenade", "sexual_violence", "attack",
            "abduction_forced_disappearance", "peaceful_protest", "protest_with_intervention", "agreement", "arrests",
            "change_to_group_activity", "disrupted_weapons_use", "headquarters_or_base_established", "looting_property_destruction",
            "non_violent_transfer_of_territory", "other",
        ];
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SpecDir(), "*.expected.json"))
        {
            foreach (var e in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                found.Add((string)e!["subtype"]!);
            }
        }

        var missing = expected.Where(s => !found.Contains(s)).ToList();
        Assert.True(missing.Count == 0, "no golden spec yields " + string.Join(", ", missing));
    }

    private static string Events(string path)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n').ToList();
        DateOnly? published = null;
        string? outlet = null;
        while (lines.Count > 0 && lines[0].Contains(':', StringComparison.Ordinal))
        {
            var (key, value) = (lines[0][..lines[0].IndexOf(':', StringComparison.Ordinal)], lines[0][(lines[0].IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            if (key == "published")
            {
                published = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (key == "outlet")
            {
                outlet = value;
            }
            else
            {
                break;
            }

            lines.RemoveAt(0);
        }

        var text = string.Join('\n', lines).Trim() + "\n";
        var document = SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = outlet, Published = published }));
        var output = ExtractOutputMapper.Map(document);
        var events = JsonNode.Parse(SitrepJson.Serialize(output))!["events"]!;
        return events.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string SpecDir() => GoldenFile.Specs("events");
}
