using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
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
        var goldenPath = Path.Combine(SpecDir(), name + ".expected.json");
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"no golden file for {name}; create it with SITREP_UPDATE_GOLDEN=1 after reviewing the output");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"{name}: events differ from tests/Specs/events/{name}.expected.json\n{Diff(expected, actual)}");
        }
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

    private static string SpecDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Specs", "events");
            }
        }

        throw new InvalidOperationException("repository root (Sitrep.slnx) not found above " + AppContext.BaseDirectory);
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = new List<string>();
        for (var i = 0; i < diff.Lines.Count && lines.Count < 60; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var prefix = line.Type == ChangeType.Deleted ? "- " : line.Type == ChangeType.Inserted ? "+ " : "  ";
            lines.Add($"{line.Position?.ToString(CultureInfo.InvariantCulture) ?? "?",5} {prefix}{line.Text.Trim()}");
        }

        return "  (- expected, + actual)\n" + string.Join("\n", lines);
    }
}
